// jpegProblem: the JPEG marker walk that keeps crafted Huffman tables away from stb_image, whose
// stbi__build_huffman writes one byte per code into a 257-byte array without counting them.
#include "picture_check.h"

#include <cstddef>
#include <string>
#include <vector>

namespace folio::detail {

namespace {

// The DHT segment `bytes[begin, end)` (after its length): each table has a class and id stb_image
// takes, at most 256 codes, codes that fit their lengths, and all its values inside the segment.
std::string checkHuffmanTables(const std::vector<unsigned char>& bytes, std::size_t begin, std::size_t end) {
    std::size_t at = begin;
    while (at < end) {
        if (end - at < 17) return "a Huffman table cut short";
        const unsigned kind = bytes[at];
        if ((kind >> 4) > 1 || (kind & 15) > 3) return "a Huffman table of an unknown class or id";
        std::size_t codes = 0;
        unsigned long long room = 1;  // codes still free at the current length (Kraft)
        for (std::size_t length = 0; length < 16; ++length) {
            room *= 2;
            const unsigned count = bytes[at + 1 + length];
            if (count > room) return "a Huffman table whose codes do not fit their lengths";
            room -= count;
            codes += count;
        }
        if (codes > 256) return "a Huffman table of " + std::to_string(codes) + " codes (256 at most)";
        at += 17;
        if (end - at < codes) return "a Huffman table cut short";
        at += codes;
    }
    return "";
}

}  // namespace

std::string jpegProblem(const std::vector<unsigned char>& bytes) {
    if (bytes.size() < 2 || bytes[0] != 0xFF || bytes[1] != 0xD8) return "";
    std::size_t at = 2;
    while (at < bytes.size()) {
        if (bytes[at] != 0xFF) {
            ++at;  // entropy-coded data (after SOS) or junk stb_image skips
            continue;
        }
        while (at < bytes.size() && bytes[at] == 0xFF) ++at;  // fill bytes
        if (at >= bytes.size()) return "";
        const unsigned marker = bytes[at++];
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue;  // no length
        if (marker == 0xD9) return "";  // EOI
        if (bytes.size() - at < 2) return "";
        const std::size_t length = (std::size_t{bytes[at]} << 8) | bytes[at + 1];
        if (length < 2) return "a segment with a length under 2";
        if (length > bytes.size() - at) {
            // stb_image reads a cut segment as zeros; a DHT of zeros has no codes. Check what is there.
            if (marker == 0xC4) return checkHuffmanTables(bytes, at + 2, bytes.size()).empty() ? "" : "a Huffman table cut short";
            return "";
        }
        if (marker == 0xC4) {
            const std::string problem = checkHuffmanTables(bytes, at + 2, at + length);
            if (!problem.empty()) return problem;
        }
        at += length;
    }
    return "";
}

}  // namespace folio::detail
