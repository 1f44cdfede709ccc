// Article format 1.1: code, tables, rules, embeds, asides, pull quotes, galleries, nested lists,
// image credits, inline code, struck, raised and lowered text, footnotes; and how what drawing
// has no form for yet is drawn (folio/article_lower.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

// The article of a document with `body` (a JSON array) and no other members.
ParseResult parseBody(const std::string& body, const std::string& extra = "") {
    return parseArticle(R"({"version": 1.1, "title": "T", "body": )" + body + extra + "}");
}

Article parsedBody(const std::string& body) {
    const ParseResult result = parseBody(body);
    REQUIRE_MESSAGE(result.ok, result.error.message);
    return result.article;
}

// The error message of a document with `body`.
std::string errorOf(const std::string& body) {
    const ParseResult result = parseBody(body);
    REQUIRE_FALSE(result.ok);
    return result.error.message;
}

}  // namespace

TEST_CASE("format 1.1: a code block keeps its text as written, with its language") {
    const Article a = parsedBody(R"([{"type": "code", "language": "python", "text": "def f(x):\n    return  x * 2\n"}])");
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].type == BlockType::Code);
    CHECK(a.body[0].code == "def f(x):\n    return  x * 2\n");
    CHECK(a.body[0].language == "python");
    CHECK(errorOf(R"([{"type": "code", "text": ""}])") == "/body/0/text: expected a non-empty string");
    CHECK(errorOf(R"([{"type": "code", "text": ["runs"]}])") == "/body/0/text: expected a non-empty string");
}

TEST_CASE("format 1.1: a table's rows are filled up to the longest, its header row and column marked") {
    const Article a = parsedBody(R"([{"type": "table", "headerRow": true, "headerColumn": true, "caption": "Results",
        "rows": [["", "2024", "2025"], ["Ash", "12"], [{"text": "Oak", "header": true}, ["3", {"text": "*", "sup": true}], ""]]}])");
    const Block& t = a.body[0];
    CHECK(t.type == BlockType::Table);
    CHECK(t.caption == "Results");
    REQUIRE(t.rows.size() == 3);
    for (const auto& row : t.rows) CHECK(row.size() == 3);
    CHECK(t.rows[0][0].text.empty());
    CHECK(t.rows[0][1].header);
    CHECK(plainText(t.rows[1][0].text) == "Ash");
    CHECK(t.rows[1][0].header);       // the header column
    CHECK_FALSE(t.rows[1][1].header);
    CHECK(t.rows[1][2].text.empty());  // filled up
    CHECK(plainText(t.rows[2][1].text) == "3*");
    CHECK(t.rows[2][1].text[1].shift == RunShift::Sup);
    CHECK(errorOf(R"([{"type": "table", "rows": []}])") == "/body/0/rows: expected a non-empty array of rows");
    CHECK(errorOf(R"([{"type": "table", "rows": [[]]}])") == "/body/0/rows: expected at least one cell");
    CHECK(errorOf(R"([{"type": "table", "rows": ["a"]}])") == "/body/0/rows/0: expected an array of cells");
    ParseLimits limits;
    limits.maxTableCells = 3;
    const ParseResult big = parseArticle(R"({"title": "T", "body": [{"type": "table", "rows": [["a", "b"], ["c", "d"]]}]})", limits);
    REQUIRE_FALSE(big.ok);
    CHECK(big.error.message == "/body/0/rows/1: more than 3 cells in the table");
}

