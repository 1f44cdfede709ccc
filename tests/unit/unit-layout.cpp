// Typesetting: line breaking, styles, block geometry and anchors. Exact cases use FakeMetrics
// (every character 0.5 em, space 0.25 em, no kerning); the last cases use the real Noto fonts.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "folio/layout.h"
#include "folio/utf8.h"
#include "layout_text.h"
#include "test_fonts.h"

using folio::Article;
using folio::Block;
using folio::BlockType;
using folio::BoxKind;
using folio::FontFace;
using folio::Layout;
using folio::LayoutSettings;
using folio::Line;
using folio::LineRole;
using folio::RichText;
using folio::TextRun;
using folio::Typesetter;

namespace {

// Deterministic metrics: 0.5 em per character, 0.25 em per space, no kerning.
class FakeMetrics final : public folio::FontMetrics {
public:
    float advance(FontFace, char32_t cp) const override { return cp == U' ' ? 0.25f : 0.5f; }
    float kerning(FontFace, char32_t, char32_t) const override { return 0.0f; }
    folio::VerticalMetrics vertical(FontFace) const override { return {0.8f, 0.2f, 0.0f}; }
};

const FakeMetrics kFake;

TextRun run(std::string text, bool em = false, bool strong = false, std::string href = {}) {
    TextRun r;
    r.text = std::move(text);
    r.em = em;
    r.strong = strong;
    r.href = std::move(href);
    return r;
}

Block paragraph(RichText text) {
    Block b;
    b.type = BlockType::Paragraph;
    b.text = std::move(text);
    return b;
}

Block paragraph(const std::string& text) { return paragraph(RichText{run(text)}); }

Block heading(const std::string& text, int level = 2) {
    Block b = paragraph(text);
    b.type = BlockType::Heading;
    b.level = level;
    return b;
}

Block quote(RichText text, std::string cite) {
    Block b = paragraph(std::move(text));
    b.type = BlockType::Quote;
    b.cite = std::move(cite);
    return b;
}

Block list(std::vector<RichText> items, bool ordered) {
    Block b;
    b.type = BlockType::List;
    b.items = std::move(items);
    b.ordered = ordered;
    return b;
}

Block image(int width, int height, std::string caption, std::string alt = {}) {
    Block b;
    b.type = BlockType::Image;
    b.src = "img.png";
    b.width = width;
    b.height = height;
    b.caption = std::move(caption);
    b.alt = std::move(alt);
    return b;
}

Article article(std::vector<Block> body, std::string title = "T") {
    Article a;
    a.title = std::move(title);
    a.body = std::move(body);
    return a;
}

// Settings whose column is exactly `columnPx` wide at 20 px (when the viewport allows).
LayoutSettings columnOf(float columnPx, float viewport = 800.0f) {
    LayoutSettings s;
    s.viewportWidthPx = viewport;
    s.fontSizePx = 20.0f;
    s.measureEm = columnPx / 20.0f;
    return s;
}

using folio::test::linesOf;
using folio::test::textOf;

// The line texts of block `block`.
std::vector<std::string> textsOf(const Layout& layout, int block) {
    std::vector<std::string> out;
    for (const Line* line : linesOf(layout, block)) out.push_back(textOf(layout, *line));
    return out;
}

// Concatenation of the runs (what plainText gives).
std::string joined(const RichText& text) {
    std::string s;
    for (const TextRun& r : text) s += r.text;
    return s;
}

std::size_t codepoints(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size(); ++n) folio::nextCodepoint(s, pos);
    return n;
}

