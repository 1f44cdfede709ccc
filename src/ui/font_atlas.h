// The Dear ImGui font atlas of the toolbar and panels: one ImFont per (face, size) requested, baked
// at size x devicePixelRatio from the same TTF bytes the core measures with, so glyphs are never a
// scaled bitmap. The article's text is drawn by glyph id from a GlyphCache (ui/glyph_cache.h).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "folio/font_metrics.h"
#include "folio/layout.h"

namespace folio::ui {

// One font the atlas must hold: a face at a size, with the text it must be able to draw.
struct FontRequest {
    FontFace face = FontFace::Serif;
    float sizePx = 16.0f;  // CSS px; the atlas bakes it at sizePx x devicePixelRatio
    std::u32string glyphs; // code points to bake, in addition to the always-present basic set
};

class FontAtlas {
public:
    // True when `requests` at `dpr` need fonts the atlas does not hold yet, or when a face's TTF
    // bytes in `metrics` are not the ones baked (a face that fell back to another has since arrived).
    bool needsRebuild(const TrueTypeMetrics& metrics, const std::vector<FontRequest>& requests, float dpr) const;

    // Bakes every request at size x `dpr` from `metrics`' TTF bytes (which must outlive the atlas:
    // it does not own them), replacing what it held. Returns false when a face has no font.
    // The caller must then upload the new texture (the 1.86 GL backend does not notice by itself).
    bool rebuild(const TrueTypeMetrics& metrics, const std::vector<FontRequest>& requests, float dpr);

    // The Dear ImGui atlas (owned by this object): point ImGuiIO::Fonts at it to draw with it.
    ImFontAtlas& imgui() { return atlas_; }

    // The font baked for `face` at `sizePx` CSS px; nullptr when it was not requested.
    ImFont* find(FontFace face, float sizePx) const;

    float dpr() const { return dpr_; }

private:
    static std::uint64_t key(FontFace face, float sizePx);
    ImFontAtlas atlas_;
    std::unordered_map<std::uint64_t, ImFont*> fonts_;
    struct Baked {
        std::u32string glyphs;               // sorted code points
        const unsigned char* ttf = nullptr;  // the TTF bytes they were baked from
    };
    std::unordered_map<std::uint64_t, Baked> baked_;  // per key
    std::vector<std::vector<ImWchar>> ranges_;                  // glyph ranges, kept alive until Build
    float dpr_ = 0.0f;
};

}  // namespace folio::ui
