// Internal to picture decoding: checks a picture file passes before stb_image decodes it, for the
// parts of its formats where stb_image itself reads or writes out of bounds on crafted files.
#pragma once

#include <string>
#include <vector>

namespace folio::detail {

// Why the JPEG `bytes` must not reach stb_image, e.g. "a Huffman table of 300 codes (256 at most)";
// empty when it may (also for bytes that stb_image never takes as a JPEG: those not opening with
// 0xFF). Every DHT segment (any FF C4 in the file) must hold whole tables of at most 256 codes
// that fit their lengths; a cut one is refused.
std::string jpegProblem(const std::vector<unsigned char>& bytes);

}  // namespace folio::detail
