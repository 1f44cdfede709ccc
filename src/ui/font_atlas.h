// The Dear ImGui font atlas for a layout: one ImFont per (face, size) the layout uses, baked at
// size x devicePixelRatio from the same TTF bytes the core measures with, so glyphs are never a
// scaled bitmap and advances match the layout exactly.
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
    // Adds a request for every (face, size) the spans of `layout` use, with their glyphs.
    static void collect(const Layout& layout, std::vector<FontRequest>& requests);

    // True when `requests` at `dpr` need fonts the atlas does not hold yet.
    bool needsRebuild(const std::vector<FontRequest>& requests, float dpr) const;

    // Clears `atlas` and bakes every request at size x `dpr` from `metrics`' TTF bytes (which must
    // outlive the atlas: the atlas does not own them). Returns false when a face has no font;
    // the caller must then upload the new texture (the GL backend does not notice by itself).
    bool rebuild(ImFontAtlas& atlas, const TrueTypeMetrics& metrics,
                 const std::vector<FontRequest>& requests, float dpr);

    // The font baked for `face` at `sizePx` CSS px; nullptr when it was not requested.
    ImFont* find(FontFace face, float sizePx) const;

    float dpr() const { return dpr_; }

private:
    static std::uint64_t key(FontFace face, float sizePx);
    std::unordered_map<std::uint64_t, ImFont*> fonts_;
    std::unordered_map<std::uint64_t, std::u32string> baked_;  // glyphs baked per key
    std::vector<std::vector<ImWchar>> ranges_;                  // glyph ranges, kept alive until Build
    float dpr_ = 0.0f;
};

}  // namespace folio::ui
