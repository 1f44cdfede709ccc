// TrueTypeMetrics: advances, kerning and vertical metrics read with stb_truetype, cached per face.
// stb_truetype is compiled once, in stb_libs.cpp.
#include "folio/font_metrics.h"

#include "folio/font_check.h"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>

#include <stb_truetype.h>

namespace folio {

namespace {

// Code points below this are cached in flat arrays; the rest in a hash map.
constexpr char32_t kFlatCacheSize = 0x3000;
// Advance in em when no font was set at all.
constexpr float kNoFontAdvance = 0.5f;

}  // namespace

// One loaded font with its caches. The caches are filled lazily by const lookups, so a
// TrueTypeMetrics must not be used from several threads at once.
struct TrueTypeMetrics::Face {
    // A code point's glyph and advance; glyph -1 means "not looked up yet".
    struct Glyph {
        int index = -1;
        float advance = 0.0f;
    };

    std::vector<unsigned char> ttf;  // stbtt_fontinfo points into this buffer
    stbtt_fontinfo info{};
    unsigned glyphCount = 0;  // maxp numGlyphs: cmap may name glyphs past it, which count as missing
    float scale = 0.0f;  // 1 / unitsPerEm
    VerticalMetrics vertical;
    float fallbackAdvance = 0.0f;  // advance of U+FFFD, else '?', in em
    bool hasKerning = false;
    mutable std::vector<Glyph> flat;                         // code points below kFlatCacheSize
    mutable std::unordered_map<char32_t, Glyph> high;        // the others
    mutable std::unordered_map<std::uint32_t, float> kerns;  // (glyph1 << 16 | glyph2) -> em

    // Glyph index and advance in em of `cp`, cached; missing glyphs get the fallback advance.
    const Glyph& glyph(char32_t cp) const {
        Glyph* slot = nullptr;
        if (cp < kFlatCacheSize) {
            if (flat.empty()) flat.resize(kFlatCacheSize);
            slot = &flat[cp];
        } else {
            slot = &high[cp];
        }
        if (slot->index < 0) {
            slot->index = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
            if (slot->index < 0 || static_cast<unsigned>(slot->index) >= glyphCount) slot->index = 0;
            slot->advance = slot->index == 0 ? fallbackAdvance : glyphAdvance(slot->index);
        }
        return *slot;
    }

    // Advance of glyph `index` in em, uncached.
    float glyphAdvance(int index) const {
        int advance = 0;
        int bearing = 0;
        stbtt_GetGlyphHMetrics(&info, index, &advance, &bearing);
        return static_cast<float>(advance) * scale;
    }
};

TrueTypeMetrics::TrueTypeMetrics() = default;
TrueTypeMetrics::~TrueTypeMetrics() = default;

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
    return true;
}

// True when `face` has a font of its own (not a fallback).
bool TrueTypeMetrics::hasFace(FontFace face) const {
    return faces_[static_cast<std::size_t>(face)] != nullptr;
}

// The font of `face`, else of the first face along its fallback chain that has one (SansBoldItalic ->
// SansBold -> Sans -> Serif, SansItalic -> Sans -> Serif, other Serif faces -> Serif); null when none is set.
const TrueTypeMetrics::Face* TrueTypeMetrics::resolve(FontFace face) const {
    for (;;) {
        if (const Face* own = faces_[static_cast<std::size_t>(face)].get()) return own;
        switch (face) {
            case FontFace::SansBoldItalic: face = FontFace::SansBold; break;
            case FontFace::SansBold:
            case FontFace::SansItalic: face = FontFace::Sans; break;
            case FontFace::Serif: return nullptr;
            default: face = FontFace::Serif; break;
        }
    }
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
    return resolved ? resolved->glyph(cp).advance : kNoFontAdvance;
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
