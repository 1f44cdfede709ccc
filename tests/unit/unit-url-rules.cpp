// The URL rules every layer asks: links that may be opened, pages articles and pictures come from.
#include <doctest/doctest.h>

#include <string>

#include "folio/article_parse.h"
#include "folio/url_rules.h"

TEST_CASE("url rules: only http(s) and mailto links are safe") {
    CHECK(folio::isSafeLink("https://example.com"));
    CHECK(folio::isSafeLink("http://example.com/a?b=c#d"));
    CHECK(folio::isSafeLink("HTTPS://EXAMPLE.COM/"));
    CHECK(folio::isSafeLink("mailto:someone@example.com"));
    CHECK(folio::isSafeLink("MailTo:?subject=Hello"));
    CHECK_FALSE(folio::isSafeLink("javascript:alert(1)"));
    CHECK_FALSE(folio::isSafeLink("JAVASCRIPT:alert(1)"));
    CHECK_FALSE(folio::isSafeLink(" javascript:alert(1)"));
    CHECK_FALSE(folio::isSafeLink("\tjavascript:alert(1)"));
    CHECK_FALSE(folio::isSafeLink("java\tscript:alert(1)"));
    CHECK_FALSE(folio::isSafeLink(std::string("\0javascript:alert(1)", 20)));
    CHECK_FALSE(folio::isSafeLink("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(folio::isSafeLink("file:///etc/passwd"));
    CHECK_FALSE(folio::isSafeLink("vbscript:msgbox(1)"));
    CHECK_FALSE(folio::isSafeLink(" https://example.com"));
    CHECK_FALSE(folio::isSafeLink("https://example.com/a b"));
    CHECK_FALSE(folio::isSafeLink("https://example.com/\x7F"));
    CHECK_FALSE(folio::isSafeLink(""));
    CHECK_FALSE(folio::isSafeLink("mailto"));
    CHECK_FALSE(folio::isSafeLink("mailto:"));  // the parser once dropped it while a click opened it
    CHECK_FALSE(folio::isSafeLink("/relative/path"));
    CHECK_FALSE(folio::isSafeLink("//example.com/"));
    CHECK_FALSE(folio::isSafeLink("https://"));
    CHECK_FALSE(folio::isSafeLink("https:///path"));
    CHECK_FALSE(folio::isSafeLink("https:example.com"));
    CHECK_FALSE(folio::isSafeLink("httpx://example.com"));
}

TEST_CASE("url rules: article and picture addresses are http(s) or relative") {
    for (const std::string s : {"articles/a.json", "/articles/a.json", "../a.json", "?id=3", "https://example.com/a.json",
                                "HTTP://example.com/a", "images/a:b.png"}) {
        CAPTURE(s);
        CHECK(folio::isHttpOrRelativeUrl(s));
    }
    for (const std::string s : {"", "data:application/json,{}", "blob:https://example.com/1", "javascript:x",
                                "file:///etc/passwd", "a b.json", "https://", "ftp://example.com/a.json"}) {
        CAPTURE(s);
        CHECK_FALSE(folio::isHttpOrRelativeUrl(s));
    }
}

// The parser keeps exactly the links that the rule accepts (and so the PDF and the HTML copy link).
TEST_CASE("url rules: the parser keeps the links isSafeLink accepts") {
    for (const std::string href : {"https://example.com/", "mailto:a@example.com", "mailto:", "javascript:alert(1)",
                                   "https://example.com/a b", "/relative"}) {
        CAPTURE(href);
        const std::string json = R"({"title":"T","body":[{"type":"paragraph","text":[{"text":"x","href":")" + href +
                                 R"("}]}]})";
        const folio::ParseResult parsed = folio::parseArticle(json);
        REQUIRE(parsed.ok);
        CHECK(parsed.article.body.at(0).text.at(0).href == (folio::isSafeLink(href) ? href : std::string()));
    }
}
