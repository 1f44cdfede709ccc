// Asides (format 1.1): the title and paragraphs of a box beside the story, set on a tint as wide as
// the column, a little smaller than the body, on screen and on paper (where the tint follows the
// lines over a page break), and in the HTML copy.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/print_layout.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

// An article of a paragraph, an aside with `title` and `paragraphs` (JSON strings), another paragraph.
Article withAside(const std::string& title, const std::string& paragraphs, const std::string& language = "en") {
    const ParseResult parsed = parseArticle(R"({"version": 1.1, "title": "T", "language": ")" + language +
                                            R"(", "body": ["Before.", {"type": "aside", "title": ")" + title +
                                            R"(", "paragraphs": [)" + paragraphs + R"(]}, "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return lowerForDrawing(parsed.article);
}

const char* kParagraphs = R"("Kettleford's brook ran under the high street for ninety years before the council opened it again.",
    "The work took two summers and cost less than the culvert's repair would have.")";


}  // namespace

TEST_CASE("asides: the title and paragraphs are set inside a tint as wide as the column, a little smaller than the body") {
    const Article article = withAside("What is daylighting?", kParagraphs);
    REQUIRE(article.body[1].type == BlockType::Aside);  // drawn in its own form, not lowered
    const Typesetter typesetter(article, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 500.0f;
    const Layout layout = typesetter.layout(settings);
    const std::vector<const Line*> lines = test::linesOf(layout, 1);
    REQUIRE(lines.size() >= 4);
    const auto tint = std::find_if(layout.boxes.begin(), layout.boxes.end(),
                                   [](const Box& box) { return box.kind == BoxKind::Tint && box.block == 1; });
    REQUIRE(tint != layout.boxes.end());
    CHECK(tint->x == doctest::Approx(layout.columnX));
    CHECK(tint->width == doctest::Approx(layout.columnWidth));
    const float pad = layout_style::kAsidePaddingEm * settings.fontSizePx;
    CHECK(lines.front()->y == doctest::Approx(tint->y + pad));
    CHECK(lines.back()->y + lines.back()->height == doctest::Approx(tint->y + tint->height - pad));

    CHECK(lines.front()->role == LineRole::Heading);
    CHECK(lines.front()->item == -1);
    CHECK(layout.spansOf(*lines.front()).front().face == FontFace::SerifBold);
    int lastItem = -1;
    for (const Line* line : lines) {
        CAPTURE(line->y);
        CHECK(line->x >= tint->x + pad - 0.01f);
        CHECK(line->x + line->width <= tint->x + tint->width - pad + 0.01f);
        for (const Span& span : layout.spansOf(*line))
            CHECK(span.sizePx == doctest::Approx(layout_style::kAsideScale * settings.fontSizePx));
        if (line->role != LineRole::Paragraph) continue;
        CHECK(line->item >= lastItem);
        lastItem = line->item;
        CHECK(layout.spansOf(*line).front().face == FontFace::Serif);
    }
    CHECK(lastItem == 1);  // both paragraphs, in order
    // The paragraphs' lines hold their own text: the second starts at its own beginning.
    const auto second = std::find_if(lines.begin(), lines.end(), [](const Line* l) { return l->item == 1; });
    REQUIRE(second != lines.end());
    CHECK((*second)->textBegin == 0);
    // The next block starts below the tint.
    CHECK(test::linesOf(layout, 2).front()->y > tint->y + tint->height);
}

TEST_CASE("asides: a right-to-left aside's lines are set flush right inside the padding") {
    const Article article = withAside("\u05de\u05d4 \u05d6\u05d4?", R"("\u05d4\u05e0\u05d7\u05dc \u05d6\u05e8\u05dd \u05de\u05ea\u05d7\u05ea \u05dc\u05e8\u05d7\u05d5\u05d1.")", "he");
    const Typesetter typesetter(article, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    const float pad = layout_style::kAsidePaddingEm * 20.0f;
    for (const Line* line : test::linesOf(layout, 1)) {
        CHECK(line->rtl);
        CHECK(line->x + line->width == doctest::Approx(layout.columnX + layout.columnWidth - pad).epsilon(0.001));
    }
}

TEST_CASE("asides: on paper the tint is behind the aside's lines on each page, and the runs say what they are") {
    std::string many;
    for (int i = 0; i < 40; ++i) many += std::string(i ? ", " : "") + R"("A paragraph of the box that goes on and on so that the aside runs over a page break.")";
    const Article article = withAside("A long box", many);
    PageSpec spec;
    const PrintDocument document = paginate(article, test::notoMetrics(), spec);
    REQUIRE(document.pages.size() >= 2);
    int pagesWithAside = 0;
    for (const PrintPage& page : document.pages) {
        std::vector<const PrintRun*> runs;
        for (const PrintRun& run : page.runs)
            if (run.block == 1) runs.push_back(&run);
        if (runs.empty()) continue;
        ++pagesWithAside;
        const auto tint = std::find_if(page.boxes.begin(), page.boxes.end(),
                                       [](const PrintBox& box) { return box.kind == BoxKind::Tint && box.block == 1; });
        REQUIRE(tint != page.boxes.end());
        for (const PrintRun* run : runs) {
            CHECK(run->baseline > tint->y);
            CHECK(run->baseline < tint->y + tint->height);
            CHECK((run->tag == PrintTag::AsideTitle) == (run->item == -1));
            CHECK((run->tag == PrintTag::AsideTitle || run->tag == PrintTag::AsideText));
        }
    }
    CHECK(pagesWithAside >= 2);
}

TEST_CASE("asides: the HTML copy has an aside with its title and paragraphs") {
    const std::string html = articleHtml(withAside("Box", R"("One.", ["Two ", {"text": "links", "href": "https://example.com/"}, "."])"), "");
    CHECK(html.find(R"(<aside><h4>Box</h4><p>One.</p><p>Two <a href="https://example.com/">links</a>.</p></aside>)") != std::string::npos);
}
