// The stb libraries the core uses, compiled once in stb_libs.cpp: stb_truetype (its functions are
// declared by <stb_truetype.h>; include it without STB_TRUETYPE_IMPLEMENTATION) and the zlib
// compressor of stb_image_write, which that header does not declare.
#pragma once

#include <string>
#include <string_view>

namespace folio::detail {

// Compresses `data` as a zlib stream (what PDF's /FlateDecode reads) into `out`. `effort` is the
// compressor's hash chain length (more finds more matches, more slowly). False when `data` is over
// 2 GiB or memory runs out; `out` is then unchanged.
bool zlibCompress(std::string_view data, int effort, std::string& out);

}  // namespace folio::detail
