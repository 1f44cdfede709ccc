// The Sans family: face fallback, the faces layout picks per family, and measuring once per family.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "folio/layout.h"
#include "test_fonts.h"

using folio::Article;
using folio::Block;
using folio::BlockType;
using folio::FontFace;
using folio::FontFamily;
using folio::Layout;
using folio::LayoutSettings;
using folio::Line;
using folio::LineRole;
using folio::RichText;
using folio::TextRun;
using folio::Typesetter;

namespace {

TextRun run(std::string text, bool em = false, bool strong = false) {
    TextRun r;
    r.text = std::move(text);
    r.em = em;
    r.strong = strong;
    return r;
}

Block textBlock(BlockType type, RichText text) {
    Block b;
    b.type = type;
    b.text = std::move(text);
    return b;
}

// Every kind of block and inline style, short enough that no word is wider than a line.
Article sampleArticle() {
    Article a;
    a.title = "A title in bold";
    a.body.push_back(textBlock(BlockType::Paragraph, {run("Plain words, "), run("emphasised words, ", true),
                                                      run("strong words ", false, true),
                                                      run("and both at once.", true, true)}));
    a.body.push_back(textBlock(BlockType::Heading, {run("A heading with "), run("emphasis", true)}));
    Block quote = textBlock(BlockType::Quote, {run("Quoted words and "), run("upright ones", true)});
    quote.cite = "A. Writer";
    a.body.push_back(quote);
    Block list;
    list.type = BlockType::List;
    list.ordered = true;
    list.items = {RichText{run("first item")}, RichText{run("second "), run("item", false, true)}};
    a.body.push_back(list);
    Block image;
    image.type = BlockType::Image;
    image.width = 800;
    image.height = 600;
    image.caption = "A caption under the image";
    a.body.push_back(image);
    for (int i = 0; i < 4; ++i) {
        std::string text;
        for (int w = 0; w < 80; ++w) text += "word" + std::to_string(i * 100 + w) + " ";
        a.body.push_back(textBlock(BlockType::Paragraph, {run(text)}));
    }
    return a;
}

// The faces of the spans of the lines with `role` (list markers included).
std::vector<FontFace> facesOf(const Layout& layout, LineRole role) {
    std::vector<FontFace> faces;
    for (const Line& line : layout.lines)
        if (line.role == role)
            for (const folio::Span& span : layout.spansOf(line)) faces.push_back(span.face);
    return faces;
}

bool contains(const std::vector<FontFace>& faces, FontFace face) {
    for (FontFace f : faces)
        if (f == face) return true;
    return false;
}

bool isSansFace(FontFace face) {
    return face == FontFace::Sans || face == FontFace::SansBold || face == FontFace::SansItalic ||
           face == FontFace::SansBoldItalic;
}

// Width in em of `word` in `face`: advances plus kerning between its characters.
float wordEm(const folio::FontMetrics& metrics, FontFace face, const std::u32string& word) {
    float em = 0.0f;
    char32_t prev = 0;
    for (char32_t c : word) {
        em += metrics.advance(face, c);
        if (prev != 0) em += metrics.kerning(face, prev, c);
        prev = c;
    }
    return em;
}

// Checks that two layouts are the same in every field, line by line and span by span.
void checkSameLayout(const Layout& a, const Layout& b) {
    CHECK(a.columnX == b.columnX);
    CHECK(a.columnWidth == b.columnWidth);
    CHECK(a.height == b.height);
    CHECK(a.links == b.links);
    REQUIRE(a.lines.size() == b.lines.size());
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        const Line& x = a.lines[i];
        const Line& y = b.lines[i];
        CAPTURE(i);
        CHECK(x.role == y.role);
        CHECK(x.block == y.block);
        CHECK(x.item == y.item);
        CHECK(x.textBegin == y.textBegin);
        CHECK(x.textEnd == y.textEnd);
        CHECK(x.x == y.x);
        CHECK(x.y == y.y);
        CHECK(x.width == y.width);
        CHECK(x.height == y.height);
        CHECK(x.baseline == y.baseline);
        REQUIRE(a.spansOf(x).size() == b.spansOf(y).size());
        for (std::size_t s = 0; s < a.spansOf(x).size(); ++s) {
            CHECK(a.spansOf(x)[s].text == b.spansOf(y)[s].text);
            CHECK(a.spansOf(x)[s].face == b.spansOf(y)[s].face);
            CHECK(a.spansOf(x)[s].x == b.spansOf(y)[s].x);
            CHECK(a.spansOf(x)[s].width == b.spansOf(y)[s].width);
            CHECK(a.spansOf(x)[s].sizePx == b.spansOf(y)[s].sizePx);
            CHECK(a.spansOf(x)[s].link == b.spansOf(y)[s].link);
        }
    }
    REQUIRE(a.boxes.size() == b.boxes.size());
    for (std::size_t i = 0; i < a.boxes.size(); ++i) {
        CHECK(a.boxes[i].kind == b.boxes[i].kind);
        CHECK(a.boxes[i].block == b.boxes[i].block);
        CHECK(a.boxes[i].x == b.boxes[i].x);
        CHECK(a.boxes[i].y == b.boxes[i].y);
        CHECK(a.boxes[i].width == b.boxes[i].width);
        CHECK(a.boxes[i].height == b.boxes[i].height);
    }
}

