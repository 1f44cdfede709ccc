// Bookmarks: the list model, its JSON form with every refusal, importing, and the size limits.
#include <doctest/doctest.h>

#include <climits>
#include <limits>
#include <string>
#include <vector>

#include "folio/article.h"
#include "folio/bookmarks.h"

using folio::Bookmark;
using folio::BookmarkList;

namespace {

Bookmark bookmark(const std::string& id, const std::string& savedAt, const std::string& title = "A title") {
    Bookmark b;
    b.id = id;
    b.title = title;
    b.savedAt = savedAt;
    return b;
}

// The ids of `list`, in order, joined by spaces.
std::string ids(const BookmarkList& list) {
    std::string out;
    for (const Bookmark& b : list.items()) out += (out.empty() ? "" : " ") + b.id;
    return out;
}

// A list of one bookmark {"id":"a","title":"A", …} with `member` (e.g. "\"progress\":2") added.
std::string withMember(const std::string& member) {
    return R"({"version":1,"bookmarks":[{"id":"a","title":"A",)" + member + "}]}";
}

std::string errorOf(const std::string& json) {
    const folio::BookmarkParse parsed = BookmarkList::parse(json);
    CHECK_FALSE(parsed.ok);
    CHECK(parsed.list.items().empty());
    return parsed.error;
}

}  // namespace

TEST_CASE("bookmarks: toggle adds and removes, newest first") {
    BookmarkList list;
    CHECK(list.toggle(bookmark("https://a.example/1", "2024-05-01T10:00:00Z")));
    CHECK(list.toggle(bookmark("https://a.example/2", "2024-05-02T10:00:00Z")));
    CHECK(list.toggle(bookmark("https://a.example/0", "2024-04-01T10:00:00.500Z")));  // saved earlier: goes last
    CHECK(ids(list) == "https://a.example/2 https://a.example/1 https://a.example/0");
    CHECK(list.contains("https://a.example/1"));
    REQUIRE(list.find("https://a.example/1") != nullptr);
    CHECK(list.find("https://a.example/1")->savedAt == "2024-05-01T10:00:00Z");
    CHECK(list.find("https://a.example/9") == nullptr);

    CHECK_FALSE(list.toggle(bookmark("https://a.example/1", "2024-06-01T00:00:00Z")));  // known id: removed
    CHECK_FALSE(list.contains("https://a.example/1"));
    CHECK(ids(list) == "https://a.example/2 https://a.example/0");

    list.remove("https://a.example/2");
    list.remove("https://a.example/none");
    CHECK(ids(list) == "https://a.example/0");
}

TEST_CASE("bookmarks: saved at the same time, the one added later comes first - no time comes last") {
    BookmarkList list;
    list.toggle(bookmark("a", "2024-05-01T10:00:00Z"));
    list.toggle(bookmark("b", "2024-05-01T10:00:00.000Z"));  // the same time, written with a fraction
    list.toggle(bookmark("c", ""));
    list.toggle(bookmark("d", "2024-05-01T10:00:00.001Z"));
    CHECK(ids(list) == "d b a c");
}

TEST_CASE("bookmarks: bookmarks that cannot be added") {
    BookmarkList list;
    CHECK_FALSE(list.toggle(bookmark("", "2024-05-01T10:00:00Z")));
    CHECK_FALSE(list.toggle(bookmark("a", "2024-05-01T10:00:00Z", "")));
    CHECK_FALSE(list.toggle(bookmark("a", "yesterday")));
    CHECK_FALSE(list.toggle(bookmark("a", "2024-05-01 10:00:00Z")));
    CHECK_FALSE(list.toggle(bookmark("a", "2024-13-01T10:00:00Z")));
    CHECK_FALSE(list.toggle(bookmark("a", "2024-05-01T10:00:00+02:00")));
    Bookmark b = bookmark("a", "");
    b.url = "javascript:alert(1)";
    CHECK_FALSE(list.toggle(b));
    b.url = "https://a.example/";
    b.articleUrl = "data:text/plain,x";
    CHECK_FALSE(list.toggle(b));
    b.articleUrl = "articles/a.json";
    b.source = std::string(folio::kMaxBookmarkStringBytes + 1, 's');
    CHECK_FALSE(list.canAdd(b));
    b.source = std::string(folio::kMaxBookmarkStringBytes, 's');
    CHECK(list.toggle(b));
    CHECK(list.items().size() == 1);
}

