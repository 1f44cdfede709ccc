// TrueType subsetting for PDF embedding: the used glyphs keep their ids and outlines, every other
// glyph becomes empty, and tables a PDF viewer does not read (cmap, name, GSUB, GPOS, ...) go.
#include <algorithm>
#include <cstring>
#include <string>

#include "pdf_sfnt.h"

namespace folio::pdf {

namespace {

// Composite glyph flags (glyf table).
constexpr std::uint32_t kArgsAreWords = 0x0001;
constexpr std::uint32_t kHaveScale = 0x0008;
constexpr std::uint32_t kMoreComponents = 0x0020;
constexpr std::uint32_t kHaveXYScale = 0x0040;
constexpr std::uint32_t kHaveTwoByTwo = 0x0080;

void writeU16(unsigned char* p, std::uint32_t v) {
    p[0] = static_cast<unsigned char>(v >> 8);
    p[1] = static_cast<unsigned char>(v);
}

void writeU32(unsigned char* p, std::uint32_t v) {
    writeU16(p, v >> 16);
    writeU16(p + 2, v & 0xFFFF);
}

void appendU16(std::vector<unsigned char>& out, std::uint32_t v) {
    out.push_back(static_cast<unsigned char>(v >> 8));
    out.push_back(static_cast<unsigned char>(v));
}

void appendU32(std::vector<unsigned char>& out, std::uint32_t v) {
    appendU16(out, v >> 16);
    appendU16(out, v & 0xFFFF);
}

// Sum of `data` read as big-endian 32-bit words, zero-padded to a multiple of four bytes.
std::uint32_t tableChecksum(const unsigned char* data, std::size_t length) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < length; i += 4) {
        unsigned char word[4] = {0, 0, 0, 0};
        std::memcpy(word, data + i, std::min<std::size_t>(4, length - i));
        sum += readU32(word);
    }
    return sum;
}

// A table of the subset font, ready to be placed.
struct OutTable {
    char tag[4];
    std::vector<unsigned char> data;
};

// The glyph outlines of a font and where each one lies.
class Glyphs {
public:
    Glyphs(const unsigned char* glyf, std::size_t glyfLength, const unsigned char* loca, bool longOffsets,
           std::size_t count)
        : glyf_(glyf), glyfLength_(glyfLength), loca_(loca), long_(longOffsets), count_(count) {}

    std::size_t count() const { return count_; }

    // Byte range [begin, end) of glyph `g` in glyf; empty when loca is inconsistent.
    void range(std::size_t g, std::size_t& begin, std::size_t& end) const {
        begin = offset(g);
        end = offset(g + 1);
        if (begin > end || end > glyfLength_) end = begin = 0;
    }

    const unsigned char* data() const { return glyf_; }

    // Adds the glyphs composite glyph `g` is made of to `pending`; malformed records end the walk.
    void components(std::size_t g, std::vector<std::size_t>& pending) const {
        std::size_t begin = 0;
        std::size_t end = 0;
        range(g, begin, end);
        if (end - begin < 10 || readS16(glyf_ + begin) >= 0) return;
        std::size_t pos = begin + 10;
        for (;;) {
            if (pos + 4 > end) return;
            const std::uint32_t flags = readU16(glyf_ + pos);
            const std::size_t component = readU16(glyf_ + pos + 2);
            if (component < count_) pending.push_back(component);
            pos += 4 + ((flags & kArgsAreWords) ? 4 : 2);
            if (flags & kHaveScale) pos += 2;
            else if (flags & kHaveXYScale) pos += 4;
            else if (flags & kHaveTwoByTwo) pos += 8;
            if (!(flags & kMoreComponents)) return;
        }
    }

private:
    std::size_t offset(std::size_t g) const {
        return long_ ? readU32(loca_ + 4 * g) : std::size_t{readU16(loca_ + 2 * g)} * 2;
    }

    const unsigned char* glyf_;
    std::size_t glyfLength_;
    const unsigned char* loca_;
    bool long_;
    std::size_t count_;
};

// Which glyphs to keep: glyph 0, `used`, and every component of a kept composite, recursively.
std::vector<bool> keptGlyphs(const Glyphs& glyphs, const std::vector<std::uint16_t>& used) {
    std::vector<bool> keep(glyphs.count(), false);
    std::vector<std::size_t> pending(used.begin(), used.end());
    pending.push_back(0);
    while (!pending.empty()) {
        const std::size_t g = pending.back();
        pending.pop_back();
        if (g >= keep.size() || keep[g]) continue;
        keep[g] = true;
        glyphs.components(g, pending);
    }
    return keep;
}

// The horizontal metrics with those of dropped glyphs zeroed (they compress to nothing). The last
// long metric keeps its advance: glyphs after it inherit that advance.
std::vector<unsigned char> subsetHmtx(const unsigned char* hmtx, std::size_t length, std::size_t longMetrics,
                                      const std::vector<bool>& keep) {
    std::vector<unsigned char> out(hmtx, hmtx + length);
    for (std::size_t g = 0; g < keep.size(); ++g) {
        if (keep[g]) continue;
        if (g < longMetrics) {
            if (g + 1 < longMetrics) writeU16(&out[4 * g], 0);
            writeU16(&out[4 * g + 2], 0);
        } else if (4 * longMetrics + 2 * (g - longMetrics) + 2 <= length) {
            writeU16(&out[4 * longMetrics + 2 * (g - longMetrics)], 0);
        }
    }
    return out;
}

