// The faces' fonts in unicode-range slices, as the web serves them (tools/face_slices.py): their
// names, the choice of a face's own slice before any other fallback, and text measured from the
// slices as from the whole font.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "folio/fallback_fonts.h"
#include "folio/font_files.h"
#include "folio/layout.h"
#include "command.h"
#include "test_fonts.h"

using namespace folio;

TEST_CASE("a face's slices are named after its font file") {
    CHECK(faceSliceFile(FontFace::SerifItalic, "greek") == "NotoSerif-Italic.greek.ttf");
    CHECK(faceSliceFile(FontFace::Sans, kFaceCoreSlice) == "NotoSans-Regular.latin.ttf");
    for (std::size_t i = 0; i < kFontFaceCount; ++i) {
        const auto face = static_cast<FontFace>(i);
        FontFace found = FontFace::Serif;
        CHECK(faceSliceOf(faceSliceFile(face, "latin-ext"), found));
        CHECK(found == face);
    }
    FontFace face = FontFace::SansBold;
    for (const char* file : {"NotoSerif-Regular.ttf", "NotoSerif-Regular..ttf", "NotoSerif-Regular.Greek.ttf",
                             "NotoSerif-Regular.greek.otf", "NotoSerif.greek.ttf", "NotoSansArabic-Regular.greek.ttf",
                             "NotoSerif-Regular.gr/../x.ttf", ".greek.ttf", ""}) {
        CAPTURE(file);
        CHECK_FALSE(faceSliceOf(file, face));
    }
    CHECK(face == FontFace::SansBold);  // untouched

    FallbackFontFile slice;
    REQUIRE(fallbackFontFile("NotoSans-BoldItalic.cyrillic.ttf", slice));
    CHECK(slice.sliceOf == static_cast<int>(FontFace::SansBoldItalic));
    CHECK(slice.style == FallbackStyle::Sans);
    CHECK(slice.bold);
    CHECK(std::string(slice.language).empty());
    REQUIRE(fallbackFontFile("NotoNaskhArabic-Regular.ttf", slice));
    CHECK(slice.sliceOf == -1);
}

TEST_CASE("a character a face lacks comes from that face's own slice before any other font") {
    const std::string coverage = R"({
        "NotoSansMath-Regular.ttf": [[937, 937]],
        "NotoSerif-Regular.greek.ttf": [[880, 1023]],
        "NotoSerif-Italic.greek.ttf": [[880, 1023]],
        "NotoSans-Regular.greek.ttf": [[880, 1023]],
        "NotoSans-Regular.latin.ttf": [[32, 126]]
    })";
    std::vector<FallbackCoverage> parsed;
    std::string error;
    REQUIRE(parseFallbackCoverage(coverage, parsed, error));
    CHECK(parsed.size() == 5);
    MissingGlyphs missing;
    missing.count = 2;
    missing.characters = U"\u03A9";  // Omega: in the maths font too
    missing.faces = {1u << static_cast<unsigned>(FontFace::SerifItalic) | 1u << static_cast<unsigned>(FontFace::Sans)};
    CHECK(wantedFallbackFiles(parsed, missing, "el") ==
          std::vector<std::string>{"NotoSans-Regular.greek.ttf", "NotoSerif-Italic.greek.ttf"});
    // A face whose own slice is not in the manifest takes the nearest face's.
    missing.faces = {1u << static_cast<unsigned>(FontFace::SerifBold)};
    CHECK(wantedFallbackFiles(parsed, missing, "el") == std::vector<std::string>{"NotoSerif-Regular.greek.ttf"});
    CHECK(fallbackScore(FallbackStyle::Serif, false, "", FontFace::SerifItalic, "ja",
                        static_cast<int>(FontFace::SerifItalic)) >
          fallbackScore(FallbackStyle::Any, false, "ja", FontFace::SerifItalic, "ja"));
}

TEST_CASE("text measured from a face's slices is measured as from the whole font") {
    const std::string tool = std::string(FOLIO_SOURCE_DIR) + "/tools/face_slices.py";
    const std::string font = std::string(FOLIO_FONT_DIR) + "/" + fontFileName(FontFace::Serif);
    test::TempFolder folder;
    const test::CommandResult cut = test::runCommand("/usr/bin/python3 " + test::shellQuote(tool) + " " +
                                                     test::shellQuote(font) + " " +
                                                     test::shellQuote(folder.path().string()) + " latin");
    REQUIRE_MESSAGE(cut.status == 0, cut.output);

    const auto slice = [&folder](const char* name) {
        return readFileBytes((folder.path() / faceSliceFile(FontFace::Serif, name)).string());
    };
    TrueTypeMetrics sliced;
    REQUIRE(sliced.setFace(FontFace::Serif, slice("latin")));
    std::string problem;
    for (const char* name : {"latin-ext", "greek", "cyrillic", "symbols"}) {
        CAPTURE(name);
        REQUIRE(sliced.addFallback(slice(name), FallbackStyle::Serif, false, problem, 0, {},
                                   static_cast<int>(FontFace::Serif)));
    }
    TrueTypeMetrics whole;
    REQUIRE(test::loadNotoFace(whole, FontFace::Serif));

    // Each word of one script: the same glyphs, advances and kerning as the whole font's, drawn
    // from the slice that holds the script. (Between slices a kerning pair is lost, as on the web.)
    for (const std::string word : {"AVATAR", "office", "caf\u00e9", "\u0141\u00f3d\u017a", "e\u0301t\u00e9",
                                   "\u03a9\u03bc\u03ad\u03b3\u03b1", "\u041f\u0440\u0438\u0432\u0435\u0442",
                                   "\u01a0\u01b0\u0253", "\u20b9\u2153"}) {
        CAPTURE(word);
        const ShapedText a = sliced.shape(FontFace::Serif, word);
        const ShapedText b = whole.shape(FontFace::Serif, word);
        CHECK(a.missing == 0);
        CHECK(a.em == doctest::Approx(b.em).epsilon(1e-6));
        REQUIRE(a.glyphs.size() == b.glyphs.size());
        for (std::size_t i = 0; i < a.glyphs.size(); ++i) {
            CHECK(a.glyphs[i].advance == doctest::Approx(b.glyphs[i].advance).epsilon(1e-6));
            CHECK(a.glyphs[i].dx == doctest::Approx(b.glyphs[i].dx).epsilon(1e-6));
            CHECK(a.glyphs[i].dy == doctest::Approx(b.glyphs[i].dy).epsilon(1e-6));
        }
    }
    // Latin comes from the face's own slice, Greek from its Greek slice.
    CHECK(sliced.shape(FontFace::Serif, "office").glyphs.front().font == static_cast<std::uint16_t>(FontFace::Serif));
    const std::uint16_t greek = sliced.shape(FontFace::Serif, "\u03a9").glyphs.front().font;
    CHECK(greek >= kFontFaceCount);
    CHECK(sliced.fontBytes(greek) == slice("greek"));
}