TEST_CASE("format 1.1: lists nest, each item knowing its depth, its list's kind and its number") {
    const Article a = parsedBody(R"([{"type": "list", "ordered": true, "items": [
        "one", {"text": "two", "list": {"items": ["two a", {"text": "two b", "list": {"ordered": true, "items": ["i", "ii"]}}]}},
        "three"]}])");
    const Block& list = a.body[0];
    REQUIRE(list.items.size() == 7);
    REQUIRE(list.places.size() == 7);
    const char* texts[] = {"one", "two", "two a", "two b", "i", "ii", "three"};
    const int depths[] = {0, 0, 1, 1, 2, 2, 0};
    const bool ordered[] = {true, true, false, false, true, true, true};
    const int numbers[] = {1, 2, 1, 2, 1, 2, 3};
    for (int i = 0; i < 7; ++i) {
        CAPTURE(i);
        CHECK(plainText(list.items[i]) == texts[i]);
        CHECK(list.places[i].depth == depths[i]);
        CHECK(list.places[i].ordered == ordered[i]);
        CHECK(list.places[i].number == numbers[i]);
    }
    // A flat list stays as in format 1.
    CHECK(parsedBody(R"([{"type": "list", "items": ["a", {"text": "b"}]}])").body[0].places.empty());
    std::string deep = R"("x")";
    for (int i = 0; i < 9; ++i) deep = R"({"text": "x", "list": {"items": [)" + deep + "]}}";
    CHECK(errorOf("[{\"type\": \"list\", \"items\": [" + deep + "]}]").find("lists nested deeper than 8 levels") != std::string::npos);
}

TEST_CASE("format 1.1: rules, embeds, asides, pull quotes, galleries and image credits") {
    const Article a = parsedBody(R"([
        {"type": "rule"},
        {"type": "embed", "kind": "video", "url": "https://video.example.com/v/1", "title": "The flood", "provider": "Example Video",
         "poster": "images/flood.jpg", "alt": "Water in the square", "width": 1280, "height": 720},
        {"type": "aside", "title": "How we counted", "paragraphs": ["One.", ["Two, ", {"text": "bold", "strong": true}]]},
        {"type": "aside", "text": "Just one."},
        {"type": "pullquote", "text": "It came in the night.", "cite": "A neighbour"},
        {"type": "gallery", "caption": "Before and after", "images": [{"src": "a.jpg", "credit": "J. Doe"}, {"src": "https://example.com/b.png", "caption": "After"}]},
        {"type": "image", "src": "c.jpg", "credit": "Agency"}])");
    REQUIRE(a.body.size() == 7);
    CHECK(a.body[0].type == BlockType::Rule);
    const Block& e = a.body[1];
    CHECK(e.type == BlockType::Embed);
    CHECK(e.embed == EmbedKind::Video);
    CHECK(e.href == "https://video.example.com/v/1");
    CHECK(e.title == "The flood");
    CHECK(e.provider == "Example Video");
    CHECK(e.src == "images/flood.jpg");
    CHECK(e.width == 1280);
    CHECK(a.body[2].title == "How we counted");
    CHECK(a.body[2].items.size() == 2);
    CHECK(a.body[3].items.size() == 1);
    CHECK(a.body[4].type == BlockType::Pullquote);
    CHECK(a.body[4].cite == "A neighbour");
    REQUIRE(a.body[5].images.size() == 2);
    CHECK(a.body[5].images[0].credit == "J. Doe");
    CHECK(a.body[5].images[1].caption == "After");
    CHECK(a.body[6].credit == "Agency");
    CHECK(errorOf(R"j([{"type": "embed", "url": "javascript:alert(1)"}])j") == "/body/0/url: expected an absolute http(s) URL");
    CHECK(errorOf(R"([{"type": "embed", "title": "x"}])") == "/body/0/url: required");
    CHECK(errorOf(R"([{"type": "embed", "url": "https://x.example/", "kind": "iframe"}])") ==
          "/body/0/kind: expected \"video\", \"audio\", \"post\" or \"link\"");
    CHECK(errorOf(R"([{"type": "aside"}])") == "/body/0/text: required (or \"paragraphs\")");
    CHECK(errorOf(R"([{"type": "gallery", "images": [{"alt": "x"}]}])") == "/body/0/images/0/src: required");
}

