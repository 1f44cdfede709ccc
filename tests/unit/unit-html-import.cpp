// HTML bodies (folio/html_import.h): the mapping element by element, whitespace, links, hostile
// HTML and the limits. The golden conversions of whole posts are in unit-import-golden.cpp.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "folio/article_json.h"
#include "folio/article_parse.h"
#include "folio/html_import.h"
#include "folio/html_tree.h"

using namespace folio;

namespace {

constexpr const char* kBase = "https://example.com/blog/post/";
const std::string kLineSeparator = "\xE2\x80\xA8";

// The blocks of `html`, which must import.
HtmlImport imported(const std::string& html, const ParseLimits& limits = {}) {
    HtmlImport result = importHtml(html, kBase, limits);
    REQUIRE_MESSAGE(result.ok, result.error);
    return result;
}

// The whole import as Folio JSON (for checks that nothing of a kind got through).
std::string importedJson(const std::string& html) {
    const HtmlImport result = imported(html);
    Article article;
    article.title = "T";
    article.body = result.body;
    article.notes = result.notes;
    return articleJson(article);
}

}  // namespace

TEST_CASE("html import: whitespace collapses as a browser collapses it - <br> is a line break") {
    const HtmlImport a = imported("<p>  one \n\t two   <em> three </em> four  </p><p>a<br>  b <br><br>c</p>");
    REQUIRE(a.body.size() == 3);
    CHECK(plainText(a.body[0].text) == "one two three four");
    REQUIRE(a.body[0].text.size() == 3);
    CHECK(a.body[0].text[1].text == "three ");  // the space inside <em> is the emphasis'
    CHECK(a.body[0].text[1].em);
    CHECK(plainText(a.body[1].text) == "a" + kLineSeparator + "b");
    CHECK(plainText(a.body[2].text) == "c");  // two breaks in a row: a new paragraph
}

TEST_CASE("html import: headings h1 to h6 map to levels 2 to 4") {
    const HtmlImport a = imported("<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>");
    const int levels[] = {2, 2, 3, 4, 4, 4};
    REQUIRE(a.body.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(a.body[i].type == BlockType::Heading);
        CHECK(a.body[i].level == levels[i]);
    }
}

TEST_CASE("html import: links are resolved against the post's address and follow the URL rules") {
    const HtmlImport a = imported(R"h(<p><a href="../x">rel</a> <a href="/y">root</a> <a href="javascript:alert(1)">js</a>
        <a href=" java&#9;script:alert(1)">tab</a> <a href="mailto:a@b.example">mail</a> <a href="#n">anchor</a></p>)h");
    const RichText& t = a.body.at(0).text;
    std::string hrefs;
    for (const TextRun& run : t) hrefs += run.href + "|";
    CHECK(hrefs == "https://example.com/blog/x||https://example.com/y||mailto:a@b.example||");
    // Without an http(s) base, relative links are dropped (the text stays).
    const HtmlImport b = importHtml(R"h(<p><a href="/y">root</a></p>)h", "");
    REQUIRE(b.ok);
    CHECK(b.body[0].text[0].href.empty());
    CHECK(plainText(b.body[0].text) == "root");
}

TEST_CASE("html import: scripts, styles, templates, event attributes, controls and hidden elements never pass") {
    const std::string json = importedJson(R"h(<script>alert(1)</script><style>p{}</style><template><p>t</p></template>
        <p onclick="alert(2)">Shown</p><img src="x.jpg" onerror="alert(3)"><svg onload="alert(4)"><script>alert(5)</script></svg>
        <iframe src="javascript:alert(6)"></iframe><iframe srcdoc="<script>alert(7)</script>"></iframe>
        <form><input value="alert(8)"><button>alert(9)</button><textarea>alert(10)</textarea></form>
        <p hidden>alert(11)</p><p aria-hidden="true">alert(12)</p><p style="display : NONE">alert(13)</p>
        <noscript>alert(14)</noscript><object>alert(15)</object><a href="javascript:alert(16)">link</a>)h");
    CHECK(json.find("alert") == std::string::npos);
    CHECK(json.find("script") == std::string::npos);
    CHECK(json.find("onerror") == std::string::npos);
    CHECK(json.find("Shown") != std::string::npos);
    CHECK(json.find("link") != std::string::npos);  // the text of a refused link stays
}

TEST_CASE("html import: text in elements the mapping does not know is kept") {
    const HtmlImport a = imported("<my-card><b-title>Card</b-title> text</my-card><div><x>in x</x><section>s</section></div>");
    REQUIRE(a.body.size() == 3);
    CHECK(plainText(a.body[0].text) == "Card text");
    CHECK(plainText(a.body[1].text) == "in x");
    CHECK(plainText(a.body[2].text) == "s");
}

