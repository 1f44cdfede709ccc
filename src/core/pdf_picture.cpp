// Pictures for the PDF: JPEG files read as they are (never decoded), other files decoded, RGBA pixels split into
// samples and a mask.
#include "folio/pdf_picture.h"

#include <algorithm>
#include <utility>

#include "pdf_objects.h"
#include "stb_libs.h"

namespace folio {

namespace {

int bigEndian16(const std::vector<unsigned char>& bytes, std::size_t at) { return bytes[at] << 8 | bytes[at + 1]; }

// Start-of-frame markers a PDF reader decodes: baseline, extended sequential, progressive.
bool readableFrame(unsigned char marker) { return marker == 0xC0 || marker == 0xC1 || marker == 0xC2; }

// Other start-of-frame markers (lossless, hierarchical, arithmetic coding), which it does not.
bool otherFrame(unsigned char marker) {
    return marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

}  // namespace

bool jpegPicture(std::vector<unsigned char> bytes, PdfPicture& out, std::string& error) {
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) {
        error = "not a JPEG file";
        return false;
    }
    bool adobe = false;  // an APP14 "Adobe" segment: CMYK samples are stored inverted
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (bytes[at] != 0xFF) break;
        const unsigned char marker = bytes[at + 1];
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // markers without a segment
            at += 2;
            continue;
        }
        const int length = bigEndian16(bytes, at + 2);
        if (length < 2 || at + 2 + static_cast<std::size_t>(length) > bytes.size()) break;
        if (otherFrame(marker)) {
            error = "a JPEG coding that PDF does not read (lossless, hierarchical or arithmetic)";
            return false;
        }
        if (readableFrame(marker)) {
            if (length < 8) break;
            const int precision = bytes[at + 4];
            const int height = bigEndian16(bytes, at + 5);
            const int width = bigEndian16(bytes, at + 7);
            const int components = bytes[at + 9];
            if (precision != 8) {
                error = "a JPEG with " + std::to_string(precision) + "-bit samples";
                return false;
            }
            if (components != 1 && components != 3 && components != 4) {
                error = "a JPEG with " + std::to_string(components) + " colour components";
                return false;
            }
            if (width == 0 || height == 0) {
                error = "a JPEG without its size in its frame header";
                return false;
            }
            out = PdfPicture{};
            out.encoding = PdfPicture::Encoding::Jpeg;
            out.width = width;
            out.height = height;
            out.components = components;
            out.inverted = components == 4 && adobe;
            out.data = std::move(bytes);
            return true;
        }
        if (marker == 0xEE && length >= 7 && std::equal(bytes.begin() + at + 4, bytes.begin() + at + 9, "Adobe"))
            adobe = true;
        if (marker == 0xDA || marker == 0xD9) break;  // scan data or the end before any frame header
        at += 2 + static_cast<std::size_t>(length);
    }
    error = "a damaged JPEG file (no frame header)";
    return false;
}

PdfPicture rgbaPicture(int width, int height, const unsigned char* rgba) {
    PdfPicture picture;
    if (width <= 0 || height <= 0 || rgba == nullptr) return picture;
    const std::size_t pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    picture.width = width;
    picture.height = height;
    picture.data.resize(pixels * 3);
    picture.alpha.resize(pixels);
    bool opaque = true;
    for (std::size_t i = 0; i < pixels; ++i) {
        picture.data[i * 3] = rgba[i * 4];
        picture.data[i * 3 + 1] = rgba[i * 4 + 1];
        picture.data[i * 3 + 2] = rgba[i * 4 + 2];
        picture.alpha[i] = rgba[i * 4 + 3];
        opaque = opaque && rgba[i * 4 + 3] == 255;
    }
    if (opaque) picture.alpha.clear();
    return picture;
}

bool deflatePicture(PdfPicture& picture) {
    if (picture.encoding != PdfPicture::Encoding::Rgb || picture.deflated) return true;
    const auto view = [](const std::vector<unsigned char>& bytes) {
        return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    };
    std::string samples, mask;
    if (!pdf::flate(view(picture.data), samples)) return false;
    if (!picture.alpha.empty() && !pdf::flate(view(picture.alpha), mask)) return false;
    picture.data.assign(samples.begin(), samples.end());
    picture.alpha.assign(mask.begin(), mask.end());
    picture.deflated = true;
    return true;
}

bool decodePicture(const std::vector<unsigned char>& bytes, PdfPicture& out, std::string& error, std::size_t maxPixels) {
    // JPEG decoders are where crafted files do harm; this one is left to the PDF reader.
    if (!bytes.empty() && bytes[0] == 0xFF) return jpegPicture(bytes, out, error);
    std::vector<unsigned char> rgba;
    int width = 0, height = 0;
    if (!detail::decodeRgba(bytes, maxPixels, rgba, width, height, error)) return false;
    out = rgbaPicture(width, height, rgba.data());
    return true;
}

}  // namespace folio
