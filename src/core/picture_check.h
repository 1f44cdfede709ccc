// Internal to picture decoding: checks a picture file passes before stb_image decodes it, for the
// parts of its formats where stb_image itself reads or writes out of bounds on crafted files.
#pragma once

#include <string>
#include <vector>

namespace folio::detail {

// Why the JPEG `bytes` must not reach stb_image, e.g. "a Huffman table of 300 codes (256 at most)";
// empty when it may (also for bytes that are not a JPEG, and for a truncated file: stb_image reads
// past the end as zeros). Walks the markers up to the end of the file or EOI, checking that every
// segment lies inside the file and that every DHT table has at most 256 codes that fit its lengths.
std::string jpegProblem(const std::vector<unsigned char>& bytes);

}  // namespace folio::detail
