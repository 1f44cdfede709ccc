// Nested lists (format 1.1): each level set in by one indent more, its items marked by their own
// list (numbers, or a disc, circle or square by depth); the HTML copy nests them as they nest.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "test_fonts.h"

using namespace folio;

namespace {

Article nested() {
    const ParseResult parsed = parseArticle(R"({"version": 1.1, "title": "T", "body": [{"type": "list", "ordered": true, "items": [
        "one", {"text": "two", "list": {"items": ["two a", {"text": "two b", "list": {"ordered": true, "items": ["i", "ii"]}}]}},
        "three"]}]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return parsed.article;
}

}  // namespace

TEST_CASE("nested lists: each level one indent further in, each item marked as its own list marks it") {
    const Article a = nested();
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 800.0f;
    const Layout layout = typesetter.layout(settings);
    std::vector<float> x(7, -1.0f);
    std::vector<std::string> markers(7);
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::ListItem || line.textBegin != 0) continue;
        x[static_cast<std::size_t>(line.item)] = line.x;
        markers[static_cast<std::size_t>(line.item)] = std::string(layout.spansOf(line).front().text);
    }
    CHECK(markers == std::vector<std::string>{"1.", "2.", "\u25E6", "\u25E6", "1.", "2.", "3."});  // a circle at the second level
    CHECK(x[0] == x[1]);
    CHECK(x[0] == x[6]);
    CHECK(x[2] > x[0] + 10.0f);
    CHECK(x[3] == x[2]);
    CHECK(x[4] - x[2] == doctest::Approx(x[2] - x[0]));
    CHECK(x[5] == x[4]);

    // A bullet list's second and third levels: a circle, then a square.
    const ParseResult bullets = parseArticle(R"({"version": 1.1, "title": "T", "body": [{"type": "list", "items": [
        {"text": "a", "list": {"items": [{"text": "b", "list": {"items": ["c"]}}]}}]}]})");
    REQUIRE(bullets.ok);
    const Typesetter other(bullets.article, test::notoMetrics());
    const Layout l = other.layout(settings);
    std::vector<std::string> marks;
    for (const Line& line : l.lines)
        if (line.role == LineRole::ListItem) marks.emplace_back(l.spansOf(line).front().text);
    CHECK(marks == std::vector<std::string>{"\u2022", "\u25E6", "\u25AA"});
}

TEST_CASE("nested lists: the HTML copy nests each list in the item before it") {
    CHECK(articleHtml(nested(), "").find("<ol><li>one</li><li>two<ul><li>two a</li><li>two b<ol><li>i</li><li>ii</li></ol></li></ul></li>"
                                         "<li>three</li></ol>") != std::string::npos);
}