TEST_CASE("html import: lists nest - an item that is only a list moves its items up") {
    const HtmlImport a = imported("<ol><li>a<ul><li>a1</li><li>a2</li></ul></li><li><ul><li>b1</li></ul></li><li>c</li></ol>");
    REQUIRE(a.body.size() == 1);
    const Block& list = a.body[0];
    CHECK(list.ordered);
    REQUIRE(list.items.size() == 5);
    REQUIRE(list.places.size() == 5);
    const char* texts[] = {"a", "a1", "a2", "b1", "c"};
    const int depths[] = {0, 1, 1, 1, 0};
    const int numbers[] = {1, 1, 2, 3, 2};
    for (int i = 0; i < 5; ++i) {
        CHECK(plainText(list.items[i]) == texts[i]);
        CHECK(list.places[i].depth == depths[i]);
        CHECK(list.places[i].number == numbers[i]);
    }
    CHECK_FALSE(list.places[1].ordered);
}

TEST_CASE("html import: pictures take the largest candidate and lazy-loading addresses") {
    const HtmlImport a = imported(R"h(<img src="data:image/gif;base64,AA" data-src="a.jpg"
        srcset="s.jpg 300w, l.jpg 1200w, m.jpg 600w" width="600" height="400" alt=" An  alt ">)h");
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].type == BlockType::Image);
    CHECK(a.body[0].src == "https://example.com/blog/post/l.jpg");
    CHECK(a.body[0].width == 1200);
    CHECK(a.body[0].height == 800);
    CHECK(a.body[0].alt == "An alt");
    const HtmlImport lazy = imported(R"h(<img src="data:image/gif;base64,AA" data-src="/lazy.jpg">)h");
    CHECK(lazy.body[0].src == "https://example.com/lazy.jpg");
}

TEST_CASE("html import: players and social posts become cards that link out, never frames") {
    const HtmlImport a = imported(R"h(<iframe src="https://www.youtube.com/embed/xyz?rel=0"></iframe>
        <blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">date</a></blockquote>)h");
    REQUIRE(a.body.size() == 2);
    CHECK(a.body[0].type == BlockType::Embed);
    CHECK(a.body[0].embed == EmbedKind::Video);
    CHECK(a.body[0].href == "https://www.youtube.com/watch?v=xyz");
    CHECK(a.body[0].provider == "YouTube");
    CHECK(a.body[1].embed == EmbedKind::Post);
    CHECK(a.body[1].href == "https://twitter.com/a/status/1");
    CHECK(a.body[1].title == "Hi \xE2\x80\x94 A (@a) date");
}

TEST_CASE("html import: tables flatten spans onto a grid, th and thead are header cells") {
    const HtmlImport a = imported(R"h(<table><thead><tr><th colspan="2">h</th></tr></thead>
        <tr><td rowspan="2">r</td><td>1</td></tr><tr><td>2</td></tr></table>)h");
    REQUIRE(a.body.size() == 1);
    const Block& t = a.body[0];
    REQUIRE(t.rows.size() == 3);
    for (const auto& row : t.rows) CHECK(row.size() == 2);
    CHECK(t.rows[0][0].header);
    CHECK(t.rows[0][1].header);
    CHECK(plainText(t.rows[1][0].text) == "r");
    CHECK(t.rows[2][0].text.empty());
    CHECK(plainText(t.rows[2][1].text) == "2");
}

TEST_CASE("html import: footnote marks carry their notes - the notes are not shown where they stand") {
    const HtmlImport a = imported(R"h(<p>x<sup><a href="#fn1" id="r1">1</a></sup></p>
        <section class="footnotes"><ol><li id="fn1">The note. <a href="#r1">&#8617;</a></li></ol></section>)h");
    REQUIRE(a.body.size() == 1);
    REQUIRE(a.notes.size() == 1);
    CHECK(plainText(a.notes[0]) == "The note.");
    REQUIRE(a.body[0].text.size() == 2);
    CHECK(a.body[0].text[1].note == 0);
    CHECK(a.body[0].text[1].text == "1");
    CHECK(a.body[0].text[1].shift == RunShift::None);
}

TEST_CASE("html import: 100 nested tables give a clean article with all their text") {
    std::string html;
    for (int i = 0; i < 100; ++i) html += "<table><tr><td>cell" + std::to_string(i) + " ";
    html += "deepest";
    for (int i = 0; i < 100; ++i) html += "</td></tr></table>";
    const HtmlImport a = imported(html);
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].type == BlockType::Table);
    const std::string text = plainText(a.body[0].rows[0][0].text);
    for (int i = 0; i < 100; ++i) CHECK(text.find("cell" + std::to_string(i)) != std::string::npos);
    CHECK(text.find("cell99 deepest") != std::string::npos);  // a nested table's rows are lines of the cell
    CHECK(a.notices.size() == 1);  // the deepest levels are read as plain text
}

