// Internal to the core: colour glyphs stored as PNG pictures in a font's CBLC and CBDT tables (Noto
// Color Emoji), and scaling such a picture to the size text is drawn at.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace folio::detail {

// Where a glyph's picture is and how it sits, in px of the strike it was drawn for.
struct ColorGlyphPlace {
    int ppem = 0;       // the strike's px per em
    int width = 0;      // picture width and height, px (as the font says; the PNG's own may differ)
    int height = 0;
    int bearingX = 0;   // the picture's left edge from the pen, px
    int bearingY = 0;   // its top edge above the baseline, px, up positive
    std::size_t offset = 0;  // the PNG's first byte in the font's bytes
    std::size_t size = 0;    // its length; 0 for a font that holds the metrics only (the web's copy,
                             //   whose pictures come as files of their own)
};

// True when `font` (a single sfnt font) has CBLC and CBDT tables with a strike this reader can use.
bool hasColorGlyphs(const std::vector<unsigned char>& font);

// The picture of glyph `glyph` in the largest strike that has it; false when there is none (or the
// tables are damaged where it would be). Every offset is checked against the bytes.
bool findColorGlyph(const std::vector<unsigned char>& font, std::uint16_t glyph, ColorGlyphPlace& out);

// Scales the `width` x `height` RGBA picture `rgba` (not premultiplied) by `scale` into `out`
// (`outWidth` x `outHeight`, each at least 1 px): each output pixel averages the input it covers,
// weighted by alpha, so that small emoji stay smooth. RGBA, not premultiplied.
void scaleRgba(const std::vector<unsigned char>& rgba, int width, int height, float scale,
               std::vector<unsigned char>& out, int& outWidth, int& outHeight);

}  // namespace folio::detail
