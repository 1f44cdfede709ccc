// Emoji in colour, checked against oracles nobody here wrote: Unicode's emoji-data.txt and
// emoji-test.txt (Debian's unicode-data) for which characters and sequences are emoji, hb-shape
// (libharfbuzz-bin) on Noto Color Emoji for the glyphs every sequence becomes, and pdftotext and
// pdftoppm (poppler-utils) for what a PDF gives back and shows.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "color_glyphs.h"
#include "stb_libs.h"
#include "folio/emoji.h"
#include "folio/fallback_fonts.h"
#include "folio/glyph_run.h"
#include "folio/layout.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "folio/utf8.h"
#include "command.h"
#include "test_fonts.h"

using namespace folio;
namespace fs = std::filesystem;

namespace {

const std::string kEmojiFont = std::string(FOLIO_FONT_DIR) + "/NotoColorEmoji.ttf";
const std::string kEmojiData = "/usr/share/unicode/emoji/emoji-data.txt";
const std::string kEmojiTest = "/usr/share/unicode/emoji/emoji-test.txt";

// The lines of `path` without comments, split at ';' and trimmed.
std::vector<std::vector<std::string>> dataLines(const std::string& path) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, path << " is missing (Debian package unicode-data)");
    std::vector<std::vector<std::string>> lines;
    for (std::string line; std::getline(in, line);) {
        line = line.substr(0, line.find('#'));
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::vector<std::string> fields;
        std::stringstream parts(line);
        for (std::string field; std::getline(parts, field, ';');) {
            const std::size_t first = field.find_first_not_of(' '), last = field.find_last_not_of(' ');
            fields.push_back(first == std::string::npos ? "" : field.substr(first, last - first + 1));
        }
        lines.push_back(fields);
    }
    return lines;
}

// The fully-qualified emoji of emoji-test.txt, as UTF-8.
std::vector<std::string> fullyQualifiedEmoji() {
    std::vector<std::string> emoji;
    for (const std::vector<std::string>& fields : dataLines(kEmojiTest)) {
        if (fields.size() < 2 || fields[1] != "fully-qualified") continue;
        std::string text;
        std::stringstream codes(fields[0]);
        for (std::string code; codes >> code;) appendUtf8(text, static_cast<char32_t>(std::stoul(code, nullptr, 16)));
        emoji.push_back(text);
    }
    return emoji;
}

// True when every glyph of `shaped` comes from a colour font and none is missing.
bool allInColor(const TrueTypeMetrics& metrics, const ShapedText& shaped) {
    if (shaped.glyphs.empty() || shaped.missing != 0) return false;
    for (const ShapedGlyph& g : shaped.glyphs)
        if (!metrics.isColorFont(g.font)) return false;
    return true;
}

}  // namespace

TEST_CASE("emoji presentation is Unicode's Emoji_Presentation property") {
    std::vector<bool> expected(0x110000, false);
    for (const std::vector<std::string>& fields : dataLines(kEmojiData)) {
        if (fields.size() < 2 || fields[1] != "Emoji_Presentation") continue;
        const std::size_t dots = fields[0].find("..");
        const unsigned long first = std::stoul(fields[0].substr(0, dots), nullptr, 16);
        const unsigned long last = dots == std::string::npos ? first : std::stoul(fields[0].substr(dots + 2), nullptr, 16);
        for (unsigned long cp = first; cp <= last; ++cp) expected[cp] = true;
    }
    std::size_t wrong = 0;
    for (char32_t cp = 0; cp < 0x110000; ++cp) {
        if (emojiPresentation(cp) == expected[cp]) continue;
        if (++wrong <= 5) FAIL_CHECK("U+" << std::hex << static_cast<unsigned long>(cp) << " differs");
    }
    CHECK(wrong == 0);
    CHECK(startsEmoji("\xE2\x9D\xA4\xEF\xB8\x8F", 0));        // U+2764 U+FE0F: a red heart
    CHECK_FALSE(startsEmoji("\xE2\x9D\xA4", 0));              // U+2764 alone: text
    CHECK_FALSE(startsEmoji("\xE2\x8C\x9A\xEF\xB8\x8E", 0));  // U+231A U+FE0E: a watch as text
}

