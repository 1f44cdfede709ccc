// Article JSON parsing: valid documents, every malformed fixture with its exact message, hostile input
// (deep nesting, oversized documents and strings, bad bytes) and the sample articles.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "folio/article.h"
#include "folio/article_parse.h"

namespace fs = std::filesystem;
using folio::BlockType;
using folio::ParseLimits;
using folio::ParseResult;
using folio::parseArticle;

namespace {

// The whole file as bytes.
std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The first line of a file, without its line ending.
std::string firstLine(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// The files in `dir` ending in `extension`, sorted by name.
std::vector<fs::path> filesIn(const fs::path& dir, const std::string& extension) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

const fs::path kSourceDir = FOLIO_SOURCE_DIR;

// A minimal valid document whose only paragraph is `paragraphJson` (a JSON value).
std::string withParagraph(const std::string& paragraphJson) {
    return R"({"title": "T", "body": [)" + paragraphJson + "]}";
}

// `s` repeated `n` times.
std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("parse: a minimal document with string paragraphs") {
    const ParseResult r = parseArticle(R"({"title": "Hello", "body": ["First.", "Second paragraph."]})");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(r.article.title == "Hello");
    REQUIRE(r.article.body.size() == 2);
    CHECK(r.article.body[0].type == BlockType::Paragraph);
    REQUIRE(r.article.body[0].text.size() == 1);
    CHECK(r.article.body[0].text[0].text == "First.");
    CHECK_FALSE(r.article.body[0].text[0].em);
    CHECK_FALSE(r.article.body[0].text[0].strong);
    CHECK(r.article.body[0].text[0].href.empty());
    CHECK(folio::plainText(r.article.body[1].text) == "Second paragraph.");
    CHECK(r.article.url.empty());
    CHECK(r.article.tags.empty());
    CHECK(r.article.comments.empty());
}

TEST_CASE("parse: every block type") {
    const ParseResult r = parseArticle(R"({
      "title": "Blocks",
      "body": [
        {"type": "paragraph", "text": ["Plain, ", {"text": "emphasised", "em": true}, " and ",
                                       {"text": "strong", "strong": true}, " and ",
                                       {"text": "a link", "href": "https://example.com/a?b=c#d", "em": true, "strong": true}]},
        {"type": "heading", "text": "Section"},
        {"type": "heading", "text": "Subsection", "level": 3},
        {"type": "heading", "text": "Minor", "level": 4},
        {"type": "quote", "text": "To be or not to be.", "cite": "Hamlet"},
        {"type": "quote", "text": "Anonymous wisdom."},
        {"type": "list", "items": ["one", ["t", {"text": "wo", "em": true}]], "ordered": true},
        {"type": "list", "items": ["bullet"]},
        {"type": "image", "src": "images/river.jpg", "alt": "A river", "caption": "The river in May",
         "width": 1200, "height": 800},
        {"type": "image", "src": "https://example.com/i.png"}
      ]
    })");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    const auto& b = r.article.body;
    REQUIRE(b.size() == 10);

    REQUIRE(b[0].type == BlockType::Paragraph);
    REQUIRE(b[0].text.size() == 6);
    CHECK(b[0].text[1].text == "emphasised");
    CHECK(b[0].text[1].em);
    CHECK_FALSE(b[0].text[1].strong);
    CHECK(b[0].text[3].strong);
    CHECK_FALSE(b[0].text[3].em);
    CHECK(b[0].text[5].href == "https://example.com/a?b=c#d");
    CHECK(b[0].text[5].em);
    CHECK(b[0].text[5].strong);
    CHECK(folio::plainText(b[0].text) == "Plain, emphasised and strong and a link");

    CHECK(b[1].type == BlockType::Heading);
    CHECK(b[1].level == 2);
    CHECK(b[2].level == 3);
    CHECK(b[3].level == 4);
    CHECK(folio::plainText(b[3].text) == "Minor");

    CHECK(b[4].type == BlockType::Quote);
    CHECK(b[4].cite == "Hamlet");
    CHECK(folio::plainText(b[4].text) == "To be or not to be.");
    CHECK(b[5].cite.empty());

    CHECK(b[6].type == BlockType::List);
    CHECK(b[6].ordered);
    REQUIRE(b[6].items.size() == 2);
    CHECK(folio::plainText(b[6].items[0]) == "one");
    REQUIRE(b[6].items[1].size() == 2);
    CHECK(b[6].items[1][1].em);
    CHECK(folio::plainText(b[6].items[1]) == "two");
    CHECK_FALSE(b[7].ordered);

    CHECK(b[8].type == BlockType::Image);
    CHECK(b[8].src == "images/river.jpg");
    CHECK(b[8].alt == "A river");
    CHECK(b[8].caption == "The river in May");
    CHECK(b[8].width == 1200);
    CHECK(b[8].height == 800);
    CHECK(b[9].src == "https://example.com/i.png");
    CHECK(b[9].width == 0);
    CHECK(b[9].height == 0);
    CHECK(b[9].alt.empty());
}

TEST_CASE("parse: unsafe link targets are dropped, their text kept as plain text") {
    const char* unsafe[] = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                            "file:///etc/passwd", "vbscript:msgbox", "/relative/path", "page.html",
                            " https://example.com", "java\tscript:alert(1)", "https://", "mailto:", ""};
    for (const std::string href : unsafe) {
        CAPTURE(href);
        std::string escaped;
        for (char c : href) escaped += c == '\t' ? std::string("\\t") : std::string(1, c);
        const ParseResult r = parseArticle(withParagraph(
            R"({"type": "paragraph", "text": [{"text": "click", "strong": true, "href": ")" + escaped + R"("}]})"));
        REQUIRE_MESSAGE(r.ok, r.error.message);
        REQUIRE(r.article.body[0].text.size() == 1);
        CHECK(r.article.body[0].text[0].text == "click");
        CHECK(r.article.body[0].text[0].strong);
        CHECK(r.article.body[0].text[0].href.empty());
    }
    const char* safe[] = {"https://example.com/", "http://example.com", "HTTPS://EXAMPLE.COM/x",
                          "mailto:editor@example.com"};
    for (const std::string href : safe) {
        CAPTURE(href);
        const ParseResult r = parseArticle(
            withParagraph(R"({"type": "paragraph", "text": [{"text": "mail", "href": ")" + href + R"("}]})"));
        REQUIRE_MESSAGE(r.ok, r.error.message);
        CHECK(r.article.body[0].text[0].href == href);
    }
}

