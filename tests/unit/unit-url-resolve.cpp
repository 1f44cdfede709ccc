// Resolving the relative URLs of HTML articles (folio/url_resolve.h), RFC 3986 section 5.
#include <doctest/doctest.h>

#include "folio/url_resolve.h"

using folio::cleanUrlAttribute;
using folio::resolveUrl;

TEST_CASE("url resolve: RFC 3986's normal examples") {
    const char* base = "http://a/b/c/d;p?q";
    CHECK(resolveUrl(base, "g") == "http://a/b/c/g");
    CHECK(resolveUrl(base, "./g") == "http://a/b/c/g");
    CHECK(resolveUrl(base, "g/") == "http://a/b/c/g/");
    CHECK(resolveUrl(base, "/g") == "http://a/g");
    CHECK(resolveUrl(base, "//g") == "http://g");
    CHECK(resolveUrl(base, "?y") == "http://a/b/c/d;p?y");
    CHECK(resolveUrl(base, "g?y") == "http://a/b/c/g?y");
    CHECK(resolveUrl(base, "#s") == "http://a/b/c/d;p?q#s");
    CHECK(resolveUrl(base, "g#s") == "http://a/b/c/g#s");
    CHECK(resolveUrl(base, "") == "http://a/b/c/d;p?q");
    CHECK(resolveUrl(base, ".") == "http://a/b/c/");
    CHECK(resolveUrl(base, "..") == "http://a/b/");
    CHECK(resolveUrl(base, "../g") == "http://a/b/g");
    CHECK(resolveUrl(base, "../..") == "http://a/");
    CHECK(resolveUrl(base, "../../g") == "http://a/g");
    CHECK(resolveUrl(base, "../../../g") == "http://a/g");
    CHECK(resolveUrl(base, "g;x=1/../y") == "http://a/b/c/y");
}

TEST_CASE("url resolve: schemes stay - without an http(s) base nothing is resolved") {
    CHECK(resolveUrl("https://example.com/a/", "javascript:alert(1)") == "javascript:alert(1)");
    CHECK(resolveUrl("https://example.com/a/", "mailto:x@y") == "mailto:x@y");
    CHECK(resolveUrl("https://example.com", "x.jpg") == "https://example.com/x.jpg");
    CHECK(resolveUrl("", "x.jpg") == "x.jpg");
    CHECK(resolveUrl("file:///etc/", "x.jpg") == "x.jpg");
}

TEST_CASE("url resolve: attribute values are cleaned as a browser cleans them") {
    CHECK(cleanUrlAttribute("  java\tscript:x \n") == "javascript:x");
    CHECK(cleanUrlAttribute("a b.jpg") == "a%20b.jpg");
    CHECK(resolveUrl("https://example.com/p/", " java\nscript:alert(1)") == "javascript:alert(1)");
}
