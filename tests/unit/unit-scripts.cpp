// The world's scripts, checked against oracles nobody here wrote: shaping against hb-shape (Debian's
// libharfbuzz-bin), bidi levels and order against Unicode's BidiCharacterTest.txt (Debian's
// unicode-data), PDFs against pdftotext; and the sample news in tests/fixtures/scripts drawn with
// no missing glyph.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bidi.h"
#include "folio/article_meta.h"
#include "folio/glyph_run.h"
#include "folio/article_parse.h"
#include "folio/fallback_fonts.h"
#include "folio/layout.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "folio/utf8.h"
#include "command.h"
#include "test_fonts.h"

using namespace folio;
namespace fs = std::filesystem;

namespace {

const fs::path kScripts = fs::path(FOLIO_SOURCE_DIR) / "tests" / "fixtures" / "scripts";

// The sample articles, parsed: file stem -> article.
std::map<std::string, Article> sampleArticles() {
    std::map<std::string, Article> articles;
    for (const fs::directory_entry& entry : fs::directory_iterator(kScripts)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const ParseResult parsed = parseArticle(json);
        REQUIRE_MESSAGE(parsed.ok, entry.path().string() << ": " << parsed.error.message);
        articles.emplace(entry.path().stem().string(), parsed.article);
    }
    return articles;
}

// One glyph as hb-shape prints it: "gid=cluster@dx,dy+advance" (font units).
struct OracleGlyph {
    int glyph = 0, cluster = 0, dx = 0, dy = 0, advance = 0;
};

std::vector<OracleGlyph> hbShape(const std::string& font, const std::string& text) {
    const test::CommandResult result =
        test::runCommand("hb-shape --no-glyph-names --utf8-clusters " + test::shellQuote(font) + " " + test::shellQuote(text));
    REQUIRE_MESSAGE(result.status == 0, result.output);
    std::vector<OracleGlyph> glyphs;
    std::string body = result.output.substr(result.output.find('[') + 1);
    body = body.substr(0, body.find(']'));
    std::stringstream entries(body);
    for (std::string entry; std::getline(entries, entry, '|');) {
        OracleGlyph g;
        char separator = 0;
        std::stringstream in(entry);
        in >> g.glyph >> separator >> g.cluster;
        if (in.peek() == '@') in >> separator >> g.dx >> separator >> g.dy;
        in >> separator >> g.advance;
        REQUIRE_MESSAGE(!in.fail(), "cannot read hb-shape's " << entry);
        glyphs.push_back(g);
    }
    return glyphs;
}

// Units per em of the font at `path` (head table).
int unitsPerEm(const std::vector<unsigned char>& bytes) {
    const std::size_t tables = (std::size_t{bytes[4]} << 8) | bytes[5];
    for (std::size_t i = 0; i < tables; ++i) {
        const unsigned char* record = bytes.data() + 12 + 16 * i;
        if (std::string(record, record + 4) != "head") continue;
        const std::size_t offset = (std::size_t{record[8]} << 24) | (std::size_t{record[9]} << 16) |
                                   (std::size_t{record[10]} << 8) | record[11];
        return (bytes[offset + 18] << 8) | bytes[offset + 19];
    }
    return 0;
}

}  // namespace