TEST_CASE("bookmarks: reading positions are stored and clamped") {
    BookmarkList list;
    Bookmark b = bookmark("a", "2024-05-01T10:00:00Z");
    b.progress = 7.0f;
    b.block = -5;
    list.toggle(b);
    CHECK(list.find("a")->progress == 1.0f);  // clamped when added
    CHECK(list.find("a")->block == -1);

    CHECK(list.updatePosition("a", 0.25f, 12, 340));
    CHECK(list.find("a")->progress == 0.25f);
    CHECK(list.find("a")->block == 12);
    CHECK(list.find("a")->offset == 340);
    CHECK(list.updatePosition("a", -1.0f, -3, 0));
    CHECK(list.find("a")->progress == 0.0f);
    CHECK(list.find("a")->block == -1);
    CHECK(list.updatePosition("a", std::numeric_limits<float>::quiet_NaN(), 0, 0));
    CHECK(list.find("a")->progress == 0.0f);
    CHECK_FALSE(list.updatePosition("b", 0.5f, 1, 1));
}

TEST_CASE("bookmarks: ids and bookmarks of articles") {
    folio::Article article;
    article.title = "Hagel reiterates U.S.-Japan alliance";
    article.source = "Xinhua";
    CHECK(folio::bookmarkIdFor(article) == "title:Hagel reiterates U.S.-Japan alliance");
    article.url = "https://news.example/hagel";
    CHECK(folio::bookmarkIdFor(article) == "https://news.example/hagel");

    const Bookmark b = folio::bookmarkFor(article, "articles/hagel.json", "2024-05-01T10:00:00.000Z");
    CHECK(b.id == "https://news.example/hagel");
    CHECK(b.title == article.title);
    CHECK(b.source == "Xinhua");
    CHECK(b.url == "https://news.example/hagel");
    CHECK(b.articleUrl == "articles/hagel.json");
    CHECK(b.savedAt == "2024-05-01T10:00:00.000Z");
    CHECK(b.progress == 0.0f);
    CHECK(b.block == -1);
    CHECK(b.offset == 0);
    CHECK(BookmarkList().canAdd(b));

    // Too long for a bookmark: the id and title are cut between characters, the URL is left out.
    article.url = "https://news.example/" + std::string(3000, 'x');
    article.title = std::string(2047, 't') + "\u00FC";  // "ü" would end at byte 2049
    const Bookmark longOne = folio::bookmarkFor(article, "javascript:alert(1)", "");
    CHECK(longOne.id == article.url.substr(0, folio::kMaxBookmarkStringBytes));
    CHECK(longOne.title == std::string(2047, 't'));
    CHECK(longOne.url.empty());
    CHECK(longOne.articleUrl.empty());
    CHECK(BookmarkList().canAdd(longOne));
}