TEST_CASE("every fully-qualified emoji of Unicode 15 is drawn in colour, as hb-shape shapes it") {
    test::requireTool("hb-shape");
    REQUIRE_MESSAGE(fs::exists(kEmojiFont), kEmojiFont << " is missing (Debian package fonts-noto-color-emoji)");
    const std::vector<std::string> emoji = fullyQualifiedEmoji();
    REQUIRE(emoji.size() > 3000);
    // hb-shape shapes each line of a file on its own.
    const fs::path lines = fs::temp_directory_path() / "folio-emoji-lines.txt";
    {
        std::ofstream out(lines, std::ios::binary);
        for (const std::string& e : emoji) out << e << '\n';
    }
    const test::CommandResult oracle = test::runCommand("hb-shape --no-glyph-names --no-clusters --no-positions --text-file " +
                                                        test::shellQuote(lines.string()) + " " + test::shellQuote(kEmojiFont));
    fs::remove(lines);
    REQUIRE(oracle.status == 0);
    std::stringstream out(oracle.output);
    TrueTypeMetrics& metrics = test::worldMetrics();
    metrics.setLanguage("en");
    std::size_t wrong = 0;
    for (const std::string& e : emoji) {
        std::string expected;
        REQUIRE(std::getline(out, expected));
        const ShapedText& shaped = metrics.shape(FontFace::Serif, e);
        std::string ours = "[";
        for (std::size_t i = 0; i < shaped.glyphs.size(); ++i) ours += (i ? "|" : "") + std::to_string(shaped.glyphs[i].glyph);
        ours += "]";
        if (allInColor(metrics, shaped) && ours == expected) continue;
        if (++wrong <= 5) FAIL_CHECK(e << ": " << ours << ", hb-shape " << expected);
    }
    CHECK(wrong == 0);
}

TEST_CASE("text presentation stays text: a selector or the character's own default decides") {
    TrueTypeMetrics& metrics = test::worldMetrics();
    metrics.setLanguage("en");
    CHECK(allInColor(metrics, metrics.shape(FontFace::Serif, "\xE2\x98\xBA\xEF\xB8\x8F")));   // U+263A U+FE0F
    CHECK_FALSE(metrics.isColorFont(metrics.shape(FontFace::Serif, "\xE2\x98\xBA").glyphs[0].font));  // U+263A
    CHECK_FALSE(metrics.isColorFont(metrics.shape(FontFace::Serif, "\xE2\x8C\x9A\xEF\xB8\x8E").glyphs[0].font));
    CHECK(allInColor(metrics, metrics.shape(FontFace::Serif, "\xE2\x8C\x9A")));  // U+231A: emoji by default
    // Digits and '#' are text, unless a keycap makes them emoji.
    const ShapedText& hash = metrics.shape(FontFace::Serif, "#1");
    CHECK_FALSE(metrics.isColorFont(hash.glyphs[0].font));
    CHECK_FALSE(metrics.isColorFont(hash.glyphs[1].font));
    const ShapedText& keycap = metrics.shape(FontFace::Serif, "#\xEF\xB8\x8F\xE2\x83\xA3");
    CHECK(allInColor(metrics, keycap));
    CHECK(keycap.glyphs.size() == 1);
    // Letters and digits around an emoji stay in the face's font.
    const ShapedText& mixed = metrics.shape(FontFace::Serif, "a\xF0\x9F\x98\x80" "1b");
    REQUIRE(mixed.glyphs.size() == 4);
    CHECK(mixed.glyphs[0].font == static_cast<std::uint16_t>(FontFace::Serif));
    CHECK(metrics.isColorFont(mixed.glyphs[1].font));
    CHECK(mixed.glyphs[2].font == static_cast<std::uint16_t>(FontFace::Serif));
    CHECK(mixed.glyphs[3].font == static_cast<std::uint16_t>(FontFace::Serif));
}

TEST_CASE("a colour glyph is drawn in its colours at the text's size") {
    TrueTypeMetrics& metrics = test::worldMetrics();
    const ShapedText& grin = metrics.shape(FontFace::Serif, "\xF0\x9F\x98\x80");  // U+1F600
    REQUIRE(allInColor(metrics, grin));
    GlyphBitmap bitmap;
    REQUIRE(metrics.rasterize(grin.glyphs[0].font, grin.glyphs[0].glyph, 20.0f, 0.0f, bitmap));
    CHECK(bitmap.color);
    // About 1.25 em wide and 1.2 em tall, its top about 0.93 em above the baseline.
    CHECK(bitmap.width == doctest::Approx(25).epsilon(0.1));
    CHECK(bitmap.height == doctest::Approx(23.5).epsilon(0.1));
    CHECK(bitmap.top == doctest::Approx(-18.5).epsilon(0.1));
    REQUIRE(bitmap.coverage.size() == static_cast<std::size_t>(bitmap.width * bitmap.height * 4));
    // The face is yellow: many opaque pixels with much red, much green and little blue.
    int yellow = 0;
    for (std::size_t i = 0; i < bitmap.coverage.size(); i += 4) {
        const unsigned char* p = &bitmap.coverage[i];
        if (p[3] > 200 && p[0] > 200 && p[1] > 150 && p[2] < 100) ++yellow;
    }
    CHECK(yellow > bitmap.width * bitmap.height / 4);
    // The whole picture, for the PDF.
    ColorGlyph picture;
    REQUIRE(metrics.colorGlyph(grin.glyphs[0].font, grin.glyphs[0].glyph, picture));
    CHECK(picture.ppem == 109);
    CHECK(picture.width == 136);
    CHECK(picture.height == 128);
    CHECK(picture.rgba->size() == 136u * 128u * 4u);
}

