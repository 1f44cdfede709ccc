// UTF-8 decoding and encoding.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "folio/utf8.h"

namespace {

// All code points of `s`, and the positions after each.
struct Decoded {
    std::vector<char32_t> cps;
    std::vector<std::size_t> ends;
};

Decoded decodeAll(const std::string& s) {
    Decoded out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        out.cps.push_back(folio::nextCodepoint(s, pos));
        out.ends.push_back(pos);
    }
    return out;
}

}  // namespace

TEST_CASE("utf8: decodes one to four byte sequences") {
    const std::string s = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // A é € 😀
    const Decoded d = decodeAll(s);
    REQUIRE(d.cps.size() == 4);
    CHECK(d.cps[0] == U'A');
    CHECK(d.cps[1] == U'\u00E9');
    CHECK(d.cps[2] == U'\u20AC');
    CHECK(d.cps[3] == U'\U0001F600');
    CHECK(d.ends == std::vector<std::size_t>{1, 3, 6, 10});
}

TEST_CASE("utf8: boundary code points decode") {
    const std::string s = "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
    const Decoded d = decodeAll(s);
    CHECK(d.cps == std::vector<char32_t>{0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF});
}

TEST_CASE("utf8: malformed input gives U+FFFD and advances one byte") {
    SUBCASE("stray continuation byte") {
        const Decoded d = decodeAll("\x80" "a");
        CHECK(d.cps == std::vector<char32_t>{0xFFFD, U'a'});
        CHECK(d.ends == std::vector<std::size_t>{1, 2});
    }
    SUBCASE("invalid lead bytes") {
        const Decoded d = decodeAll("\xFF\xFE\xF8");
        CHECK(d.cps == std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD});
    }
    SUBCASE("truncated at the end") {
        const Decoded d = decodeAll("x\xE2\x82");
        CHECK(d.cps == std::vector<char32_t>{U'x', 0xFFFD, 0xFFFD});
        CHECK(d.ends == std::vector<std::size_t>{1, 2, 3});
    }
    SUBCASE("sequence cut by an ASCII byte") {
        const Decoded d = decodeAll("\xE2\x82" "b");
        CHECK(d.cps == std::vector<char32_t>{0xFFFD, 0xFFFD, U'b'});
    }
    SUBCASE("overlong encodings") {
        CHECK(decodeAll("\xC0\xAF").cps == std::vector<char32_t>{0xFFFD, 0xFFFD});
        CHECK(decodeAll("\xE0\x80\xAF").cps == std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD});
        CHECK(decodeAll("\xF0\x80\x80\xAF").cps.front() == 0xFFFD);
    }
    SUBCASE("surrogates") {
        const Decoded d = decodeAll("\xED\xA0\x80\xED\xBF\xBF");
        CHECK(d.cps.size() == 6);
        for (char32_t cp : d.cps) CHECK(cp == 0xFFFD);
    }
    SUBCASE("above U+10FFFF") {
        CHECK(decodeAll("\xF4\x90\x80\x80").cps.front() == 0xFFFD);
    }
}

TEST_CASE("utf8: every byte string decodes with progress") {
    // Each call consumes at least one byte and at most four.
    std::string s;
    for (int i = 0; i < 256; ++i) s.push_back(static_cast<char>(i));
    s += "\xF0\x9F";
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t before = pos;
        folio::nextCodepoint(s, pos);
        CHECK(pos > before);
        CHECK(pos - before <= 4);
    }
    CHECK(pos == s.size());
}

TEST_CASE("utf8: append round-trips through decode") {
    const std::vector<char32_t> cps{0x0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF,
                                    0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    std::string s;
    for (char32_t cp : cps) folio::appendUtf8(s, cp);
    CHECK(decodeAll(s).cps == cps);
}

TEST_CASE("utf8: append encodes lengths and replaces invalid values") {
    std::string s;
    folio::appendUtf8(s, U'\u20AC');
    CHECK(s == "\xE2\x82\xAC");
    s.clear();
    folio::appendUtf8(s, 0xD800);
    CHECK(s == "\xEF\xBF\xBD");
    s.clear();
    folio::appendUtf8(s, 0x110000);
    CHECK(s == "\xEF\xBF\xBD");
    s.clear();
    folio::appendUtf8(s, U'\U0001F600');
    CHECK(s.size() == 4);
}