TEST_CASE("bookmarks: the compact JSON form and its round trip") {
    BookmarkList list;
    Bookmark b = bookmark("https://a.example/1", "2024-05-01T10:00:00.000Z", "\u201CZ\u00FCrich\u201D \"quoted\"\n\u4E1C\u4EAC");
    b.source = "Xinhua";
    b.url = "https://a.example/1";
    b.articleUrl = "articles/1.json";
    b.progress = 0.3f;
    b.block = 4;
    b.offset = 120;
    list.toggle(b);
    list.toggle(bookmark("title:Second", "2024-05-02T08:00:00Z", "Second"));
    CHECK(list.toJson() ==
          R"({"version":1,"bookmarks":[)"
          R"({"id":"title:Second","title":"Second","source":"","url":"","articleUrl":"","savedAt":"2024-05-02T08:00:00Z",)"
          R"("progress":0,"block":-1,"offset":0},)"
          R"({"id":"https://a.example/1","title":"“Zürich” \"quoted\"\n东京","source":"Xinhua","url":"https://a.example/1",)"
          R"("articleUrl":"articles/1.json","savedAt":"2024-05-01T10:00:00.000Z","progress":0.3,"block":4,"offset":120}]})");
    const folio::BookmarkParse parsed = BookmarkList::parse(list.toJson());
    REQUIRE(parsed.ok);
    CHECK(parsed.error.empty());
    REQUIRE(parsed.list.items().size() == 2);
    CHECK(parsed.list.items()[0] == list.items()[0]);
    CHECK(parsed.list.items()[1] == list.items()[1]);
    CHECK(parsed.list.toJson() == list.toJson());

    const folio::BookmarkParse empty = BookmarkList::parse(BookmarkList().toJson());
    REQUIRE(empty.ok);
    CHECK(empty.list.items().empty());
    CHECK(BookmarkList().toJson() == R"({"version":1,"bookmarks":[]})");
}

TEST_CASE("bookmarks: parse fills in missing members and sorts newest first") {
    const folio::BookmarkParse parsed = BookmarkList::parse(
        R"({"version":1.0,"extra":true,"bookmarks":[{"id":"old","title":"Old","savedAt":"2020-01-01T00:00:00Z"},)"
        R"({"id":"new","title":"New","savedAt":"2024-01-01T00:00:00Z","block":3.0,"offset":7,"unknown":[1]}]})");
    REQUIRE(parsed.ok);
    CHECK(ids(parsed.list) == "new old");
    CHECK(parsed.list.find("old")->url.empty());
    CHECK(parsed.list.find("old")->progress == 0.0f);
    CHECK(parsed.list.find("old")->block == -1);
    CHECK(parsed.list.find("new")->block == 3);
    CHECK(parsed.list.find("new")->offset == 7);
}

TEST_CASE("bookmarks: every refusal has its message") {
    CHECK(errorOf("") == "not JSON");
    CHECK(errorOf("{\"version\":1,") == "not JSON");
    CHECK(errorOf(std::string("{\"version\":1,\"bookmarks\":[]}\0x", 30)) == "not JSON");
    CHECK(errorOf("[]") == "expected an object");
    CHECK(errorOf(R"({"bookmarks":[]})") == "version: expected 1");
    CHECK(errorOf(R"({"version":2,"bookmarks":[]})") == "version: expected 1");
    CHECK(errorOf(R"({"version":"1","bookmarks":[]})") == "version: expected 1");
    CHECK(errorOf(R"({"version":1})") == "bookmarks: expected an array");
    CHECK(errorOf(R"({"version":1,"bookmarks":{}})") == "bookmarks: expected an array");
    CHECK(errorOf(R"({"version":1,"bookmarks":["a"]})") == "bookmarks/0: expected an object");
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"title":"A"}]})") == "bookmarks/0/id: expected a non-empty string");
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"id":"","title":"A"}]})") == "bookmarks/0/id: expected a non-empty string");
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"id":"a","title":7}]})") == "bookmarks/0/title: expected a non-empty string");
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"id":"a"}]})") == "bookmarks/0/title: expected a non-empty string");
    CHECK(errorOf(withMember(R"("source":null)")) == "bookmarks/0/source: expected a string");
    CHECK(errorOf(withMember(R"j("url":"javascript:alert(1)")j")) == "bookmarks/0/url: expected an http(s) URL");
    CHECK(errorOf(withMember(R"("articleUrl":"file:///a.json")")) ==
          "bookmarks/0/articleUrl: expected an http(s) or relative URL");
    CHECK(errorOf(withMember(R"("savedAt":"1 May 2024")")) ==
          "bookmarks/0/savedAt: expected an ISO 8601 UTC time such as 2024-05-01T12:00:00Z");
    CHECK(errorOf(withMember(R"("progress":1.5)")) == "bookmarks/0/progress: expected a number from 0 to 1");
    CHECK(errorOf(withMember(R"("progress":"0.5")")) == "bookmarks/0/progress: expected a number from 0 to 1");
    CHECK(errorOf(withMember(R"("block":-2)")) == "bookmarks/0/block: expected a whole number from -1 to 2147483647");
    CHECK(errorOf(withMember(R"("block":1.5)")) == "bookmarks/0/block: expected a whole number from -1 to 2147483647");
    CHECK(errorOf(withMember(R"("block":2147483648)")) ==
          "bookmarks/0/block: expected a whole number from -1 to 2147483647");
    const std::string offsetError = errorOf(withMember(R"("offset":-1)"));
    CHECK(offsetError.rfind("bookmarks/0/offset: expected a whole number from 0 to ", 0) == 0);
    CHECK(errorOf(withMember(R"("offset":true)")) == offsetError);
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"a","title":"C"}]})") ==
          "bookmarks/2/id: the same as bookmarks/0/id");
}

