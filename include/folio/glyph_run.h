// The glyphs of a line's text placed as the typesetter measured them: what the screen and the PDF
// draw for a Span (folio/layout.h) or a PrintRun (folio/print_layout.h).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "folio/font_metrics.h"

namespace folio {

// How much thicker a synthetic bold glyph (PlacedGlyph::emboldened) is drawn: this share of its
// size, on screen (struck again this far to the right) and on paper (its outline stroked this wide).
constexpr float kSyntheticBoldEm = 0.045f;

// One glyph at its place.
struct PlacedGlyph {
    std::uint32_t cluster = 0;  // byte offset, in the placed text, of the first character it shows
    std::uint16_t font = 0;     // ShapedGlyph::font: which font draws it
    std::uint16_t glyph = 0;    // glyph id in that font
    bool missing = false;       // ShapedGlyph::missing: a character no font has
    bool emboldened = false;    // ShapedGlyph::emboldened: thicken it when drawing (synthetic bold)
    float x = 0.0f;             // from the text's left edge, in the unit of the size (px or pt)
    float y = 0.0f;             // from the baseline, down positive, same unit
};

// Appends the glyphs of `text` in `face` at `size` (px or pt) to `out`, and returns the text's width
// in the same unit. `rtl`: the text runs right to left (a Span or PrintRun of odd level): its first
// word is drawn at the right. The text is split where layout split it: at its spaces (each placed as the face's
// space glyph, invisible, and moving the pen by the face's space advance) and at the break
// opportunities between other characters; each piece is shaped on its own (FontMetrics::shape), as it
// was measured.
float placeGlyphs(const FontMetrics& metrics, FontFace face, std::string_view text, float size,
                  std::vector<PlacedGlyph>& out, bool rtl = false);

}  // namespace folio