// Invariants every layout must hold: lines inside their column, increasing y, spans in order.
void checkInvariants(const Layout& layout) {
    const float right = layout.columnX + layout.columnWidth;
    float previousBottom = -1.0f;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        const Line* previous = i > 0 ? &layout.lines[i - 1] : nullptr;
        const bool hasMarker = line.role == LineRole::ListItem &&
                               (!previous || previous->block != line.block || previous->item != line.item);
        CHECK(line.y >= previousBottom);
        CHECK(line.height > 0.0f);
        previousBottom = line.y + line.height;
        std::string text;
        const folio::SpanRange spans = layout.spansOf(line);
        for (std::size_t k = hasMarker ? 1 : 0; k < spans.size(); ++k) text += spans[k].text;
        const bool oneChar = codepoints(text) <= 1;  // a single character may be wider than the column
        CHECK(line.x >= layout.columnX);
        if (!oneChar) CHECK(line.x + line.width <= right + 0.001f);
        CHECK(line.textBegin <= line.textEnd);
        float spanSum = 0.0f;
        for (const folio::Span& span : spans) {
            if (layout.columnWidth >= 100.0f) CHECK(span.x >= layout.columnX - 0.001f);  // markers may stick out
            if (!oneChar) CHECK(span.x + span.width <= right + 0.01f);
            CHECK(!span.text.empty());
            if (!(hasMarker && &span == &spans.front())) spanSum += span.width;
        }
        CHECK(spanSum == doctest::Approx(line.width).epsilon(1e-4));
    }
    for (std::size_t i = 1; i < layout.lines.size(); ++i) CHECK(layout.lines[i].y > layout.lines[i - 1].y);
    for (std::size_t i = 1; i < layout.boxes.size(); ++i) CHECK(layout.boxes[i].y >= layout.boxes[i - 1].y);
    if (!layout.lines.empty()) CHECK(layout.height > layout.lines.back().y + layout.lines.back().height);
}

}  // namespace

TEST_CASE("layout: the column is the measure, centred, within the margins") {
    const Article a = article({paragraph("text")});
    const Typesetter typesetter(a, kFake);
    LayoutSettings s;  // 800 px, 20 px, 33 em
    Layout l = typesetter.layout(s);
    CHECK(l.columnWidth == doctest::Approx(660.0f));
    CHECK(l.columnX == doctest::Approx(70.0f));
    s.viewportWidthPx = 400.0f;
    l = typesetter.layout(s);
    CHECK(l.columnWidth == doctest::Approx(368.0f));
    CHECK(l.columnX == doctest::Approx(16.0f));
    s.viewportWidthPx = 10.0f;
    l = typesetter.layout(s);
    CHECK(l.columnWidth == 1.0f);
    CHECK(l.columnX == doctest::Approx(4.5f));
}

TEST_CASE("layout: greedy breaking at exact widths") {
    const Article a = article({paragraph("aaa aaa aaa"), paragraph("aaa aaa aaab"), paragraph("aaaa bbbbb ccccc")});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    CHECK(textsOf(l, 0) == std::vector<std::string>{"aaa aaa aaa"});  // exactly 100 px
    CHECK(linesOf(l, 0)[0]->width == 100.0f);
    CHECK(textsOf(l, 1) == std::vector<std::string>{"aaa aaa", "aaab"});
    CHECK(textsOf(l, 2) == std::vector<std::string>{"aaaa bbbbb", "ccccc"});
    CHECK(linesOf(l, 2)[0]->width == 95.0f);
    CHECK(linesOf(l, 2)[1]->textBegin == 11);
    CHECK(linesOf(l, 2)[1]->textEnd == 16);
    checkInvariants(l);
}

TEST_CASE("layout: white space collapses and is dropped at line ends") {
    const Article a = article({paragraph("  foo \t\n  bar  "), paragraph(RichText{run("one "), run(" two")})});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    const std::vector<const Line*> lines = linesOf(l, 0);
    REQUIRE(lines.size() == 1);
    CHECK(textOf(l, *lines[0]) == "foo bar");
    CHECK(lines[0]->width == 65.0f);
    CHECK(lines[0]->textBegin == 2);
    CHECK(lines[0]->textEnd == 13);
    CHECK(textsOf(l, 1) == std::vector<std::string>{"one two"});
    const Layout narrow = Typesetter(a, kFake).layout(columnOf(40.0f));
    CHECK(textsOf(narrow, 0) == std::vector<std::string>{"foo", "bar"});
}

