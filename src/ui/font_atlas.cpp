#include "ui/font_atlas.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "folio/utf8.h"

namespace folio::ui {
namespace {

// Always baked: the space, and what Dear ImGui falls back to for a missing glyph.
constexpr char32_t kAlwaysBaked[] = {U' ', U'?', U'.', U'\u2026', U'\uFFFD'};

// Sorted, unique code points of `text` plus kAlwaysBaked, limited to what ImWchar can hold.
std::u32string glyphSet(std::u32string text) {
    text.append(std::begin(kAlwaysBaked), std::end(kAlwaysBaked));
    std::sort(text.begin(), text.end());
    text.erase(std::unique(text.begin(), text.end()), text.end());
    const char32_t maxWchar = static_cast<char32_t>(IM_UNICODE_CODEPOINT_MAX);
    text.erase(std::remove_if(text.begin(), text.end(), [&](char32_t c) { return c > maxWchar || c < 0x20; }),
               text.end());
    return text;
}

// Dear ImGui glyph ranges (inclusive pairs, zero-terminated) covering exactly `sorted`.
std::vector<ImWchar> toRanges(const std::u32string& sorted) {
    std::vector<ImWchar> ranges;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1) ++j;
        ranges.push_back(static_cast<ImWchar>(sorted[i]));
        ranges.push_back(static_cast<ImWchar>(sorted[j]));
        i = j + 1;
    }
    ranges.push_back(0);
    return ranges;
}

bool containsAll(const std::u32string& sortedHaystack, const std::u32string& sortedNeedles) {
    return std::includes(sortedHaystack.begin(), sortedHaystack.end(), sortedNeedles.begin(), sortedNeedles.end());
}

}  // namespace

std::uint64_t FontAtlas::key(FontFace face, float sizePx) {
    // Sizes are kept to 1/64 px: layout sizes are products of a few ratios, never closer than that.
    const auto size = static_cast<std::uint64_t>(std::lround(sizePx * 64.0f));
    return (size << 8) | static_cast<std::uint64_t>(face);
}

bool FontAtlas::needsRebuild(const TrueTypeMetrics& metrics, const std::vector<FontRequest>& requests, float dpr) const {
    if (dpr != dpr_) return true;
    for (const FontRequest& request : requests) {
        auto it = baked_.find(key(request.face, request.sizePx));
        if (it == baked_.end() || it->second.ttf != metrics.bytes(request.face).data() ||
            !containsAll(it->second.glyphs, glyphSet(request.glyphs))) {
            return true;
        }
    }
    return false;
}

bool FontAtlas::rebuild(const TrueTypeMetrics& metrics, const std::vector<FontRequest>& requests, float dpr) {
    atlas_.Clear();
    fonts_.clear();
    baked_.clear();
    ranges_.clear();
    ranges_.reserve(requests.size());
    dpr_ = dpr;
    bool complete = true;
    for (const FontRequest& request : requests) {
        const std::vector<unsigned char>& ttf = metrics.bytes(request.face);
        if (ttf.empty()) {
            complete = false;
            continue;
        }
        const float devicePx = request.sizePx * dpr;
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        // Oversampling buys sub-pixel positioning for small text; large text does not need it.
        config.OversampleH = devicePx < 36.0f ? 2 : 1;
        config.OversampleV = 1;
        config.PixelSnapH = false;
        // ImGui sizes a font by ascent-to-descent height; layout sizes it by the em.
        const VerticalMetrics vm = metrics.vertical(request.face);
        const float heightPx = devicePx * (vm.ascent + vm.descent);
        std::u32string glyphs = glyphSet(request.glyphs);
        ranges_.push_back(toRanges(glyphs));
        ImFont* font = atlas_.AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), static_cast<int>(ttf.size()),
                                                  heightPx, &config, ranges_.back().data());
        const std::uint64_t k = key(request.face, request.sizePx);
        fonts_[k] = font;
        baked_[k] = Baked{std::move(glyphs), ttf.data()};
    }
    atlas_.Build();
    return complete;
}

ImFont* FontAtlas::find(FontFace face, float sizePx) const {
    auto it = fonts_.find(key(face, sizePx));
    return it == fonts_.end() ? nullptr : it->second;
}

}  // namespace folio::ui