TEST_CASE("shaping matches hb-shape: joining, reordering, conjuncts, marks, ligatures and kerning") {
    test::requireTool("hb-shape");
    struct Sample {
        const char* font;
        const char* text;
        bool rtl;
    };
    const Sample samples[] = {
        {"NotoNaskhArabic-Regular.ttf", "والإنجليزية", true},    // joining forms, lam-alef
        {"NotoSansArabic-Bold.ttf", "الإسكندرية", true},
        {"NotoSansHebrew-Regular.ttf", "שָׁלוֹם", true},          // marks placed on letters
        {"NotoSerifDevanagari-Regular.ttf", "क्षत्रिय", false},  // conjuncts, the i-matra reordered
        {"NotoSansDevanagari-Regular.ttf", "हिन्दी", false},
        {"NotoSansBengali-Regular.ttf", "ক্ষমতায়", false},
        {"NotoSansTamil-Regular.ttf", "கொடுக்கப்பட்டது", false},  // split vowels
        {"NotoSansThai-Regular.ttf", "ที่สุดแล้ว", false},        // stacked marks
        {"NotoSerif-Regular.ttf", "officeAVATAR", false},        // ffi ligature, AV kerning
    };
    for (const Sample& sample : samples) {
        const std::string font = sample.font;
        const std::string text = sample.text;
        CAPTURE(font);
        CAPTURE(text);
        const std::string path = std::string(FOLIO_FONT_DIR) + "/" + sample.font;
        std::vector<unsigned char> bytes = test::readFileBytes(path);
        REQUIRE(!bytes.empty());
        const int upem = unitsPerEm(bytes);
        REQUIRE(upem > 0);
        TrueTypeMetrics metrics;
        REQUIRE(metrics.setFace(FontFace::Serif, std::move(bytes)));
        const ShapedText& ours = metrics.shape(FontFace::Serif, sample.text, sample.rtl);
        const std::vector<OracleGlyph> oracle = hbShape(path, sample.text);
        REQUIRE(ours.glyphs.size() == oracle.size());
        CHECK(ours.missing == 0);
        for (std::size_t i = 0; i < oracle.size(); ++i) {
            CAPTURE(i);
            const ShapedGlyph& g = ours.glyphs[i];
            CHECK(g.glyph == oracle[i].glyph);
            CHECK(g.cluster == static_cast<std::uint32_t>(oracle[i].cluster));
            CHECK(std::lround(g.advance * upem) == oracle[i].advance);
            CHECK(std::lround(g.dx * upem) == oracle[i].dx);
            CHECK(std::lround(g.dy * upem) == oracle[i].dy);
        }
    }
}

TEST_CASE("bidi levels and order follow Unicode's BidiCharacterTest.txt") {
    const char* path = "/usr/share/unicode/BidiCharacterTest.txt";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, path << " is missing (tools/setup.sh installs unicode-data)");
    std::size_t cases = 0;
    std::size_t failed = 0;
    std::string firstFailure;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::stringstream parts(line);
        for (std::string field; std::getline(parts, field, ';');) fields.push_back(field);
        REQUIRE(fields.size() == 5);
        std::string text;
        std::stringstream codes(fields[0]);
        std::vector<std::size_t> starts;
        for (std::string hex; codes >> hex;) {
            starts.push_back(text.size());
            appendUtf8(text, static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
        }
        const TextDirection direction =
            fields[1] == "0" ? TextDirection::Ltr : fields[1] == "1" ? TextDirection::Rtl : TextDirection::Auto;
        bool rtl = false;
        const std::vector<std::uint8_t> levels = detail::bidiLevels(text, direction, rtl);
        std::vector<std::string> expected;
        std::stringstream wanted(fields[3]);
        for (std::string level; wanted >> level;) expected.push_back(level);
        REQUIRE(expected.size() == starts.size());
        // The characters rule X9 removes ("x") have no level; the others are ordered by rule L2.
        bool same = rtl == (fields[2] == "1");
        std::vector<std::uint8_t> kept;
        std::vector<std::size_t> keptIndex;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            if (expected[i] == "x") continue;
            const int level = levels.empty() ? 0 : levels[starts[i]];
            same = same && std::to_string(level) == expected[i];
            kept.push_back(static_cast<std::uint8_t>(level));
            keptIndex.push_back(i);
        }
        std::vector<std::size_t> order;
        detail::visualOrder(kept, order);
        std::string visual;
        for (const std::size_t k : order) visual += (visual.empty() ? "" : " ") + std::to_string(keptIndex[k]);
        same = same && visual == fields[4];
        ++cases;
        if (!same) {
            ++failed;
            if (firstFailure.empty()) firstFailure = line;
        }
    }
    CHECK(cases > 90000);
    CHECK_MESSAGE(failed == 0, failed << " of " << cases << " cases differ; the first: " << firstFailure);
}