TEST_CASE("layout: a word wider than the column breaks between characters") {
    const std::string word(25, 'x');
    const Article a = article({paragraph(word + " yy"), paragraph("ab " + word)});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    CHECK(textsOf(l, 0) == std::vector<std::string>{std::string(10, 'x'), std::string(10, 'x'), "xxxxx yy"});
    CHECK(textsOf(l, 1) == std::vector<std::string>{"ab", std::string(10, 'x'), std::string(10, 'x'), "xxxxx"});
    const std::vector<const Line*> lines = linesOf(l, 0);
    CHECK(lines[1]->textBegin == 10);
    CHECK(lines[1]->textEnd == 20);
    CHECK(lines[2]->width == 75.0f);
    checkInvariants(l);

    // A column narrower than one character still makes progress, one character a line.
    const Layout tiny = Typesetter(article({paragraph("abc")}), kFake).layout(columnOf(4.0f));
    CHECK(textsOf(tiny, 0) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("layout: breaks after hyphens and dashes before letters") {
    const Article a = article({paragraph("aaaa well-known"), paragraph("aaaaa pre\u2014war"),
                               paragraph("aaaaaa 1914\u20131918"), paragraph("aaaaaaa --flag")});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    CHECK(textsOf(l, 0) == std::vector<std::string>{"aaaa well-", "known"});
    CHECK(linesOf(l, 0)[1]->textBegin == 10);
    CHECK(textsOf(l, 1) == std::vector<std::string>{"aaaaa pre\u2014", "war"});
    CHECK(textsOf(l, 2) == std::vector<std::string>{"aaaaaa", "1914\u20131918"});  // digit follows
    CHECK(textsOf(l, 3) == std::vector<std::string>{"aaaaaaa", "--flag"});
    checkInvariants(l);
}

TEST_CASE("layout: CJK breaks between characters, not before closing punctuation") {
    const std::string text = "\u65E5\u672C\u8A9E\u306E\u6587\u7AE0\u306F\u30B9\u30DA\u30FC"  // 10
                             "\u30B9\u306A\u3057\u3067\u6539\u884C\u3067\u304D\u307E\u3059";  // 10
    const std::string numbers = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u3002";
    const Article a = article({paragraph(text), paragraph(numbers)});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    const std::vector<std::string> lines = textsOf(l, 0);
    REQUIRE(lines.size() == 2);
    CHECK(codepoints(lines[0]) == 10);
    CHECK(codepoints(lines[1]) == 10);
    CHECK(lines[0] + lines[1] == text);
    const std::vector<std::string> kinsoku = textsOf(l, 1);
    REQUIRE(kinsoku.size() == 2);
    CHECK(kinsoku[1] == "\u5341\u3002");  // "。" never starts a line
    checkInvariants(l);
}

TEST_CASE("layout: inline styles continue across line breaks") {
    const Article a = article({paragraph(RichText{run("aaaa "), run("bbbb cccc dddd", false, true), run(" eeee")})});
    const Layout l = Typesetter(a, kFake).layout(columnOf(100.0f));
    const std::vector<const Line*> lines = linesOf(l, 0);
    REQUIRE(lines.size() == 3);
    REQUIRE(l.spansOf(*lines[0]).size() == 2);
    CHECK(l.spansOf(*lines[0])[0].text == "aaaa ");
    CHECK(l.spansOf(*lines[0])[0].face == FontFace::Serif);
    CHECK(l.spansOf(*lines[0])[1].text == "bbbb");
    CHECK(l.spansOf(*lines[0])[1].face == FontFace::SerifBold);
    CHECK(l.spansOf(*lines[0])[1].x == doctest::Approx(lines[0]->x + 45.0f));
    CHECK(l.spansOf(*lines[0])[1].width == 40.0f);
    REQUIRE(l.spansOf(*lines[1]).size() == 1);
    CHECK(l.spansOf(*lines[1])[0].text == "cccc dddd");
    CHECK(l.spansOf(*lines[1])[0].face == FontFace::SerifBold);
    REQUIRE(l.spansOf(*lines[2]).size() == 1);
    CHECK(l.spansOf(*lines[2])[0].face == FontFace::Serif);
    checkInvariants(l);
}

TEST_CASE("layout: faces for emphasis in body, headings and quotes") {
    const RichText mixed{run("r "), run("i ", true), run("b ", false, true), run("bi", true, true)};
    Block h = heading("h");
    h.text.push_back(run(" e", true));
    const Article a = article({paragraph(mixed), h, quote(mixed, "")});
    const Layout l = Typesetter(a, kFake).layout(LayoutSettings{});
    const auto faces = [&](int block) {
        std::vector<FontFace> out;
        for (const folio::Span& span : l.spansOf(*linesOf(l, block).front())) out.push_back(span.face);
        return out;
    };
    CHECK(faces(0) == std::vector<FontFace>{FontFace::Serif, FontFace::SerifItalic, FontFace::SerifBold,
                                            FontFace::SerifBoldItalic});
    CHECK(faces(1) == std::vector<FontFace>{FontFace::SerifBold, FontFace::SerifBoldItalic});
    CHECK(faces(2) == std::vector<FontFace>{FontFace::SerifItalic, FontFace::Serif, FontFace::SerifBoldItalic,
                                            FontFace::SerifBold});
}

TEST_CASE("layout: links index Layout::links") {
    const Article a = article({paragraph(RichText{run("see "), run("this link", false, false, "https://a.example/"),
                                                  run(" and "), run("that", false, false, "https://b.example/"),
                                                  run(" and "), run("again", true, false, "https://a.example/")})});
    const Layout l = Typesetter(a, kFake).layout(LayoutSettings{});
    REQUIRE(l.links.size() == 2);
    CHECK(l.links[0] == "https://a.example/");
    CHECK(l.links[1] == "https://b.example/");
    const Line& line = *linesOf(l, 0).front();
    std::vector<int> links;
    std::vector<std::string> texts;
    for (const folio::Span& span : l.spansOf(line)) {
        links.push_back(span.link);
        texts.emplace_back(span.text);
    }
    CHECK(links == std::vector<int>{-1, 0, -1, 1, -1, 0});
    CHECK(texts == std::vector<std::string>{"see ", "this link", " and ", "that", " and ", "again"});
}

TEST_CASE("layout: list items are indented with markers on their first lines") {
    const Article a = article({list({RichText{run("abc")}, RichText{run("aaaa bbbb cccc dddd")}}, false),
                               list({RichText{run("x")}, RichText{run("y")}, RichText{run("z")}}, true)});
    const Layout l = Typesetter(a, kFake).layout(columnOf(150.0f));
    const float indent = 1.6f * 20.0f;
    const std::vector<const Line*> bullets = linesOf(l, 0);
    REQUIRE(bullets.size() == 3);  // "abc", then "aaaa bbbb" "cccc dddd" in 118 px
    CHECK(bullets[0]->role == LineRole::ListItem);
    CHECK(bullets[0]->item == 0);
    CHECK(bullets[1]->item == 1);
    CHECK(bullets[2]->item == 1);
    CHECK(bullets[0]->x == doctest::Approx(l.columnX + indent));
    REQUIRE(l.spansOf(*bullets[0]).size() == 2);
    const folio::Span& marker = l.spansOf(*bullets[0])[0];
    CHECK(marker.text == "\u2022");
    CHECK(marker.x + marker.width == doctest::Approx(bullets[0]->x - 10.0f));
    CHECK(bullets[0]->textBegin == 0);
    CHECK(bullets[0]->textEnd == 3);
    CHECK(bullets[0]->width == 30.0f);
    CHECK(l.spansOf(*bullets[1])[0].text == "\u2022");
    CHECK(l.spansOf(*bullets[2]).size() == 1);  // no marker on a continuation line
    CHECK(bullets[1]->y == doctest::Approx(bullets[0]->y + bullets[0]->height + 0.3f * 20.0f));
    const std::vector<std::string> numbered = textsOf(l, 1);
    CHECK(numbered == std::vector<std::string>{"1.x", "2.y", "3.z"});
    checkInvariants(l);

    // Wide markers ("10.") widen the indent so that they stay inside the column.
    std::vector<RichText> many(12, RichText{run("item")});
    const Layout wide = Typesetter(article({list(many, true)}), kFake).layout(LayoutSettings{});
    const Line& tenth = *linesOf(wide, 0)[9];
    CHECK(wide.spansOf(tenth)[0].text == "10.");
    CHECK(wide.spansOf(tenth)[0].x >= wide.columnX);
    CHECK(tenth.x == doctest::Approx(wide.columnX + 2.0f * 20.0f));
    checkInvariants(wide);
}

TEST_CASE("layout: a quote is indented with a rule beside it and its cite below") {
    const RichText text{run("aaaa bbbb cccc dddd eeee")};
    const Article a = article({quote(text, "Someone")});
    const Layout l = Typesetter(a, kFake).layout(columnOf(200.0f));
    const std::vector<const Line*> lines = linesOf(l, 0);
    REQUIRE(lines.size() == 3);  // 176 px at 22 px: "aaaa bbbb cccc" (143), "dddd eeee", cite
    CHECK(lines[0]->role == LineRole::Quote);
    CHECK(lines[0]->x == doctest::Approx(l.columnX + 24.0f));
    CHECK(l.spansOf(*lines[0])[0].sizePx == doctest::Approx(22.0f));
    CHECK(l.spansOf(*lines[0])[0].face == FontFace::SerifItalic);
    REQUIRE(l.boxes.size() == 1);
    const folio::Box& rule = l.boxes[0];
    CHECK(rule.kind == BoxKind::QuoteRule);
    CHECK(rule.block == 0);
    CHECK(rule.x == doctest::Approx(l.columnX));
    CHECK(rule.width == doctest::Approx(4.0f));
    CHECK(rule.y == doctest::Approx(lines[0]->y));
    CHECK(rule.y + rule.height == doctest::Approx(lines[1]->y + lines[1]->height));
    const Line& cite = *lines[2];
    CHECK(cite.role == LineRole::QuoteCite);
    CHECK(textOf(l, cite) == "\u2014 Someone");
    CHECK(l.spansOf(cite)[0].face == FontFace::Sans);
    CHECK(l.spansOf(cite)[0].sizePx == doctest::Approx(17.0f));
    CHECK(cite.textBegin == joined(text).size());
    CHECK(cite.y > rule.y + rule.height);
    checkInvariants(l);
}

TEST_CASE("layout: images keep their aspect ratio within the column") {
    const Article a = article({image(400, 300, ""), image(2000, 1000, "A caption"), image(0, 0, "", "alt text")});
    const Layout l = Typesetter(a, kFake).layout(LayoutSettings{});  // column 660
    REQUIRE(l.boxes.size() == 3);
    CHECK(l.boxes[0].kind == BoxKind::Image);
    CHECK(l.boxes[0].width == doctest::Approx(400.0f));
    CHECK(l.boxes[0].height == doctest::Approx(300.0f));
    CHECK(l.boxes[0].x == doctest::Approx(l.columnX + 130.0f));
    CHECK(l.boxes[1].width == doctest::Approx(660.0f));
    CHECK(l.boxes[1].height == doctest::Approx(330.0f));
    CHECK(l.boxes[2].width == doctest::Approx(660.0f));
    CHECK(l.boxes[2].height == doctest::Approx(660.0f * 9.0f / 16.0f));
    CHECK(linesOf(l, 0).empty());
    const std::vector<const Line*> caption = linesOf(l, 1);
    REQUIRE(caption.size() == 1);
    CHECK(caption[0]->role == LineRole::Caption);
    CHECK(l.spansOf(*caption[0])[0].face == FontFace::Sans);
    CHECK(caption[0]->y > l.boxes[1].y + l.boxes[1].height);
    CHECK(linesOf(l, 2).empty());  // alt is not set as text
    CHECK(l.boxes[1].y >= l.boxes[0].y + l.boxes[0].height + 20.0f);
    CHECK(l.height == doctest::Approx(l.boxes[2].y + l.boxes[2].height + 60.0f));
    checkInvariants(l);
}

TEST_CASE("layout: title, meta line and vertical spacing") {
    const Article a = article({paragraph("p"), heading("h"), paragraph("q"), paragraph("r")}, "Title");
    const Typesetter typesetter(a, kFake, "Source \u00B7 1 min read");
    const Layout l = typesetter.layout(LayoutSettings{});
    REQUIRE(l.lines.size() == 6);
    const Line& title = l.lines[0];
    const Line& meta = l.lines[1];
    CHECK(title.role == LineRole::Title);
    CHECK(title.block == -1);
    CHECK(title.y == doctest::Approx(40.0f));
    CHECK(title.height == doctest::Approx(48.0f));
    CHECK(l.spansOf(title)[0].face == FontFace::SerifBold);
    CHECK(l.spansOf(title)[0].sizePx == doctest::Approx(40.0f));
    CHECK(title.baseline == doctest::Approx(40.0f + (48.0f - 40.0f) / 2.0f + 32.0f));
    CHECK(meta.role == LineRole::Meta);
    CHECK(textOf(l, meta) == "Source \u00B7 1 min read");
    CHECK(l.spansOf(meta)[0].face == FontFace::Sans);
    CHECK(l.spansOf(meta)[0].sizePx == doctest::Approx(16.0f));
    CHECK(meta.y == doctest::Approx(88.0f + 10.0f));
    const float metaBottom = meta.y + 16.0f * 1.4f;
    const Line& p = l.lines[2];
    CHECK(p.y == doctest::Approx(metaBottom + 30.0f));
    CHECK(p.height == doctest::Approx(32.0f));
    CHECK(p.baseline == doctest::Approx(p.y + 6.0f + 16.0f));
    const Line& h = l.lines[3];
    CHECK(h.role == LineRole::Heading);
    CHECK(l.spansOf(h)[0].sizePx == doctest::Approx(28.0f));
    CHECK(h.y == doctest::Approx(p.y + 32.0f + 32.0f));  // 1.6 em above a heading
    CHECK(l.lines[4].y == doctest::Approx(h.y + 35.0f + 10.0f));  // 0.5 em below it
    CHECK(l.lines[5].y == doctest::Approx(l.lines[4].y + 32.0f + 20.0f));  // 1 em between paragraphs
    CHECK(l.height == doctest::Approx(l.lines[5].y + 32.0f + 60.0f));

    // Narrow viewports: a smaller title and less padding; no meta line when it is empty.
    LayoutSettings narrow;
    narrow.viewportWidthPx = 400.0f;
    const Layout n = Typesetter(a, kFake).layout(narrow);
    CHECK(n.lines[0].y == doctest::Approx(20.0f));
    CHECK(n.spansOf(n.lines[0])[0].sizePx == doctest::Approx(32.0f));
    CHECK(n.lines[1].role == LineRole::Paragraph);
    CHECK(n.lines[1].y == doctest::Approx(20.0f + 32.0f * 1.2f + 30.0f));
}

TEST_CASE("layout: firstLineBelow and anchors") {
    const Article a = article({paragraph("aaaa bbbb cccc dddd"), heading("x"),
                               list({RichText{run("one two three")}, RichText{run("four")}}, false),
                               image(0, 0, ""), quote(RichText{run("quoted words here")}, "Cited Person")},
                              "A title long enough to wrap");
    const Typesetter typesetter(a, kFake, "meta text");
    const Layout l = typesetter.layout(columnOf(100.0f));
    checkInvariants(l);
    CHECK(l.firstLineBelow(-5.0f) == 0);
    CHECK(l.firstLineBelow(1e9f) == l.lines.size());
    for (std::size_t i = 0; i < l.lines.size(); ++i) {
        const Line& line = l.lines[i];
        CHECK(l.firstLineBelow(line.y) == i);
        CHECK(l.firstLineBelow(line.y + line.height * 0.5f) == i);
        CHECK(l.yOf(l.anchorAt(line.y)) == line.y);
    }
    // An image without caption anchors at its box; an unknown block gives 0.
    CHECK(l.yOf({3, -1, 0}) == l.boxes[0].y);
    CHECK(l.yOf({99, -1, 0}) == 0.0f);
    // An offset inside a line finds that line; past the end, the block's last line.
    const std::vector<const Line*> first = linesOf(l, 0);
    REQUIRE(first.size() == 2);
    CHECK(l.yOf({0, -1, 12}) == first[1]->y);
    CHECK(l.yOf({0, -1, 8}) == first[0]->y);
    CHECK(l.yOf({0, -1, 9}) == first[1]->y);  // the space after "bbbb": the next line
    CHECK(l.yOf({0, -1, 500}) == first[1]->y);
    CHECK(l.yOf({2, 7, 0}) == linesOf(l, 2).front()->y);  // no such item: the block's first line
}

TEST_CASE("layout: the reading position survives a change of font size") {
    std::vector<Block> body;
    for (int i = 0; i < 6; ++i) {
        std::string text;
        for (int w = 0; w < 60; ++w) text += "word" + std::to_string(i * 100 + w) + " ";
        body.push_back(paragraph(text));
    }
    body.insert(body.begin() + 3, list({RichText{run("alpha beta gamma delta epsilon zeta eta theta")}}, true));
    const Article a = article(std::move(body));
    const Typesetter typesetter(a, kFake);
    LayoutSettings small;
    small.fontSizePx = 18.0f;
    LayoutSettings large = small;
    large.fontSizePx = 27.0f;
    const Layout before = typesetter.layout(small);
    const Layout after = typesetter.layout(large);
    checkInvariants(before);
    checkInvariants(after);
    for (const Line& line : before.lines) {
        const folio::Anchor anchor = before.anchorAt(line.y);
        const float y = after.yOf(anchor);
        const std::size_t index = after.firstLineBelow(y);
        REQUIRE(index < after.lines.size());
        const Line& found = after.lines[index];
        CHECK(found.y == y);
        CHECK(found.block == line.block);
        CHECK(found.item == line.item);
        CHECK(found.textBegin <= anchor.offset);
        CHECK((anchor.offset < found.textEnd || found.textBegin == found.textEnd));
        CHECK(after.yOf(after.anchorAt(y)) == y);
    }
}

TEST_CASE("layout: odd settings and texts do not break invariants") {
    const std::string word(40, 'w');
    const Article a = article({paragraph("   "), paragraph(RichText{run("a "), run(word, true), run(" b")}),
                               quote(RichText{run(" ")}, "only a cite"), list({RichText{run(" ")}}, false)});
    const Typesetter typesetter(a, kFake);
    for (float width : {0.0f, 10.0f, 50.0f, 120.0f, 333.0f, 1920.0f}) {
        for (float size : {0.0f, 8.0f, 20.0f, 64.0f}) {
            LayoutSettings s;
            s.viewportWidthPx = width;
            s.fontSizePx = size;
            const Layout l = typesetter.layout(s);
            checkInvariants(l);
            CHECK(linesOf(l, 0).empty());
            for (const Line& line : l.lines) CHECK(l.yOf(l.anchorAt(line.y)) == line.y);
        }
    }
    const Layout l = typesetter.layout(LayoutSettings{});
    REQUIRE(linesOf(l, 3).size() == 1);  // an empty item still shows its marker
    CHECK(l.spansOf(*linesOf(l, 3)[0]).size() == 1);
    CHECK(linesOf(l, 2).size() == 1);  // only the cite
    CHECK(l.boxes.empty());             // no rule beside an empty quote
}

// ---- With the real fonts ----

namespace {

// Plain English prose, a few paragraphs long, for measuring line lengths.
const char* const kProse[] = {
    "The alliance between the two countries has rested for seventy years on a simple bargain: one "
    "side provides bases and money, the other provides a guarantee of protection. That bargain is "
    "now under strain, and not only because of changes in the balance of power across the region.",
    "Officials in both capitals insist that the relationship has never been stronger. They point to "
    "joint exercises, new command arrangements and a growing list of shared projects in space and "
    "cyberspace. Yet beneath the reassuring statements, a quieter debate has begun about what each "
    "partner can reasonably expect from the other in a crisis, and about who pays for what.",
    "Some analysts argue that the arrangement should be rebuilt around a more equal division of "
    "labour, with the junior partner taking on missions it has long avoided. Others warn that such "
    "a shift would alarm neighbours, strain public finances and provoke a domestic backlash that "
    "could undo decades of careful diplomacy. Both camps agree that drift is the worst option.",
    "History offers some guidance. Alliances that survived long periods of change did so because "
    "their members kept talking, adjusted their commitments gradually and resisted the temptation "
    "to treat every disagreement as a test of loyalty. Those that failed usually did so suddenly, "
    "after years in which problems were noticed, discussed and then quietly set aside.",
};

}  // namespace

TEST_CASE("layout: Noto Serif sets 55 to 80 characters per body line at 800 px and 20 px") {
    std::vector<Block> body;
    for (const char* text : kProse) body.push_back(paragraph(text));
    const Article a = article(std::move(body), "An alliance under strain");
    const Typesetter typesetter(a, folio::test::notoMetrics());
    const Layout l = typesetter.layout(LayoutSettings{});
    checkInvariants(l);
    std::size_t chars = 0;
    std::size_t lines = 0;
    for (int block = 0; block < static_cast<int>(a.body.size()); ++block) {
        const std::vector<const Line*> blockLines = linesOf(l, block);
        for (std::size_t i = 0; i + 1 < blockLines.size(); ++i) {  // the last line of a paragraph is short
            chars += codepoints(textOf(l, *blockLines[i]));
            ++lines;
        }
    }
    REQUIRE(lines > 0);
    const double average = static_cast<double>(chars) / static_cast<double>(lines);
    MESSAGE("average characters per full line: " << average);
    CHECK(average >= 55.0);
    CHECK(average <= 80.0);
}

TEST_CASE("layout: span widths are advances plus kerning inside a face") {
    const folio::TrueTypeMetrics& metrics = folio::test::notoMetrics();
    const Article a = article({paragraph(RichText{run("AVAV "), run("AV", false, true)})});
    const Layout l = Typesetter(a, metrics).layout(LayoutSettings{});
    const Line& line = *linesOf(l, 0).front();
    REQUIRE(l.spansOf(line).size() == 2);
    const float a1 = metrics.advance(FontFace::Serif, U'A');
    const float v1 = metrics.advance(FontFace::Serif, U'V');
    const float kern = metrics.kerning(FontFace::Serif, U'A', U'V');
    const float back = metrics.kerning(FontFace::Serif, U'V', U'A');
    const float space = metrics.advance(FontFace::Serif, U' ');
    CHECK(kern < 0.0f);
    CHECK(l.spansOf(line)[0].width == doctest::Approx((2 * a1 + 2 * v1 + 2 * kern + back + space) * 20.0f));
    const float a2 = metrics.advance(FontFace::SerifBold, U'A');
    const float v2 = metrics.advance(FontFace::SerifBold, U'V');
    const float kern2 = metrics.kerning(FontFace::SerifBold, U'A', U'V');
    CHECK(l.spansOf(line)[1].width == doctest::Approx((a2 + v2 + kern2) * 20.0f));
    CHECK(l.spansOf(line)[1].x == doctest::Approx(l.spansOf(line)[0].x + l.spansOf(line)[0].width));
}

TEST_CASE("layout: Noto layouts hold the invariants at many widths and sizes") {
    std::vector<Block> body;
    for (const char* text : kProse) body.push_back(paragraph(RichText{run(text), run(" emphasised", true),
                                                                      run(" https://example.com/a/very/long/url/"
                                                                          "that/cannot/fit/anywhere/at/all",
                                                                          false, false, "https://example.com/")}));
    body.push_back(quote(RichText{run(kProse[0])}, "A. Writer"));
    body.push_back(list({RichText{run(kProse[1])}, RichText{run(kProse[2], false, true)}}, true));
    body.push_back(image(1200, 800, kProse[3]));
    const Article a = article(std::move(body), "A headline that is long enough to wrap on a phone screen");
    const Typesetter typesetter(a, folio::test::notoMetrics(), "Publisher \u00B7 12 July 2014 \u00B7 3 min read");
    for (float width : {320.0f, 414.0f, 768.0f, 1280.0f}) {
        for (float size : {14.0f, 20.0f, 28.0f}) {
            LayoutSettings s;
            s.viewportWidthPx = width;
            s.fontSizePx = size;
            const Layout l = typesetter.layout(s);
            checkInvariants(l);
            for (const Line& line : l.lines) CHECK(l.yOf(l.anchorAt(line.y)) == line.y);
        }
    }
}
