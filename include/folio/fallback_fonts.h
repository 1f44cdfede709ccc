// The fallback fonts Folio ships for the characters Noto Serif and Noto Sans lack: a face per
// script from Debian's Noto families, the symbol and maths faces, Symbola for rare symbols and
// Noto Color Emoji for emoji.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "folio/font_metrics.h"
#include "folio/layout.h"

namespace folio {

// One fallback font file.
struct FallbackFontFile {
    const char* file;     // file name, e.g. "NotoNaskhArabic-Regular.ttf"
    FallbackStyle style;  // the reading family it suits
    bool bold;
    const char* language = "";  // the language whose forms it draws ("ja", "ko", "zh-Hans", "zh-Hant",
                                //   "zh-HK": Chinese, Japanese and Korean share characters but not
                                //   their shapes); empty for a font of one script
    unsigned collection = 0;    // which font of a collection file (.ttc) it is
    int sliceOf = -1;           // for a slice of one of the faces' own fonts (folio/font_files.h:
                                //   "NotoSerif-Italic.greek.ttf"), that FontFace's value; -1 otherwise
    bool color = false;         // an emoji font of colour pictures: chosen for emoji (folio::startsEmoji),
                                //   for other characters only when no other font has them
};

// Every fallback font, in the order TrueTypeMetrics tries them (serif faces before sans ones of the
// same script, regular before bold). The build copies exactly these files for the web viewer.
const std::vector<FallbackFontFile>& fallbackFontFiles();

// How well a fallback of `style`, weight `bold` and forms of `language` suits `face` in an article
// in `articleLanguage` (a BCP 47 tag, may be empty): higher is better. A slice of the face's own font
// (`sliceOf`, a FontFace value, -1 for none) comes before anything else; then the article's language
// counts (Japanese kanji from the Japanese font), then the face's family style (any style before the
// other), then its slant (a slice of another face's font), then its weight. TrueTypeMetrics takes the best fallback that has a character, the first
// of equals (so Simplified Chinese forms when no language says otherwise).
int fallbackScore(FallbackStyle style, bool bold, std::string_view language, FontFace face,
                  std::string_view articleLanguage, int sliceOf = -1);

// What the fallback font `file` is: its table entry, or for a slice of a collection's font made
// for the web ("NotoSansCJK-Regular-zh-Hans.07.otf": that font's file without ".ttc", its language,
// a number) the entry of that font, with collection 0; the same for the manifest of those slices
// ("NotoSansCJK-Regular-zh-Hans.json", which wantedFallbackFiles may name: fetch it, add its entries
// to the coverage and ask again); for a slice of a face's own font ("NotoSerif-Italic.greek.ttf",
// folio::faceSliceOf) an entry of the face's family style and weight, with `sliceOf` set; for a
// slice of a fallback file made for the web ("Symbola_hint.07.ttf": the file's name before ".ttf",
// a number) that file's entry. False when `file` is none of these.
bool fallbackFontFile(std::string_view file, FallbackFontFile& out);

// Which characters a fallback font file has (its cmap), for choosing the files to fetch.
struct FallbackCoverage {
    std::string file;
    std::vector<std::pair<char32_t, char32_t>> ranges;  // inclusive, ascending, not overlapping
};

// Reads the coverage manifest the build writes (fonts/fallbacks.json: {"file": [[first, last], ...]}),
// in the order of fallbackFontFiles() (slices in their order). Files that are not fallbacks
// (fallbackFontFile) are ignored. False (and `error` set) for a malformed manifest.
bool parseFallbackCoverage(std::string_view json, std::vector<FallbackCoverage>& out, std::string& error);

// The fallback files that would draw the `missing` characters in the faces they are set in: for each
// character and face, the best file that has it (as fallbackScore ranks them, a colour font last),
// and for each of `missing.emoji` the first colour font that has it; each file once, in table
// order. Files in `have` are left out.
std::vector<std::string> wantedFallbackFiles(const std::vector<FallbackCoverage>& coverage, const MissingGlyphs& missing,
                                             std::string_view articleLanguage, const std::vector<std::string>& have = {});

// The core's decoder of a colour font's pictures (PNG, with stb_image, at most 512 x 512 px), for
// TrueTypeMetrics::setPictureDecoder: `rgba` gets `width` x `height` px. False when it cannot decode.
bool decodeFontPicture(const std::vector<unsigned char>& png, std::vector<unsigned char>& rgba, int& width, int& height);

// Adds every fallback font found in the folders `dirs` (the first that has the file) to `metrics`,
// and gives it decodeFontPicture for the emoji font's pictures (setPictureDecoder);
// returns how many were added. A file that is missing is skipped (its characters stay missing); one
// that is not a font is named in `error` ("cannot load <path> (<why>)", comma separated), empty when
// none failed.
std::size_t loadFallbackFonts(TrueTypeMetrics& metrics, const std::vector<std::string>& dirs, std::string& error);

}  // namespace folio
