// The one compiled copy of stb_truetype, stb_rect_pack, stb_image_write's zlib compressor and
// stb_image; the web viewer's Dear ImGui builds its font atlas with these too. Their
// warnings are not ours. What a program does not call (the browser's viewer never decodes a
// picture) the linker leaves out.
#include "stb_libs.h"

#include <climits>

#define STB_TRUETYPE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO
// Only the formats a browser shows whose decoders are not JPEG's: JPEGs go to the PDF as they are.
#define STBI_ONLY_PNG
#define STBI_ONLY_GIF
#define STBI_ONLY_BMP
#define STBI_NO_HDR
#define STBI_NO_LINEAR
#define STBI_NO_PIC
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif
#define STB_RECT_PACK_IMPLEMENTATION
#include <stb_rect_pack.h>
#include <stb_truetype.h>
#include <stb_image_write.h>
#include <stb_image.h>
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace folio::detail {

bool zlibCompress(std::string_view data, int effort, std::string& out) {
    if (data.size() > static_cast<std::size_t>(0x7FFFFFFF)) return false;
    int length = 0;
    // stb reads the input without writing to it; its signature just lacks the const.
    unsigned char* input = reinterpret_cast<unsigned char*>(const_cast<char*>(data.data()));
    unsigned char* compressed = stbi_zlib_compress(input, static_cast<int>(data.size()), &length, effort);
    if (compressed == nullptr) return false;
    out.assign(reinterpret_cast<const char*>(compressed), static_cast<std::size_t>(length));
    STBIW_FREE(compressed);
    return true;
}

bool decodeRgba(const std::vector<unsigned char>& bytes, std::size_t maxPixels, std::vector<unsigned char>& rgba,
                int& width, int& height, std::string& error) {
    if (bytes.empty() || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        error = bytes.empty() ? "an empty file" : "a file over 2 GiB";
        return false;
    }
    const int size = static_cast<int>(bytes.size());
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), size, &w, &h, &channels)) {
        error = std::string("not a picture that can be read (") + stbi_failure_reason() + ")";
        return false;
    }
    if (static_cast<std::size_t>(w) * static_cast<std::size_t>(h) > maxPixels) {
        error = "a picture of " + std::to_string(w) + " x " + std::to_string(h) + " px, over the limit of " +
                std::to_string(maxPixels) + " pixels";
        return false;
    }
    unsigned char* pixels = stbi_load_from_memory(bytes.data(), size, &w, &h, &channels, 4);
    if (pixels == nullptr) {
        error = std::string("a damaged picture (") + stbi_failure_reason() + ")";
        return false;
    }
    rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    stbi_image_free(pixels);
    width = w;
    height = h;
    return true;
}

}  // namespace folio::detail