TEST_CASE("parse: empty runs are dropped, adjacent runs kept as given") {
    const ParseResult r = parseArticle(withParagraph(
        R"({"type": "paragraph", "text": ["", "a", "b", {"text": "", "em": true}, {"text": "c", "em": true}, {"text": "d", "em": true}]})"));
    REQUIRE_MESSAGE(r.ok, r.error.message);
    const auto& runs = r.article.body[0].text;
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].text == "a");
    CHECK(runs[1].text == "b");
    CHECK(runs[2].text == "c");
    CHECK(runs[3].text == "d");
    CHECK(runs[3].em);
}

TEST_CASE("parse: unknown fields are ignored everywhere") {
    const ParseResult r = parseArticle(R"({
      "title": "Forward", "futureField": {"nested": [1, 2, {"deep": null}]}, "layout": "wide",
      "body": [
        {"type": "paragraph", "text": [{"text": "run", "underline": true, "color": "red"}], "align": "center"},
        {"type": "image", "src": "a.png", "srcset": ["a@2x.png 2x"], "loading": "lazy"}
      ],
      "comments": [{"text": "Hi", "likes": 3, "replies": []}]
    })");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(r.article.title == "Forward");
    CHECK(r.article.body.size() == 2);
    CHECK(r.article.body[0].text[0].text == "run");
    CHECK(r.article.comments.size() == 1);
}