TEST_CASE("bookmarks: limits") {
    const std::string longString(folio::kMaxBookmarkStringBytes + 1, 'x');
    CHECK(errorOf(R"({"version":1,"bookmarks":[{"id":"a","title":")" + longString + "\"}]}") ==
          "bookmarks/0/title: longer than 2048 bytes");
    CHECK(BookmarkList::parse(R"({"version":1,"bookmarks":[{"id":"a","title":")" + longString.substr(1) + "\"}]}").ok);

    std::string many = R"({"version":1,"bookmarks":[)";
    for (std::size_t i = 0; i <= folio::kMaxBookmarks; ++i)
        many += (i > 0 ? "," : "") + std::string(R"({"id":")") + std::to_string(i) + R"(","title":"T"})";
    many += "]}";
    CHECK(errorOf(many) == "bookmarks: more than 1000");

    CHECK(errorOf(std::string(folio::kMaxBookmarksJsonBytes + 1, ' ')) == "longer than 1048576 bytes");

    // A full list: the 1001st bookmark is not added, and the list reads back.
    BookmarkList full;
    for (std::size_t i = 0; i < folio::kMaxBookmarks; ++i) REQUIRE(full.toggle(bookmark(std::to_string(i), "")));
    CHECK_FALSE(full.canAdd(bookmark("one more", "")));
    CHECK_FALSE(full.toggle(bookmark("one more", "")));
    CHECK(full.items().size() == folio::kMaxBookmarks);
    CHECK(BookmarkList::parse(full.toJson()).ok);
}

TEST_CASE("bookmarks: a list of long bookmarks stops growing before its JSON passes 1 MB") {
    const std::string text(folio::kMaxBookmarkStringBytes, 'x');
    // Bookmark `n`, every string as long as allowed.
    const auto longBookmark = [&](std::size_t n) {
        Bookmark b = bookmark(std::to_string(n) + text.substr(8), "2024-05-01T10:00:00Z", text);
        b.source = text;
        b.url = "https://a.example/" + text.substr(18);
        b.articleUrl = text;
        return b;
    };
    BookmarkList list;
    std::size_t added = 0;
    while (list.toggle(longBookmark(added))) ++added;
    CHECK(added > 90);
    CHECK(added < folio::kMaxBookmarks);
    CHECK_FALSE(list.contains(longBookmark(added).id));
    list.remove(longBookmark(0).id);  // room for one again
    CHECK(list.toggle(longBookmark(added)));
    CHECK_FALSE(list.canAdd(longBookmark(added + 1)));

    BookmarkList other;
    other.toggle(longBookmark(added + 1));
    const std::string before = list.toJson();
    const folio::ImportResult result = list.import(other.toJson());
    CHECK_FALSE(result.ok);
    CHECK(result.error == "the import would make the bookmarks take more than 1048576 bytes");
    CHECK(list.toJson() == before);
    // The widest reading positions still leave the JSON readable.
    for (const Bookmark& b : std::vector<Bookmark>(list.items()))
        list.updatePosition(b.id, 1.17549435e-38f, INT_MAX, static_cast<std::size_t>(1) << 31);
    CHECK(list.toJson().size() <= folio::kMaxBookmarksJsonBytes);
    const folio::BookmarkParse parsed = BookmarkList::parse(list.toJson());
    REQUIRE(parsed.ok);
    CHECK(parsed.list.items().size() == added);
}

