// Comments: checks and messages, the posted JSON, the count label, drafts and comments waiting to be sent.
#include <doctest/doctest.h>

#include <string>

#include "folio/article.h"
#include "folio/article_words.h"
#include "folio/bookmarks.h"
#include "folio/comments.h"

using folio::CommentDraft;
using folio::DraftBook;
using folio::PendingComment;
using folio::PendingComments;

namespace {

// `count` copies of `piece`.
std::string repeat(const std::string& piece, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += piece;
    return out;
}

const std::string kPosted = "2024-05-01T12:00:00.000Z";

}  // namespace

TEST_CASE("comments: trimWhitespace removes Unicode white space at both ends only") {
    CHECK(folio::trimWhitespace("") == "");
    CHECK(folio::trimWhitespace(" \t\r\n") == "");
    CHECK(folio::trimWhitespace("\u00A0\u3000\u2003\u202F\u2028") == "");
    CHECK(folio::trimWhitespace("  Li  Wei \n") == "Li  Wei");
    CHECK(folio::trimWhitespace("\u3000\u4E1C\u4EAC\u3000") == "\u4E1C\u4EAC");
    CHECK(folio::trimWhitespace("\u200Bx") == "\u200Bx");  // zero width space is not white space
}

TEST_CASE("comments: a good draft passes") {
    const folio::CommentCheck check = folio::validateComment({"Li Wei", "A fine article."});
    CHECK(check.ok);
    CHECK(check.nameError.empty());
    CHECK(check.textError.empty());
}

TEST_CASE("comments: empty and whitespace-only name and text are refused") {
    folio::CommentCheck check = folio::validateComment({"", ""});
    CHECK_FALSE(check.ok);
    CHECK(check.nameError == "Please enter your name.");
    CHECK(check.textError == "Please write a comment.");
    check = folio::validateComment({" \t\n\u3000", "\n\n  \u00A0"});
    CHECK_FALSE(check.ok);
    CHECK(check.nameError == "Please enter your name.");
    CHECK(check.textError == "Please write a comment.");
    check = folio::validateComment({"Li", "  "});
    CHECK_FALSE(check.ok);
    CHECK(check.nameError.empty());
    CHECK(check.textError == "Please write a comment.");
}

TEST_CASE("comments: names are counted in characters, not bytes: 80 pass, 81 do not") {
    CHECK(folio::validateComment({repeat("a", 80), "x"}).ok);
    CHECK(folio::validateComment({repeat("\u00FC", 80), "x"}).ok);      // 160 bytes
    CHECK(folio::validateComment({repeat("\u4E1C", 80), "x"}).ok);      // 240 bytes
    CHECK(folio::validateComment({repeat("\U0001F600", 80), "x"}).ok);  // 320 bytes
    CHECK(folio::validateComment({"  " + repeat("a", 80) + " \n", "x"}).ok);  // trimmed first
    const folio::CommentCheck check = folio::validateComment({repeat("\u4E1C", 81), "x"});
    CHECK_FALSE(check.ok);
    CHECK(check.nameError == "Your name can be at most 80 characters.");
    CHECK(check.textError.empty());
    CHECK(folio::validateComment({repeat("a", 81), "x"}).nameError == "Your name can be at most 80 characters.");
}

TEST_CASE("comments: a comment may have 5000 characters, and the message says how many it has") {
    CHECK(folio::validateComment({"Li", repeat("\u4E1C", 5000)}).ok);
    CHECK(folio::validateComment({"Li", "\n" + repeat("a", 5000) + "\n\n"}).ok);
    const folio::CommentCheck check = folio::validateComment({"Li", repeat("\u00E9", 5001)});
    CHECK_FALSE(check.ok);
    CHECK(check.textError == "Your comment can be at most 5000 characters (it has 5001).");
    CHECK(folio::validateComment({"Li", repeat("ab", 3006)}).textError ==
          "Your comment can be at most 5000 characters (it has 6012).");
}