TEST_CASE("parse: the title is trimmed, other whitespace is kept as given") {
    const ParseResult r = parseArticle(R"({"title": " \t Spaced  title \n", "source": " Xinhua ",
                                           "body": ["  two  spaces\tand a tab  "]})");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(r.article.title == "Spaced  title");
    CHECK(r.article.source == " Xinhua ");
    CHECK(r.article.body[0].text[0].text == "  two  spaces\tand a tab  ");
}

TEST_CASE("parse: metadata, tags and comments") {
    const ParseResult r = parseArticle(R"({
      "version": 1,
      "title": "Meta",
      "url": "https://example.com/news/meta",
      "source": "Example Daily",
      "author": "Ana Ruiz",
      "summary": "What it is about.",
      "published": "2024-02-29T09:30:00.250+05:30",
      "language": "pt-BR",
      "tags": ["one", "two"],
      "comments": [
        {"author": "Bo", "posted": "2024-03-01T10:00Z", "text": "First!"},
        {"text": "Anonymous and undated."}
      ],
      "body": ["x"]
    })");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    const folio::Article& a = r.article;
    CHECK(a.url == "https://example.com/news/meta");
    CHECK(a.source == "Example Daily");
    CHECK(a.author == "Ana Ruiz");
    CHECK(a.summary == "What it is about.");
    CHECK(a.published == "2024-02-29T09:30:00.250+05:30");
    CHECK(a.language == "pt-BR");
    CHECK(a.tags == std::vector<std::string>{"one", "two"});
    REQUIRE(a.comments.size() == 2);
    CHECK(a.comments[0].author == "Bo");
    CHECK(a.comments[0].posted == "2024-03-01T10:00Z");
    CHECK(a.comments[0].text == "First!");
    CHECK(a.comments[1].author.empty());
    CHECK(a.comments[1].posted.empty());
}

TEST_CASE("parse: language tags") {
    for (const char* tag : {"en", "EN", "fil", "zh-Hant-TW", "en-GB", "de-CH-1996", "sl-rozaj-biske", "es-419", "abcd",
                            "abcdefgh", "en-a-bbb-x-a-ccc"}) {
        CAPTURE(std::string(tag));
        const ParseResult r = parseArticle(R"({"title": "T", "body": ["x"], "language": ")" + std::string(tag) + "\"}");
        CHECK_MESSAGE(r.ok, r.error.message);
    }
    for (const char* tag : {"", "e", "abcdefghi", "en-", "-en", "en--GB", "en_GB", "e1", "en-abcdefghi", "en GB", "1en"}) {
        CAPTURE(std::string(tag));
        const ParseResult r = parseArticle(R"({"title": "T", "body": ["x"], "language": ")" + std::string(tag) + "\"}");
        CHECK_FALSE(r.ok);
        CHECK(r.error.message == R"(/language: expected a BCP 47 language tag such as "en" or "pt-BR")");
    }
}

TEST_CASE("parse: image sources") {
    for (const char* src : {"images/river.jpg", "/img/a.png", "../a.png", "a.png?x=1:2", "#frag", "//cdn.example.com/a.png",
                            "https://example.com/a.png", "HTTP://example.com/a.png", "images/caf%C3%A9.jpg"}) {
        CAPTURE(std::string(src));
        const ParseResult r = parseArticle(withParagraph(R"({"type": "image", "src": ")" + std::string(src) + "\"}"));
        REQUIRE_MESSAGE(r.ok, r.error.message);
        CHECK(r.article.body[0].src == src);
    }
    for (const char* src : {"", "javascript:alert(1)", "jAvAsCrIpT:alert(1)", "data:image/png;base64,AAAA",
                            "file:///etc/passwd", "blob:https://example.com/x", "ftp://example.com/a.png", "https:a.png",
                            "https://", "images/my photo.jpg", " images/a.jpg", "c:/images/a.jpg"}) {
        CAPTURE(std::string(src));
        const ParseResult r = parseArticle(withParagraph(R"({"type": "image", "src": ")" + std::string(src) + "\"}"));
        CHECK_FALSE(r.ok);
        CHECK(r.error.message == "/body/0/src: expected an http(s) or relative URL");
        CHECK(r.error.pointer == "/body/0/src");
    }
}