TEST_CASE("the colour font is wanted for emoji, and only for them") {
    std::vector<FallbackCoverage> coverage = {
        {"Symbola_hint.07.ttf", {{0x263A, 0x263A}, {0x1F600, 0x1F64F}}},
        {"NotoColorEmoji.ttf", {{0x263A, 0x263A}, {0x1F600, 0x1F64F}}},
    };
    MissingGlyphs missing;
    missing.characters = U"\U0001F600\u263A";
    missing.faces = {1, 1};
    missing.emoji = U"\U0001F600";
    CHECK(wantedFallbackFiles(coverage, missing, "en") == std::vector<std::string>{"Symbola_hint.07.ttf", "NotoColorEmoji.ttf"});
    missing.characters = U"\U0001F600";
    missing.faces = {1};
    CHECK(wantedFallbackFiles(coverage, missing, "en") == std::vector<std::string>{"NotoColorEmoji.ttf"});
    // A character only the colour font has is drawn from it all the same.
    missing.characters = U"\U0001F64F";
    missing.emoji.clear();
    coverage[0].ranges = {{0x263A, 0x263A}};
    CHECK(wantedFallbackFiles(coverage, missing, "en") == std::vector<std::string>{"NotoColorEmoji.ttf"});
}

TEST_CASE("the web's copy of the emoji font asks for each picture it shows, and draws it once given") {
    const fs::path dir = fs::temp_directory_path() / "folio-emoji-pictures";
    fs::remove_all(dir);
    const test::CommandResult made =
        test::runCommand("/usr/bin/python3 " + test::shellQuote(std::string(FOLIO_SOURCE_DIR) + "/tools/emoji_pictures.py") +
                         " " + test::shellQuote(kEmojiFont) + " " + test::shellQuote((dir / "fonts").string()) + " " +
                         test::shellQuote((dir / "pictures").string()));
    REQUIRE_MESSAGE(made.status == 0, made.output);
    const std::vector<unsigned char> copy = test::readFileBytes((dir / "fonts" / "NotoColorEmoji.ttf").string());
    REQUIRE(copy.size() < 200000);  // the places and shaping tables only
    auto metrics = test::makeNotoMetrics();
    std::string error;
    REQUIRE(metrics->addFallback(copy, FallbackStyle::Any, false, error));
    const std::size_t font = kFontFaceCount;
    CHECK(metrics->isColorFont(font));

    const ShapedText& family = metrics->shape(FontFace::Serif, "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7");
    REQUIRE(family.glyphs.size() == 1);
    const std::uint16_t glyph = family.glyphs[0].glyph;
    REQUIRE(metrics->colorGlyphsWanted() == std::vector<std::pair<std::size_t, std::uint16_t>>{{font, glyph}});
    GlyphBitmap bitmap;
    CHECK(metrics->rasterize(font, glyph, 20.0f, 0.0f, bitmap));
    CHECK(bitmap.width == 0);  // nothing to draw until the picture comes

    const std::vector<unsigned char> png =
        test::readFileBytes((dir / "pictures" / ("NotoColorEmoji." + std::to_string(glyph) + ".png")).string());
    std::vector<unsigned char> rgba;
    int width = 0, height = 0;
    REQUIRE(detail::decodeRgba(png, 1 << 20, rgba, width, height, error));
    CHECK_FALSE(metrics->addColorGlyph(font, glyph, width, height + 1, rgba, error));
    CHECK(error.find("RGBA") != std::string::npos);
    CHECK_FALSE(metrics->addColorGlyph(0, glyph, width, height, rgba, error));
    REQUIRE(metrics->addColorGlyph(font, glyph, width, height, rgba, error));
    CHECK(metrics->colorGlyphsWanted().empty());
    CHECK(metrics->rasterize(font, glyph, 20.0f, 0.0f, bitmap));
    CHECK(bitmap.color);
    CHECK(bitmap.width == doctest::Approx(25).epsilon(0.1));
    fs::remove_all(dir);

    // The whole font, with no decoder given (as in the web's module), asks for its pictures too.
    TrueTypeMetrics plain;
    REQUIRE(plain.setFace(FontFace::Serif, test::readFileBytes(std::string(FOLIO_FONT_DIR) + "/NotoSerif-Regular.ttf")));
    REQUIRE(plain.addFallback(test::readFileBytes(kEmojiFont), FallbackStyle::Any, false, error));
    plain.shape(FontFace::Serif, "\xF0\x9F\x98\x80");
    CHECK(plain.colorGlyphsWanted().size() == 1);
}

