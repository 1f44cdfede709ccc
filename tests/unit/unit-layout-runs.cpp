// Runs of format 1.1 as the typesetter sets them: inline code in the monospace face, sub- and
// superscripts smaller and off the baseline, struck-through text, footnote marks raised, and line
// breaks inside a paragraph.
#include <doctest/doctest.h>

#include <string>

#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/layout_style.h"
#include "test_fonts.h"

using namespace folio;

namespace {

Layout laidOut(const std::string& json, float width = 700.0f) {
    const ParseResult parsed = parseArticle(json);
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    static Article article;  // the typesetter keeps a reference; layouts outlive it
    article = parsed.article;
    const Typesetter typesetter(article, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = width;
    return typesetter.layout(settings);
}

const Span* spanOf(const Layout& layout, std::string_view text) {
    for (const Span& span : layout.spans)
        if (span.text == text) return &span;
    return nullptr;
}

}  // namespace

TEST_CASE("runs: code, sub- and superscripts, struck text and footnote marks keep their place on the line") {
    const Layout layout = laidOut(R"({"title": "T", "body": [{"type": "paragraph", "text": [
        "Water is H", {"text": "2", "sub": true}, "O; area in m", {"text": "2", "sup": true}, "; run ",
        {"text": "make test", "code": true}, " at once, ", {"text": "not tomorrow", "strike": true}, ".",
        {"text": "1", "note": "A note."}]}]})");
    const float size = 20.0f;  // the default body size
    const Span* sub = nullptr;
    const Span* sup = nullptr;
    for (const Span& span : layout.spans) {
        if (span.text == "2" && (span.style & kSpanSub)) sub = &span;
        if (span.text == "2" && (span.style & kSpanSup)) sup = &span;
    }
    REQUIRE(sub != nullptr);
    REQUIRE(sup != nullptr);
    CHECK(sub->sizePx == doctest::Approx(size * layout_style::kShiftScale));
    CHECK(sub->rise == doctest::Approx(-size * layout_style::kSubDrop));
    CHECK(sup->rise == doctest::Approx(size * layout_style::kSupRise));
    const Span* code = spanOf(layout, "make test");
    REQUIRE(code != nullptr);
    CHECK(code->face == FontFace::Mono);
    CHECK(code->style == kSpanCode);
    CHECK(code->sizePx == doctest::Approx(size * layout_style::kCodeScale));
    // Monospace: its width is nine times one character's.
    CHECK(code->width == doctest::Approx(9.0f * test::notoMetrics().advance(FontFace::Mono, 'm') * code->sizePx).epsilon(1e-3));
    const Span* struck = spanOf(layout, "not tomorrow");  // the space between the words is struck too
    REQUIRE(struck != nullptr);
    CHECK(struck->style == kSpanStrike);
    const Span* mark = spanOf(layout, "1");
    REQUIRE(mark != nullptr);
    CHECK((mark->style & kSpanSup) != 0);
    // Spans follow each other without gaps or overlaps: the smaller text is measured at its size.
    const Line& line = layout.lines.back();
    float x = line.x;
    for (const Span& span : layout.spansOf(line)) {
        CHECK(span.x == doctest::Approx(x).epsilon(1e-4));
        x = span.x + span.width;
    }
}

TEST_CASE("runs: a line separator (an HTML br) ends the line, in any width") {
    for (const float width : {360.0f, 1200.0f}) {
        CAPTURE(width);
        const Layout layout =
            laidOut(R"({"title": "T", "body": ["12 Long Street\u2028Springfield\u2028  Near the station"]})", width);
        std::vector<std::string> texts;
        for (const Line& line : layout.lines) {
            if (line.role != LineRole::Paragraph) continue;
            std::string text;
            for (const Span& span : layout.spansOf(line)) text += span.text;
            texts.push_back(text);
        }
        CHECK(texts == std::vector<std::string>{"12 Long Street", "Springfield", "Near the station"});
    }
}