TEST_CASE("parse: a UTF-8 byte order mark is accepted") {
    const ParseResult r = parseArticle("\xEF\xBB\xBF{\"title\": \"Caf\xC3\xA9\", \"body\": [\"x\"]}");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(r.article.title == "Caf\xC3\xA9");

    // Columns on the first line are counted after the BOM.
    const ParseResult bad = parseArticle("\xEF\xBB\xBF{,}");
    CHECK(bad.error.message == "JSON syntax error at line 1, column 2: unexpected ','; expected string literal");
}

TEST_CASE("parse: error fields") {
    SUBCASE("schema errors carry the pointer and no position") {
        const ParseResult r = parseArticle(R"({"title": "T", "body": ["a", {"type": "heading", "text": "H", "level": 1}]})");
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.pointer == "/body/1/level");
        CHECK(r.error.line == 0);
        CHECK(r.error.column == 0);
        CHECK(r.error.message == "/body/1/level: expected an integer from 2 to 4");
        CHECK(r.article.title.empty());  // no half-filled article on failure
        CHECK(r.article.body.empty());
    }
    SUBCASE("the root is the empty pointer") {
        const ParseResult r = parseArticle("42");
        CHECK(r.error.pointer.empty());
        CHECK(r.error.message == "(document): expected a JSON object");
    }
    SUBCASE("syntax errors carry line and column, counted per line") {
        const std::string json = "{\n  \"title\": \"T\",\n  \"body\": [\"x\" \"y\"]\n}\n";
        const ParseResult r = parseArticle(json);
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.pointer.empty());
        CHECK(r.error.line == 3);
        CHECK(r.error.column == 16);  // the opening quote of "y"
        CHECK(r.error.message == "JSON syntax error at line 3, column 16: unexpected string literal; expected ']'");
    }
    SUBCASE("CRLF line endings count as one line break") {
        const ParseResult r = parseArticle("{\r\n\"title\": \"T\",\r\n  \"body\": tru\r\n}");
        CHECK(r.error.line == 3);
        CHECK(r.error.column == 14);  // the carriage return that ends the broken literal
        CHECK(r.error.message == "JSON syntax error at line 3, column 14: invalid literal");
    }
    SUBCASE("pointers escape ~ and / in member names") {
        ParseLimits limits;
        limits.maxStringBytes = 6;
        const ParseResult r = parseArticle(R"({"title": "T", "body": ["x"], "a~b/c": {"": ["long string"]}})", limits);
        CHECK(r.error.pointer == "/a~0b~1c//0");
        CHECK(r.error.message == "/a~0b~1c//0: string longer than 6 bytes");
    }
    SUBCASE("a body of blocks of unknown types only has nothing to show") {
        const ParseResult r = parseArticle(withParagraph(R"({"type": "video", "text": 42})"));
        CHECK_FALSE(r.ok);
        CHECK(r.error.message == "/body: none of its blocks is of a type this viewer shows");
    }
}

