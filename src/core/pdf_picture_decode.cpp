// decodePicture: image files decoded with stb_image (its one compiled copy, private to this file,
// so that a program that never decodes, such as the browser's viewer, does not carry it).
#include "folio/pdf_picture.h"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO
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
#include <stb_image.h>
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <climits>

namespace folio {

bool decodePicture(const std::vector<unsigned char>& bytes, PdfPicture& out, std::string& error, std::size_t maxPixels) {
    std::string notJpeg;
    if (jpegPicture(bytes, out, notJpeg)) return true;
    if (bytes.empty() || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        error = bytes.empty() ? "an empty file" : "a file over 2 GiB";
        return false;
    }
    const int size = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), size, &width, &height, &channels)) {
        error = std::string("not a picture that can be read (") + stbi_failure_reason() + ")";
        return false;
    }
    if (static_cast<std::size_t>(width) * static_cast<std::size_t>(height) > maxPixels) {
        error = "a picture of " + std::to_string(width) + " x " + std::to_string(height) + " px, over the limit of " +
                std::to_string(maxPixels) + " pixels";
        return false;
    }
    unsigned char* rgba = stbi_load_from_memory(bytes.data(), size, &width, &height, &channels, 4);
    if (rgba == nullptr) {
        error = std::string("a damaged picture (") + stbi_failure_reason() + ")";
        return false;
    }
    out = rgbaPicture(width, height, rgba);
    stbi_image_free(rgba);
    return true;
}

}  // namespace folio