TEST_CASE("the sample news of every script is drawn with no missing glyph") {
    std::size_t scripts = 0;
    for (const auto& [stem, article] : sampleArticles()) {
        const std::string name = stem;  // a copy: clang does not capture structured bindings
        CAPTURE(name);
        test::worldMetrics().setLanguage(article.language);
        const Typesetter typesetter(article, test::worldMetrics(), metaLine(article));
        for (const FontFamily family : {FontFamily::Serif, FontFamily::Sans}) {
            LayoutSettings settings;
            settings.family = family;
            const Layout layout = typesetter.layout(settings);
            REQUIRE(layout.missing);
            std::string characters;
            for (const char32_t cp : layout.missing->characters) appendUtf8(characters, cp);
            CHECK_MESSAGE(layout.missing->count == 0, "missing: " << characters);
        }
        ++scripts;
    }
    CHECK(scripts >= 15);
}

TEST_CASE("a right-to-left article is set flush right, its runs in visual order") {
    const std::map<std::string, Article> articles = sampleArticles();
    const Article& arabic = articles.at("ar");
    CHECK(articleDirection(arabic) == TextDirection::Rtl);
    test::worldMetrics().setLanguage(arabic.language);
    const Typesetter typesetter(arabic, test::worldMetrics(), metaLine(arabic));
    const Layout layout = typesetter.layout(LayoutSettings{});
    std::size_t checked = 0;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Paragraph) continue;
        CHECK(line.rtl);
        // Flush right: every line ends at the column's right edge.
        CHECK(line.x + line.width == doctest::Approx(layout.columnX + layout.columnWidth).epsilon(1e-4));
        // The first run in reading order is the rightmost one when the line starts with Arabic.
        const SpanRange spans = layout.spansOf(line);
        if (spans.size() > 1 && (spans.front().level & 1)) {
            for (const Span& span : spans) CHECK(span.x <= spans.front().x);
            ++checked;
        }
    }
    CHECK(checked > 3);
}

TEST_CASE("every script's PDF gives back every character of its text to pdftotext") {
    test::requireTool("pdftotext");
    for (const auto& [stem, article] : sampleArticles()) {
        const std::string name = stem;  // a copy: clang does not capture structured bindings
        CAPTURE(name);
        test::worldMetrics().setLanguage(article.language);
        const PrintDocument doc = paginate(article, test::worldMetrics(), PageSpec{});
        const PdfResult pdf = writePdf(doc, test::worldMetrics(), "");
        REQUIRE_MESSAGE(pdf.ok, pdf.error);
        const test::TempFile file(".pdf");
        test::writeFile(file.path(), pdf.bytes);
        const test::CommandResult text = test::runCommand("pdftotext -enc UTF-8 " + test::shellQuote(file.path()) + " -");
        REQUIRE_MESSAGE(text.status == 0, text.output);
        // Every character of the title and the body (less spaces and invisible format characters),
        // as often as the article has it at least.
        std::map<char32_t, int> have;
        for (std::size_t pos = 0; pos < text.output.size();) ++have[nextCodepoint(text.output, pos)];
        std::map<char32_t, int> need;
        std::string all = article.title;
        for (const Block& block : article.body) {
            all += plainText(block.text) + block.cite;
            for (const RichText& item : block.items) all += plainText(item);
        }
        for (std::size_t pos = 0; pos < all.size();) {
            const char32_t cp = nextCodepoint(all, pos);
            const bool space = cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200D);  // extraction makes them spaces
            if (cp > ' ' && !space) ++need[cp];
        }
        std::string short_;
        for (const auto& [cp, count] : need) {
            if (have[cp] < count) appendUtf8(short_, cp);
        }
        CHECK_MESSAGE(short_.empty(), "pdftotext lacks: " << short_);
    }
}

TEST_CASE("reading time counts words, and characters for scripts written without spaces") {
    const auto minutesOf = [](const std::string& language, const std::string& text) {
        Article article;
        article.title = "T";
        article.language = language;
        Block block;
        block.text.push_back(TextRun{text});
        article.body.push_back(block);
        return readingMinutes(article);
    };
    std::string chinese;
    for (int i = 0; i < 3000; ++i) chinese += "\u4E2D";
    CHECK(minutesOf("zh-CN", chinese) == 12);  // 3,000 / 255 a minute
    CHECK(minutesOf("ja", chinese) == 9);      // 3,000 / 357
    std::string english;
    for (int i = 0; i < 2299; ++i) english += "word ";
    CHECK(minutesOf("en", english) == 10);     // 2,300 words (with the title) / 230
    CHECK(minutesOf("en", "") == 1);
}