TEST_CASE("a damaged colour index is refused, never read outside the font") {
    std::vector<unsigned char> font = test::readFileBytes(kEmojiFont);
    REQUIRE(!font.empty());
    detail::ColorGlyphPlace place;
    REQUIRE(detail::findColorGlyph(font, 100, place));
    // Truncated anywhere, the font gives either no picture or one that lies inside it.
    for (const std::size_t keep : {std::size_t{12}, std::size_t{4000}, font.size() / 2, font.size() - 1}) {
        const std::vector<unsigned char> cut(font.begin(), font.begin() + static_cast<std::ptrdiff_t>(keep));
        for (const std::uint16_t g : {std::uint16_t{4}, std::uint16_t{100}, std::uint16_t{3967}, std::uint16_t{65535}}) {
            if (detail::findColorGlyph(cut, g, place)) CHECK(place.offset + place.size <= cut.size());
        }
    }
}

TEST_CASE("a run of emoji breaks between them, never inside a sequence") {
    // Twenty families (each man, woman, girl joined by zero width joiners) with no space between them.
    const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
    std::string paragraph;
    for (int i = 0; i < 20; ++i) paragraph += family;
    Article article;
    article.title = "T";
    Block block;
    block.text.push_back(TextRun{paragraph});
    article.body.push_back(block);
    TrueTypeMetrics& metrics = test::worldMetrics();
    metrics.setLanguage("en");
    const Typesetter typesetter(article, metrics, "");
    LayoutSettings settings;
    settings.measureEm = 8.0f;
    const Layout layout = typesetter.layout(settings);
    int lines = 0;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Paragraph) continue;
        std::string text;
        for (const Span& span : layout.spansOf(line)) text += span.text;
        ++lines;
        CHECK(text.size() % family.size() == 0);  // whole families only
        CHECK(text.substr(0, family.size()) == family);
    }
    CHECK(lines >= 3);
    CHECK(layout.missing->count == 0);
}

TEST_CASE("on paper an emoji is its picture, and copies as its characters") {
    test::requireTool("pdftoppm");
    test::requireTool("pdftotext");
    const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
    Article article;
    article.title = "T";
    Block block;
    block.text.push_back(TextRun{"A party \xF0\x9F\x8E\x89 and a family " + family + " today."});
    article.body.push_back(block);
    TrueTypeMetrics& metrics = test::worldMetrics();
    metrics.setLanguage("en");
    const PdfResult pdf = writePdf(paginate(article, metrics, PageSpec{}), metrics, "");
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const test::TempFile file(".pdf");
    test::writeFile(file.path(), pdf.bytes);
    const test::CommandResult text = test::runCommand("pdftotext -raw -enc UTF-8 " + test::shellQuote(file.path()) + " -");
    REQUIRE(text.status == 0);
    CHECK(text.output.find("\xF0\x9F\x8E\x89") != std::string::npos);
    CHECK(text.output.find(family) != std::string::npos);  // the joined sequence, whole
    // In pdftotext's own layout mode too, with the spaces around them (it guesses a Type3 font's
    // scale from its glyph named "m").
    const test::CommandResult laidOut = test::runCommand("pdftotext -enc UTF-8 " + test::shellQuote(file.path()) + " -");
    REQUIRE(laidOut.status == 0);
    CHECK(laidOut.output.find("A party \xF0\x9F\x8E\x89 and a family " + family + " today.") != std::string::npos);
    // Rendered in colour, the page has pixels of strong colour: the pictures (the text is black on white).
    const std::vector<unsigned char> pixels = test::renderFirstPage(file.path(), 100, false).pixels;
    long colorful = 0;
    for (std::size_t i = 0; i < pixels.size(); i += 3) {
        const int hi = std::max({pixels[i], pixels[i + 1], pixels[i + 2]}), lo = std::min({pixels[i], pixels[i + 1], pixels[i + 2]});
        colorful += hi - lo > 100;
    }
    CHECK(colorful > 40);  // two emoji of ~15 x 15 px at 100 dpi (text alone has none)
}