TEST_CASE("comments: the posted JSON has every field, trimmed and escaped") {
    folio::Article article;
    article.title = "\u201CQuoted\u201D \"title\" with \\ and\nnewline";
    article.url = "https://news.example/a?b=1&c=2";
    const std::string body = folio::commentPostBody({"  Zo\u00EB \u674E ", "\n</script> \"hi\"\t\u0001\n"}, article,
                                                    folio::bookmarkIdFor(article), kPosted);
    CHECK(body ==
          R"({"article":{"id":"https://news.example/a?b=1&c=2","url":"https://news.example/a?b=1&c=2",)"
          R"("title":"“Quoted” \"title\" with \\ and\nnewline"},"author":"Zoë 李","text":"</script> \"hi\"\t\u0001",)"
          R"("posted":"2024-05-01T12:00:00.000Z"})");
    article.url.clear();
    article.title = "Untitled";
    CHECK(folio::commentPostBody({"A", "B"}, article, folio::bookmarkIdFor(article), kPosted) ==
          R"({"article":{"id":"title:Untitled","url":"","title":"Untitled"},"author":"A","text":"B",)"
          R"("posted":"2024-05-01T12:00:00.000Z"})");
    // The id is the one the viewer gives (where the article came from), not what it claims.
    CHECK(folio::commentPostBody({"A", "B"}, article, "https://site.example/articles/a.json", kPosted)
              .find(R"({"article":{"id":"https://site.example/articles/a.json","url":"",)") == 0);
    // Malformed UTF-8 is replaced, never passed on.
    CHECK(folio::commentPostBody({"A", "x\xFFy"}, article, "id", kPosted).find("\"text\":\"x\uFFFDy\"") != std::string::npos);
}

TEST_CASE("comments: the heading and its count, in the article's language") {
    CHECK(folio::commentsHeading("en", 0) == "Comments");
    CHECK(folio::noCommentsText("") == "No comments yet.");
    CHECK(folio::commentsHeading("en-GB", 1) == "1 comment");
    CHECK(folio::commentsHeading("en", 2) == "2 comments");
    CHECK(folio::commentsHeading("xx", 1234) == "1234 comments");
    CHECK(folio::commentsHeading("zh-CN", 3) == "3 条评论");
    CHECK(folio::commentsHeading("zh-TW", 3) == "3 則評論");
    CHECK(folio::commentsHeading("ru", 21) == "Комментарии: 21");
    CHECK(folio::commentsHeading("ar-EG", 5) == "التعليقات (5)");
    CHECK(folio::addCommentText("ja") == "コメントを書く");
    CHECK(folio::unsentCommentText("de") == "noch nicht gesendet");
    CHECK(folio::anonymousAuthor("ko") == "익명");
}

TEST_CASE("comment drafts: drafts of two articles coexist and survive a round trip") {
    DraftBook book;
    CHECK(book.set("https://a.example/1", {"Li", "First draft"}));
    CHECK(book.set("title:\u4E1C\u4EAC", {"", "\u8349\u7A3F \"quoted\"\n"}));
    CHECK(book.size() == 2);
    REQUIRE(book.get("https://a.example/1") != nullptr);
    CHECK(*book.get("https://a.example/1") == CommentDraft{"Li", "First draft"});
    CHECK(*book.get("title:\u4E1C\u4EAC") == CommentDraft{"", "\u8349\u7A3F \"quoted\"\n"});
    CHECK(book.get("https://a.example/2") == nullptr);
    CHECK(book.toJson() == R"({"version":1,"drafts":{"https://a.example/1":{"name":"Li","text":"First draft"},)"
                           R"("title:东京":{"name":"","text":"草稿 \"quoted\"\n"}}})");

    const folio::DraftParse parsed = DraftBook::parse(book.toJson());
    REQUIRE(parsed.ok);
    CHECK(parsed.error.empty());
    CHECK(parsed.book.size() == 2);
    CHECK(*parsed.book.get("https://a.example/1") == CommentDraft{"Li", "First draft"});
    CHECK(*parsed.book.get("title:\u4E1C\u4EAC") == CommentDraft{"", "\u8349\u7A3F \"quoted\"\n"});
    CHECK(parsed.book.toJson() == book.toJson());
}