TEST_CASE("format 1.1: runs of code, struck, raised and lowered text - footnotes") {
    const Article a = parsedBody(R"([{"type": "paragraph", "text": ["H", {"text": "2", "sub": true}, "O at ", {"text": "10", "sup": true}, " ",
        {"text": "old", "strike": true}, " ", {"text": "grep", "code": true},
        {"text": "1", "note": ["See ", {"text": "the report", "href": "https://example.com/r"}, "."]},
        " and ", {"text": "2", "note": "Second."}]}])");
    const RichText& t = a.body[0].text;
    REQUIRE(t.size() == 11);
    CHECK(t[1].shift == RunShift::Sub);
    CHECK(t[3].shift == RunShift::Sup);
    CHECK(t[5].strike);
    CHECK(t[7].code);
    CHECK(t[8].note == 0);
    CHECK(t[10].note == 1);
    REQUIRE(a.notes.size() == 2);
    CHECK(plainText(a.notes[0]) == "See the report.");
    CHECK(a.notes[0][1].href == "https://example.com/r");
    CHECK(errorOf(R"([{"type": "paragraph", "text": [{"text": "x", "sub": true, "sup": true}]}])") ==
          "/body/0/text/0/sup: a run is not both \"sub\" and \"sup\"");
    CHECK(errorOf(R"([{"type": "paragraph", "text": [{"text": "1", "note": [{"text": "a", "note": "b"}]}]}])") ==
          "/body/0/text/0/note/0/note: a footnote cannot hold a footnote");
}

TEST_CASE("format 1.1: version 1 and 1.1 are read - others are not") {
    CHECK(parseArticle(R"({"version": 1, "title": "T", "body": ["x"]})").ok);
    CHECK(parseArticle(R"({"version": 1.1, "title": "T", "body": ["x"]})").ok);
    const ParseResult two = parseArticle(R"({"version": 2, "title": "T", "body": ["x"]})");
    REQUIRE_FALSE(two.ok);
    CHECK(two.error.message == "/version: expected 1 or 1.1");
}

TEST_CASE("format 1.1: every block is drawn as it is, and the footnotes as a list at the end, all the text kept") {
    const Article a = lowerForDrawing(parsedBody(R"([
        {"type": "pullquote", "text": "Q", "cite": "C"},
        {"type": "table", "headerRow": true, "rows": [["A", "B"], ["1", ""]]},
        {"type": "embed", "url": "https://v.example/1", "title": "Film", "poster": "p.jpg"},
        {"type": "aside", "title": "Box", "paragraphs": ["P1", "P2"]},
        {"type": "gallery", "images": [{"src": "a.jpg"}, {"src": "b.jpg"}]},
        {"type": "paragraph", "text": ["x", {"text": "1", "note": "N"}]}])"));
    std::string kinds;
    for (const Block& b : a.body) kinds += std::to_string(static_cast<int>(b.type)) + " ";
    // the pull quote, the table, the embed, the aside, the gallery and the paragraph as they are,
    // then the notes' heading and list.
    CHECK(kinds == "10 6 8 9 11 0 1 3 ");
    CHECK(a.body[1].rows.size() == 2);
    CHECK(plainText(a.body[1].rows[0][1].text) == "B");
    CHECK(a.body[2].href == "https://v.example/1");
    CHECK(a.body[4].images.size() == 2);
    CHECK(a.notes.empty());
    CHECK(plainText(a.body.back().items[0]).rfind("N ", 0) == 0);  // and its link back (unit-footnotes.cpp)
}

TEST_CASE("format 1.1: an image's credit is drawn after its caption, in italics, and is in the HTML copy") {
    const Article a = parsedBody(R"([{"type": "image", "src": "a.jpg", "caption": "The weir at dawn.", "credit": "Jane Doe / Riverlines"},
                                    {"type": "image", "src": "b.jpg", "credit": "Alone"}])");
    const Typesetter typesetter(a, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    std::vector<std::string> captions;
    std::vector<FontFace> lastFaces;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Caption) continue;
        captions.push_back(test::textOf(layout, line));
        lastFaces.push_back(layout.spansOf(line).back().face);
    }
    CHECK(captions == std::vector<std::string>{"The weir at dawn. Jane Doe / Riverlines", "Alone"});
    CHECK(lastFaces == std::vector<FontFace>{FontFace::SansItalic, FontFace::SansItalic});
    CHECK(layout.spansOf(*std::find_if(layout.lines.begin(), layout.lines.end(), [](const Line& l) { return l.role == LineRole::Caption; }))
              .front().face == FontFace::Sans);
    const std::string html = articleHtml(a, "");
    CHECK(html.find("<figcaption>The weir at dawn. <small>Jane Doe / Riverlines</small></figcaption>") != std::string::npos);
    CHECK(html.find("<figcaption><small>Alone</small></figcaption>") != std::string::npos);
}
