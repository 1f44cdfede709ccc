// The stb libraries the core uses, compiled once in stb_libs.cpp: stb_truetype (its functions are
// declared by <stb_truetype.h>; include it without STB_TRUETYPE_IMPLEMENTATION), the zlib
// compressor of stb_image_write, which that header does not declare, and stb_image's decoders.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::detail {

// Compresses `data` as a zlib stream (what PDF's /FlateDecode reads) into `out`. `effort` is the
// compressor's hash chain length (more finds more matches, more slowly). False when `data` is over
// 2 GiB or memory runs out; `out` is then unchanged.
bool zlibCompress(std::string_view data, int effort, std::string& out);

// Decodes the image file `bytes` (PNG, GIF, BMP; never a JPEG) into `rgba`: 8-bit RGBA rows,
// top down, `width` x `height` px. False (and `error` set) when the format is unknown, the file is
// damaged, or the picture has more than `maxPixels` pixels; the outputs are then unchanged.
bool decodeRgba(const std::vector<unsigned char>& bytes, std::size_t maxPixels, std::vector<unsigned char>& rgba,
                int& width, int& height, std::string& error);

}  // namespace folio::detail
