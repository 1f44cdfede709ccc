// TrueTypeMetrics: advances, kerning and vertical metrics read with stb_truetype, cached per face.
// stb_truetype is compiled once, in stb_libs.cpp.
#include "folio/font_metrics.h"

#include "folio/font_check.h"
#include "font_face.h"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>

#include <stb_truetype.h>

namespace folio {

bool TrueTypeMetrics::setFace(FontFace face, std::vector<unsigned char> ttf) {
    std::string ignored;
    return setFace(face, std::move(ttf), ignored);
}

// Validates (fontProblem) and loads `ttf` for `face`, reading the vertical metrics and the fallback advance.
bool TrueTypeMetrics::setFace(FontFace face, std::vector<unsigned char> ttf, std::string& error) {
    error = fontProblem(ttf);
    if (!error.empty()) return false;
    auto loaded = std::make_unique<Face>();
    loaded->glyphCount = fontGlyphCount(ttf);
    loaded->ttf = std::move(ttf);
    if (!stbtt_InitFont(&loaded->info, loaded->ttf.data(), 0)) {
        error = "stb_truetype cannot read it";
        return false;
    }
    loaded->scale = stbtt_ScaleForMappingEmToPixels(&loaded->info, 1.0f);
    int ascent = 0;
    int descent = 0;
    int lineGap = 0;
    stbtt_GetFontVMetrics(&loaded->info, &ascent, &descent, &lineGap);
    loaded->vertical.ascent = static_cast<float>(ascent) * loaded->scale;
    loaded->vertical.descent = -static_cast<float>(descent) * loaded->scale;
    loaded->vertical.lineGap = static_cast<float>(lineGap) * loaded->scale;
    int fallback = stbtt_FindGlyphIndex(&loaded->info, 0xFFFD);  // Dear ImGui's fallback order
    if (fallback <= 0 || static_cast<unsigned>(fallback) >= loaded->glyphCount) fallback = stbtt_FindGlyphIndex(&loaded->info, '?');
    if (fallback < 0 || static_cast<unsigned>(fallback) >= loaded->glyphCount) fallback = 0;
    loaded->fallbackAdvance = loaded->glyphAdvance(fallback);
    loaded->hasKerning = loaded->info.kern != 0 || loaded->info.gpos != 0;
    faces_[static_cast<std::size_t>(face)] = std::move(loaded);
    faceChanged();
    return true;
}

// True when `face` has a font of its own (not a fallback).
bool TrueTypeMetrics::hasFace(FontFace face) const {
    return faces_[static_cast<std::size_t>(face)] != nullptr;
}

// The slot of `face`'s font, else of the first face along its fallback chain that has one
// (SansBoldItalic -> SansBold -> Sans -> Serif, SansItalic -> Sans -> Serif, MonoBold -> Mono ->
// Sans -> Serif, other Serif faces -> Serif); kFontFaceCount when none is set.
std::size_t TrueTypeMetrics::slotOf(FontFace face) const {
    for (;;) {
        if (faces_[static_cast<std::size_t>(face)]) return static_cast<std::size_t>(face);
        switch (face) {
            case FontFace::SansBoldItalic: face = FontFace::SansBold; break;
            case FontFace::SansBold:
            case FontFace::SansItalic:
            case FontFace::Mono: face = FontFace::Sans; break;
            case FontFace::MonoBold: face = FontFace::Mono; break;
            case FontFace::Serif: return kFontFaceCount;
            default: face = FontFace::Serif; break;
        }
    }
}

// The font of `face` after fallback; null when none is set.
const TrueTypeMetrics::Face* TrueTypeMetrics::resolve(FontFace face) const {
    const std::size_t slot = slotOf(face);
    return slot < kFontFaceCount ? faces_[slot].get() : nullptr;
}

// The TTF bytes used for `face` after fallback.
const std::vector<unsigned char>& TrueTypeMetrics::bytes(FontFace face) const {
    static const std::vector<unsigned char> none;
    const Face* resolved = resolve(face);
    return resolved ? resolved->ttf : none;
}

// Advance of `cp` in em (the fallback glyph's when missing; 0.5 em when no font is set).
float TrueTypeMetrics::advance(FontFace face, char32_t cp) const {
    const Face* resolved = resolve(face);
    return resolved ? resolved->glyph(cp).advance : font_face::kNoFontAdvance;
}

// Pair adjustment in em from the kern table or GPOS pair positioning, cached per glyph pair.
float TrueTypeMetrics::kerning(FontFace face, char32_t left, char32_t right) const {
    const Face* resolved = resolve(face);
    if (!resolved || !resolved->hasKerning) return 0.0f;
    const int g1 = resolved->glyph(left).index;
    const int g2 = resolved->glyph(right).index;
    if (g1 <= 0 || g2 <= 0 || g1 > 0xFFFF || g2 > 0xFFFF) return 0.0f;
    const std::uint32_t key = (static_cast<std::uint32_t>(g1) << 16) | static_cast<std::uint32_t>(g2);
    const auto found = resolved->kerns.find(key);
    if (found != resolved->kerns.end()) return found->second;
    const float em = static_cast<float>(stbtt_GetGlyphKernAdvance(&resolved->info, g1, g2)) * resolved->scale;
    resolved->kerns.emplace(key, em);
    return em;
}

// hhea ascent, descent and line gap in em (defaults when no font is set).
VerticalMetrics TrueTypeMetrics::vertical(FontFace face) const {
    const Face* resolved = resolve(face);
    return resolved ? resolved->vertical : VerticalMetrics{};
}

}  // namespace folio