TEST_CASE("comment drafts: set replaces, blank drafts and clear remove") {
    DraftBook book;
    book.set("a", {"Li", "one"});
    book.set("b", {"Li", "two"});
    book.set("a", {"Li", "one, longer"});  // replaced, and now the most recently set
    CHECK(*book.get("a") == CommentDraft{"Li", "one, longer"});
    CHECK(book.toJson() == R"({"version":1,"drafts":{"b":{"name":"Li","text":"two"},"a":{"name":"Li","text":"one, longer"}}})");
    CHECK(book.set("a", {" ", "\n\u3000"}));  // blank: the draft is gone
    CHECK(book.get("a") == nullptr);
    book.clear("b");
    book.clear("never set");
    CHECK(book.size() == 0);
    CHECK(book.toJson() == R"({"version":1,"drafts":{}})");
    CHECK(book.set("c", {"  Li  ", ""}));  // kept as typed
    CHECK(*book.get("c") == CommentDraft{"  Li  ", ""});
}

TEST_CASE("comment drafts: limits") {
    DraftBook book;
    CHECK_FALSE(book.set("", {"Li", "text"}));
    CHECK_FALSE(book.set(std::string(folio::kMaxCommentArticleIdBytes + 1, 'x'), {"Li", "text"}));
    CHECK(book.size() == 0);

    // The longest draft is cut between characters.
    CHECK(book.set("long", {repeat("\u4E1C", 400), repeat("\u00E9", 20000)}));
    CHECK(book.get("long")->name == repeat("\u4E1C", 341));  // 1023 bytes
    CHECK(book.get("long")->text == repeat("\u00E9", folio::kMaxDraftTextBytes / 2));

    // One draft too many drops the one set longest ago, also after a round trip.
    DraftBook many;
    for (std::size_t i = 0; i < folio::kMaxCommentDrafts; ++i) many.set("id" + std::to_string(i), {"Li", "text"});
    const folio::DraftParse parsed = DraftBook::parse(many.toJson());
    REQUIRE(parsed.ok);
    DraftBook reread = parsed.book;
    reread.set("id0", {"Li", "again"});  // id0 is now the most recent; id1 the oldest
    reread.set("new", {"Li", "text"});
    CHECK(reread.size() == folio::kMaxCommentDrafts);
    CHECK(reread.get("id1") == nullptr);
    CHECK(reread.get("id0") != nullptr);
    CHECK(reread.get("id2") != nullptr);
    CHECK(reread.get("new") != nullptr);

    // The largest book there can be reads back.
    DraftBook largest;
    const std::string control(folio::kMaxDraftTextBytes, '\x01');  // written "\u0001": 6 bytes each
    for (std::size_t i = 0; i < folio::kMaxCommentDrafts; ++i)
        largest.set(std::to_string(i) + std::string(folio::kMaxCommentArticleIdBytes - 2, '\x02'),
                    {std::string(folio::kMaxDraftNameBytes, '\x03'), control});
    CHECK(largest.size() == folio::kMaxCommentDrafts);
    const std::string json = largest.toJson();
    CHECK(json.size() > 3 * 1000 * 1000);
    CHECK(json.size() <= folio::kMaxCommentStoreJsonBytes);
    CHECK(DraftBook::parse(json).ok);
}

TEST_CASE("comment drafts: corrupted JSON is refused with a message") {
    const auto errorOf = [](const std::string& json) {
        const folio::DraftParse parsed = DraftBook::parse(json);
        CHECK_FALSE(parsed.ok);
        CHECK(parsed.book.size() == 0);
        return parsed.error;
    };
    CHECK(errorOf(R"({"version":1,"drafts":{"a":{"name":"Li")") == "not JSON");
    CHECK(errorOf("null") == "expected an object");
    CHECK(errorOf(R"({"version":2,"drafts":{}})") == "version: expected 1");
    CHECK(errorOf(R"({"version":1,"drafts":[]})") == "drafts: expected an object");
    CHECK(errorOf(R"({"version":1})") == "drafts: expected an object");
    CHECK(errorOf(R"({"version":1,"drafts":{"https://a.example/1":"text"}})") ==
          "drafts/https:~1~1a.example~11: expected an object");
    CHECK(errorOf(R"({"version":1,"drafts":{"a":{"name":7}}})") == "drafts/a/name: expected a string");
    CHECK(errorOf(R"({"version":1,"drafts":{"a":{"name":"Li","text":null}}})") == "drafts/a/text: expected a string");
    CHECK(errorOf(R"({"version":1,"drafts":{"":{"name":"Li"}}})") == "drafts/: expected an article id of 1 to 2048 bytes");
    CHECK(errorOf(R"({"version":1,"drafts":{"a":{"text":")" + std::string(folio::kMaxDraftTextBytes + 1, 'x') + "\"}}}") ==
          "drafts/a/text: longer than 24576 bytes");
    std::string tooMany = R"({"version":1,"drafts":{)";
    for (std::size_t i = 0; i <= folio::kMaxCommentDrafts; ++i)
        tooMany += (i > 0 ? "," : "") + std::string("\"") + std::to_string(i) + R"(":{"name":"Li"})";
    tooMany += "}}";
    CHECK(errorOf(tooMany) == "drafts: more than 20");
    CHECK(errorOf(std::string(folio::kMaxCommentStoreJsonBytes + 1, ' ')) == "longer than 4194304 bytes");

    const folio::DraftParse partial = DraftBook::parse(R"({"version":1,"drafts":{"a":{"name":"Li"}}})");
    REQUIRE(partial.ok);
    CHECK(*partial.book.get("a") == CommentDraft{"Li", ""});
}

