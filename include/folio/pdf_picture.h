// Pictures for the PDF: the image blocks' pictures, ready to embed. A JPEG file goes in as it is
// (PDF reads JPEG); any other picture goes in as 8-bit RGB samples with an optional alpha mask.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace folio {

struct PdfPicture {
    enum class Encoding : std::uint8_t { Jpeg, Rgb };
    Encoding encoding = Encoding::Rgb;
    int width = 0, height = 0;        // px
    int components = 3;               // colour samples per pixel: 1 (grey), 3 (RGB), 4 (CMYK); Rgb: always 3
    bool inverted = false;            // Jpeg, CMYK: samples stored inverted (Adobe's APP14 marker; Photoshop)
    std::vector<unsigned char> data;  // Jpeg: the JPEG file; Rgb: width * height * 3 bytes, rows top down
    std::vector<unsigned char> alpha; // Rgb: width * height coverage bytes (255 opaque); empty when opaque
    bool deflated = false;            // Rgb: data and alpha hold them zlib-compressed (deflatePicture)
};

// Pictures by image source: Block::src as the article gives it (PrintBox::picture).
using PdfPictures = std::map<std::string, PdfPicture, std::less<>>;

// A JPEG file (baseline or progressive; grey, colour or CMYK) as a picture, its size read from
// the file: JPEGs are never decoded here, the PDF reader does it. False (and `error` set) when
// `bytes` is not such a JPEG: not a JPEG at all, 12-bit samples, or a coding PDF does not read.
bool jpegPicture(std::vector<unsigned char> bytes, PdfPicture& out, std::string& error);

// `rgba`, `width` x `height` pixels of 8-bit unpremultiplied RGBA rows top down (4 * width *
// height bytes, read during the call), as a picture; its alpha mask is dropped when every pixel
// is opaque. An empty picture (width 0) when either side is not positive.
PdfPicture rgbaPicture(int width, int height, const unsigned char* rgba);

// Compresses an Rgb picture's samples and mask in place, as the PDF stores them, so that a picture
// kept for later takes little memory. True when done or nothing was to do (a Jpeg, or already
// deflated); false when memory runs out, the picture then unchanged.
bool deflatePicture(PdfPicture& picture);

// An image file as a picture: a JPEG as jpegPicture takes it (a file opening with 0xFF is only
// ever read that way), a PNG, GIF or BMP decoded. False (and `error` set) when the format is none
// of these, the file is damaged, or it has more than `maxPixels` pixels.
bool decodePicture(const std::vector<unsigned char>& bytes, PdfPicture& out, std::string& error,
                   std::size_t maxPixels = 40'000'000);

}  // namespace folio
