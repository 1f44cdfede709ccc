// ToUnicode CMaps: glyph ids back to the text they show, so that copying and searching work.
#include <algorithm>
#include <utility>

#include "pdf_fonts.h"

namespace folio::pdf {

namespace {

// Entries per bfchar or bfrange block (the most a CMap block may hold).
constexpr std::size_t kBlockSize = 100;

constexpr char kHexDigits[] = "0123456789ABCDEF";

// `value` as "<XXXX>".
std::string hex16(std::uint32_t value) {
    std::string out = "<";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHexDigits[(value >> shift) & 0xF];
    return out + ">";
}

// The UTF-16BE of `cp` as a hex string, "<XXXX>" or "<XXXXXXXX>" for a surrogate pair.
std::string utf16(char32_t cp) { return "<" + utf16Hex(cp) + ">"; }

// Writes `lines` as blocks of at most kBlockSize entries between "N begin<kind>" and "end<kind>".
void appendBlocks(std::string& out, const std::vector<std::string>& lines, const char* kind) {
    for (std::size_t first = 0; first < lines.size(); first += kBlockSize) {
        const std::size_t count = std::min(kBlockSize, lines.size() - first);
        out += std::to_string(count) + " begin" + kind + "\n";
        for (std::size_t i = first; i < first + count; ++i) out += lines[i];
        out += std::string("end") + kind + "\n";
    }
}

}  // namespace

std::string utf16Hex(char32_t cp) {
    if (cp < 0x10000) return hex16(cp).substr(1, 4);
    const std::uint32_t v = cp - 0x10000;
    return hex16(0xD800 + (v >> 10)).substr(1, 4) + hex16(0xDC00 + (v & 0x3FF)).substr(1, 4);
}

std::string toUnicodeCMap(const std::map<std::uint16_t, char32_t>& glyphs, bool oneByte) {
    const auto code = [oneByte](std::uint32_t value) { return oneByte ? "<" + hex16(value).substr(3) : hex16(value); };
    const std::vector<std::pair<std::uint16_t, char32_t>> entries(glyphs.begin(), glyphs.end());
    std::vector<std::string> chars;
    std::vector<std::string> ranges;
    for (std::size_t i = 0; i < entries.size();) {
        if (entries[i].first == 0) {  // .notdef shows nothing
            ++i;
            continue;
        }
        // A range: consecutive glyphs showing consecutive BMP code points, within one last-byte run.
        std::size_t end = i + 1;
        while (end < entries.size() && entries[end].first == entries[end - 1].first + 1 &&
               entries[end].second == entries[end - 1].second + 1 && entries[end].second < 0x10000 &&
               (entries[end].first >> 8) == (entries[i].first >> 8) && (entries[end].second >> 8) == (entries[i].second >> 8)) {
            ++end;
        }
        if (end - i > 1) {
            ranges.push_back(code(entries[i].first) + code(entries[end - 1].first) + utf16(entries[i].second) + "\n");
        } else {
            chars.push_back(code(entries[i].first) + utf16(entries[i].second) + "\n");
        }
        i = end;
    }
    std::string out =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        + std::string(oneByte ? "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                              : "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    appendBlocks(out, chars, "bfchar");
    appendBlocks(out, ranges, "bfrange");
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

}  // namespace folio::pdf