TEST_CASE("direction: given, from a right-to-left language, or auto") {
    Article article;
    CHECK(articleDirection(article) == TextDirection::Auto);
    article.language = "he-IL";
    CHECK(articleDirection(article) == TextDirection::Rtl);
    article.language = "FA";
    CHECK(articleDirection(article) == TextDirection::Rtl);
    article.language = "fr";
    CHECK(articleDirection(article) == TextDirection::Auto);
    article.direction = TextDirection::Rtl;
    CHECK(articleDirection(article) == TextDirection::Rtl);
    const ParseResult parsed = parseArticle(R"({"title": "T", "body": ["x"], "direction": "ltr", "language": "ar"})");
    REQUIRE(parsed.ok);
    CHECK(articleDirection(parsed.article) == TextDirection::Ltr);
}

TEST_CASE("the fallback files an article needs: the best of each face, CJK slices of its language") {
    const std::string coverage = R"({
        "NotoNaskhArabic-Regular.ttf": [[1536, 1791]],
        "NotoNaskhArabic-Bold.ttf": [[1536, 1791]],
        "NotoSansArabic-Regular.ttf": [[1536, 1791]],
        "NotoSansCJK-Regular-zh-Hans.00.otf": [[12289, 12290], [20013, 20013]],
        "NotoSansCJK-Regular-ja.00.otf": [[12289, 12290], [20013, 20013]],
        "NotoSansCJK-Regular-ja.01.otf": [[26085, 26085]],
        "Unknown.ttf": [[65, 90]]
    })";
    std::vector<FallbackCoverage> parsed;
    std::string error;
    REQUIRE(parseFallbackCoverage(coverage, parsed, error));
    CHECK(parsed.size() == 6);  // Unknown.ttf is no fallback
    MissingGlyphs missing;
    missing.count = 3;
    missing.characters = U"\u0628\u4E2D";
    missing.faces = {1u << static_cast<unsigned>(FontFace::Serif) | 1u << static_cast<unsigned>(FontFace::Sans),
                     1u << static_cast<unsigned>(FontFace::Serif)};
    CHECK(wantedFallbackFiles(parsed, missing, "ja") ==
          std::vector<std::string>{"NotoNaskhArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansCJK-Regular-ja.00.otf"});
    CHECK(wantedFallbackFiles(parsed, missing, "zh-CN", {"NotoSansArabic-Regular.ttf"}) ==
          std::vector<std::string>{"NotoNaskhArabic-Regular.ttf", "NotoSansCJK-Regular-zh-Hans.00.otf"});
    FallbackFontFile slice;
    REQUIRE(fallbackFontFile("NotoSansCJK-Regular-ja.01.otf", slice));
    CHECK(std::string(slice.language) == "ja");
    CHECK(slice.collection == 0);
    CHECK_FALSE(fallbackFontFile("NotoSansCJK-Regular-xx.01.otf", slice));
    CHECK_FALSE(fallbackFontFile("NotoSansCJK-Regular-ja.x1.otf", slice));
    CHECK_FALSE(parseFallbackCoverage(R"({"NotoSansArabic-Regular.ttf": [[5, 1]]})", parsed, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("emoji and the rarest symbols come from slices of Symbola, after any Noto face that has them") {
    FallbackFontFile slice;
    REQUIRE(fallbackFontFile("Symbola_hint.07.ttf", slice));
    CHECK(std::string(slice.file) == "Symbola_hint.ttf");
    CHECK(slice.style == FallbackStyle::Any);
    CHECK_FALSE(fallbackFontFile("Symbola_hint.x7.ttf", slice));
    CHECK_FALSE(fallbackFontFile("Symbola_hint..ttf", slice));
    CHECK_FALSE(fallbackFontFile("Unknown.07.ttf", slice));
    const std::string coverage = R"({
        "Symbola_hint.03.ttf": [[9728, 9728], [127881, 127881]],
        "NotoSansSymbols2-Regular.ttf": [[9728, 9728]]
    })";
    std::vector<FallbackCoverage> parsed;
    std::string error;
    REQUIRE(parseFallbackCoverage(coverage, parsed, error));
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[0].file == "NotoSansSymbols2-Regular.ttf");  // table order: Symbola is last
    MissingGlyphs missing;
    missing.count = 2;
    missing.characters = U"\u2600";
    missing.faces = {1u << static_cast<unsigned>(FontFace::Serif)};
    CHECK(wantedFallbackFiles(parsed, missing, "en") == std::vector<std::string>{"NotoSansSymbols2-Regular.ttf"});
    missing.characters = U"\u2600\U0001F389";
    missing.faces = {1u << static_cast<unsigned>(FontFace::Serif), 1u << static_cast<unsigned>(FontFace::Serif)};
    CHECK(wantedFallbackFiles(parsed, missing, "en") ==
          std::vector<std::string>{"NotoSansSymbols2-Regular.ttf", "Symbola_hint.03.ttf"});
}

