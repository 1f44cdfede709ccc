// Flate compression for PDF streams with stb_image_write's zlib compressor, compiled privately into
// this file (STB_IMAGE_WRITE_STATIC, no stdio).
#include "pdf_objects.h"

#include <cstdlib>

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
#include <stb_image_write.h>
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace folio::pdf {

namespace {

// Hash chain length of stb's compressor (its "quality"): longer finds more matches, more slowly.
constexpr int kCompressionEffort = 16;

}  // namespace

bool flate(std::string_view data, std::string& out) {
    if (data.size() > static_cast<std::size_t>(0x7FFFFFFF)) return false;
    int length = 0;
    // stb reads the input without writing to it; its signature just lacks the const.
    unsigned char* input = reinterpret_cast<unsigned char*>(const_cast<char*>(data.data()));
    unsigned char* compressed = stbi_zlib_compress(input, static_cast<int>(data.size()), &length, kCompressionEffort);
    if (compressed == nullptr) return false;
    out.assign(reinterpret_cast<const char*>(compressed), static_cast<std::size_t>(length));
    STBIW_FREE(compressed);
    return true;
}

}  // namespace folio::pdf