// The Noto metrics, counting the advance and kerning lookups layout makes.
class CountingMetrics final : public folio::FontMetrics {
public:
    float advance(FontFace face, char32_t cp) const override {
        ++lookups;
        return folio::test::notoMetrics().advance(face, cp);
    }
    float kerning(FontFace face, char32_t left, char32_t right) const override {
        ++lookups;
        return folio::test::notoMetrics().kerning(face, left, right);
    }
    folio::VerticalMetrics vertical(FontFace face) const override {
        return folio::test::notoMetrics().vertical(face);
    }
    mutable std::size_t lookups = 0;
};

LayoutSettings sansSettings() {
    LayoutSettings s;
    s.family = FontFamily::Sans;
    return s;
}

}  // namespace

TEST_CASE("sans family: italic faces fall back to the nearest Sans face, then Serif") {
    folio::TrueTypeMetrics metrics;
    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::Serif));
    CHECK(&metrics.bytes(FontFace::SansItalic) == &metrics.bytes(FontFace::Serif));
    CHECK(&metrics.bytes(FontFace::SansBoldItalic) == &metrics.bytes(FontFace::Serif));

    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::Sans));
    CHECK(&metrics.bytes(FontFace::SansItalic) == &metrics.bytes(FontFace::Sans));
    CHECK(&metrics.bytes(FontFace::SansBoldItalic) == &metrics.bytes(FontFace::Sans));

    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::SansBold));
    CHECK(&metrics.bytes(FontFace::SansBoldItalic) == &metrics.bytes(FontFace::SansBold));
    CHECK(&metrics.bytes(FontFace::SansItalic) == &metrics.bytes(FontFace::Sans));
    CHECK(metrics.advance(FontFace::SansBoldItalic, U'M') == metrics.advance(FontFace::SansBold, U'M'));

    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::SansItalic));
    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::SansBoldItalic));
    CHECK(metrics.hasFace(FontFace::SansItalic));
    CHECK(metrics.hasFace(FontFace::SansBoldItalic));
    CHECK(metrics.advance(FontFace::SansBoldItalic, U'M') != metrics.advance(FontFace::SansBold, U'M'));
    CHECK(metrics.advance(FontFace::SansItalic, U'M') != metrics.advance(FontFace::SerifItalic, U'M'));
}

TEST_CASE("sans family: every text but the meta, cite and caption lines changes family") {
    const Article a = sampleArticle();
    const Typesetter typesetter(a, folio::test::notoMetrics(), "Publisher \u00B7 2 min read");
    const Layout serif = typesetter.layout(LayoutSettings{});
    const Layout sans = typesetter.layout(sansSettings());
    CHECK(sans.settings.family == FontFamily::Sans);

    CHECK(facesOf(sans, LineRole::Title) == std::vector<FontFace>{FontFace::SansBold});
    CHECK(facesOf(serif, LineRole::Title) == std::vector<FontFace>{FontFace::SerifBold});
    const std::vector<FontFace> body = facesOf(sans, LineRole::Paragraph);
    for (FontFace face : {FontFace::Sans, FontFace::SansItalic, FontFace::SansBold, FontFace::SansBoldItalic})
        CHECK(contains(body, face));
    for (FontFace face : body) CHECK(isSansFace(face));
    CHECK(facesOf(sans, LineRole::Heading) == std::vector<FontFace>{FontFace::SansBold, FontFace::SansBoldItalic});
    CHECK(facesOf(sans, LineRole::Quote) == std::vector<FontFace>{FontFace::SansItalic, FontFace::Sans});
    CHECK(facesOf(sans, LineRole::ListItem) ==
          std::vector<FontFace>{FontFace::Sans, FontFace::Sans, FontFace::Sans, FontFace::Sans, FontFace::SansBold});
    CHECK(facesOf(serif, LineRole::ListItem).front() == FontFace::Serif);  // the marker
    for (LineRole role : {LineRole::Meta, LineRole::QuoteCite, LineRole::Caption}) {
        CAPTURE(static_cast<int>(role));
        CHECK(facesOf(sans, role) == std::vector<FontFace>{FontFace::Sans});
        CHECK(facesOf(serif, role) == facesOf(sans, role));
    }

    // Sans spans are measured with the Sans advances and kerning.
    const folio::TrueTypeMetrics& metrics = folio::test::notoMetrics();
    for (const Layout* layout : {&serif, &sans}) {
        const FontFace face = layout == &sans ? FontFace::Sans : FontFace::Serif;
        const Line& first = layout->lines[2];  // title, meta, then the first paragraph
        REQUIRE(first.role == LineRole::Paragraph);
        REQUIRE(layout->spansOf(first)[0].text == "Plain words, ");
        const float space = metrics.advance(face, U' ');
        const float em = wordEm(metrics, face, U"Plain") + space + wordEm(metrics, face, U"words,") + space;
        CHECK(layout->spansOf(first)[0].width == doctest::Approx(em * 20.0f));
    }
    CHECK(sans.spansOf(sans.lines[2])[0].width != serif.spansOf(serif.lines[2])[0].width);
}