// The sfnt file of `tables` (sorted here), with table checksums and head.checkSumAdjustment.
std::vector<unsigned char> assemble(std::vector<OutTable> tables) {
    std::sort(tables.begin(), tables.end(),
              [](const OutTable& a, const OutTable& b) { return std::memcmp(a.tag, b.tag, 4) < 0; });
    const std::size_t count = tables.size();
    std::size_t power = 1;
    std::size_t log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    std::vector<unsigned char> out;
    appendU32(out, 0x00010000);
    appendU16(out, static_cast<std::uint32_t>(count));
    appendU16(out, static_cast<std::uint32_t>(power * 16));
    appendU16(out, static_cast<std::uint32_t>(log2));
    appendU16(out, static_cast<std::uint32_t>(count * 16 - power * 16));
    std::size_t offset = 12 + 16 * count;
    std::size_t headOffset = 0;
    for (const OutTable& table : tables) {
        out.insert(out.end(), table.tag, table.tag + 4);
        appendU32(out, tableChecksum(table.data.data(), table.data.size()));
        appendU32(out, static_cast<std::uint32_t>(offset));
        appendU32(out, static_cast<std::uint32_t>(table.data.size()));
        if (std::memcmp(table.tag, "head", 4) == 0) headOffset = offset;
        offset += (table.data.size() + 3) & ~std::size_t{3};
    }
    for (const OutTable& table : tables) {
        out.insert(out.end(), table.data.begin(), table.data.end());
        out.resize((out.size() + 3) & ~std::size_t{3}, 0);
    }
    writeU32(&out[headOffset + 8], 0xB1B0AFBAu - tableChecksum(out.data(), out.size()));
    return out;
}

// A copy of table `tag`, or nothing when the font has no such table.
void copyTable(const std::vector<unsigned char>& ttf, const char* tag, std::vector<OutTable>& tables) {
    const SfntTable table = findSfntTable(ttf, tag);
    if (!table.found) return;
    OutTable out{{tag[0], tag[1], tag[2], tag[3]}, {}};
    out.data.assign(ttf.begin() + static_cast<std::ptrdiff_t>(table.offset),
                    ttf.begin() + static_cast<std::ptrdiff_t>(table.offset + table.length));
    tables.push_back(std::move(out));
}

}  // namespace

std::vector<unsigned char> subsetTrueType(const std::vector<unsigned char>& ttf,
                                          const std::vector<std::uint16_t>& glyphs) {
    const SfntTable head = findSfntTable(ttf, "head");
    const SfntTable hhea = findSfntTable(ttf, "hhea");
    const SfntTable hmtx = findSfntTable(ttf, "hmtx");
    const SfntTable maxp = findSfntTable(ttf, "maxp");
    const SfntTable loca = findSfntTable(ttf, "loca");
    const SfntTable glyf = findSfntTable(ttf, "glyf");
    if (!head.found || !hhea.found || !hmtx.found || !maxp.found || !loca.found || !glyf.found) return {};
    if (head.length < 54 || hhea.length < 36 || maxp.length < 6) return {};
    const std::int32_t locaFormat = readS16(ttf.data() + head.offset + 50);
    if (locaFormat != 0 && locaFormat != 1) return {};
    const bool longOffsets = locaFormat == 1;
    const std::size_t count = readU16(ttf.data() + maxp.offset + 4);
    const std::size_t longMetrics = readU16(ttf.data() + hhea.offset + 34);
    if (count == 0 || loca.length < (count + 1) * (longOffsets ? 4 : 2)) return {};
    if (longMetrics == 0 || longMetrics > count || hmtx.length < 4 * longMetrics) return {};

    const Glyphs outlines(ttf.data() + glyf.offset, glyf.length, ttf.data() + loca.offset, longOffsets, count);
    const std::vector<bool> keep = keptGlyphs(outlines, glyphs);

    OutTable newGlyf{{'g', 'l', 'y', 'f'}, {}};
    OutTable newLoca{{'l', 'o', 'c', 'a'}, {}};
    const std::size_t alignment = longOffsets ? 4 : 2;
    for (std::size_t g = 0; g <= count; ++g) {
        const std::size_t offset = newGlyf.data.size();
        if (longOffsets) appendU32(newLoca.data, static_cast<std::uint32_t>(offset));
        else if (offset / 2 <= 0xFFFF) appendU16(newLoca.data, static_cast<std::uint32_t>(offset / 2));
        else return {};
        if (g == count || !keep[g]) continue;
        std::size_t begin = 0;
        std::size_t end = 0;
        outlines.range(g, begin, end);
        newGlyf.data.insert(newGlyf.data.end(), outlines.data() + begin, outlines.data() + end);
        newGlyf.data.resize((newGlyf.data.size() + alignment - 1) / alignment * alignment, 0);
    }

    std::vector<OutTable> tables;
    tables.push_back(std::move(newGlyf));
    tables.push_back(std::move(newLoca));
    tables.push_back({{'h', 'm', 't', 'x'}, subsetHmtx(ttf.data() + hmtx.offset, hmtx.length, longMetrics, keep)});
    copyTable(ttf, "head", tables);
    writeU32(&tables.back().data[8], 0);  // checkSumAdjustment, set by assemble()
    for (const char* tag : {"hhea", "maxp", "cvt ", "fpgm", "prep", "OS/2"}) copyTable(ttf, tag, tables);

    OutTable post{{'p', 'o', 's', 't'}, std::vector<unsigned char>(32, 0)};
    const SfntTable oldPost = findSfntTable(ttf, "post");
    if (oldPost.found && oldPost.length >= 32) {
        std::memcpy(post.data.data(), ttf.data() + oldPost.offset, 32);  // angle, underline, pitch, memory
    }
    writeU32(post.data.data(), 0x00030000);  // version 3: no glyph names
    tables.push_back(std::move(post));
    return assemble(std::move(tables));
}

}  // namespace folio::pdf