TEST_CASE("pending comments: kept per article, oldest first, and read back") {
    PendingComments pending;
    CHECK(pending.add("https://a.example/1", {" Li Wei ", " First \"comment\"\n"}, "2024-05-01T12:00:00.000Z"));
    CHECK(pending.add("https://a.example/1", {"Zo\u00EB", "Second"}, "2024-05-01T12:05:00Z"));
    CHECK(pending.add("title:\u4E1C\u4EAC", {"\u674E", "\u8BC4\u8BBA"}, "2024-05-02T08:00:00Z"));
    CHECK(pending.size() == 3);
    REQUIRE(pending.forArticle("https://a.example/1").size() == 2);
    CHECK(pending.forArticle("https://a.example/1")[0] ==
          PendingComment{"Li Wei", "First \"comment\"", "2024-05-01T12:00:00.000Z"});
    CHECK(pending.forArticle("https://a.example/1")[1] == PendingComment{"Zo\u00EB", "Second", "2024-05-01T12:05:00Z"});
    CHECK(pending.forArticle("https://a.example/2").empty());
    CHECK(pending.all().size() == 2);
    CHECK(pending.toJson() ==
          R"({"version":1,"comments":{"https://a.example/1":[)"
          R"({"author":"Li Wei","text":"First \"comment\"","posted":"2024-05-01T12:00:00.000Z","state":"pending"},)"
          R"({"author":"Zoë","text":"Second","posted":"2024-05-01T12:05:00Z","state":"pending"}],)"
          R"("title:东京":[{"author":"李","text":"评论","posted":"2024-05-02T08:00:00Z","state":"pending"}]}})");

    const folio::PendingParse parsed = PendingComments::parse(pending.toJson());
    REQUIRE(parsed.ok);
    CHECK(parsed.error.empty());
    CHECK(parsed.comments.all() == pending.all());
    CHECK(parsed.comments.toJson() == pending.toJson());

    CHECK(pending.remove("https://a.example/1", 0));
    REQUIRE(pending.forArticle("https://a.example/1").size() == 1);
    CHECK(pending.forArticle("https://a.example/1")[0].author == "Zo\u00EB");
    CHECK_FALSE(pending.remove("https://a.example/1", 1));
    CHECK_FALSE(pending.remove("https://a.example/9", 0));
    CHECK(pending.remove("https://a.example/1", 0));
    CHECK(pending.all().count("https://a.example/1") == 0);  // no empty lists
    CHECK(pending.size() == 1);
}

TEST_CASE("pending comments: what is not kept") {
    PendingComments pending;
    CHECK_FALSE(pending.add("a", {"", "text"}, kPosted));
    CHECK_FALSE(pending.add("a", {"Li", " \n"}, kPosted));
    CHECK_FALSE(pending.add("a", {repeat("a", 81), "text"}, kPosted));
    CHECK_FALSE(pending.add("a", {"Li", "text"}, "yesterday"));
    CHECK_FALSE(pending.add("a", {"Li", "text"}, ""));
    CHECK_FALSE(pending.add("", {"Li", "text"}, kPosted));
    CHECK_FALSE(pending.add(std::string(folio::kMaxCommentArticleIdBytes + 1, 'x'), {"Li", "text"}, kPosted));
    CHECK(pending.size() == 0);
    for (std::size_t i = 0; i < folio::kMaxPendingComments; ++i)
        REQUIRE(pending.add("id" + std::to_string(i % 3), {"Li", "text"}, kPosted));
    CHECK_FALSE(pending.add("id0", {"Li", "text"}, kPosted));
    CHECK(pending.size() == folio::kMaxPendingComments);
    CHECK(PendingComments::parse(pending.toJson()).ok);

    // The largest store there can be reads back: control characters are written "\u0001", 6 bytes each.
    PendingComments largest;
    for (std::size_t i = 0; i < folio::kMaxPendingComments; ++i)
        REQUIRE(largest.add(std::to_string(i) + std::string(folio::kMaxCommentArticleIdBytes - 2, '\x02'),
                            {std::string(folio::kMaxCommentNameChars, '\x03'),
                             std::string(folio::kMaxCommentTextChars, '\x01')},
                            kPosted));
    const std::string json = largest.toJson();
    CHECK(json.size() > 800 * 1000);
    CHECK(json.size() <= folio::kMaxCommentStoreJsonBytes);
    CHECK(PendingComments::parse(json).ok);
}