TEST_CASE("line breaks: CJK anywhere but never before closing or after opening punctuation - Korean at spaces") {
    const std::map<std::string, Article> articles = sampleArticles();
    const std::u32string noStart = U"。，、」』）！？：；";
    const std::u32string noEnd = U"「『（";
    for (const char* name : {"zh-Hans", "zh-Hant", "ja", "ko"}) {
        CAPTURE(std::string(name));
        const Article& article = articles.at(name);
        test::worldMetrics().setLanguage(article.language);
        const Typesetter typesetter(article, test::worldMetrics(), metaLine(article));
        for (const float width : {320.0f, 480.0f, 800.0f}) {
            LayoutSettings settings;
            settings.viewportWidthPx = width;
            const Layout layout = typesetter.layout(settings);
            std::size_t midRun = 0;  // lines that end inside a run of CJK text (no space there)
            for (std::size_t i = 0; i < layout.lines.size(); ++i) {
                const Line& line = layout.lines[i];
                if (line.role != LineRole::Paragraph) continue;
                std::string text;
                for (const Span& span : layout.spansOf(line)) text += span.text;
                std::u32string chars;
                for (std::size_t pos = 0; pos < text.size();) chars += nextCodepoint(text, pos);
                if (chars.empty()) continue;
                CHECK_MESSAGE(noStart.find(chars.front()) == std::u32string::npos, text);
                CHECK_MESSAGE(noEnd.find(chars.back()) == std::u32string::npos, text);
                const bool last = i + 1 == layout.lines.size() || layout.lines[i + 1].block != line.block;
                if (!last && chars.back() >= 0x3000 && chars.back() < 0xA000) ++midRun;
                if (std::string(name) == "ko" && !last && chars.back() >= 0xAC00 && chars.back() <= 0xD7AF) {
                    // A Korean line ends at a word's end: the next line starts after a space.
                    const Line& next = layout.lines[i + 1];
                    CHECK_MESSAGE(next.textBegin > line.textEnd, text);
                }
            }
            if (std::string(name) != "ko") CHECK(midRun > 0);
        }
    }
}

TEST_CASE("a right-to-left article's meta line isolates its parts, in its language: the day first, at the right") {
    const Article arabic = sampleArticles().at("ar");
    const std::string meta = metaLine(arabic);
    const std::string march = "\u0645\u0627\u0631\u0633";  // مارس
    CHECK(meta.find("\u206814\u00A0" + march + "\u00A02026\u2069") != std::string::npos);
    CHECK(meta.find("\u2068\u0628\u0642\u0644\u0645 ") == 0);  // بقلم: "by"
    Article english = arabic;
    english.language = "en";
    CHECK(metaLine(english).find("\u2068") == std::string::npos);
    CHECK(metaLine(english).find("14\u00A0March\u00A02026") != std::string::npos);
    // Laid out, "14 مارس 2026" reads right to left: "14" just right of the month's name.
    test::worldMetrics().setLanguage(arabic.language);
    const Typesetter typesetter(arabic, test::worldMetrics(), meta);
    const Layout layout = typesetter.layout(LayoutSettings{});
    const Span* day = nullptr;
    const Span* month = nullptr;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Meta) continue;
        for (const Span& span : layout.spansOf(line)) {
            if (span.text.find("14") != std::string_view::npos) day = &span;
            if (span.text.find(march) != std::string_view::npos) month = &span;
        }
    }
    REQUIRE(day != nullptr);
    REQUIRE(month != nullptr);
    REQUIRE(day != month);
    CHECK(day->x >= month->x + month->width - 0.5f);
}

