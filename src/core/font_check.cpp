// fontProblem: every offset, length and count that stb_truetype follows when it loads a font,
// maps code points (cmap), reads advances (hhea, hmtx) and kerning (kern, GPOS pair lookups),
// checked against the bytes that hold it. A table is a window on the file; every read goes
// through Window, which answers 0 outside it (and the check then fails).
#include "folio/font_check.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace folio {

namespace {

// Part of the font's bytes: [begin, begin + size).
struct Window {
    const unsigned char* begin = nullptr;
    std::size_t size = 0;

    // True when `count` bytes at `at` lie inside.
    bool has(std::size_t at, std::size_t count) const { return at <= size && count <= size - at; }
    std::uint32_t u16(std::size_t at) const { return has(at, 2) ? (std::uint32_t{begin[at]} << 8) | begin[at + 1] : 0; }
    std::uint32_t u32(std::size_t at) const { return has(at, 4) ? (u16(at) << 16) | u16(at + 2) : 0; }
    // The part at `at` to the end; empty when `at` is outside.
    Window from(std::size_t at) const { return at <= size ? Window{begin + at, size - at} : Window{}; }
};

// "<what>: <have> bytes, <need> needed".
std::string tooShort(const char* what, std::size_t have, std::size_t need) {
    return std::string(what) + ": " + std::to_string(have) + " bytes, " + std::to_string(need) + " needed";
}

// Table `tag` of `font`; found false when it is missing. The directory was checked before.
bool table(Window font, const char* tag, Window& out) {
    const std::size_t count = font.u16(4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16 * i;
        if (std::memcmp(font.begin + record, tag, 4) != 0) continue;
        out = Window{font.begin + font.u32(record + 8), font.u32(record + 12)};
        return true;
    }
    return false;
}

// A cmap subtable at `at` in `cmap`: format 0, 4, 6, 12 or 13. Other formats only for a platform
// other than Unicode (0) and Windows (3): stb_truetype asserts on them when it picks them.
std::string checkCmapSubtable(Window cmap, std::size_t at, bool unicode) {
    if (!cmap.has(at, 4)) return "cmap: a subtable outside the table";
    const Window sub = cmap.from(at);
    const std::uint32_t format = sub.u16(0);
    switch (format) {
        case 0:
            return sub.has(0, 6 + 256) ? "" : tooShort("cmap format 0", sub.size, 262);
        case 4: {
            const std::size_t segX2 = sub.u16(6);
            if (segX2 == 0 || segX2 % 2 != 0) return "cmap format 4: bad segment count";
            const std::size_t segs = segX2 / 2;
            // stb_truetype's binary search follows searchRange, entrySelector and rangeShift as given.
            std::size_t range = 1, selector = 0;
            while (range * 2 <= segs) range *= 2, ++selector;
            if (sub.u16(8) != 2 * range || sub.u16(10) != selector || sub.u16(12) != segX2 - 2 * range)
                return "cmap format 4: searchRange, entrySelector or rangeShift disagree with the segment count";
            const std::size_t ends = 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
            if (!sub.has(0, ranges + segX2)) return tooShort("cmap format 4", sub.size, ranges + segX2);
            for (std::size_t s = 0; s < segs; ++s) {
                const std::size_t end = sub.u16(ends + 2 * s), start = sub.u16(starts + 2 * s);
                const std::size_t rangeOffset = sub.u16(ranges + 2 * s);
                if (start > end) return "cmap format 4: a segment that ends before it starts";
                if (rangeOffset == 0) continue;
                const std::size_t last = ranges + 2 * s + rangeOffset + 2 * (end - start);
                if (!sub.has(last, 2)) return "cmap format 4: a glyph index array outside the table";
            }
            return "";
        }
        case 6: {
            const std::size_t count = sub.u16(8);
            return sub.has(10, 2 * count) ? "" : tooShort("cmap format 6", sub.size, 10 + 2 * count);
        }
        case 12:
        case 13: {
            const std::size_t groups = sub.u32(12);
            if (groups > sub.size / 12) return tooShort("cmap format 12", sub.size, 16 + 12 * groups);
            return sub.has(16, 12 * groups) ? "" : tooShort("cmap format 12", sub.size, 16 + 12 * groups);
        }
        default:
            return unicode ? "cmap: a Unicode subtable of format " + std::to_string(format) + ", which cannot be read" : "";
    }
}

// A GPOS coverage table: in bounds; `maxIndex` is the largest coverage index it can give.
std::string checkCoverage(Window coverage, std::size_t& maxIndex) {
    maxIndex = 0;
    const std::uint32_t format = coverage.u16(0);
    const std::size_t count = coverage.u16(2);
    if (format == 1) {
        if (!coverage.has(4, 2 * count)) return "GPOS: a coverage table outside the table";
        maxIndex = count == 0 ? 0 : count - 1;
    } else if (format == 2) {
        if (!coverage.has(4, 6 * count)) return "GPOS: a coverage table outside the table";
        for (std::size_t r = 0; r < count; ++r) {
            const std::size_t start = coverage.u16(4 + 6 * r), end = coverage.u16(6 + 6 * r);
            if (end < start) return "GPOS: a coverage range that ends before it starts";
            const std::size_t last = coverage.u16(8 + 6 * r) + (end - start);
            if (last > maxIndex) maxIndex = last;
        }
    } else if (!coverage.has(0, 2)) {
        return "GPOS: a coverage table outside the table";
    }
    return "";
}

// A GPOS class definition table in bounds.
std::string checkClassDef(Window classes) {
    const std::uint32_t format = classes.u16(0);
    if (format == 1 && !classes.has(6, 2 * classes.u16(4))) return "GPOS: a class definition outside the table";
    if (format == 2 && !classes.has(4, 6 * classes.u16(2))) return "GPOS: a class definition outside the table";
    return classes.has(0, 2) ? "" : "GPOS: a class definition outside the table";
}

// The pair adjustment lookups of GPOS, as stb_truetype reads them (other lookups it skips).
std::string checkGpos(Window gpos) {
    if (!gpos.has(0, 10)) return tooShort("GPOS", gpos.size, 10);
    if (gpos.u16(0) != 1 || gpos.u16(2) != 0) return "";  // stb_truetype reads version 1.0 only
    const Window list = gpos.from(gpos.u16(8));
    const std::size_t lookups = list.u16(0);
    if (!list.has(0, 2 + 2 * lookups)) return "GPOS: the lookup list outside the table";
    for (std::size_t i = 0; i < lookups; ++i) {
        const Window lookup = list.from(list.u16(2 + 2 * i));
        if (!lookup.has(0, 6)) return "GPOS: a lookup outside the table";
        if (lookup.u16(0) != 2) continue;
        const std::size_t subtables = lookup.u16(4);
        if (!lookup.has(6, 2 * subtables)) return "GPOS: a lookup's subtables outside the table";
        for (std::size_t s = 0; s < subtables; ++s) {
            const Window pair = lookup.from(lookup.u16(6 + 2 * s));
            if (!pair.has(0, 8)) return "GPOS: a pair adjustment outside the table";
            std::size_t maxIndex = 0;
            const std::string coverage = checkCoverage(pair.from(pair.u16(2)), maxIndex);
            if (!coverage.empty()) return coverage;
            if (pair.u16(4) != 4 || pair.u16(6) != 0) continue;  // the only value formats stb_truetype reads
            if (pair.u16(0) == 1) {
                const std::size_t sets = pair.u16(8);
                if (!pair.has(10, 2 * sets)) return "GPOS: pair sets outside the table";
                // stb_truetype reads the pair set offset of any coverage index before comparing it with the count.
                if (!pair.has(10, 2 * (maxIndex + 1))) return "GPOS: coverage indices beyond the pair sets";
                for (std::size_t p = 0; p < sets; ++p) {
                    const Window set = pair.from(pair.u16(10 + 2 * p));
                    if (!set.has(2, 4 * set.u16(0))) return "GPOS: a pair set outside the table";
                }
            } else if (pair.u16(0) == 2) {
                if (!pair.has(0, 16)) return "GPOS: a class pair adjustment outside the table";
                for (const std::size_t at : {std::size_t{8}, std::size_t{10}}) {
                    const std::string classes = checkClassDef(pair.from(pair.u16(at)));
                    if (!classes.empty()) return classes;
                }
                if (!pair.has(16, 2 * std::size_t{pair.u16(12)} * pair.u16(14)))
                    return "GPOS: class pair values outside the table";
            }
        }
    }
    return "";
}

}  // namespace

