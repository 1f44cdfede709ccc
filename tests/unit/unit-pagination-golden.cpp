// Golden pagination: every article in assets/articles set on A4 and Letter (11 pt text, 20 mm
// margins, other settings at their defaults) with the Noto fonts, dumped as text and compared with
// tests/fixtures/pagination/<slug>-<paper>.txt. Only tools/regenerate-golden.sh
// rewrites the fixtures (a run that rewrites fails; fonts.txt records the fonts' versions, see golden.h).
//
// Dump format: one '#' line (article, paper, text size, margin, page count), then per page
//   page <n>: lines [<firstLine>, <endLine>) — first: "<first 40 characters>" — last: "<last 40>"
// where the texts are those of the page's first and last body lines (the runs on one baseline, a
// list marker and its text separated by a space), followed by one line per box on that page, page
// furniture included:
//   box <kind> b<block> x <x> y <y> w <width> h <height>
// Distances are pt rounded to 0.1; control characters are written as \xNN.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "folio/article_parse.h"
#include "folio/print_layout.h"
#include "folio/utf8.h"
#include "golden.h"
#include "test_fonts.h"

namespace {


namespace fs = std::filesystem;

constexpr float kFontSizePt = 11.0f;
constexpr float kMarginMm = 20.0f;
constexpr std::size_t kExcerpt = 40;  // characters of a line shown in the dump

struct PaperCase {
    folio::Paper paper;
    const char* name;  // in the fixture's file name
    const char* title;  // in the dump
};

constexpr PaperCase kPapers[] = {{folio::Paper::A4, "a4", "A4"}, {folio::Paper::Letter, "letter", "Letter"}};

// `pt` rounded to 0.1, e.g. "123.4".
std::string pt(float value) { return folio::test::oneDecimal(value); }

using folio::test::printable;

// Byte offsets of the code points of `text`.
std::vector<std::size_t> codepointStarts(const std::string& text) {
    std::vector<std::size_t> starts;
    for (std::size_t pos = 0; pos < text.size();) {
        starts.push_back(pos);
        folio::nextCodepoint(text, pos);
    }
    return starts;
}

std::string firstChars(const std::string& text, std::size_t count) {
    const std::vector<std::size_t> starts = codepointStarts(text);
    return starts.size() <= count ? text : text.substr(0, starts[count]);
}

std::string lastChars(const std::string& text, std::size_t count) {
    const std::vector<std::size_t> starts = codepointStarts(text);
    return starts.size() <= count ? text : text.substr(starts[starts.size() - count]);
}

bool isFurniture(const folio::PrintRun& run) {
    return run.role == folio::PrintRole::Header || run.role == folio::PrintRole::Footer;
}

// The text of the body runs on the baseline of run `index` of `page`; a space where runs do not
// touch (after a list marker).
std::string lineText(const folio::PrintPage& page, std::size_t index) {
    std::string text;
    const folio::PrintRun* previous = nullptr;
    for (const folio::PrintRun& run : page.runs) {
        if (isFurniture(run) || run.baseline != page.runs[index].baseline) continue;
        if (previous != nullptr && run.x > previous->x + previous->width + 0.1f) text += ' ';
        text += run.text;
        previous = &run;
    }
    return text;
}

std::string pageEntry(const folio::PrintPage& page, std::size_t number) {
    std::string out = "page " + std::to_string(number) + ": lines [" + std::to_string(page.firstLine) + ", " +
                      std::to_string(page.endLine) + ")";
    std::vector<std::size_t> body;
    for (std::size_t i = 0; i < page.runs.size(); ++i)
        if (!isFurniture(page.runs[i])) body.push_back(i);
    if (body.empty()) return out + " \u2014 no text\n";
    out += " \u2014 first: \"" + printable(firstChars(lineText(page, body.front()), kExcerpt)) + "\"";
    out += " \u2014 last: \"" + printable(lastChars(lineText(page, body.back()), kExcerpt)) + "\"\n";
    for (const folio::PrintBox& box : page.boxes) {
        out += "  box " + std::string(box.kind == folio::BoxKind::Image ? "image" : "rule") + " b" +
               std::to_string(box.block) + " x " + pt(box.x) + " y " + pt(box.y) + " w " + pt(box.width) + " h " +
               pt(box.height) + "\n";
    }
    return out;
}

// The dump of `article` paginated on `paper`.
std::string dumpPagination(const std::string& slug, const folio::Article& article, const PaperCase& paper) {
    folio::PageSpec spec;
    spec.paper = paper.paper;
    spec.fontSizePt = kFontSizePt;
    spec.marginMm = kMarginMm;
    const folio::PrintDocument document = folio::paginate(article, folio::test::notoMetrics(), spec);
    std::ostringstream out;
    out << "# article " << slug << " (assets/articles/" << slug << ".json), paper " << paper.title << " "
        << pt(document.widthPt) << " x " << pt(document.heightPt) << " pt, text " << pt(document.spec.fontSizePt)
        << " pt, margin " << pt(document.spec.marginMm) << " mm, Noto Serif, pages " << document.pages.size()
        << "\n";
    for (std::size_t i = 0; i < document.pages.size(); ++i) out << pageEntry(document.pages[i], i + 1);
    return out.str();
}

}  // namespace

TEST_CASE("pagination golden: assets/articles on A4 and Letter match tests/fixtures/pagination") {
    folio::test::checkGoldenFixtures("pagination", [](const std::string& slug, const folio::Article& article) {
        std::vector<std::pair<std::string, std::string>> fixtures;
        for (const PaperCase& paper : kPapers) {
            fixtures.emplace_back(slug + "-" + paper.name + ".txt", dumpPagination(slug, article, paper));
        }
        return fixtures;
    });
}
