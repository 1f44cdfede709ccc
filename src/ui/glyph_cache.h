// The article's glyphs on a texture of their own: each (font, glyph, size, sub-pixel shift) drawn
// once with the core's rasterizer (TrueTypeMetrics::rasterize) and packed in shelves. Dear ImGui's
// font atlas is keyed by 16-bit code points and cannot hold shaped glyphs (joining forms,
// conjuncts, ligatures have none), so article text is drawn from here; the toolbar keeps ImGui text.
// Knows no GL: the platform uploads pixels() and sets texture.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "folio/font_metrics.h"

namespace folio::ui {

class GlyphCache {
public:
    static constexpr int kSize = 2048;          // texture width and height, px
    static constexpr int kSubpixelSteps = 4;    // horizontal positions per pixel a glyph is drawn at

    // Where a glyph's quad goes and what part of the texture it shows.
    struct Entry {
        float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // from the whole-pixel pen and the baseline, px
        ImVec2 uv0, uv1;
        bool visible = false;  // false: nothing to draw (a space, or no room left this frame)
    };

    // The entry of glyph `glyph` of font `font` at `sizePx` device px per em, shifted right by
    // `subpixel` / kSubpixelSteps px; drawn and packed on first use. When the texture is full the
    // entry is not visible and full() turns true.
    const Entry& find(const TrueTypeMetrics& metrics, std::uint16_t font, std::uint16_t glyph, float sizePx, int subpixel);

    // True when a glyph found no room since the last clear(): clear and draw the frame again.
    bool full() const { return full_; }
    // Forgets every glyph (the texture's pixels are kept until overwritten).
    void clear();

    // The texture's pixels: kSize x kSize pairs of bytes, luminance (255) and alpha (coverage);
    // empty until the first glyph.
    const std::vector<unsigned char>& pixels() const { return pixels_; }
    // The rows [top, bottom) changed since the last call; false when none did.
    bool takeDirty(int& top, int& bottom);

    ImTextureID texture = nullptr;  // the platform's texture holding pixels(), set by it

private:
    // Room for a w x h bitmap; false when there is none.
    bool place(int w, int h, int& x, int& y);

    struct Shelf {
        int y = 0, height = 0, x = 0;
    };
    std::unordered_map<std::uint64_t, Entry> entries_;
    std::vector<Shelf> shelves_;
    std::vector<unsigned char> pixels_;
    GlyphBitmap bitmap_;  // scratch
    int nextShelfY_ = 0;
    int dirtyTop_ = kSize, dirtyBottom_ = 0;
    bool full_ = false;
    std::uint64_t fontsGeneration_ = 0;
};

// Draws `text` of `face` (a Span's or a PrintRun's) with its left edge at pen `x` on `baseline`,
// device px, at `sizePx` device px per em, glyph by glyph as layout shaped it (folio::placeGlyphs).
// The glyphs' shapes are drawn at `glyphSizePx` when it is given (> 0), else at `sizePx`. `rtl`: the
// text runs right to left (Span::level is odd).
void drawText(ImDrawList& list, GlyphCache& cache, const TrueTypeMetrics& metrics, FontFace face,
              std::string_view text, float x, float baseline, float sizePx, ImU32 color, float glyphSizePx = 0.0f,
              bool rtl = false);

}  // namespace folio::ui