namespace {

// `paragraph` in an article of `language`, laid out in a column `measureEm` em wide (20 px text):
// its lines, one a row, with the space a line broke at left out.
std::string wrapped(const std::string& language, const std::string& paragraph, float measureEm) {
    Article article;
    article.title = "T";
    article.language = language;
    Block block;
    block.text.push_back(TextRun{paragraph});
    article.body.push_back(block);
    test::worldMetrics().setLanguage(language);
    const Typesetter typesetter(article, test::worldMetrics(), "");
    LayoutSettings settings;
    settings.measureEm = measureEm;
    const Layout layout = typesetter.layout(settings);
    std::string out;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Paragraph) continue;
        std::string text;
        for (const Span& span : layout.spansOf(line)) text += span.text;
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text + "\n";
    }
    return out;
}

}  // namespace

// Goldens of the rules above, from the sample news of bench/articles, in a column 11 or 12 em wide
// (as many ideographs a line) for Chinese and Japanese: a shorter line is one whose next character
// could not start a line (kinsoku: 。，、」 and ） never start one, 「 and （ never end one), or a
// piece that breaks nowhere ("十。“以": no break around the Latin quotes either) went down whole.
// Korean, 16 em wide, breaks only at its spaces: no word is cut.
TEST_CASE("line-break goldens: Chinese and Japanese kinsoku, Korean at spaces, in a narrow column") {
    CHECK(wrapped("zh-CN",
                  "清晨六点，家住肥西县三河镇的货车司机王建国把车停进镇政府旁边的充电站，扫码、插枪，不到四十分钟，电量就从百分之二十"
                  "充到了百分之八十。“以前跑一趟合肥要绕到城里去充电，排队一两个小时是常事，现在家门口就有快充，一年下来光油钱就省"
                  "了两万多。”王建国说。",
                  11) ==
          "清晨六点，家住肥西县三\n"
          "河镇的货车司机王建国把\n"
          "车停进镇政府旁边的充电\n"
          "站，扫码、插枪，不到四\n"
          "十分钟，电量就从百分之\n"
          "二十充到了百分之八\n"
          "十。“以前跑一趟合肥要\n"
          "绕到城里去充电，排队一\n"
          "两个小时是常事，现在家\n"
          "门口就有快充，一年下来\n"
          "光油钱就省了两万\n"
          "多。”王建国说。\n");
    CHECK(wrapped("zh-TW",
                  "市府交通局長在記者會上表示，環狀線串連了捷運紅線、橘線以及臺鐵高雄車站，讓市區的軌道運輸正式「成網」。過去從鳳山"
                  "到美術館，民眾往往得轉乘兩三次公車，現在搭捷運轉輕軌，大約四十分鐘就能抵達。「軌道路網的效益需要時間慢慢發酵，從"
                  "這一年的數字來看，民眾的使用習慣已經逐漸養成。」",
                  12) ==
          "市府交通局長在記者會上表\n"
          "示，環狀線串連了捷運紅\n"
          "線、橘線以及臺鐵高雄車\n"
          "站，讓市區的軌道運輸正式\n"
          "「成網」。過去從鳳山到美\n"
          "術館，民眾往往得轉乘兩三\n"
          "次公車，現在搭捷運轉輕\n"
          "軌，大約四十分鐘就能抵\n"
          "達。「軌道路網的效益需要\n"
          "時間慢慢發酵，從這一年的\n"
          "數字來看，民眾的使用習慣\n"
          "已經逐漸養成。」\n");
    CHECK(wrapped("ja",
                  "午前7時過ぎ、山あいの集落にあるバス停で、高校2年の山本遥さん（16）は腕時計を何度も見ていた。この春のダイヤ改正で、"
                  "市街地へ向かう朝の便が2本から1本に減った。乗り遅れれば、次のバスは2時間後だ。「部活の朝練には間に合わなくなった"
                  "ので、やめるしかありませんでした」。遥さんは少し寂しそうに話した。",
                  12) ==
          "午前7時過ぎ、山あいの集\n"
          "落にあるバス停で、高校2\n"
          "年の山本遥さん（16）は\n"
          "腕時計を何度も見ていた。\n"
          "この春のダイヤ改正で、市\n"
          "街地へ向かう朝の便が2本\n"
          "から1本に減った。乗り遅\n"
          "れれば、次のバスは2時間\n"
          "後だ。「部活の朝練には間\n"
          "に合わなくなったので、や\n"
          "めるしかありませんでし\n"
          "た」。遥さんは少し寂しそ\n"
          "うに話した。\n");
    CHECK(wrapped("ko",
                  "장마가 예년보다 일찍 끝나고 전국에 폭염 특보가 내려지면서 전력 수요가 연일 치솟고 있다. 산업통상자원부와 "
                  "전력거래소에 따르면 9일 오후 5시 기준 최대 전력 수요는 97.8기가와트(GW)로, 지난해 8월에 세운 여름철 최고 기록을 "
                  "1년 만에 넘어섰다.",
                  16) ==
          "장마가 예년보다 일찍 끝나고 전국에\n"
          "폭염 특보가 내려지면서 전력 수요가\n"
          "연일 치솟고 있다. 산업통상자원부와\n"
          "전력거래소에 따르면 9일 오후 5시\n"
          "기준 최대 전력 수요는\n"
          "97.8기가와트(GW)로, 지난해 8월에\n"
          "세운 여름철 최고 기록을 1년 만에\n"
          "넘어섰다.\n");
}