TEST_CASE("parse: blocks of types a newer format may add are shown by their text or left out, with a notice") {
    const ParseResult r = parseArticle(R"({"title": "T", "body": [
        "Before.",
        {"type": "callout", "text": ["A ", {"text": "linked", "href": "https://example.com/"}, " aside."]},
        {"type": "video", "src": "clip.mp4"},
        {"type": "a \"quoted\" type that goes on and on and on and on", "text": 7},
        "After."]})");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    REQUIRE(r.article.body.size() == 3);  // the callout as a paragraph; the video and the last one left out
    CHECK(r.article.body[1].type == BlockType::Paragraph);
    CHECK(folio::plainText(r.article.body[1].text) == "A linked aside.");
    CHECK(r.article.body[1].text[1].href == "https://example.com/");
    CHECK(folio::plainText(r.article.body[2].text) == "After.");
    REQUIRE(r.notices.size() == 3);
    CHECK(r.notices[0] == "/body/1: unknown block type \"callout\", shown as its text");
    CHECK(r.notices[1] == "/body/2: unknown block type \"video\", left out (it has no text this viewer can show)");
    // The type is quoted and clipped as in errors.
    CHECK(r.notices[2] == "/body/3: unknown block type \"a \\\"quoted\\\" type that goes on and on and \xE2\x80\xA6\", "
                          "left out (it has no text this viewer can show)");
    // A broken known block is still an error.
    CHECK_FALSE(parseArticle(withParagraph(R"({"type": "heading", "text": "H", "level": 9})")).ok);
    CHECK(parseArticle(withParagraph(R"("x")")).notices.empty());
}

TEST_CASE("parse: malformed documents from tests/fixtures/invalid") {
    const std::vector<fs::path> files = filesIn(kSourceDir / "tests/fixtures/invalid", ".json");
    CHECK(files.size() >= 22);
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        CAPTURE(name);
        fs::path expectedFile = file;
        expectedFile.replace_extension(".expected");
        REQUIRE(fs::exists(expectedFile));
        const std::string expected = firstLine(expectedFile);
        CHECK_FALSE(expected.empty());
        const ParseResult r = parseArticle(readFile(file));
        CHECK_FALSE(r.ok);
        CHECK(r.error.message == expected);
        const bool syntax = expected.rfind("JSON syntax error", 0) == 0;
        CHECK((r.error.line > 0) == syntax);
        CHECK((r.error.column > 0) == syntax);
    }
}

TEST_CASE("parse: edge-valid documents from tests/fixtures/valid") {
    const std::vector<fs::path> files = filesIn(kSourceDir / "tests/fixtures/valid", ".json");
    CHECK(files.size() >= 2);
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        CAPTURE(name);
        const ParseResult r = parseArticle(readFile(file));
        CHECK_MESSAGE(r.ok, r.error.message);
        CHECK_FALSE(r.article.title.empty());
        CHECK_FALSE(r.article.body.empty());
    }
}

