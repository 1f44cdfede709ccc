// The pictures of a PDF: JPEG files as DCTDecode images, RGB samples as Flate-compressed ones with
// an alpha mask (SMask) where they are not opaque.
#include "pdf_images.h"

#include <algorithm>

namespace folio::pdf {

namespace {

// True when the picture's size and bytes agree, so that a reader can draw it.
bool wellFormed(const PdfPicture& p) {
    if (p.width <= 0 || p.height <= 0 || p.data.empty()) return false;
    if (p.encoding == PdfPicture::Encoding::Jpeg) return p.components == 1 || p.components == 3 || p.components == 4;
    if (p.deflated) return p.components == 3;  // the sizes of compressed samples say nothing
    const std::size_t pixels = static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height);
    return p.components == 3 && p.data.size() == pixels * 3 && (p.alpha.empty() || p.alpha.size() == pixels);
}

std::string imageEntries(int width, int height, const char* colourSpace, const char* filter) {
    return "/Type /XObject /Subtype /Image /Width " + std::to_string(width) + " /Height " + std::to_string(height) +
           " /ColorSpace " + colourSpace + " /BitsPerComponent 8 /Filter " + filter;
}

std::string_view bytesOf(const std::vector<unsigned char>& data) {
    return {reinterpret_cast<const char*>(data.data()), data.size()};
}

}  // namespace

PictureSet::PictureSet(const PdfPictures& pictures) : pictures_(pictures) {}

int PictureSet::pictureFor(std::string_view src) {
    const auto known = std::find(sources_.begin(), sources_.end(), src);
    if (known != sources_.end()) return static_cast<int>(known - sources_.begin());
    const auto found = pictures_.find(src);
    if (src.empty() || found == pictures_.end() || !wellFormed(found->second)) return -1;
    sources_.push_back(found->first);
    used_.push_back(&found->second);
    return static_cast<int>(used_.size() - 1);
}

bool writePicture(const PdfPicture& picture, ObjectWriter& out, int number, std::string& error) {
    if (picture.encoding == PdfPicture::Encoding::Jpeg) {
        const char* space = picture.components == 1 ? "/DeviceGray" : picture.components == 4 ? "/DeviceCMYK" : "/DeviceRGB";
        std::string entries = imageEntries(picture.width, picture.height, space, "/DCTDecode");
        if (picture.inverted) entries += " /Decode [1 0 1 0 1 0 1 0]";
        out.stream(number, entries, bytesOf(picture.data));
        return true;
    }
    const auto deflated = [&picture, &error](const std::vector<unsigned char>& bytes, std::string& out) {
        if (picture.deflated) {
            out.assign(bytes.begin(), bytes.end());
            return true;
        }
        if (flate(bytesOf(bytes), out)) return true;
        error = "out of memory compressing a picture";
        return false;
    };
    std::string samples;
    if (!deflated(picture.data, samples)) return false;
    std::string entries = imageEntries(picture.width, picture.height, "/DeviceRGB", "/FlateDecode");
    if (!picture.alpha.empty()) {
        std::string mask;
        if (!deflated(picture.alpha, mask)) return false;
        const int maskNumber = out.reserve();
        out.stream(maskNumber, imageEntries(picture.width, picture.height, "/DeviceGray", "/FlateDecode"), mask);
        entries += " /SMask " + std::to_string(maskNumber) + " 0 R";
    }
    out.stream(number, entries, samples);
    return true;
}

}  // namespace folio::pdf
