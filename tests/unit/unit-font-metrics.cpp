// TrueTypeMetrics with the real Noto fonts.
#include <doctest/doctest.h>

#include <vector>

#include "folio/font_metrics.h"
#include "test_fonts.h"

using folio::FontFace;
using folio::TrueTypeMetrics;

TEST_CASE("font metrics: the Noto faces load") {
    TrueTypeMetrics metrics;
    for (std::size_t i = 0; i < folio::kFontFaceCount; ++i) {
        const auto face = static_cast<FontFace>(i);
        CHECK_MESSAGE(folio::test::loadNotoFace(metrics, face), folio::test::notoFileName(face));
        CHECK(metrics.hasFace(face));
        CHECK(!metrics.bytes(face).empty());
    }
}

TEST_CASE("font metrics: advances are plausible and differ by glyph") {
    const TrueTypeMetrics& metrics = folio::test::notoMetrics();
    for (FontFace face : {FontFace::Serif, FontFace::SerifBold, FontFace::Sans}) {
        const float m = metrics.advance(face, U'M');
        const float i = metrics.advance(face, U'i');
        CHECK(m > i);
        CHECK(m > 0.5f);
        CHECK(m < 1.2f);
        CHECK(i > 0.1f);
        CHECK(metrics.advance(face, U' ') > 0.15f);
        CHECK(metrics.advance(face, U' ') < 0.4f);
    }
    // Bold is wider than regular; cached lookups give the same answer again.
    CHECK(metrics.advance(FontFace::SerifBold, U'n') > metrics.advance(FontFace::Serif, U'n'));
    CHECK(metrics.advance(FontFace::Serif, U'M') == metrics.advance(FontFace::Serif, U'M'));
    // Above the flat cache: U+FB01 (fi ligature) is in Noto Serif.
    const float fi = metrics.advance(FontFace::Serif, U'\uFB01');
    CHECK(fi > 0.3f);
    CHECK(fi == metrics.advance(FontFace::Serif, U'\uFB01'));
}

TEST_CASE("font metrics: a missing glyph takes the advance of U+FFFD") {
    const TrueTypeMetrics& metrics = folio::test::notoMetrics();
    const float replacement = metrics.advance(FontFace::Serif, 0xFFFD);
    CHECK(replacement > 0.0f);
    CHECK(metrics.advance(FontFace::Serif, U'\u4E2D') == replacement);      // no CJK in Noto Serif
    CHECK(metrics.advance(FontFace::Serif, U'\U0001F600') == replacement);  // nor emoji
    CHECK(metrics.kerning(FontFace::Serif, U'\u4E2D', U'A') == 0.0f);
}

TEST_CASE("font metrics: GPOS kerning is read") {
    const TrueTypeMetrics& metrics = folio::test::notoMetrics();
    const float av = metrics.kerning(FontFace::Serif, U'A', U'V');
    CHECK(av < -0.03f);
    CHECK(av > -0.2f);
    CHECK(metrics.kerning(FontFace::Serif, U'A', U'V') == av);  // from the pair cache
    CHECK(metrics.kerning(FontFace::Serif, U'T', U'o') < 0.0f);
    CHECK(metrics.kerning(FontFace::Sans, U'A', U'V') < 0.0f);
    CHECK(metrics.kerning(FontFace::Serif, U'n', U'n') == 0.0f);
}

TEST_CASE("font metrics: vertical metrics come from hhea in em") {
    const TrueTypeMetrics& metrics = folio::test::notoMetrics();
    for (std::size_t i = 0; i < folio::kFontFaceCount; ++i) {
        const folio::VerticalMetrics v = metrics.vertical(static_cast<FontFace>(i));
        CHECK(v.ascent >= 0.8f);
        CHECK(v.ascent <= 1.2f);
        CHECK(v.descent > 0.1f);
        CHECK(v.descent < 0.5f);
        CHECK(v.lineGap >= 0.0f);
    }
}

TEST_CASE("font metrics: missing faces fall back to the family's regular face, then Serif") {
    TrueTypeMetrics metrics;
    CHECK(metrics.bytes(FontFace::Serif).empty());
    CHECK(metrics.advance(FontFace::Serif, U'M') > 0.0f);  // a default even with no font at all
    CHECK(metrics.kerning(FontFace::Serif, U'A', U'V') == 0.0f);

    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::Serif));
    CHECK(!metrics.hasFace(FontFace::SerifBoldItalic));
    CHECK(&metrics.bytes(FontFace::SerifBoldItalic) == &metrics.bytes(FontFace::Serif));
    CHECK(metrics.advance(FontFace::SerifBoldItalic, U'M') == metrics.advance(FontFace::Serif, U'M'));
    CHECK(metrics.advance(FontFace::SansBold, U'M') == metrics.advance(FontFace::Serif, U'M'));

    REQUIRE(folio::test::loadNotoFace(metrics, FontFace::Sans));
    CHECK(&metrics.bytes(FontFace::SansBold) == &metrics.bytes(FontFace::Sans));
    CHECK(metrics.advance(FontFace::SansBold, U'M') == metrics.advance(FontFace::Sans, U'M'));
    CHECK(metrics.advance(FontFace::Sans, U'M') != metrics.advance(FontFace::Serif, U'M'));
}

TEST_CASE("font metrics: setFace rejects bytes that are not a font and keeps the old one") {
    TrueTypeMetrics metrics;
    std::vector<unsigned char> garbage(4096);
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<unsigned char>(i * 131 + 7);
    CHECK_FALSE(metrics.setFace(FontFace::Serif, garbage));
    CHECK_FALSE(metrics.setFace(FontFace::Serif, {}));
    CHECK_FALSE(metrics.hasFace(FontFace::Serif));

    std::vector<unsigned char> font = folio::test::readFileBytes(std::string(FOLIO_FONT_DIR) + "/NotoSans-Regular.ttf");
    REQUIRE(font.size() > 1000);
    std::vector<unsigned char> truncated(font.begin(), font.begin() + 600);
    CHECK_FALSE(metrics.setFace(FontFace::Serif, truncated));  // valid header, tables out of bounds
    std::vector<unsigned char> headerOnly(font.begin(), font.begin() + 20);
    CHECK_FALSE(metrics.setFace(FontFace::Serif, headerOnly));

    REQUIRE(metrics.setFace(FontFace::Serif, font));
    const float m = metrics.advance(FontFace::Serif, U'M');
    CHECK_FALSE(metrics.setFace(FontFace::Serif, garbage));
    CHECK(metrics.hasFace(FontFace::Serif));
    CHECK(metrics.advance(FontFace::Serif, U'M') == m);
}