std::string fontProblem(const std::vector<unsigned char>& ttf) {
    const Window font{ttf.data(), ttf.size()};
    if (!font.has(0, 12)) return "not a font: " + std::to_string(ttf.size()) + " bytes";
    const std::uint32_t version = font.u32(0);
    if (version == 0x74746366u) return "a font collection (ttcf), not a single font";
    if (version == 0x4F54544Fu) return "CFF (PostScript) outlines, not TrueType ones";
    if (version != 0x00010000u && version != 0x74727565u) return "not a TrueType font";
    const std::size_t count = font.u16(4);
    if (count == 0 || !font.has(12, 16 * count)) return "the table directory lies outside the file";
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16 * i;
        if (!font.has(font.u32(record + 8), font.u32(record + 12)))
            return "table " + std::string(reinterpret_cast<const char*>(font.begin + record), 4) + " lies outside the file";
    }
    Window head, maxp, hhea, hmtx, loca, glyf, cmap;
    for (const auto& [tag, window] : {std::pair<const char*, Window*>{"head", &head}, {"maxp", &maxp}, {"hhea", &hhea},
                                      {"hmtx", &hmtx}, {"loca", &loca}, {"glyf", &glyf}, {"cmap", &cmap}})
        if (!table(font, tag, *window)) return std::string("no ") + tag + " table";
    if (!head.has(0, 54)) return tooShort("head", head.size, 54);
    if (head.u16(18) < 16 || head.u16(18) > 16384) return "head: unitsPerEm outside 16-16384";
    const std::uint32_t locFormat = head.u16(50);
    if (locFormat > 1) return "head: unknown indexToLocFormat";
    if (!maxp.has(0, 6)) return tooShort("maxp", maxp.size, 6);
    const std::size_t glyphs = maxp.u16(4);
    if (glyphs == 0) return "maxp: no glyphs";
    if (!hhea.has(0, 36)) return tooShort("hhea", hhea.size, 36);
    const std::size_t metrics = hhea.u16(34);
    if (metrics == 0 || metrics > glyphs) return "hhea: numberOfHMetrics outside 1 to the glyph count";
    const std::size_t hmtxNeed = 4 * metrics + 2 * (glyphs - metrics);
    if (!hmtx.has(0, hmtxNeed)) return tooShort("hmtx", hmtx.size, hmtxNeed);
    const std::size_t entry = locFormat == 0 ? 2 : 4;
    if (!loca.has(0, entry * (glyphs + 1))) return tooShort("loca", loca.size, entry * (glyphs + 1));
    std::size_t previous = 0;
    for (std::size_t g = 0; g <= glyphs; ++g) {
        const std::size_t at = locFormat == 0 ? 2 * std::size_t{loca.u16(2 * g)} : loca.u32(4 * g);
        if (at < previous || at > glyf.size) return "loca: glyph " + std::to_string(g) + " lies outside glyf or goes back";
        previous = at;
    }
    if (!cmap.has(0, 4)) return tooShort("cmap", cmap.size, 4);
    const std::size_t encodings = cmap.u16(2);
    if (!cmap.has(4, 8 * encodings)) return tooShort("cmap", cmap.size, 4 + 8 * encodings);
    for (std::size_t i = 0; i < encodings; ++i) {
        const std::uint32_t platform = cmap.u16(4 + 8 * i);
        const std::string problem = checkCmapSubtable(cmap, cmap.u32(4 + 8 * i + 4), platform == 0 || platform == 3);
        if (!problem.empty()) return problem;
    }
    Window kern, gpos;
    if (table(font, "kern", kern)) {
        // stb_truetype reads the first subtable's header when the table says it has one.
        if (!kern.has(0, 4) || (kern.u16(2) >= 1 && !kern.has(0, 18))) return tooShort("kern", kern.size, 18);
        if (kern.u16(2) >= 1 && kern.u16(8) == 1 && !kern.has(18, 6 * std::size_t{kern.u16(10)}))
            return tooShort("kern", kern.size, 18 + 6 * std::size_t{kern.u16(10)});
    }
    if (table(font, "GPOS", gpos)) {
        const std::string problem = checkGpos(gpos);
        if (!problem.empty()) return problem;
    }
    return "";
}

unsigned fontGlyphCount(const std::vector<unsigned char>& ttf) {
    if (!fontProblem(ttf).empty()) return 0;
    const Window font{ttf.data(), ttf.size()};
    Window maxp;
    table(font, "maxp", maxp);
    return maxp.u16(4);
}

}  // namespace folio
