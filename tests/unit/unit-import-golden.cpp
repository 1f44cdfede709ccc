// Golden conversions of publishers' posts (tests/fixtures/import/<name>/): each folder's input.json
// (a WordPress post, a JSON Feed, a Ghost post, …) or input.html (an HTML body, read as the body of
// a Folio document whose url is https://example.com/blog/<name>/) goes through readArticle; the
// article, as Folio JSON, must be expected.json and its notices notices.txt. Only
// tools/regenerate-golden.sh rewrites them. Also: readArticle's choice of format and its errors,
// and the JSON writer's round trip.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "folio/article_json.h"
#include "folio/article_sources.h"
#include "golden.h"

#include <nlohmann/json.hpp>

using namespace folio;
using namespace folio::test;

namespace {

// The Folio document an input.html stands for.
std::string htmlDocument(const std::string& name, const std::string& html) {
    nlohmann::json document = {{"version", 1.1},
                               {"title", name},
                               {"url", "https://example.com/blog/" + name + "/"},
                               {"body", html}};
    return document.dump();
}

std::string noticesText(const std::vector<std::string>& notices) {
    std::string out;
    for (const std::string& notice : notices) out += notice + "\n";
    return out;
}

std::string errorOf(const std::string& json) {
    const ParseResult result = readArticle(json);
    REQUIRE_FALSE(result.ok);
    return result.error.message;
}

}  // namespace

TEST_CASE("import golden: tests/fixtures/import converts to its expected.json, which reads back the same") {
    const fs::path root = fs::path(FOLIO_SOURCE_DIR) / "tests" / "fixtures" / "import";
    std::vector<fs::path> folders;
    for (const fs::directory_entry& entry : fs::directory_iterator(root))
        if (entry.is_directory()) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    REQUIRE(folders.size() >= 12);
    for (const fs::path& folder : folders) {
        const std::string name = folder.filename().string();
        CAPTURE(name);
        const bool html = fs::exists(folder / "input.html");
        const std::string input = html ? htmlDocument(name, readText(folder / "input.html")) : readText(folder / "input.json");
        REQUIRE_MESSAGE(!input.empty(), "no input.json or input.html");
        const ParseResult result = readArticle(input);
        REQUIRE_MESSAGE(result.ok, result.error.message);
        const std::string json = articleJson(result.article);
        const std::string notices = noticesText(result.notices);
        if (regenerating()) {
            std::ofstream(folder / "expected.json", std::ios::binary | std::ios::trunc) << json;
            std::ofstream(folder / "notices.txt", std::ios::binary | std::ios::trunc) << notices;
            continue;
        }
        compareWithFixture(folder / "expected.json", json);
        compareWithFixture(folder / "notices.txt", notices);
        // The golden is a Folio article that reads back as itself.
        const ParseResult back = parseArticle(readText(folder / "expected.json"));
        REQUIRE_MESSAGE(back.ok, back.error.message);
        CHECK(articleJson(back.article) == readText(folder / "expected.json"));
    }
    if (regenerating())
        FAIL_CHECK("FOLIO_REGENERATE_GOLDEN=1: tests/fixtures/import rewritten, nothing checked (only "
                   "tools/regenerate-golden.sh should set it)");
}

TEST_CASE("import: every sample article reads back the same through the JSON writer") {
    const fs::path articles = fs::path(FOLIO_SOURCE_DIR) / "assets" / "articles";
    int count = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(articles)) {
        if (entry.path().extension() != ".json") continue;
        const std::string file = entry.path().filename().string();
        CAPTURE(file);
        const ParseResult parsed = readArticle(readText(entry.path()));
        REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
        const std::string json = articleJson(parsed.article);
        const ParseResult again = parseArticle(json);
        REQUIRE_MESSAGE(again.ok, again.error.message);
        CHECK(articleJson(again.article) == json);
        CHECK(again.article.body.size() == parsed.article.body.size());
        CHECK(wordCount(again.article) == wordCount(parsed.article));
        ++count;
    }
    CHECK(count >= 4);
}

TEST_CASE("import: readArticle tells the formats apart and says what is wrong in plain words") {
    CHECK(readArticle(R"({"title": "T", "body": ["x"]})").ok);  // Folio
    CHECK(readArticle(R"({"title": "T", "body": "<p>x</p>"})").article.body.size() == 1);  // Folio, HTML body
    CHECK(errorOf(R"({"title": "T"})") == "/body: required");
    CHECK(errorOf("<html><body>x</body></html>") == "JSON syntax error at line 1, column 1: this is HTML or XML, not JSON");
    CHECK(errorOf(R"({"version": "https://jsonfeed.org/version/1.1", "items": []})") == "/items: the feed has no items");
    CHECK(errorOf(R"({"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "T"}]})") ==
          "/items/0/content_html: required (or \"content_text\")");
    CHECK(errorOf(R"({"content_html": "<script>x</script>", "title": "T"})") ==
          "/content_html: the HTML holds no text or picture to show");
    CHECK(errorOf(R"({"title": {"rendered": "T"}, "content": {"rendered": 5}})") == "/content/rendered: expected a string");
    CHECK(errorOf(R"({"posts": [{"title": "T", "html": null}]})") ==
          "/posts/0/html: expected a string of HTML (ask the Content API for formats=html)");
    CHECK(errorOf(R"({"posts": []})") == "/posts: there are no posts");
    CHECK(errorOf(R"({"content_text": "   "})") == "/content_text: the post has no text to show");
}

TEST_CASE("import: a post's address, date and language that Folio cannot take are left out with notices") {
    const ParseResult r = readArticle(
        R"({"title": "T", "url": "ftp://x", "date_published": "yesterday", "language": "english!", "content_text": "x"})");
    REQUIRE(r.ok);
    CHECK(r.article.url.empty());
    CHECK(r.article.published.empty());
    CHECK(r.article.language.empty());
    CHECK(r.notices.size() == 3);
}
