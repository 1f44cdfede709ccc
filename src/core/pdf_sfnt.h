// Internal to the PDF writer: reading a TrueType (sfnt) font for its font descriptor, and cutting it
// down to the glyphs a document uses. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio::pdf {

// Big-endian reads; the caller checks bounds.
inline std::uint32_t readU16(const unsigned char* p) { return (std::uint32_t{p[0]} << 8) | p[1]; }
inline std::int32_t readS16(const unsigned char* p) { return static_cast<std::int16_t>(readU16(p)); }
inline std::uint32_t readU32(const unsigned char* p) { return (readU16(p) << 16) | readU16(p + 2); }

// Where one table of a font lies in its bytes.
struct SfntTable {
    std::size_t offset = 0;  // bytes from the start of the font
    std::size_t length = 0;  // bytes
    bool found = false;      // false when the font has no such table (or it lies outside the font)
};

// Table `tag` (four characters, e.g. "glyf") of the single font `ttf`; not found when the table
// directory or the table itself is out of bounds.
SfntTable findSfntTable(const std::vector<unsigned char>& ttf, const char* tag);

// What a PDF font descriptor says about a font. Lengths are in font units (unitsPerEm per em).
struct SfntFacts {
    int unitsPerEm = 1000;
    int xMin = 0, yMin = 0, xMax = 0, yMax = 0;  // bounding box of all glyphs (head)
    int ascent = 800;                            // hhea ascender, positive up
    int descent = -200;                          // hhea descender, negative below the baseline
    int capHeight = 0;                           // OS/2 sCapHeight; 0 when the font does not say
    int weightClass = 400;                       // OS/2 usWeightClass (400 regular, 700 bold)
    double italicAngle = 0.0;                    // degrees counter-clockwise from vertical (post)
    bool fixedPitch = false;                     // post isFixedPitch
    bool serif = false;                          // OS/2 PANOSE says Latin text with serifs
    std::string postScriptName;                  // name ID 6; empty when missing
};

// Reads the facts of `ttf`; false when head or hhea is missing or unitsPerEm is 0 (optional tables
// that are missing keep their defaults).
bool readSfntFacts(const std::vector<unsigned char>& ttf, SfntFacts& facts);

// A TrueType font holding only the outlines of `glyphs` (plus glyph 0 and the components of
// composite glyphs): glyph ids unchanged, other glyphs empty, only the tables a PDF viewer needs
// (head, hhea, hmtx, loca, maxp, glyf, cvt, fpgm, prep, OS/2 and a version 3 post), checksums
// recomputed. Returns an empty vector when `ttf` lacks glyf, loca, head, hhea, hmtx or maxp or
// they are inconsistent.
std::vector<unsigned char> subsetTrueType(const std::vector<unsigned char>& ttf,
                                          const std::vector<std::uint16_t>& glyphs);

}  // namespace folio::pdf