TEST_CASE("a bold face's Chinese characters from a regular CJK face are marked to be drawn thickened, not from a bold one") {
    // As on the web, where the CJK faces come in their regular weight only.
    const std::unique_ptr<TrueTypeMetrics> regularOnly = test::makeNotoMetrics();
    std::vector<unsigned char> bytes = test::readFileBytes(std::string(FOLIO_CJK_FONT_DIR) + "/NotoSansCJK-Regular.ttc");
    std::string error;
    REQUIRE(regularOnly->addFallback(std::move(bytes), FallbackStyle::Any, false, error, 2, "zh-Hans"));
    regularOnly->setLanguage("zh-Hans");
    const auto marks = [](const TrueTypeMetrics& metrics, FontFace face, std::string_view text) {
        std::string out;
        for (const ShapedGlyph& g : metrics.shape(face, text).glyphs) out += g.emboldened ? 'B' : '.';
        return out;
    };
    CHECK(marks(*regularOnly, FontFace::SansBold, "书房") == "BB");
    CHECK(marks(*regularOnly, FontFace::SerifBold, "书") == "B");
    CHECK(marks(*regularOnly, FontFace::Sans, "书房") == "..");   // a regular face: as it is
    CHECK(marks(*regularOnly, FontFace::SansBold, "ab") == "..");  // the face's own bold
    // Placed for drawing, the mark goes with the glyph.
    std::vector<PlacedGlyph> placed;
    placeGlyphs(*regularOnly, FontFace::SansBold, "a书", 20.0f, placed);
    REQUIRE(placed.size() == 2);
    CHECK_FALSE(placed[0].emboldened);
    CHECK(placed[1].emboldened);
    // With the bold CJK face too (folio-print's fonts), its own bold glyphs are drawn as they are.
    test::worldMetrics().setLanguage("zh-Hans");
    CHECK(marks(test::worldMetrics(), FontFace::SansBold, "书房") == "..");
}