TEST_CASE("pending comments: corrupted JSON is refused with a message") {
    const auto errorOf = [](const std::string& json) {
        const folio::PendingParse parsed = PendingComments::parse(json);
        CHECK_FALSE(parsed.ok);
        CHECK(parsed.comments.size() == 0);
        return parsed.error;
    };
    const auto withComment = [](const std::string& comment) {
        return R"({"version":1,"comments":{"a":[)" + comment + "]}}";
    };
    CHECK(errorOf("{") == "not JSON");
    CHECK(errorOf(R"("text")") == "expected an object");
    CHECK(errorOf(R"({"version":0,"comments":{}})") == "version: expected 1");
    CHECK(errorOf(R"({"version":1,"comments":[]})") == "comments: expected an object");
    CHECK(errorOf(R"({"version":1,"comments":{"a":{}}})") == "comments/a: expected an array");
    CHECK(errorOf(withComment(R"("text")")) == "comments/a/0: expected an object");
    CHECK(errorOf(withComment(R"({"text":"t","posted":"2024-05-01T12:00:00Z","state":"pending"})")) ==
          "comments/a/0/author: expected a string of 1 to 80 characters");
    CHECK(errorOf(withComment(R"({"author":" ","text":"t","posted":"2024-05-01T12:00:00Z","state":"pending"})")) ==
          "comments/a/0/author: expected a string of 1 to 80 characters");
    CHECK(errorOf(withComment(R"({"author":"Li","text":5,"posted":"2024-05-01T12:00:00Z","state":"pending"})")) ==
          "comments/a/0/text: expected a string of 1 to 5000 characters");
    CHECK(errorOf(withComment(R"({"author":"Li","text":"t","posted":"2024-05-01","state":"pending"})")) ==
          "comments/a/0/posted: expected an ISO 8601 UTC time such as 2024-05-01T12:00:00Z");
    CHECK(errorOf(withComment(R"({"author":"Li","text":"t","posted":"2024-05-01T12:00:00Z","state":"sent"})")) ==
          "comments/a/0/state: expected \"pending\"");
    CHECK(errorOf(withComment(R"({"author":"Li","text":"t","posted":"2024-05-01T12:00:00Z"})")) ==
          "comments/a/0/state: expected \"pending\"");
    CHECK(errorOf(R"({"version":1,"comments":{"":[]}})") == "comments/: expected an article id of 1 to 2048 bytes");
    std::string tooMany = R"({"version":1,"comments":{"a":[)";
    for (std::size_t i = 0; i <= folio::kMaxPendingComments; ++i)
        tooMany += std::string(i > 0 ? "," : "") +
                   R"({"author":"Li","text":"t","posted":"2024-05-01T12:00:00Z","state":"pending"})";
    tooMany += "]}}";
    CHECK(errorOf(tooMany) == "comments: more than 20");

    // Values are trimmed; an article without comments is left out.
    const folio::PendingParse parsed = PendingComments::parse(
        R"({"version":1,"comments":{"empty":[],"a":[{"author":" Li ","text":"\nt\n","posted":"2024-05-01T12:00:00Z",)"
        R"("state":"pending","extra":1}]}})");
    REQUIRE(parsed.ok);
    CHECK(parsed.comments.all().size() == 1);
    CHECK(parsed.comments.forArticle("a")[0] == PendingComment{"Li", "t", "2024-05-01T12:00:00Z"});
}
