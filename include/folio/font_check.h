// Fonts as untrusted input: the checks a TrueType file passes before stb_truetype (which does not
// check bounds itself) or the PDF font writer reads it.
#pragma once

#include <string>
#include <vector>

namespace folio {

// Why `ttf` cannot be read safely, e.g. "hmtx: 412 bytes, 1,046 needed"; empty when it can.
// Accepts a single TrueType-outline font (sfnt version 1.0 or 'true') whose table directory and
// tables lie inside the file and whose head, maxp, hhea, hmtx, loca, cmap (every subtable of the
// formats stb_truetype reads: 0, 4, 6, 12, 13), kern and GPOS (pair adjustment lookups) agree
// with their own sizes and counts. Refuses collections (ttcf) and CFF outlines (OTTO). Reads only.
std::string fontProblem(const std::vector<unsigned char>& ttf);

// The glyph count of a font fontProblem accepts (maxp numGlyphs); 0 for any other bytes.
unsigned fontGlyphCount(const std::vector<unsigned char>& ttf);

}  // namespace folio