TEST_CASE("parse: hostile input fails fast with the right error") {
    SUBCASE("100000 nested arrays") {
        const std::string json = repeat("[", 100000) + repeat("]", 100000);
        const ParseResult r = parseArticle(json);
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.message == repeat("/0", 32) + ": nesting deeper than 32 levels");
    }
    SUBCASE("100000 nested objects, unterminated") {
        const ParseResult r = parseArticle(repeat(R"({"a":)", 100000));
        REQUIRE_FALSE(r.ok);
        CHECK(r.error.message == repeat("/a", 32) + ": nesting deeper than 32 levels");
    }
    SUBCASE("deep nesting inside the body") {
        const ParseResult r = parseArticle(R"({"title": "T", "body": [)" + repeat("[", 100000));
        CHECK(r.error.message == "/body" + repeat("/0", 31) + ": nesting deeper than 32 levels");
    }
    SUBCASE("nesting exactly at the limit is fine") {
        const ParseResult r = parseArticle(R"({"title": "T", "body": ["x"], "extra": )" + repeat("[", 31) + repeat("]", 31) + "}");
        CHECK_MESSAGE(r.ok, r.error.message);
    }
    SUBCASE("a custom depth limit") {
        ParseLimits limits;
        limits.maxDepth = 3;
        CHECK(parseArticle(R"({"title": "T", "body": [{"type": "paragraph", "text": "x"}]})", limits).ok);
        CHECK(parseArticle(R"({"title": "T", "body": [{"type": "paragraph", "text": ["x"]}]})", limits).error.message ==
              "/body/0/text: nesting deeper than 3 levels");
    }
    SUBCASE("a document over the size limit is refused before parsing") {
        const std::string big((40u << 20), ' ');
        const ParseResult r = parseArticle(big);
        CHECK(r.error.message == "document is 40 MB; the limit is 8 MB");
        CHECK(r.error.pointer.empty());
        CHECK(r.error.line == 0);
        const ParseResult r2 = parseArticle(std::string((8u << 20) + 1, ' '));
        CHECK(r2.error.message == "document is 8.1 MB; the limit is 8 MB");
    }
    SUBCASE("a custom size limit") {
        ParseLimits limits;
        limits.maxInputBytes = 1000;
        const std::string doc = R"({"title": "T", "body": [")" + std::string(1500, 'x') + R"("]})";
        CHECK(parseArticle(doc, limits).error.message == "document is 1.5 KB; the limit is 1000 bytes");
        limits.maxInputBytes = doc.size();
        CHECK(parseArticle(doc, limits).ok);
    }
    SUBCASE("a string over the string limit") {
        const std::size_t limit = ParseLimits{}.maxStringBytes;
        const ParseResult r = parseArticle(R"({"title": ")" + std::string(limit + 1, 'x') + R"(", "body": ["x"]})");
        CHECK(r.error.message == "/title: string longer than 1048576 bytes");
        CHECK(r.error.pointer == "/title");
        const ParseResult atLimit = parseArticle(R"({"title": ")" + std::string(limit, 'x') + R"(", "body": ["x"]})");
        CHECK_MESSAGE(atLimit.ok, atLimit.error.message);
        CHECK(atLimit.article.title.size() == limit);
        const ParseResult inBody = parseArticle(R"({"title": "T", "body": ["a", "b", ")" + std::string(limit + 1, 'x') + "\"]}");
        CHECK(inBody.error.message == "/body/2: string longer than 1048576 bytes");
    }
    SUBCASE("a member name over the string limit") {
        ParseLimits limits;
        limits.maxStringBytes = 8;
        CHECK(parseArticle(R"({"title": "T", "body": ["x"], "averyverylongname": 1})", limits).error.message ==
              "(document): string longer than 8 bytes");
    }
    SUBCASE("too many values in an unknown field") {
        ParseLimits limits;
        limits.maxValues = 1000;
        std::string big = R"({"title": "T", "body": ["p"], "extra": [)";
        for (int i = 0; i < 2000; ++i) big += i ? ",0" : "0";
        big += "]}";
        CHECK(parseArticle(big, limits).error.message == "/extra/997: more than 1000 JSON values");
    }
    SUBCASE("an HTML page instead of JSON") {
        const ParseResult r = parseArticle("\n  <!doctype html><html><body>Not Found</body></html>");
        CHECK(r.error.message == "JSON syntax error at line 2, column 3: this is HTML or XML, not JSON");
    }
    SUBCASE("too many blocks, list items and runs") {
        ParseLimits limits;
        limits.maxBlocks = 5;
        limits.maxListItems = 3;
        limits.maxRuns = 2;
        CHECK(parseArticle(R"({"title": "T", "body": ["1", "2", "3", "4", "5"]})", limits).ok);
        CHECK(parseArticle(R"({"title": "T", "body": ["1", "2", "3", "4", "5", "6"]})", limits).error.message ==
              "/body: more than 5 blocks");
        CHECK(parseArticle(withParagraph(R"({"type": "list", "items": ["a", "b", "c", "d"]})"), limits).error.message ==
              "/body/0/items: more than 3 items");
        CHECK(parseArticle(withParagraph(R"({"type": "quote", "text": ["a", "b", "c"]})"), limits).error.message ==
              "/body/0/text: more than 2 runs");
        CHECK(parseArticle(withParagraph(R"({"type": "list", "items": [["a", "b", "c"]]})"), limits).error.message ==
              "/body/0/items/0: more than 2 runs");
    }
    SUBCASE("the default block limit") {
        const std::string blocks = repeat(R"("x",)", 100000);
        CHECK(parseArticle(R"({"title": "T", "body": [)" + blocks + R"("x"]})").error.message ==
              "/body: more than 100000 blocks");
        CHECK(parseArticle(R"({"title": "T", "body": [)" + blocks.substr(0, blocks.size() - 1) + "]}").ok);
    }
    SUBCASE("invalid UTF-8 is an error") {
        struct Case {
            const char* bytes;
            int column;
        };
        const Case cases[] = {
            {"\x80", 12},              // lone continuation byte
            {"\xC3", 12},              // truncated two-byte sequence
            {"\xC0\xAF", 12},          // overlong encoding of '/'
            {"\xED\xA0\x80", 12},      // UTF-16 surrogate encoded in UTF-8
            {"\xE2\x82", 12},          // truncated three-byte sequence
            {"\xF5\x80\x80\x80", 12},  // beyond U+10FFFF
            {"\xFF", 12},              // never valid
            {"ok \xE9t\xE9", 15},      // Latin-1 text
        };
        for (const Case& c : cases) {
            CAPTURE(std::string(c.bytes));
            const ParseResult r = parseArticle(std::string(R"({"title": ")") + c.bytes + R"(", "body": ["x"]})");
            CHECK(r.error.message == "JSON syntax error at line 1, column " + std::to_string(c.column) +
                                         ": invalid string: ill-formed UTF-8 byte");
        }
        // Outside strings a non-ASCII byte is no JSON token at all.
        CHECK(parseArticle("{\"title\": \"T\", \"body\": [\"x\"]\xC2\xA0}").error.message ==
              "JSON syntax error at line 1, column 29: invalid literal");
    }
    SUBCASE("NUL bytes") {
        const std::string nul(1, '\0');
        const std::string inString = "{\"title\": \"a" + nul + "b\", \"body\": [\"x\"]}";
        CHECK(parseArticle(inString).error.message ==
              "JSON syntax error at line 1, column 13: invalid string: control character U+0000 (NUL) must be escaped to "
              "\\u0000");
        const std::string afterDocument = "{\"title\": \"T\", \"body\": [\"x\"]}" + nul + "{\"ignored\": true";
        const ParseResult r = parseArticle(afterDocument);
        CHECK_FALSE(r.ok);
        CHECK(r.error.message == "JSON syntax error at line 1, column 30: unexpected NUL byte");
        const std::string inDocument = "{\"title\": \"T\"," + nul + " \"body\": [\"x\"]}";
        CHECK(parseArticle(inDocument).error.message ==
              "JSON syntax error at line 1, column 15: unexpected end of input; expected string literal");
        // An escaped NUL is valid JSON and kept.
        const ParseResult escaped = parseArticle(R"({"title": "a\u0000b", "body": ["x"]})");
        REQUIRE_MESSAGE(escaped.ok, escaped.error.message);
        CHECK(escaped.article.title == std::string("a\0b", 3));
    }
    SUBCASE("empty input and whitespace only") {
        CHECK(parseArticle("").error.message ==
              "JSON syntax error at line 1, column 1: unexpected end of input; expected '[', '{', or a literal");
        CHECK(parseArticle(" \n\t\n  ").error.message ==
              "JSON syntax error at line 3, column 3: unexpected end of input; expected '[', '{', or a literal");
        CHECK(parseArticle("\xEF\xBB\xBF").error.message ==
              "JSON syntax error at line 1, column 1: unexpected end of input; expected '[', '{', or a literal");
    }
    SUBCASE("numbers out of range") {
        CHECK(parseArticle(R"({"title": "T", "body": ["x"], "n": 1e999})").error.message ==
              "JSON syntax error at line 1, column 36: number out of range");
        CHECK(parseArticle(withParagraph(R"({"type": "image", "src": "a.png", "width": 99999999999999999999})")).error.message ==
              "/body/0/width: expected a positive integer");
        CHECK(parseArticle(withParagraph(R"({"type": "image", "src": "a.png", "width": 2147483648})")).error.message ==
              "/body/0/width: expected a positive integer");
        CHECK(parseArticle(withParagraph(R"({"type": "heading", "text": "h", "level": -18446744073709551615})")).error.message ==
              "/body/0/level: expected an integer from 2 to 4");
    }
}

