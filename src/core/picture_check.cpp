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
    // stb_image takes a file as a JPEG when it opens with 0xFF (any number of fill bytes may come
    // before SOI), and its marker walk is its own: rather than follow it, every FF C4 in the file
    // is checked as a DHT. (In entropy-coded data an FF is always followed by 00 or a restart
    // marker, so a real JPEG has FF C4 only at its DHT segments.)
    if (bytes.empty() || bytes[0] != 0xFF) return "";
    for (std::size_t at = 0; at + 1 < bytes.size(); ++at) {
        if (bytes[at] != 0xFF || bytes[at + 1] != 0xC4) continue;
        const std::size_t begin = at + 2;
        if (bytes.size() - begin < 2) return "a Huffman table cut short";
        const std::size_t length = (std::size_t{bytes[begin]} << 8) | bytes[begin + 1];
        if (length < 2) return "a segment with a length under 2";
        const std::size_t end = length > bytes.size() - begin ? bytes.size() : begin + length;
        const std::string problem = checkHuffmanTables(bytes, begin + 2, end);
        if (!problem.empty()) return problem;
    }
    return "";
}

}  // namespace folio::detail