TEST_CASE("sans family: switching family and back gives identical layouts") {
    const Article a = sampleArticle();
    const Typesetter typesetter(a, folio::test::notoMetrics(), "Publisher");
    const Layout serif = typesetter.layout(LayoutSettings{});
    const Layout sans = typesetter.layout(sansSettings());
    CHECK(sans.lines.size() != 0);
    checkSameLayout(typesetter.layout(LayoutSettings{}), serif);
    checkSameLayout(typesetter.layout(sansSettings()), sans);

    const Typesetter sansFirst(a, folio::test::notoMetrics(), "Publisher");  // Sans measured before any Serif layout
    checkSameLayout(sansFirst.layout(sansSettings()), sans);
    checkSameLayout(sansFirst.layout(LayoutSettings{}), serif);
}

TEST_CASE("sans family: each family is measured once, and only when first used") {
    const Article a = sampleArticle();
    const CountingMetrics metrics;
    const Typesetter typesetter(a, metrics);
    CHECK(metrics.lookups > 0);

    metrics.lookups = 0;
    for (float size : {14.0f, 20.0f, 22.0f, 40.0f}) {
        for (float width : {360.0f, 768.0f, 1280.0f}) {
            for (float lineHeight : {1.4f, 1.9f}) {
                LayoutSettings s;
                s.fontSizePx = size;
                s.viewportWidthPx = width;
                s.lineHeight = lineHeight;
                s.measureEm = 28.0f;
                typesetter.layout(s);
            }
        }
    }
    CHECK(metrics.lookups == 0);

    typesetter.layout(sansSettings());
    CHECK(metrics.lookups > 0);
    metrics.lookups = 0;
    LayoutSettings larger = sansSettings();
    larger.fontSizePx = 22.0f;
    typesetter.layout(larger);
    typesetter.layout(LayoutSettings{});
    CHECK(metrics.lookups == 0);
}

TEST_CASE("sans family: line height and measure from LayoutSettings apply to Sans text") {
    const Article a = sampleArticle();
    const Typesetter typesetter(a, folio::test::notoMetrics());
    LayoutSettings s = sansSettings();
    s.viewportWidthPx = 1920.0f;
    s.fontSizePx = 18.0f;
    s.lineHeight = 1.9f;
    s.measureEm = 28.0f;
    const Layout l = typesetter.layout(s);
    CHECK(l.columnWidth == doctest::Approx(28.0f * 18.0f));
    CHECK(l.columnX == doctest::Approx((1920.0f - 28.0f * 18.0f) / 2.0f));
    std::size_t paragraphLines = 0;
    for (const Line& line : l.lines) {
        CHECK(line.x + line.width <= l.columnX + l.columnWidth + 0.01f);
        if (line.role != LineRole::Paragraph) continue;
        ++paragraphLines;
        CHECK(line.height == doctest::Approx(18.0f * 1.9f));
        for (const folio::Span& span : l.spansOf(line)) CHECK(span.sizePx == 18.0f);
    }
    CHECK(paragraphLines > 8);

    LayoutSettings wide = s;
    wide.measureEm = 40.0f;
    wide.lineHeight = 1.4f;
    const Layout w = typesetter.layout(wide);
    CHECK(w.columnWidth == doctest::Approx(40.0f * 18.0f));
    CHECK(w.lines.size() < l.lines.size());
    CHECK(w.height < l.height);
}

TEST_CASE("sans family: an unknown family value is laid out as Serif") {
    const Article a = sampleArticle();
    const Typesetter typesetter(a, folio::test::notoMetrics());
    LayoutSettings odd;
    odd.family = static_cast<FontFamily>(7);
    const Layout l = typesetter.layout(odd);
    CHECK(l.settings.family == FontFamily::Serif);
    checkSameLayout(l, typesetter.layout(LayoutSettings{}));
}
