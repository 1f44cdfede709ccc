// The fallback font table and its loader. The build (CMakeLists.txt) reads the file names from the
// table below, one entry per line: it is the only list of them.
#include "folio/fallback_fonts.h"

#include <algorithm>
#include <climits>

#include <nlohmann/json.hpp>

#include "folio/font_files.h"
#include "stb_libs.h"

namespace folio {

const std::vector<FallbackFontFile>& fallbackFontFiles() {
    static const std::vector<FallbackFontFile> files = {
        {"NotoNaskhArabic-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoNaskhArabic-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansArabic-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansArabic-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifHebrew-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifHebrew-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansHebrew-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansHebrew-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifDevanagari-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifDevanagari-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansDevanagari-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansDevanagari-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifBengali-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifBengali-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansBengali-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansBengali-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifGurmukhi-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifGurmukhi-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansGurmukhi-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansGurmukhi-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifGujarati-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifGujarati-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansGujarati-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansGujarati-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSansOriya-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansOriya-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifTamil-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifTamil-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansTamil-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansTamil-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifTelugu-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifTelugu-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansTelugu-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansTelugu-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifKannada-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifKannada-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansKannada-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansKannada-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifMalayalam-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifMalayalam-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansMalayalam-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansMalayalam-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifSinhala-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifSinhala-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansSinhala-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansSinhala-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifThai-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifThai-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansThai-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansThai-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifLao-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifLao-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansLao-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansLao-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifKhmer-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifKhmer-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansKhmer-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansKhmer-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifMyanmar-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifMyanmar-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansMyanmar-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansMyanmar-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifTibetan-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifTibetan-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSerifGeorgian-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifGeorgian-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansGeorgian-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansGeorgian-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifArmenian-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifArmenian-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansArmenian-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansArmenian-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSerifEthiopic-Regular.ttf", FallbackStyle::Serif, false},
        {"NotoSerifEthiopic-Bold.ttf", FallbackStyle::Serif, true},
        {"NotoSansEthiopic-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansEthiopic-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSansThaana-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansThaana-Bold.ttf", FallbackStyle::Sans, true},
        {"NotoSansSyriac-Regular.ttf", FallbackStyle::Sans, false},
        {"NotoSansCJK-Regular.ttc", FallbackStyle::Any, false, "zh-Hans", 2},
        {"NotoSansCJK-Regular.ttc", FallbackStyle::Any, false, "zh-Hant", 3},
        {"NotoSansCJK-Regular.ttc", FallbackStyle::Any, false, "zh-HK", 4},
        {"NotoSansCJK-Regular.ttc", FallbackStyle::Any, false, "ja", 0},
        {"NotoSansCJK-Regular.ttc", FallbackStyle::Any, false, "ko", 1},
        {"NotoSansCJK-Bold.ttc", FallbackStyle::Any, true, "zh-Hans", 2},
        {"NotoSansCJK-Bold.ttc", FallbackStyle::Any, true, "zh-Hant", 3},
        {"NotoSansCJK-Bold.ttc", FallbackStyle::Any, true, "zh-HK", 4},
        {"NotoSansCJK-Bold.ttc", FallbackStyle::Any, true, "ja", 0},
        {"NotoSansCJK-Bold.ttc", FallbackStyle::Any, true, "ko", 1},
        {"NotoSansSymbols-Regular.ttf", FallbackStyle::Any, false},
        {"NotoSansSymbols2-Regular.ttf", FallbackStyle::Any, false},
        {"NotoSansMath-Regular.ttf", FallbackStyle::Any, false},
        // The symbols and pictographs no Noto face has (Debian fonts-symbola), in monochrome (an
        // emoji's text presentation): last, so that a Noto face that has a character draws it. The web gets it in slices
        // (tools/symbol_slices.py), which the build makes instead of copying the file.
        {"Symbola_hint.ttf", FallbackStyle::Any, false},
        // Emoji in colour (Debian fonts-noto-color-emoji): pictures in its CBDT table. The web gets
        // a copy that keeps their places only, and each picture as a file (tools/emoji_pictures.py).
        {"NotoColorEmoji.ttf", FallbackStyle::Any, false, "", 0, -1, true},
    };
    return files;
}

namespace {

// Whether the forms of `language` ("ja", "ko", "zh-Hans", "zh-Hant", "zh-HK") are the ones an
// article in `tag` is written with: 2 for the best match, 1 for a good one, 0 for none.
int languageMatch(std::string_view language, std::string_view tag) {
    if (language.empty()) return 0;
    std::string lower;
    for (const char c : tag) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    const std::string_view primary = std::string_view(lower).substr(0, lower.find('-'));
    const auto has = [&lower](std::string_view subtag) {
        const std::string dashed = "-" + std::string(subtag);
        const std::size_t at = lower.find(dashed);
        return at != std::string::npos && (at + dashed.size() == lower.size() || lower[at + dashed.size()] == '-');
    };
    if (language == "ja" || language == "ko") return primary == language ? 2 : 0;
    if (primary != "zh") return 0;
    const bool hongKong = has("hk") || has("mo");
    const bool traditional = has("hant") || has("tw") || hongKong;
    if (language == "zh-HK") return hongKong ? 2 : 0;
    if (language == "zh-Hant") return traditional ? 1 : 0;
    return traditional ? 0 : 1;  // zh-Hans: any other Chinese
}

}  // namespace

int fallbackScore(FallbackStyle style, bool bold, std::string_view language, FontFace face,
                  std::string_view articleLanguage, int sliceOf) {
    if (sliceOf >= 0 && sliceOf == static_cast<int>(face)) return 64;  // above any other score
    const FallbackStyle wanted = faceFamily(face) == FontFamily::Sans ? FallbackStyle::Sans : FallbackStyle::Serif;
    const bool italic = sliceOf >= 0 && faceIsItalic(static_cast<FontFace>(sliceOf));  // other fallbacks are upright
    return 16 * languageMatch(language, articleLanguage) + (style == wanted ? 8 : style == FallbackStyle::Any ? 4 : 0) +
           (italic == faceIsItalic(face) ? 2 : 0) + (bold == faceIsBold(face) ? 1 : 0);
}

bool fallbackFontFile(std::string_view file, FallbackFontFile& out) {
    for (const FallbackFontFile& font : fallbackFontFiles()) {
        if (file == font.file) {
            out = font;
            return true;
        }
    }
    FontFace face = FontFace::Serif;
    if (faceSliceOf(file, face)) {
        out = FallbackFontFile{fontFileName(face), faceFamily(face) == FontFamily::Sans ? FallbackStyle::Sans : FallbackStyle::Serif,
                               faceIsBold(face)};
        out.sliceOf = static_cast<int>(face);
        return true;
    }
    const auto endsWith = [file](std::string_view suffix) {
        return file.size() > suffix.size() && file.substr(file.size() - suffix.size()) == suffix;
    };
    // For a slice "<name>.<digits><extension>", its <name>; empty when `file` is not one.
    const auto sliceName = [file](std::string_view extension) {
        const std::string_view name = file.substr(0, file.size() - extension.size());
        const std::size_t dot = name.rfind('.');
        if (dot == std::string_view::npos || dot == 0 || dot + 1 == name.size()) return std::string_view();
        for (const char c : name.substr(dot + 1))
            if (c < '0' || c > '9') return std::string_view();
        return name.substr(0, dot);
    };
    // A slice of a fallback font file made for the web, <stem>.<digits>.ttf for <stem>.ttf.
    if (endsWith(".ttf")) {
        const std::string_view stem = sliceName(".ttf");
        if (stem.empty()) return false;
        const std::string whole = std::string(stem) + ".ttf";
        for (const FallbackFontFile& font : fallbackFontFiles()) {
            if (whole == font.file) {
                out = font;
                return true;
            }
        }
        return false;
    }
    // A slice, <stem>-<language>.<digits>.otf, or the manifest of a font's slices, <stem>-<language>.json.
    std::string_view name;
    if (endsWith(".json")) {
        name = file.substr(0, file.size() - 5);
    } else if (endsWith(".otf")) {
        name = sliceName(".otf");
        if (name.empty()) return false;
    } else {
        return false;
    }
    for (const FallbackFontFile& font : fallbackFontFiles()) {
        const std::string_view collection = font.file;
        if (collection.size() < 4 || collection.substr(collection.size() - 4) != ".ttc" || !*font.language) continue;
        const std::string stem = std::string(collection.substr(0, collection.size() - 4)) + "-" + font.language;
        if (name == stem) {
            out = font;
            out.collection = 0;
            return true;
        }
    }
    return false;
}

bool parseFallbackCoverage(std::string_view json, std::vector<FallbackCoverage>& out, std::string& error) {
    out.clear();
    const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (!doc.is_object()) {
        error = "the font coverage is not a JSON object";
        return false;
    }
    // Table order: the entry each file belongs to, then the file's name (slices by number).
    std::vector<std::pair<std::size_t, std::string>> files;
    const std::vector<FallbackFontFile>& table = fallbackFontFiles();
    for (auto item = doc.begin(); item != doc.end(); ++item) {
        FallbackFontFile font;
        if (!fallbackFontFile(item.key(), font)) continue;
        std::size_t entry = 0;
        while (entry < table.size() && !(std::string_view(table[entry].file) == font.file &&
                                         std::string_view(table[entry].language) == font.language))
            ++entry;
        files.emplace_back(entry, item.key());
    }
    std::sort(files.begin(), files.end());
    for (const auto& [entry, file] : files) {
        const nlohmann::json& ranges = doc[file];
        if (!ranges.is_array()) {
            error = "the coverage of " + file + " is not an array";
            return false;
        }
        FallbackCoverage coverage;
        coverage.file = file;
        for (const nlohmann::json& range : ranges) {
            if (!range.is_array() || range.size() != 2 || !range[0].is_number_unsigned() || !range[1].is_number_unsigned() ||
                range[0].get<std::uint64_t>() > range[1].get<std::uint64_t>() || range[1].get<std::uint64_t>() > 0x10FFFF) {
                error = "the coverage of " + file + " holds a range that is not [first, last]";
                return false;
            }
            coverage.ranges.emplace_back(range[0].get<char32_t>(), range[1].get<char32_t>());
        }
        std::sort(coverage.ranges.begin(), coverage.ranges.end());
        out.push_back(std::move(coverage));
    }
    return true;
}

std::vector<std::string> wantedFallbackFiles(const std::vector<FallbackCoverage>& coverage, const MissingGlyphs& missing,
                                             std::string_view articleLanguage, const std::vector<std::string>& have) {
    std::vector<bool> wanted(coverage.size(), false);
    // What each covered file is, looked up once (not per character and face).
    std::vector<FallbackFontFile> files(coverage.size());
    std::vector<bool> known(coverage.size(), false);
    for (std::size_t c = 0; c < coverage.size(); ++c) known[c] = fallbackFontFile(coverage[c].file, files[c]);
    const auto covers = [](const FallbackCoverage& c, char32_t cp) {
        const auto after = std::upper_bound(c.ranges.begin(), c.ranges.end(), std::make_pair(cp, char32_t{0x10FFFF}));
        return after != c.ranges.begin() && std::prev(after)->first <= cp && cp <= std::prev(after)->second;
    };
    // Emoji asking for colour: the colour font, and for a missing one nothing else.
    std::u32string inColor;
    for (const char32_t cp : missing.emoji) {
        for (std::size_t c = 0; c < coverage.size(); ++c) {
            if (known[c] && files[c].color && covers(coverage[c], cp)) {
                wanted[c] = true;
                inColor += cp;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < missing.characters.size(); ++i) {
        const char32_t cp = missing.characters[i];
        if (inColor.find(cp) != std::u32string::npos) continue;
        const std::uint16_t faces = i < missing.faces.size() ? missing.faces[i] : 1;
        for (std::size_t f = 0; f < kFontFaceCount; ++f) {
            if (!(faces & (1u << f))) continue;
            int best = INT_MIN;
            std::size_t chosen = coverage.size();
            for (std::size_t c = 0; c < coverage.size(); ++c) {
                if (!known[c] || !covers(coverage[c], cp)) continue;
                const FallbackFontFile& file = files[c];
                const int score =
                    fallbackScore(file.style, file.bold, file.language, static_cast<FontFace>(f), articleLanguage, file.sliceOf) -
                    (file.color ? 128 : 0);  // as the shaper chooses: colour only for emoji
                if (score > best) {
                    best = score;
                    chosen = c;
                }
            }
            if (chosen < coverage.size()) wanted[chosen] = true;
        }
    }
    std::vector<std::string> names;
    for (std::size_t c = 0; c < coverage.size(); ++c)
        if (wanted[c] && std::find(have.begin(), have.end(), coverage[c].file) == have.end()) names.push_back(coverage[c].file);
    return names;
}

bool decodeFontPicture(const std::vector<unsigned char>& png, std::vector<unsigned char>& rgba, int& width, int& height) {
    std::string error;
    return detail::decodeRgba(png, 512 * 512, rgba, width, height, error);  // an emoji strike is ~136 x 128 px
}

std::size_t loadFallbackFonts(TrueTypeMetrics& metrics, const std::vector<std::string>& dirs, std::string& error) {
    error.clear();
    metrics.setPictureDecoder(&decodeFontPicture);  // the emoji font's pictures, read from the file
    std::size_t added = 0;
    std::string lastPath;  // a collection's fonts come one after another: read it once
    std::vector<unsigned char> last;
    for (const FallbackFontFile& font : fallbackFontFiles()) {
        std::string path;
        std::vector<unsigned char> bytes;
        for (const std::string& dir : dirs) {
            path = (dir.empty() ? std::string() : dir + "/") + font.file;
            if (path == lastPath) {
                bytes = last;
                break;
            }
            bytes = readFileBytes(path);
            if (!bytes.empty()) break;
        }
        if (bytes.empty()) continue;
        lastPath = path;
        last = bytes;
        std::string problem;
        if (metrics.addFallback(std::move(bytes), font.style, font.bold, problem, font.collection, font.language)) ++added;
        else error += (error.empty() ? "cannot load " : ", ") + path + " (" + problem + ")";
    }
    return added;
}

}  // namespace folio
