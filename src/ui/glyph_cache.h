// The article's glyphs on textures of their own: each (font, glyph, size, sub-pixel shift) drawn
// once with the core's rasterizer (TrueTypeMetrics::rasterize) and packed in shelves, outlines on
// the text page and colour pictures (emoji) on the colour page. Dear ImGui's
// font atlas is keyed by 16-bit code points and cannot hold shaped glyphs (joining forms,
// conjuncts, ligatures have none), so article text is drawn from here; the toolbar keeps ImGui text.
// Knows no GL: the platform uploads each page's pixels() and sets its texture.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "folio/font_metrics.h"

namespace folio::ui {

class GlyphCache {
public:
    static constexpr int kSize = 2048;          // the text page's width and height, px
    static constexpr int kColorSize = 1024;     // the colour page's (emoji pictures), px
    static constexpr int kSubpixelSteps = 4;    // horizontal positions per pixel a glyph is drawn at

    // One texture of glyphs, packed in shelves.
    class Page {
    public:
        Page(int size, int bytesPerPixel) : size_(size), bytesPerPixel_(bytesPerPixel) {}
        int size() const { return size_; }                    // width and height, px
        int bytesPerPixel() const { return bytesPerPixel_; }  // 2: luminance (255) and alpha (coverage); 4: RGBA
        // size() x size() pixels of bytesPerPixel() bytes; empty until the first glyph.
        const std::vector<unsigned char>& pixels() const { return pixels_; }
        // The rows [top, bottom) changed since the last call; false when none did.
        bool takeDirty(int& top, int& bottom);
        ImTextureID texture = nullptr;  // the platform's texture holding pixels(), set by it

    private:
        friend class GlyphCache;
        // Room for a w x h bitmap; false when there is none.
        bool place(int w, int h, int& x, int& y);
        void clear();

        struct Shelf {
            int y = 0, height = 0, x = 0;
        };
        int size_;
        int bytesPerPixel_;
        std::vector<Shelf> shelves_;
        std::vector<unsigned char> pixels_;
        int nextShelfY_ = 0;
        int dirtyTop_ = 1 << 30, dirtyBottom_ = 0;
    };

    // Where a glyph's quad goes and what part of which page it shows.
    struct Entry {
        float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // from the whole-pixel pen and the baseline, px
        ImVec2 uv0, uv1;
        bool visible = false;  // false: nothing to draw (a space, a picture not fetched yet, or no room left this frame)
        bool color = false;    // on the colour page, drawn in its own colours
    };

    // The entry of glyph `glyph` of font `font` at `sizePx` device px per em, shifted right by
    // `subpixel` / kSubpixelSteps px (colour glyphs are drawn at whole pixels); drawn and packed on
    // first use. When its page is full the entry is not visible and full() turns true.
    const Entry& find(const TrueTypeMetrics& metrics, std::uint16_t font, std::uint16_t glyph, float sizePx, int subpixel);

    // True when a glyph found no room since the last clear(): clear and draw the frame again.
    bool full() const { return full_; }
    // Forgets every glyph (the pages' pixels are kept until overwritten).
    void clear();

    Page& text() { return text_; }    // outlines' coverage, tinted by the text's colour
    Page& color() { return color_; }  // colour glyphs (emoji), RGBA

private:
    std::unordered_map<std::uint64_t, Entry> entries_;
    Page text_{kSize, 2};
    Page color_{kColorSize, 4};
    GlyphBitmap bitmap_;  // scratch
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
