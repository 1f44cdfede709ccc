#include "ui/glyph_cache.h"

#include <algorithm>
#include <cmath>

#include "folio/glyph_run.h"

namespace folio::ui {

namespace {

constexpr int kPadding = 1;  // empty pixels around each glyph, so that filtering never bleeds
const GlyphCache::Entry kNothing;  // an entry with nothing to draw, not kept

// (font, glyph, size in 1/16 px, sub-pixel step) as one key.
std::uint64_t keyOf(std::uint16_t font, std::uint16_t glyph, float sizePx, int subpixel) {
    const auto size = static_cast<std::uint64_t>(std::lround(sizePx * 16.0f)) & 0xFFFFF;
    return (std::uint64_t{font} << 40) | (std::uint64_t{glyph} << 24) | (size << 4) | static_cast<std::uint64_t>(subpixel);
}

}  // namespace

const GlyphCache::Entry& GlyphCache::find(const TrueTypeMetrics& metrics, std::uint16_t font, std::uint16_t glyph,
                                          float sizePx, int subpixel) {
    if (metrics.fontsGeneration() != fontsGeneration_) {  // a font changed: its glyphs may have too
        clear();
        fontsGeneration_ = metrics.fontsGeneration();
    }
    const bool colorFont = metrics.isColorFont(font);
    if (colorFont) subpixel = 0;
    const std::uint64_t key = keyOf(font, glyph, sizePx, subpixel);
    const auto found = entries_.find(key);
    if (found != entries_.end()) return found->second;
    Entry entry;
    metrics.rasterize(font, glyph, sizePx, static_cast<float>(subpixel) / kSubpixelSteps, bitmap_);
    Page& page = bitmap_.color ? color_ : text_;
    int x = 0, y = 0;
    if (bitmap_.width > 0 && bitmap_.height > 0) {
        if (!page.place(bitmap_.width + 2 * kPadding, bitmap_.height + 2 * kPadding, x, y)) {
            full_ = true;
            return kNothing;  // not kept: it is drawn once there is room again
        }
        const int bpp = page.bytesPerPixel_;
        const auto size = static_cast<std::size_t>(page.size_);
        if (page.pixels_.empty()) page.pixels_.assign(size * size * static_cast<std::size_t>(bpp), 0);
        for (int row = 0; row < bitmap_.height; ++row) {
            unsigned char* out = &page.pixels_[((y + kPadding + row) * size + x + kPadding) * bpp];
            if (bitmap_.color) {
                const unsigned char* in = &bitmap_.coverage[static_cast<std::size_t>(row) * bitmap_.width * 4];
                std::copy(in, in + static_cast<std::size_t>(bitmap_.width) * 4, out);
                continue;
            }
            const unsigned char* in = &bitmap_.coverage[static_cast<std::size_t>(row) * bitmap_.width];
            for (int col = 0; col < bitmap_.width; ++col) {
                out[2 * col] = 255;
                out[2 * col + 1] = in[col];
            }
        }
        page.dirtyTop_ = std::min(page.dirtyTop_, y);
        page.dirtyBottom_ = std::max(page.dirtyBottom_, y + bitmap_.height + 2 * kPadding);
        const float texel = 1.0f / static_cast<float>(page.size_);
        entry.x0 = static_cast<float>(bitmap_.left);
        entry.y0 = static_cast<float>(bitmap_.top);
        entry.x1 = entry.x0 + static_cast<float>(bitmap_.width);
        entry.y1 = entry.y0 + static_cast<float>(bitmap_.height);
        entry.uv0 = ImVec2(static_cast<float>(x + kPadding) * texel, static_cast<float>(y + kPadding) * texel);
        entry.uv1 = ImVec2(static_cast<float>(x + kPadding + bitmap_.width) * texel,
                           static_cast<float>(y + kPadding + bitmap_.height) * texel);
        entry.visible = true;
        entry.color = bitmap_.color;
    } else if (colorFont) {  // its picture is still being fetched: tried again when drawn next
        return kNothing;
    }
    return entries_.emplace(key, entry).first->second;
}

bool GlyphCache::Page::place(int w, int h, int& x, int& y) {
    if (w > size_ || h > size_) return false;
    for (Shelf& shelf : shelves_) {  // a shelf about as tall, with room left
        if (shelf.height >= h && shelf.height <= h + h / 4 + 2 && shelf.x + w <= size_) {
            x = shelf.x;
            y = shelf.y;
            shelf.x += w;
            return true;
        }
    }
    if (nextShelfY_ + h > size_) return false;
    shelves_.push_back({nextShelfY_, h + h / 8, w});
    x = 0;
    y = nextShelfY_;
    nextShelfY_ += shelves_.back().height;
    nextShelfY_ = std::min(nextShelfY_, size_);
    return true;
}

void GlyphCache::Page::clear() {
    shelves_.clear();
    nextShelfY_ = 0;
}

void GlyphCache::clear() {
    entries_.clear();
    text_.clear();
    color_.clear();
    full_ = false;
}

bool GlyphCache::Page::takeDirty(int& top, int& bottom) {
    if (dirtyTop_ >= dirtyBottom_) return false;
    top = dirtyTop_;
    bottom = std::min(dirtyBottom_, size_);
    dirtyTop_ = 1 << 30;
    dirtyBottom_ = 0;
    return true;
}

void drawText(ImDrawList& list, GlyphCache& cache, const TrueTypeMetrics& metrics, FontFace face,
              std::string_view text, float x, float baseline, float sizePx, ImU32 color, float glyphSizePx,
              bool rtl) {
    const float drawnSize = glyphSizePx > 0.0f ? glyphSizePx : sizePx;
    static std::vector<PlacedGlyph> placed;  // scratch: drawing happens on one thread
    placed.clear();
    placeGlyphs(metrics, face, text, sizePx, placed, rtl);
    list.PushTextureID(cache.text().texture);
    for (const PlacedGlyph& g : placed) {
        const float penX = x + g.x;
        const float whole = std::floor(penX);
        const int subpixel = std::min(GlyphCache::kSubpixelSteps - 1,
                                      static_cast<int>((penX - whole) * GlyphCache::kSubpixelSteps));
        const GlyphCache::Entry& e = cache.find(metrics, g.font, g.glyph, drawnSize, subpixel);
        if (!e.visible) continue;
        const float top = baseline + std::round(g.y);
        if (e.color) {  // a picture in its own colours, as opaque as the text
            list.PushTextureID(cache.color().texture);
            list.PrimReserve(6, 4);
            list.PrimRectUV(ImVec2(whole + e.x0, top + e.y0), ImVec2(whole + e.x1, top + e.y1), e.uv0, e.uv1,
                            (color & IM_COL32_A_MASK) | (IM_COL32_WHITE & ~IM_COL32_A_MASK));
            list.PopTextureID();
            continue;
        }
        list.PrimReserve(6, 4);
        list.PrimRectUV(ImVec2(whole + e.x0, top + e.y0), ImVec2(whole + e.x1, top + e.y1), e.uv0, e.uv1, color);
        if (g.emboldened) {  // synthetic bold: struck again a little to the right (at least one device px)
            const float shift = std::max(1.0f, std::round(drawnSize * kSyntheticBoldEm));
            list.PrimReserve(6, 4);
            list.PrimRectUV(ImVec2(whole + shift + e.x0, top + e.y0), ImVec2(whole + shift + e.x1, top + e.y1), e.uv0,
                            e.uv1, color);
        }
    }
    list.PopTextureID();
}

}  // namespace folio::ui
