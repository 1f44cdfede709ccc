// The one compiled copy of stb_truetype and of stb_image_write's zlib compressor. Dear ImGui links
// a private (static) copy of its own, so these names do not clash. Their warnings are not ours.
#include "stb_libs.h"

#define STB_TRUETYPE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <stb_truetype.h>
#include <stb_image_write.h>
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

}  // namespace folio::detail
