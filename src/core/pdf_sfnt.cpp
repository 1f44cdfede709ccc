// Reading a TrueType font's table directory and the facts its PDF font descriptor needs.
#include "pdf_sfnt.h"

#include <cstring>

namespace folio::pdf {

namespace {

// The PostScript name (name ID 6) from the name table at `table`, Windows Unicode or Mac Roman
// record; printable ASCII only. Empty when there is none.
std::string postScriptName(const std::vector<unsigned char>& ttf, const SfntTable& table) {
    if (table.length < 6) return {};
    const unsigned char* base = ttf.data() + table.offset;
    const std::size_t count = readU16(base + 2);
    const std::size_t strings = readU16(base + 4);
    if (6 + 12 * count > table.length) return {};
    std::string mac;
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned char* record = base + 6 + 12 * i;
        const std::uint32_t platform = readU16(record);
        const std::uint32_t encoding = readU16(record + 2);
        if (readU16(record + 6) != 6) continue;
        const std::size_t length = readU16(record + 8);
        const std::size_t offset = strings + readU16(record + 10);
        if (offset + length > table.length) continue;
        const unsigned char* text = base + offset;
        const bool windows = platform == 3 && encoding == 1;
        if (!windows && !(platform == 1 && encoding == 0)) continue;
        std::string ascii;
        const std::size_t step = windows ? 2 : 1;
        for (std::size_t j = 0; j + step <= length; j += step) {
            const std::uint32_t c = windows ? readU16(text + j) : text[j];
            if (c > 0x20 && c < 0x7F) ascii += static_cast<char>(c);
        }
        if (windows && !ascii.empty()) return ascii;
        if (mac.empty()) mac = ascii;
    }
    return mac;
}

}  // namespace

SfntTable findSfntTable(const std::vector<unsigned char>& ttf, const char* tag) {
    if (ttf.size() < 12) return {};
    const std::size_t count = readU16(ttf.data() + 4);
    if (12 + 16 * count > ttf.size()) return {};
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned char* record = ttf.data() + 12 + 16 * i;
        if (std::memcmp(record, tag, 4) != 0) continue;
        const std::size_t offset = readU32(record + 8);
        const std::size_t length = readU32(record + 12);
        if (offset > ttf.size() || length > ttf.size() - offset) return {};
        return {offset, length, true};
    }
    return {};
}

bool readSfntFacts(const std::vector<unsigned char>& ttf, SfntFacts& facts) {
    const SfntTable head = findSfntTable(ttf, "head");
    const SfntTable hhea = findSfntTable(ttf, "hhea");
    if (!head.found || head.length < 54 || !hhea.found || hhea.length < 36) return false;
    const unsigned char* h = ttf.data() + head.offset;
    facts.unitsPerEm = static_cast<int>(readU16(h + 18));
    if (facts.unitsPerEm == 0) return false;
    facts.xMin = readS16(h + 36);
    facts.yMin = readS16(h + 38);
    facts.xMax = readS16(h + 40);
    facts.yMax = readS16(h + 42);
    facts.ascent = readS16(ttf.data() + hhea.offset + 4);
    facts.descent = readS16(ttf.data() + hhea.offset + 6);

    const SfntTable os2 = findSfntTable(ttf, "OS/2");
    if (os2.found && os2.length >= 6) {
        const unsigned char* o = ttf.data() + os2.offset;
        facts.weightClass = static_cast<int>(readU16(o + 4));
        if (os2.length >= 34) facts.serif = o[32] == 2 && o[33] >= 2 && o[33] <= 10;  // PANOSE family, serif style
        if (readU16(o) >= 2 && os2.length >= 90) facts.capHeight = readS16(o + 88);
    }
    const SfntTable post = findSfntTable(ttf, "post");
    if (post.found && post.length >= 16) {
        const unsigned char* p = ttf.data() + post.offset;
        facts.italicAngle = static_cast<double>(static_cast<std::int32_t>(readU32(p + 4))) / 65536.0;
        facts.fixedPitch = readU32(p + 12) != 0;
    }
    const SfntTable names = findSfntTable(ttf, "name");
    if (names.found) facts.postScriptName = postScriptName(ttf, names);
    return true;
}

}  // namespace folio::pdf