TEST_CASE("html import: deeply nested inline elements never overflow the stack") {
    std::string html = "<p>";
    for (int i = 0; i < 20000; ++i) html += i % 2 ? "<span>" : "<em>";
    html += "deep";
    const HtmlImport a = imported(html);
    REQUIRE(a.body.size() == 1);
    CHECK(plainText(a.body[0].text) == "deep");
    std::string divs;
    for (int i = 0; i < 30000; ++i) divs += "<div>";
    CHECK(plainText(imported(divs + "x").body[0].text) == "x");
}

TEST_CASE("html import: the limits: input size, blocks, list items, table cells") {
    ParseLimits limits;
    limits.maxInputBytes = 100;
    const HtmlImport big = importHtml(std::string(101, 'a'), kBase, limits);
    CHECK_FALSE(big.ok);
    CHECK(big.error == "the HTML is 101 bytes; the limit is 100 bytes");
    limits = ParseLimits{};
    limits.maxBlocks = 3;
    CHECK(importHtml("<p>1</p><p>2</p><p>3</p><p>4</p>", kBase, limits).error == "more than 3 blocks");
    limits = ParseLimits{};
    limits.maxListItems = 2;
    CHECK(importHtml("<ul><li>1</li><li>2</li><li>3</li></ul>", kBase, limits).error == "a list of more than 2 items");
    limits = ParseLimits{};
    limits.maxTableCells = 3;
    CHECK(importHtml("<table><tr><td colspan=4>x</td></tr></table>", kBase, limits).error ==
          "a table of more than 3 cells");
    CHECK(importHtml("<p> </p><script>x</script>", kBase).error == "the HTML holds no text or picture to show");
}

TEST_CASE("html import: past maxRuns styled runs, the rest of a text is kept unstyled, with a notice") {
    ParseLimits limits;
    limits.maxRuns = 3;
    const HtmlImport a = imported("<p>a<em>b</em>c<strong>d</strong>e<em>f</em></p>", limits);
    REQUIRE(a.body.size() == 1);
    CHECK(a.body[0].text.size() == 3);
    CHECK(plainText(a.body[0].text) == "abcdef");
    REQUIRE(a.notices.size() == 1);
    CHECK(a.notices[0] == "a text of more than 3 styled stretches: the rest is shown unstyled");
}

TEST_CASE("html import: 10 MB of text is a clear error at the default limit and a clean article above it") {
    std::string html = "<p>";
    while (html.size() < (10u << 20)) html += "word word word word word word word word word word. ";
    html.resize(10u << 20);
    const HtmlImport refused = importHtml(html, kBase);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error == "the HTML is 10 MB; the limit is 8 MB");
    ParseLimits raised;
    raised.maxInputBytes = 16u << 20;
    const auto start = std::chrono::steady_clock::now();
    const HtmlImport a = importHtml(html, kBase, raised);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(a.ok);
    CHECK(a.body.size() == 1);
    CHECK(seconds < 10.0);  // linear: well under a second natively; generous for sanitizer builds
}

TEST_CASE("html import: htmlText decodes references and drops tags") {
    CHECK(htmlText("Tom &amp; Jerry&#8217;s <em>big</em>\n day") == "Tom & Jerry\xE2\x80\x99s big day");
    CHECK(htmlText("<script>x</script>A") == "A");
    CHECK(htmlText("") == "");
}

TEST_CASE("html import: the tree keeps only the attributes the mapping reads") {
    CHECK(htmlAttributeKept("href"));
    CHECK(htmlAttributeKept("data-srcset"));
    CHECK_FALSE(htmlAttributeKept("onerror"));
    CHECK_FALSE(htmlAttributeKept("srcdoc"));
    HtmlTree tree;
    tree.open("img");
    tree.attribute("onerror", "x");
    tree.attribute("src", "a.jpg");
    tree.close();
    REQUIRE(tree.nodes().size() == 2);
    CHECK(tree.node(1).attributes.size() == 1);
}

TEST_CASE("html import: without a parser, HTML is a clear error") {
    const HtmlParserFunction saved = htmlParser();
    setHtmlParser(nullptr);
    const HtmlImport a = importHtml("<p>x</p>", kBase);
    setHtmlParser(saved);
    CHECK_FALSE(a.ok);
    CHECK(a.error == "this viewer cannot read HTML here");
}