namespace {

// The dark pixels (of 255 grey levels, under 128) of the first page of the PDF of `article`,
// rendered by pdftoppm at 200 dpi; `text` gets what pdftotext extracts from it.
long pdfInk(const Article& article, TrueTypeMetrics& metrics, std::string& text) {
    const PrintDocument doc = paginate(article, metrics, PageSpec{});
    const PdfResult pdf = writePdf(doc, metrics, "");
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const test::TempFile file(".pdf");
    test::writeFile(file.path(), pdf.bytes);
    const test::RenderedPage page = test::renderFirstPage(file.path(), 200, true);
    const test::CommandResult extracted = test::runCommand("pdftotext -enc UTF-8 " + test::shellQuote(file.path()) + " -");
    REQUIRE(extracted.status == 0);
    text = extracted.output;
    long dark = 0;
    for (const unsigned char p : page.pixels) dark += p < 128;
    return dark;
}

}  // namespace

TEST_CASE("pdftotext reads Chinese set in a Type3 font at its size: Latin digits stay in their line") {
    // The CJK collection's fonts are Type3 fonts in the PDF; pdftotext guesses such a font's scale
    // from its glyph named "m" (else from any glyph, taken as 0.5 em: CJK text looked twice its
    // size, and its Latin digits went to a line of their own).
    Article article;
    article.title = "T";
    article.language = "zh-Hans";
    Block block;
    block.text.push_back(TextRun{"4\xE6\x9C\x88" "23\xE6\x97\xA5\xE6\x98\xAF\xE4\xB8\x96\xE7\x95\x8C\xE8\xAF\xBB\xE4\xB9\xA6\xE6\x97\xA5\xE3\x80\x82"});
    article.body.push_back(block);
    test::worldMetrics().setLanguage(article.language);
    std::string text;
    (void)pdfInk(article, test::worldMetrics(), text);
    CHECK(text.find("4\xE6\x9C\x88" "23\xE6\x97\xA5\xE6\x98\xAF\xE4\xB8\x96\xE7\x95\x8C") != std::string::npos);
}

TEST_CASE("on paper, a bold face's characters from a regular-only font print thicker and copy as they are") {
    // As in the viewer, where the CJK fonts (CFF outlines: Type3 fonts in the PDF) come in their
    // regular weight only; and a TrueType font of one weight (Thai here).
    test::requireTool("pdftoppm");
    test::requireTool("pdftotext");
    const std::unique_ptr<TrueTypeMetrics> regularOnly = test::makeNotoMetrics();
    std::string error;
    REQUIRE(regularOnly->addFallback(test::readFileBytes(std::string(FOLIO_CJK_FONT_DIR) + "/NotoSansCJK-Regular.ttc"),
                                     FallbackStyle::Any, false, error, 2, "zh-Hans"));
    REQUIRE(regularOnly->addFallback(test::readFileBytes(std::string(FOLIO_FONT_DIR) + "/NotoSerifThai-Regular.ttf"),
                                     FallbackStyle::Any, false, error));
    const auto article = [](const std::string& language, const std::string& text, bool strong) {
        Article a;
        a.title = "Ink";
        a.language = language;
        Block paragraph;
        TextRun run;
        run.text = text;
        run.strong = strong;
        paragraph.text.push_back(run);
        a.body.push_back(paragraph);
        return a;
    };
    for (const auto& sample : {std::pair<std::string, std::string>{"zh-Hans", "书房里的灯光照亮了整面墙的旧书和地图"},
                               std::pair<std::string, std::string>{"th", "ข่าวเศรษฐกิจวันนี้รายงานว่าราคาข้าวสูงขึ้น"}}) {
        const std::string language = sample.first;  // copies: clang does not capture structured bindings
        const std::string text = sample.second;
        CAPTURE(language);
        regularOnly->setLanguage(language);
        std::string regularText, boldText;
        const long regular = pdfInk(article(language, text, false), *regularOnly, regularText);
        const long bold = pdfInk(article(language, text, true), *regularOnly, boldText);
        CHECK(regular > 1000);
        CHECK(bold > regular * 1.15);  // the same glyphs in the same places, thickened
        CHECK(boldText == regularText);
        std::string spaceless;
        for (const char c : boldText)
            if (c != ' ' && c != '\n' && c != '\f') spaceless += c;
        CHECK(spaceless.find(text) != std::string::npos);
    }
}
