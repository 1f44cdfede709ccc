// Reading the Noto font files from a folder.
#include "folio/font_files.h"

#include <cstddef>
#include <fstream>

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
        case FontFace::Mono: return "NotoSansMono-Regular.ttf";
        case FontFace::MonoBold: return "NotoSansMono-Bold.ttf";
    }
    return "";
}

std::string faceSliceFile(FontFace face, std::string_view slice) {
    std::string file = fontFileName(face);
    file.resize(file.size() - 4);  // ".ttf"
    return file + "." + std::string(slice) + ".ttf";
}

bool faceSliceOf(std::string_view file, FontFace& face) {
    constexpr std::string_view kExtension = ".ttf";
    if (file.size() <= kExtension.size() || file.substr(file.size() - kExtension.size()) != kExtension) return false;
    const std::string_view name = file.substr(0, file.size() - kExtension.size());
    const std::size_t dot = name.find('.');
    if (dot == std::string_view::npos || dot + 1 == name.size()) return false;
    for (const char c : name.substr(dot + 1))
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    for (std::size_t i = 0; i < kFontFaceCount; ++i) {
        const std::string_view own = fontFileName(static_cast<FontFace>(i));
        if (own.substr(0, own.size() - kExtension.size()) == name.substr(0, dot)) {
            face = static_cast<FontFace>(i);
            return true;
        }
    }
    return false;
}

std::vector<unsigned char> readFileBytes(const std::string& path) {
    // In one read of the file's size (a byte at a time through a stream iterator took seconds for
    // the CJK collection in a sanitizer build).
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return {};
    const std::streamoff size = in.tellg();
    if (size <= 0) return {};
    std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), size)) return {};
    return bytes;
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
