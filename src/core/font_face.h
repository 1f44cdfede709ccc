// Internal to the font code: one loaded face of TrueTypeMetrics, read with stb_truetype, with its
// caches; HarfBuzz fonts and the Shaper that holds them and the fallbacks. Not part of the public API.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <hb.h>
#include <stb_truetype.h>

#include "folio/font_metrics.h"

namespace folio {

namespace font_face {

// Code points below this are cached in flat arrays; the rest in a hash map.
constexpr char32_t kFlatCacheSize = 0x3000;
// Advance in em when no font was set at all.
constexpr float kNoFontAdvance = 0.5f;

}  // namespace font_face

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
    mutable std::vector<Glyph> flat;                         // code points below font_face::kFlatCacheSize
    mutable std::unordered_map<char32_t, Glyph> high;        // the others
    mutable std::unordered_map<std::uint32_t, float> kerns;  // (glyph1 << 16 | glyph2) -> em

    // Glyph index and advance in em of `cp`, cached; missing glyphs get the fallback advance.
    const Glyph& glyph(char32_t cp) const {
        Glyph* slot = nullptr;
        if (cp < font_face::kFlatCacheSize) {
            if (flat.empty()) flat.resize(font_face::kFlatCacheSize);
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


// A font HarfBuzz shapes with, over bytes owned elsewhere.
class HbFont {
public:
    HbFont() = default;
    HbFont(const std::vector<unsigned char>& bytes, unsigned collection) {
        hb_blob_t* blob = hb_blob_create(reinterpret_cast<const char*>(bytes.data()),
                                         static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t* face = hb_face_create(blob, collection);
        hb_blob_destroy(blob);
        const unsigned upem = hb_face_get_upem(face);
        glyphCount_ = hb_face_get_glyph_count(face);
        font_ = hb_font_create(face);
        hb_face_destroy(face);
        scale_ = upem > 0 ? 1.0f / static_cast<float>(upem) : 0.0f;
    }
    HbFont(const HbFont&) = delete;
    HbFont& operator=(const HbFont&) = delete;
    HbFont(HbFont&& other) noexcept { *this = std::move(other); }
    HbFont& operator=(HbFont&& other) noexcept {
        std::swap(font_, other.font_);
        std::swap(scale_, other.scale_);
        std::swap(glyphCount_, other.glyphCount_);
        return *this;
    }
    ~HbFont() { hb_font_destroy(font_); }

    // True when HarfBuzz read a font with glyphs from the bytes.
    bool usable() const { return font_ != nullptr && glyphCount_ > 0 && scale_ > 0.0f; }
    hb_font_t* get() const { return font_; }
    float scale() const { return scale_; }  // em per font unit
    bool has(char32_t cp) const {
        hb_codepoint_t glyph = 0;
        return font_ != nullptr && hb_font_get_nominal_glyph(font_, cp, &glyph) && glyph != 0;
    }
    // The glyph drawn for a character no font has: U+FFFD, else '?', else .notdef (0).
    hb_codepoint_t replacement() const {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font_, 0xFFFD, &glyph) && glyph != 0) return glyph;
        if (hb_font_get_nominal_glyph(font_, '?', &glyph)) return glyph;
        return 0;
    }

private:
    hb_font_t* font_ = nullptr;
    float scale_ = 0.0f;
    unsigned glyphCount_ = 0;
};


// HarfBuzz fonts for the faces and the fallbacks, the fonts chosen per character, shaped texts.
struct TrueTypeMetrics::Shaper {
    struct Fallback {
        std::vector<unsigned char> bytes;
        unsigned collection = 0;
        FallbackStyle style = FallbackStyle::Any;
        bool bold = false;
        std::string language;  // FallbackFontFile::language
        int sliceOf = -1;      // FallbackFontFile::sliceOf
        bool color = false;    // its glyphs are colour pictures (CBLC/CBDT: emoji), not outlines
        HbFont font;
    };
    // A colour glyph's picture at its strike's size, decoded (from the font, or given by addColorGlyph),
    // with where the font places it (px of the strike).
    struct ColorPicture {
        int ppem = 0, bearingX = 0, bearingY = 0;
        int width = 0, height = 0;
        std::vector<unsigned char> rgba;
    };

    std::array<HbFont, kFontFaceCount> faces;   // by the face slot whose bytes they read; made lazily
    std::array<bool, kFontFaceCount> made{};
    std::vector<std::unique_ptr<Fallback>> fallbacks;
    std::unordered_map<std::uint64_t, std::uint16_t> fallbackOf;  // (face << 32 | cp) -> font
    std::unordered_map<std::string, ShapedText> cache;            // face byte + text -> shaped
    std::vector<std::unique_ptr<stbtt_fontinfo>> raster;         // by font; made lazily
    std::vector<bool> rasterTried;
    std::unordered_map<std::uint32_t, ColorPicture> pictures;  // (fallback << 16 | glyph) -> picture
    std::vector<std::pair<std::size_t, std::uint16_t>> picturesWanted;  // (font, glyph), each once
    std::unordered_set<std::uint32_t> wantedKeys;  // picturesWanted, by picture key, to look up
    PictureDecoder decoder = nullptr;  // setPictureDecoder's
    std::string key;
    std::string language;  // setLanguage's tag
    hb_buffer_t* buffer = hb_buffer_create();
    hb_unicode_funcs_t* ucd = hb_unicode_funcs_get_default();

    ~Shaper() { hb_buffer_destroy(buffer); }

    // The HarfBuzz font of font index `font`; null when there is none.
    const HbFont* font(const TrueTypeMetrics& metrics, std::size_t font) {
        if (font < kFontFaceCount) {
            if (!made[font]) {
                const std::vector<unsigned char>& bytes = metrics.fontBytes(font);
                if (!bytes.empty()) faces[font] = HbFont(bytes, 0);
                made[font] = true;
            }
            return faces[font].usable() ? &faces[font] : nullptr;
        }
        const std::size_t i = font - kFontFaceCount;
        return i < fallbacks.size() ? &fallbacks[i]->font : nullptr;
    }

    // The fallback font for `cp` in `face`: of the face's style and weight if one has it, else the
    // first that has it; `none` when no fallback has it.
    std::uint16_t fallbackFor(FontFace face, char32_t cp, std::uint16_t none);
    // The colour font (one with emoji pictures) that has `cp`, the first added; `none` when none has it.
    std::uint16_t colorFontFor(char32_t cp, std::uint16_t none) const;
    // The fallback behind font index `font` when it is a colour font; null otherwise.
    const Fallback* colorFont(std::size_t font) const {
        const std::size_t i = font - kFontFaceCount;
        return font >= kFontFaceCount && i < fallbacks.size() && fallbacks[i]->color ? fallbacks[i].get() : nullptr;
    }
    // The decoded picture of colour glyph `glyph` of font `font`; null when the font holds none and
    // none was given (it is then remembered in picturesWanted) or it cannot be decoded.
    const ColorPicture* picture(std::size_t font, std::uint16_t glyph);
    // Notes colour glyph `glyph` of font `font` in picturesWanted when the font holds only its place
    // (or no decoder was given) and no picture was given yet. Cheap once noted: shaping and every
    // frame drawn while pictures are missing ask.
    void wantPicture(std::size_t font, std::uint16_t glyph);
    // The key of a colour glyph's picture in `pictures` and `wantedKeys`.
    static std::uint32_t pictureKey(std::size_t font, std::uint16_t glyph) {
        return static_cast<std::uint32_t>((font - kFontFaceCount) << 16 | glyph);
    }

    // The stb_truetype view of font `font` for drawing its glyphs; null when it cannot be read.
    const stbtt_fontinfo* rasterFont(const TrueTypeMetrics& metrics, std::size_t font);
};

}  // namespace folio