TEST_CASE("bookmarks: import adds new ids and keeps the later of two bookmarks with the same id") {
    BookmarkList mine;
    mine.toggle(bookmark("kept", "2024-05-03T00:00:00Z", "Mine, newer"));
    mine.toggle(bookmark("replaced", "2024-05-01T00:00:00Z", "Mine, older"));
    mine.toggle(bookmark("same-time", "2024-05-02T00:00:00Z", "Mine, same time"));

    BookmarkList theirs;
    theirs.toggle(bookmark("kept", "2024-05-02T00:00:00Z", "Theirs, older"));
    Bookmark newer = bookmark("replaced", "2024-05-04T00:00:00Z", "Theirs, newer");
    newer.block = 5;
    newer.offset = 9;
    theirs.toggle(newer);
    theirs.toggle(bookmark("same-time", "2024-05-02T00:00:00.000Z", "Theirs, same time"));
    theirs.toggle(bookmark("new", "2024-04-01T00:00:00Z", "Theirs, new"));

    const folio::ImportResult result = mine.import(theirs.toJson());
    REQUIRE(result.ok);
    CHECK(result.error.empty());
    CHECK(result.added == 1);
    CHECK(result.updated == 1);
    CHECK(ids(mine) == "replaced kept same-time new");
    CHECK(mine.find("kept")->title == "Mine, newer");
    CHECK(mine.find("replaced")->title == "Theirs, newer");
    CHECK(mine.find("replaced")->block == 5);
    CHECK(mine.find("replaced")->offset == 9);
    CHECK(mine.find("same-time")->title == "Mine, same time");
    CHECK(mine.find("new")->title == "Theirs, new");

    const folio::ImportResult again = mine.import(theirs.toJson());  // nothing new the second time
    REQUIRE(again.ok);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(mine.items().size() == 4);
}

TEST_CASE("bookmarks: an import that fails changes nothing") {
    BookmarkList mine;
    mine.toggle(bookmark("a", "2024-05-01T00:00:00Z"));
    const std::string before = mine.toJson();

    const folio::ImportResult notJson = mine.import("bookmarks.html");
    CHECK_FALSE(notJson.ok);
    CHECK(notJson.error == "not JSON");
    CHECK(mine.toJson() == before);

    const folio::ImportResult bad = mine.import(R"({"version":1,"bookmarks":[{"id":"b","title":"B"},{"id":"c"}]})");
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == "bookmarks/1/title: expected a non-empty string");
    CHECK(bad.added == 0);
    CHECK(mine.toJson() == before);

    BookmarkList theirs;
    for (std::size_t i = 0; i < folio::kMaxBookmarks; ++i) theirs.toggle(bookmark("t" + std::to_string(i), ""));
    const folio::ImportResult tooMany = mine.import(theirs.toJson());
    CHECK_FALSE(tooMany.ok);
    CHECK(tooMany.error == "the import would make 1001 bookmarks; at most 1000 are kept");
    CHECK(tooMany.added == 0);
    CHECK(mine.toJson() == before);
}