TEST_CASE("parse: plainText and wordCount") {
    const ParseResult r = parseArticle(R"({
      "title": "Three word title",
      "body": [
        {"type": "paragraph", "text": ["Hel", {"text": "lo", "em": true}, " world,\tagain\n"]},
        {"type": "quote", "text": "Quoted words", "cite": "Some One"},
        {"type": "list", "items": ["one", "two three"]},
        {"type": "image", "src": "a.png", "alt": "alt is not counted", "caption": "A caption"}
      ]
    })");
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(folio::plainText(r.article.body[0].text) == "Hello world,\tagain\n");
    // title 3 + "Hello world, again" 3 + quote 2 + cite 2 + items 3 + caption 2
    CHECK(folio::wordCount(r.article) == 15);
    CHECK(folio::plainText({}).empty());
    CHECK(folio::wordCount(folio::Article{}) == 0);
}

TEST_CASE("parse: the example in docs/article-format.md is valid") {
    const std::string doc = readFile(kSourceDir / "docs/article-format.md");
    const std::size_t start = doc.find("```json\n");
    REQUIRE(start != std::string::npos);
    const std::size_t end = doc.find("```", start + 8);
    REQUIRE(end != std::string::npos);
    const ParseResult r = parseArticle(doc.substr(start + 8, end - start - 8));
    REQUIRE_MESSAGE(r.ok, r.error.message);
    CHECK(r.article.body.size() == 7);
    CHECK(r.article.body[2].text[5].href == "https://example.com/alder");
    CHECK(r.article.body[5].ordered);
    CHECK(r.article.comments.size() == 1);
}

