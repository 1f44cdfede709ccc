// Reading the Noto font files from a folder.
#include "folio/font_files.h"

#include <cstddef>
#include <fstream>
#include <iterator>

namespace folio {

const char* fontFileName(FontFace face) {
    switch (face) {
        case FontFace::Serif: return "NotoSerif-Regular.ttf";
        case FontFace::SerifItalic: return "NotoSerif-Italic.ttf";
        case FontFace::SerifBold: return "NotoSerif-Bold.ttf";
        case FontFace::SerifBoldItalic: return "NotoSerif-BoldItalic.ttf";
        case FontFace::Sans: return "NotoSans-Regular.ttf";
        case FontFace::SansBold: return "NotoSans-Bold.ttf";
        case FontFace::SansItalic: return "NotoSans-Italic.ttf";
        case FontFace::SansBoldItalic: return "NotoSans-BoldItalic.ttf";
    }
    return "";
}

std::vector<unsigned char> readFileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool loadFontDirectory(TrueTypeMetrics& metrics, const std::string& dir, std::string& error) {
    std::string failed;
    for (std::size_t i = 0; i < kFontFaceCount; ++i) {
        const auto face = static_cast<FontFace>(i);
        const std::string path = (dir.empty() ? std::string() : dir + "/") + fontFileName(face);
        std::string problem;
        if (!metrics.setFace(face, readFileBytes(path), problem))
            failed += (failed.empty() ? "" : ", ") + path + " (" + problem + ")";
    }
    if (failed.empty()) return true;
    error = "cannot load " + failed;
    return false;
}

}  // namespace folio
