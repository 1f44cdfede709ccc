// Fuzz target: picture files as untrusted bytes (decodePicture: JPEGs taken as they are after
// their markers are checked, everything else decoded), capped at 65,536 pixels so that a huge
// but valid picture is not mistaken for a hang. A small picture that decodes is compressed as the
// PDF stores it. Seeds: small PNG, JPEG, GIF and BMP files made by tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "folio/pdf_picture.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::PdfPicture picture;
    std::string error;
    if (folio::decodePicture(std::vector<unsigned char>(data, data + size), picture, error, 65'536) &&
        static_cast<long>(picture.width) * picture.height <= 4096)
        (void)folio::deflatePicture(picture);
    return 0;
}