TEST_CASE("parse: every sample article in assets/articles") {
    const std::vector<fs::path> files = filesIn(kSourceDir / "assets/articles", ".json");
    CHECK(files.size() >= 4);
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        CAPTURE(name);
        const ParseResult r = parseArticle(readFile(file));
        REQUIRE_MESSAGE(r.ok, r.error.message);
        CHECK_FALSE(r.article.title.empty());
        CHECK_FALSE(r.article.body.empty());
        if (name == "long-read.json") CHECK(folio::wordCount(r.article) >= 6000);
    }
}

TEST_CASE("parse: the default article is the Xinhua report word for word") {
    const ParseResult r = parseArticle(readFile(kSourceDir / "assets/articles/hagel-us-japan-alliance.json"));
    REQUIRE_MESSAGE(r.ok, r.error.message);
    const folio::Article& a = r.article;
    CHECK(a.title == "Hagel reiterates US-Japan alliance");
    CHECK(a.source == "Xinhua");
    CHECK(a.published == "2014-07-12");
    CHECK(a.language == "en");
    CHECK(a.comments.empty());
    // The source page has nine paragraphs of article text; the rest of the page is navigation.
    REQUIRE(a.body.size() == 9);
    for (const folio::Block& block : a.body) {
        CHECK(block.type == BlockType::Paragraph);
        REQUIRE(block.text.size() == 1);
    }
    const std::string first = folio::plainText(a.body.front().text);
    const std::string last = folio::plainText(a.body.back().text);
    CHECK(first.rfind("U.S. Defense Secretary Chuck Hagel", 0) == 0);
    CHECK(first.find("U. S.-Japan partnership") != std::string::npos);
    const std::string ending = "People's Democratic Republic of Korea.";
    REQUIRE(last.size() >= ending.size());
    CHECK(last.compare(last.size() - ending.size(), ending.size(), ending) == 0);
    CHECK(folio::plainText(a.body[2].text).find("so called \" collective defense\",") != std::string::npos);
    for (const folio::Block& block : a.body) {
        const std::string text = folio::plainText(block.text);
        CHECK(text.find("Print E-mail") == std::string::npos);
        CHECK(text.find("China.org.cn") == std::string::npos);
    }
}
