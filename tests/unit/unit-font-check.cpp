// Fonts as untrusted input: fontProblem refuses, with a message naming the table, the damaged
// Noto fonts made here from Debian's files (never committed), and TrueTypeMetrics::setFace keeps
// them away from stb_truetype. Each case is a shape libFuzzer or a reading of stb_truetype found
// to read out of bounds.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "folio/font_check.h"
#include "folio/font_metrics.h"
#include "test_fonts.h"

namespace {

std::vector<unsigned char> serif() {
    return folio::test::readFileBytes(std::string(FOLIO_FONT_DIR) + "/NotoSerif-Regular.ttf");
}

std::uint32_t be16(const std::vector<unsigned char>& b, std::size_t at) { return (std::uint32_t{b[at]} << 8) | b[at + 1]; }
std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }
void put16(std::vector<unsigned char>& b, std::size_t at, std::uint32_t v) {
    b[at] = static_cast<unsigned char>(v >> 8);
    b[at + 1] = static_cast<unsigned char>(v);
}
void put32(std::vector<unsigned char>& b, std::size_t at, std::uint32_t v) {
    put16(b, at, v >> 16);
    put16(b, at + 2, v & 0xFFFF);
}

// The table directory record of `tag` (its offset in the file).
std::size_t record(const std::vector<unsigned char>& ttf, const char* tag) {
    for (std::size_t i = 0; i < be16(ttf, 4); ++i)
        if (std::memcmp(ttf.data() + 12 + 16 * i, tag, 4) == 0) return 12 + 16 * i;
    FAIL("no table " << tag);
    return 0;
}
std::size_t tableAt(const std::vector<unsigned char>& ttf, const char* tag) { return be32(ttf, record(ttf, tag) + 8); }

// Checks that `ttf` is refused by fontProblem with a message containing `words`, and by setFace.
void checkRefused(const std::vector<unsigned char>& ttf, const std::string& words) {
    const std::string problem = folio::fontProblem(ttf);
    CAPTURE(problem);
    CHECK(problem.find(words) != std::string::npos);
    folio::TrueTypeMetrics metrics;
    std::string error;
    CHECK_FALSE(metrics.setFace(folio::FontFace::Serif, ttf, error));
    CHECK(error == problem);
    CHECK_FALSE(metrics.hasFace(folio::FontFace::Serif));
}

}  // namespace

TEST_CASE("font check: the Noto fonts the viewer ships pass, and load") {
    for (std::size_t i = 0; i < folio::kFontFaceCount; ++i) {
        const std::string file = folio::fontFileName(static_cast<folio::FontFace>(i));
        CAPTURE(file);
        const std::vector<unsigned char> ttf = folio::test::readFileBytes(std::string(FOLIO_FONT_DIR) + "/" + file);
        REQUIRE(!ttf.empty());
        CHECK(folio::fontProblem(ttf) == "");
        CHECK(folio::fontGlyphCount(ttf) > 1000);
    }
}

TEST_CASE("font check: regression: a table directory or table outside the file is refused") {
    std::vector<unsigned char> ttf = serif();
    checkRefused(std::vector<unsigned char>(ttf.begin(), ttf.begin() + 40), "table directory");
    put32(ttf, record(ttf, "glyf") + 12, static_cast<std::uint32_t>(ttf.size()));  // glyf as long as the file
    checkRefused(ttf, "table glyf lies outside the file");
    checkRefused({}, "not a font");
}

TEST_CASE("font check: regression: hmtx shorter than hhea and maxp say (stb_truetype read past it)") {
    std::vector<unsigned char> ttf = serif();
    put16(ttf, tableAt(ttf, "hhea") + 34, 0xFFFF);  // numberOfHMetrics over the glyph count
    checkRefused(ttf, "numberOfHMetrics");
    ttf = serif();
    put32(ttf, record(ttf, "hmtx") + 12, 8);
    checkRefused(ttf, "hmtx: 8 bytes");
}

TEST_CASE("font check: regression: loca entries outside glyf, or going back, are refused") {
    std::vector<unsigned char> ttf = serif();
    const bool longOffsets = be16(ttf, tableAt(ttf, "head") + 50) == 1;
    const std::size_t loca = tableAt(ttf, "loca");
    if (longOffsets) put32(ttf, loca + 4 * 5, 0xFFFFFF00u); else put16(ttf, loca + 2 * 5, 0xFFFF);
    checkRefused(ttf, "loca: glyph 5");
}

TEST_CASE("font check: regression: a cmap subtable outside the table, or a format 4 that lies about its segments") {
    std::vector<unsigned char> ttf = serif();
    const std::size_t cmap = tableAt(ttf, "cmap");
    put32(ttf, cmap + 4 + 4, 0x7FFFFFF0u);  // the first subtable's offset
    checkRefused(ttf, "cmap: a subtable outside the table");
    ttf = serif();
    for (std::size_t i = 0; i < be16(ttf, cmap + 2); ++i) {
        const std::size_t sub = cmap + be32(ttf, cmap + 4 + 8 * i + 4);
        if (be16(ttf, sub) != 4) continue;
        put16(ttf, sub + 8, be16(ttf, sub + 8) * 4);  // searchRange, which stb_truetype's search follows
        checkRefused(ttf, "searchRange");
        return;
    }
    FAIL("NotoSerif-Regular has no cmap format 4");
}

TEST_CASE("font check: regression: a GPOS lookup list outside the table is refused") {
    std::vector<unsigned char> ttf = serif();
    put32(ttf, record(ttf, "GPOS") + 12, 12);  // a GPOS of 12 bytes: its lookup list lies past its end
    checkRefused(ttf, "GPOS: the lookup list outside the table");
}

TEST_CASE("font check: collections and CFF fonts are refused by name") {
    std::vector<unsigned char> ttf = serif();
    put32(ttf, 0, 0x74746366u);
    checkRefused(ttf, "collection");
    put32(ttf, 0, 0x4F54544Fu);
    checkRefused(ttf, "CFF");
}
