// Golden layouts: every article in assets/articles, laid out with the Noto fonts at 360, 768 and
// 1280 px (20 px text, other settings at their defaults), dumped as text and compared with
// tests/fixtures/layout/<slug>-<width>.txt. Only tools/regenerate-golden.sh rewrites the
// fixtures (a run that rewrites fails; fonts.txt records the fonts' versions, see golden.h).
//
// Dump format: a header of '#' lines (article, settings, column, total height, counts), then one
// line per layout line and per box, in order of y:
//   <y> <role> b<block>[.i<item>] [<textBegin>,<textEnd>) |<text of the spans>|
//   <y> box <kind> b<block> x <x> w <width> h <height>
// The first line of a list item has its marker between the range and the text: "[0,67) 1. |...|".
// Distances are CSS px rounded to 0.1; control characters are written as \xNN.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "folio/article_meta.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "golden.h"
#include "test_fonts.h"

namespace {

using folio::test::printable;
// `px` rounded to 0.1, e.g. "123.4".
std::string px(float value) { return folio::test::oneDecimal(value); }


namespace fs = std::filesystem;

constexpr float kWidthsPx[] = {360.0f, 768.0f, 1280.0f};
constexpr float kFontSizePx = 20.0f;

const char* roleName(folio::LineRole role) {
    switch (role) {
        case folio::LineRole::Title: return "title";
        case folio::LineRole::Meta: return "meta";
        case folio::LineRole::Paragraph: return "paragraph";
        case folio::LineRole::Heading: return "heading";
        case folio::LineRole::Quote: return "quote";
        case folio::LineRole::QuoteCite: return "cite";
        case folio::LineRole::ListItem: return "list-item";
        case folio::LineRole::Caption: return "caption";
    }
    return "?";
}

const char* boxName(folio::BoxKind kind) {
    return kind == folio::BoxKind::Image ? "image" : "quote-rule";
}


// A list marker is the span set left of its line; it is written before the line's text.
std::string lineEntry(const folio::Layout& layout, const folio::Line& line) {
    std::string marker;
    std::string text;
    for (const folio::Span& span : layout.spansOf(line)) (span.x < line.x ? marker : text) += span.text;
    std::string out = px(line.y) + " " + roleName(line.role) + " b" + std::to_string(line.block);
    if (line.item >= 0) out += ".i" + std::to_string(line.item);
    out += " [" + std::to_string(line.textBegin) + "," + std::to_string(line.textEnd) + ") ";
    if (!marker.empty()) out += printable(marker) + " ";
    out += "|" + printable(text) + "|";
    return out;
}

std::string boxEntry(const folio::Box& box) {
    return px(box.y) + " box " + boxName(box.kind) + " b" + std::to_string(box.block) + " x " + px(box.x) + " w " +
           px(box.width) + " h " + px(box.height);
}

// The dump of `article` (with its meta line) at `widthPx`.
std::string dumpLayout(const std::string& slug, const folio::Article& article, float widthPx) {
    const folio::Typesetter typesetter(article, folio::test::notoMetrics(), folio::metaLine(article));
    folio::LayoutSettings settings;
    settings.viewportWidthPx = widthPx;
    settings.fontSizePx = kFontSizePx;
    const folio::Layout layout = typesetter.layout(settings);

    std::ostringstream out;
    out << "# article " << slug << " (assets/articles/" << slug << ".json)\n";
    out << "# width " << px(widthPx) << " px, font size " << px(kFontSizePx) << " px, line height "
        << layout.settings.lineHeight << ", measure " << layout.settings.measureEm << " em, Noto Serif\n";
    out << "# column x " << px(layout.columnX) << " width " << px(layout.columnWidth) << ", height "
        << px(layout.height) << "\n";
    out << "# " << layout.lines.size() << " lines, " << layout.boxes.size() << " boxes\n";
    std::size_t box = 0;
    for (const folio::Line& line : layout.lines) {
        for (; box < layout.boxes.size() && layout.boxes[box].y <= line.y; ++box) out << boxEntry(layout.boxes[box]) << "\n";
        out << lineEntry(layout, line) << "\n";
    }
    for (; box < layout.boxes.size(); ++box) out << boxEntry(layout.boxes[box]) << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("layout golden: assets/articles at 360, 768 and 1280 px match tests/fixtures/layout") {
    folio::test::checkGoldenFixtures("layout", [](const std::string& slug, const folio::Article& article) {
        std::vector<std::pair<std::string, std::string>> fixtures;
        for (const float width : kWidthsPx) {
            fixtures.emplace_back(slug + "-" + std::to_string(static_cast<int>(width)) + ".txt",
                                  dumpLayout(slug, article, width));
        }
        return fixtures;
    });
}
