#include "ui/text_draw.h"

#include <cmath>

#include "folio/utf8.h"

namespace folio::ui {

float drawText(ImDrawList& list, const ImFont& font, const FontMetrics& metrics, FontFace face, std::string_view text,
               float x, float baseline, float sizeDevicePx, ImU32 color) {
    // Glyph boxes are stored relative to a line top whose baseline sits at the rounded ascent.
    const float glyphTop = baseline - std::round(font.Ascent);
    float pen = x;
    char32_t previous = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        if (previous) pen += metrics.kerning(face, previous, cp) * sizeDevicePx;
        const ImFontGlyph* glyph = font.FindGlyph(static_cast<ImWchar>(cp <= IM_UNICODE_CODEPOINT_MAX ? cp : 0xFFFD));
        if (glyph && glyph->Visible) {
            list.PrimReserve(6, 4);
            list.PrimRectUV(ImVec2(pen + glyph->X0, glyphTop + glyph->Y0), ImVec2(pen + glyph->X1, glyphTop + glyph->Y1),
                            ImVec2(glyph->U0, glyph->V0), ImVec2(glyph->U1, glyph->V1), color);
        }
        pen += metrics.advance(face, cp) * sizeDevicePx;
        previous = cp;
    }
    return pen;
}

}  // namespace folio::ui
