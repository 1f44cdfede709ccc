// Shaping: text of one face into glyphs with HarfBuzz, each character from the face's own font or,
// when the face lacks it, from the best fallback font that has it (script fallback). Shaped texts
// are cached by face and text, so that a word is shaped once however often it is drawn.
//
// Sections: the default FontMetrics::shape · HarfBuzz fonts · the Shaper (font choice, runs,
// cache) · TrueTypeMetrics' fallback and shaping members.
#include <algorithm>
#include <climits>
#include <cmath>
#include <unordered_map>
#include <utility>

#include "color_glyphs.h"
#include "folio/emoji.h"
#include "folio/fallback_fonts.h"
#include "folio/font_check.h"
#include "folio/font_metrics.h"
#include "folio/utf8.h"
#include "font_face.h"

namespace folio {

// One glyph per code point from advance() and kerning(): for metrics without real fonts (tests).
const ShapedText& FontMetrics::shape(FontFace face, std::string_view text, bool rtl) const {
    scratch_.glyphs.clear();
    scratch_.em = 0.0f;
    scratch_.missing = 0;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto begin = static_cast<std::uint32_t>(pos);
        const char32_t cp = nextCodepoint(text, pos);
        ShapedGlyph glyph;
        glyph.cluster = begin;
        glyph.font = static_cast<std::uint16_t>(face);
        glyph.glyph = static_cast<std::uint16_t>(cp & 0xFFFF);
        glyph.advance = advance(face, cp);
        if (prev != 0 && !scratch_.glyphs.empty()) scratch_.glyphs.back().advance += kerning(face, prev, cp);
        scratch_.glyphs.push_back(glyph);
        prev = cp;
    }
    for (const ShapedGlyph& g : scratch_.glyphs) scratch_.em += g.advance;
    if (rtl) std::reverse(scratch_.glyphs.begin(), scratch_.glyphs.end());
    return scratch_;
}

namespace {

// Characters that never choose a font: joiners, variation selectors and other format characters,
// which belong to the character before them.
bool isFormat(hb_unicode_funcs_t* ucd, char32_t cp) {
    return hb_unicode_general_category(ucd, cp) == HB_UNICODE_GENERAL_CATEGORY_FORMAT ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Combining marks: drawn from the font of the character they sit on when it has them.
bool isMark(hb_unicode_funcs_t* ucd, char32_t cp) {
    switch (hb_unicode_general_category(ucd, cp)) {
        case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
            return true;
        default:
            return false;
    }
}

// Punctuation, digits and symbols shared by scripts: they stay in the font of the run around them.
bool isCommon(hb_unicode_funcs_t* ucd, char32_t cp) {
    const hb_script_t script = hb_unicode_script(ucd, cp);
    return script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED;
}

// No font: what colorFontFor answers when no colour font has a character.
constexpr std::uint16_t kNoFont = 0xFFFF;

// Caches above this many shaped texts start again empty (a long article has ~20,000 distinct words).
constexpr std::size_t kMaxCachedTexts = 1u << 18;

}  // namespace

std::uint16_t TrueTypeMetrics::Shaper::fallbackFor(FontFace face, char32_t cp, std::uint16_t none) {
    const std::uint64_t k = (static_cast<std::uint64_t>(face) << 32) | cp;
    const auto found = fallbackOf.find(k);
    if (found != fallbackOf.end()) return found->second;
    int best = INT_MIN;
    std::uint16_t chosen = none;
    for (std::size_t i = 0; i < fallbacks.size(); ++i) {
        const Fallback& f = *fallbacks[i];
        if (!f.font.has(cp)) continue;
        // A colour font (emoji) only for what no other font has: text presentation is asked for.
        const int score = fallbackScore(f.style, f.bold, f.language, face, language, f.sliceOf) - (f.color ? 128 : 0);
        if (score > best) {
            best = score;
            chosen = static_cast<std::uint16_t>(kFontFaceCount + i);
        }
    }
    fallbackOf.emplace(k, chosen);
    return chosen;
}

std::uint16_t TrueTypeMetrics::Shaper::colorFontFor(char32_t cp, std::uint16_t none) const {
    for (std::size_t i = 0; i < fallbacks.size(); ++i)
        if (fallbacks[i]->color && fallbacks[i]->font.has(cp)) return static_cast<std::uint16_t>(kFontFaceCount + i);
    return none;
}

TrueTypeMetrics::TrueTypeMetrics() : shaper_(std::make_unique<Shaper>()) {}
TrueTypeMetrics::~TrueTypeMetrics() = default;

// A face's font changed: HarfBuzz fonts read from it and shaped texts are made again.
void TrueTypeMetrics::faceChanged() {
    ++fontsGeneration_;
    shaper_->raster.clear();
    shaper_->rasterTried.clear();
    shaper_->made.fill(false);
    for (HbFont& font : shaper_->faces) font = HbFont();
    shaper_->cache.clear();
    shaper_->fallbackOf.clear();
}

void TrueTypeMetrics::setLanguage(std::string tag) {
    if (tag == shaper_->language) return;
    shaper_->language = std::move(tag);
    shaper_->cache.clear();
    shaper_->fallbackOf.clear();
    ++fontsGeneration_;
}

bool TrueTypeMetrics::addFallback(std::vector<unsigned char> bytes, FallbackStyle style, bool bold, std::string& error,
                                  unsigned collection, std::string language, int sliceOf) {
    auto fallback = std::make_unique<Shaper::Fallback>();
    fallback->language = std::move(language);
    fallback->sliceOf = sliceOf;
    fallback->bytes = std::move(bytes);
    fallback->collection = collection;
    fallback->style = style;
    fallback->bold = bold;
    fallback->font = HbFont(fallback->bytes, collection);
    if (!fallback->font.usable()) {
        error = "not a font HarfBuzz can read";
        return false;
    }
    const std::string tag = fallback->bytes.size() >= 4 ? std::string(fallback->bytes.begin(), fallback->bytes.begin() + 4) : "";
    // An emoji font of colour pictures has no outlines for stb_truetype to follow: only its
    // pictures are read (color_glyphs.cpp checks every offset it follows).
    fallback->color = tag != "ttcf" && detail::hasColorGlyphs(fallback->bytes);
    if (tag != "ttcf" && tag != "OTTO" && !fallback->color) {  // what stb_truetype follows in TrueType fonts, checked
        error = fontProblem(fallback->bytes);
        if (!error.empty()) return false;
    }
    error.clear();
    if (shaper_->fallbacks.size() + kFontFaceCount >= 0xFFFF) {
        error = "too many fonts";
        return false;
    }
    shaper_->fallbacks.push_back(std::move(fallback));
    ++fontsGeneration_;
    shaper_->cache.clear();
    shaper_->fallbackOf.clear();
    return true;
}

std::size_t TrueTypeMetrics::fontCount() const { return kFontFaceCount + shaper_->fallbacks.size(); }

const std::vector<unsigned char>& TrueTypeMetrics::fontBytes(std::size_t font) const {
    static const std::vector<unsigned char> none;
    if (font < kFontFaceCount) return bytes(static_cast<FontFace>(font));
    const std::size_t i = font - kFontFaceCount;
    return i < shaper_->fallbacks.size() ? shaper_->fallbacks[i]->bytes : none;
}

unsigned TrueTypeMetrics::fontCollection(std::size_t font) const {
    const std::size_t i = font - kFontFaceCount;
    return font >= kFontFaceCount && i < shaper_->fallbacks.size() ? shaper_->fallbacks[i]->collection : 0;
}

// Splits `text` into runs of one font (see the rules at isFormat, isMark, isCommon) and shapes
// each with HarfBuzz, its script and direction guessed from its characters.
const ShapedText& TrueTypeMetrics::shape(FontFace face, std::string_view text, bool rtl) const {
    Shaper& s = *shaper_;
    s.key.assign(1, static_cast<char>(static_cast<int>(face) | (rtl ? 0x80 : 0)));
    s.key.append(text);
    const auto cached = s.cache.find(s.key);
    if (cached != s.cache.end()) return cached->second;
    if (s.cache.size() >= kMaxCachedTexts) s.cache.clear();
    ShapedText& out = s.cache[s.key];

    // The face's own font: the slot its bytes come from (face fallback), as fonts are numbered.
    const std::size_t own = slotOf(face);
    const HbFont* ownFont = own < kFontFaceCount ? s.font(*this, own) : nullptr;
    if (ownFont == nullptr) {  // no font at all: the plain measure
        out = FontMetrics::shape(face, text, rtl);
        return out;
    }
    const auto ownIndex = static_cast<std::uint16_t>(own);

    // Font per code point.
    struct Item {
        std::uint32_t begin;
        std::uint32_t end;
        std::uint16_t font;
        bool wantsColor;  // an emoji drawn from a font without colour pictures (ShapedGlyph::wantsColor)
    };
    std::vector<Item> items;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto begin = static_cast<std::uint32_t>(pos);
        const char32_t cp = nextCodepoint(text, pos);
        const auto end = static_cast<std::uint32_t>(pos);
        std::uint16_t font = ownIndex;
        bool wantsColor = false;
        const bool format = isFormat(s.ucd, cp);
        const bool inColor = !items.empty() && s.colorFont(items.back().font) != nullptr;
        // An emoji sequence stays in its colour font: joiners, selectors, tags, the keycap, skin
        // tones and what a zero width joiner joins.
        const bool continuesEmoji =
            inColor && (format || ((isMark(s.ucd, cp) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || prev == 0x200D) &&
                                   s.font(*this, items.back().font)->has(cp)));
        const bool emoji = !format && !continuesEmoji && startsEmoji(text, begin);
        const std::uint16_t color = emoji ? s.colorFontFor(cp, kNoFont) : kNoFont;
        if (continuesEmoji) {
            font = items.back().font;
        } else if (color != kNoFont) {
            font = color;
        } else if (!items.empty() && !inColor && (format || ((isMark(s.ucd, cp) || isCommon(s.ucd, cp)) &&
                                                             s.font(*this, items.back().font)->has(cp)))) {
            font = items.back().font;
            wantsColor = emoji || (format && items.back().wantsColor);
        } else if (!ownFont->has(cp) && !format) {
            font = s.fallbackFor(face, cp, ownIndex);
            wantsColor = emoji;
        } else {
            wantsColor = emoji || (format && !items.empty() && items.back().wantsColor);
        }
        if (!items.empty() && items.back().font == font && items.back().wantsColor == wantsColor) items.back().end = end;
        else items.push_back({begin, end, font, wantsColor});
        prev = cp;
    }

    // Right to left, the runs of fonts are drawn last first; each run's glyphs come out of HarfBuzz
    // in drawing order.
    if (rtl) std::reverse(items.begin(), items.end());
    for (const Item& item : items) {
        const HbFont* font = s.font(*this, item.font);
        // A bold face's characters from a regular fallback (the CJK faces come in one weight).
        const bool emboldened = faceIsBold(face) && item.font >= kFontFaceCount &&
                                !s.fallbacks[item.font - kFontFaceCount]->bold && !s.colorFont(item.font);
        hb_buffer_clear_contents(s.buffer);
        hb_buffer_add_utf8(s.buffer, text.data(), static_cast<int>(text.size()), item.begin,
                           static_cast<int>(item.end - item.begin));
        hb_buffer_set_direction(s.buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        if (!s.language.empty())
            hb_buffer_set_language(s.buffer, hb_language_from_string(s.language.data(), static_cast<int>(s.language.size())));
        hb_buffer_guess_segment_properties(s.buffer);  // the script, from the text
        hb_shape(font->get(), s.buffer, nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(s.buffer, &count);
        const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(s.buffer, &count);
        const float scale = font->scale();
        const bool colorItem = s.colorFont(item.font) != nullptr;
        for (unsigned i = 0; i < count; ++i) {
            ShapedGlyph glyph;
            glyph.cluster = info[i].cluster;
            glyph.font = item.font;
            glyph.emboldened = emboldened;
            glyph.wantsColor = item.wantsColor;
            out.wantsColor = out.wantsColor || item.wantsColor;
            glyph.glyph = static_cast<std::uint16_t>(info[i].codepoint <= 0xFFFF ? info[i].codepoint : 0);
            glyph.advance = static_cast<float>(position[i].x_advance) * scale;
            glyph.dx = static_cast<float>(position[i].x_offset) * scale;
            glyph.dy = static_cast<float>(position[i].y_offset) * scale;
            if (glyph.glyph == 0) {  // drawn as the replacement glyph, and counted
                const hb_codepoint_t replacement = font->replacement();
                glyph.glyph = static_cast<std::uint16_t>(replacement);
                glyph.advance = static_cast<float>(hb_font_get_glyph_h_advance(font->get(), replacement)) * scale;
                glyph.dx = glyph.dy = 0.0f;
                glyph.missing = true;
                ++out.missing;
            }
            out.em += glyph.advance;
            if (colorItem) {  // a picture: its place is known, its bytes may have to be fetched
                if (!glyph.missing) s.wantPicture(item.font, glyph.glyph);
                out.glyphs.push_back(glyph);
                continue;  // and its ink stays inside the line (emoji fonts draw within ascent and descent)
            }
            hb_glyph_extents_t extents;
            if (hb_font_get_glyph_extents(font->get(), glyph.glyph, &extents) && extents.height != 0) {
                out.top = std::max(out.top, glyph.dy + static_cast<float>(extents.y_bearing) * scale);
                out.bottom = std::max(out.bottom, -(glyph.dy + static_cast<float>(extents.y_bearing + extents.height) * scale));
            }
            out.glyphs.push_back(glyph);
        }
    }
    return out;
}

const stbtt_fontinfo* TrueTypeMetrics::Shaper::rasterFont(const TrueTypeMetrics& metrics, std::size_t font) {
    if (raster.size() <= font) {
        raster.resize(font + 1);
        rasterTried.resize(font + 1, false);
    }
    if (!rasterTried[font]) {
        rasterTried[font] = true;
        const std::vector<unsigned char>& bytes = metrics.fontBytes(font);
        const int offset = bytes.empty() ? -1
                                         : stbtt_GetFontOffsetForIndex(bytes.data(), static_cast<int>(metrics.fontCollection(font)));
        auto info = std::make_unique<stbtt_fontinfo>();
        if (offset >= 0 && stbtt_InitFont(info.get(), bytes.data(), offset)) raster[font] = std::move(info);
    }
    return raster[font].get();
}

void TrueTypeMetrics::Shaper::wantPicture(std::size_t font, std::uint16_t glyph) {
    const Fallback* f = colorFont(font);
    const std::uint32_t key = pictureKey(font, glyph);
    if (f == nullptr || pictures.count(key) || wantedKeys.count(key)) return;
    detail::ColorGlyphPlace place;
    if (!detail::findColorGlyph(f->bytes, glyph, place) || (place.size > 0 && decoder != nullptr)) return;
    wantedKeys.insert(key);
    picturesWanted.emplace_back(font, glyph);
}

const TrueTypeMetrics::Shaper::ColorPicture* TrueTypeMetrics::Shaper::picture(std::size_t font, std::uint16_t glyph) {
    const Fallback* f = colorFont(font);
    if (f == nullptr) return nullptr;
    const std::uint32_t key = pictureKey(font, glyph);
    const auto found = pictures.find(key);
    if (found != pictures.end()) return found->second.rgba.empty() ? nullptr : &found->second;
    wantPicture(font, glyph);  // a file of its own, or no decoder: asked for, drawn once given
    detail::ColorGlyphPlace place;
    if (wantedKeys.count(key) || !detail::findColorGlyph(f->bytes, glyph, place) || place.ppem <= 0) return nullptr;
    ColorPicture& picture = pictures[key];  // kept empty when it cannot be decoded: tried once
    const std::vector<unsigned char> png(f->bytes.begin() + static_cast<std::ptrdiff_t>(place.offset),
                                         f->bytes.begin() + static_cast<std::ptrdiff_t>(place.offset + place.size));
    if (!decoder(png, picture.rgba, picture.width, picture.height) || picture.width <= 0 || picture.height <= 0 ||
        picture.rgba.size() != static_cast<std::size_t>(picture.width) * static_cast<std::size_t>(picture.height) * 4) {
        picture.rgba.clear();
        return nullptr;
    }
    picture.ppem = place.ppem;
    picture.bearingX = place.bearingX;
    picture.bearingY = place.bearingY;
    return &picture;
}

void TrueTypeMetrics::setPictureDecoder(PictureDecoder decoder) {
    shaper_->decoder = decoder;
    // What could not be decoded may be now; pictures given stay.
    for (auto it = shaper_->pictures.begin(); it != shaper_->pictures.end();)
        it = it->second.rgba.empty() ? shaper_->pictures.erase(it) : std::next(it);
    ++fontsGeneration_;
}

bool TrueTypeMetrics::isColorFont(std::size_t font) const { return shaper_->colorFont(font) != nullptr; }

float TrueTypeMetrics::glyphAdvance(std::size_t font, std::uint16_t glyph) const {
    const HbFont* hb = font < fontCount() ? shaper_->font(*this, font) : nullptr;
    return hb == nullptr ? 0.0f : static_cast<float>(hb_font_get_glyph_h_advance(hb->get(), glyph)) * hb->scale();
}

bool TrueTypeMetrics::colorGlyph(std::size_t font, std::uint16_t glyph, ColorGlyph& out) const {
    const Shaper::ColorPicture* picture = shaper_->picture(font, glyph);
    if (picture == nullptr) return false;
    out.ppem = picture->ppem;
    out.width = picture->width;
    out.height = picture->height;
    out.bearingX = picture->bearingX;
    out.bearingY = picture->bearingY;
    out.rgba = &picture->rgba;
    return true;
}

std::vector<std::pair<std::size_t, std::uint16_t>> TrueTypeMetrics::colorGlyphsWanted() const {
    return shaper_->picturesWanted;
}

bool TrueTypeMetrics::addColorGlyph(std::size_t font, std::uint16_t glyph, int width, int height,
                                    std::vector<unsigned char> rgba, std::string& error) {
    const Shaper::Fallback* f = shaper_->colorFont(font);
    detail::ColorGlyphPlace place;
    if (f == nullptr) {
        error = "not a colour font";
        return false;
    }
    if (!detail::findColorGlyph(f->bytes, glyph, place) || place.ppem <= 0) {
        error = "the font has no picture for glyph " + std::to_string(glyph);
        return false;
    }
    if (width <= 0 || height <= 0 || width > 512 || height > 512 ||
        rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4) {
        error = "a picture of " + std::to_string(rgba.size()) + " bytes is not " + std::to_string(width) + " x " +
                std::to_string(height) + " RGBA px (at most 512 x 512)";
        return false;
    }
    const std::uint32_t key = Shaper::pictureKey(font, glyph);
    Shaper::ColorPicture& picture = shaper_->pictures[key];
    picture.ppem = place.ppem;
    picture.bearingX = place.bearingX;
    picture.bearingY = place.bearingY;
    picture.width = width;
    picture.height = height;
    picture.rgba = std::move(rgba);
    if (shaper_->wantedKeys.erase(key)) {
        auto& wanted = shaper_->picturesWanted;
        wanted.erase(std::remove(wanted.begin(), wanted.end(), std::make_pair(font, glyph)), wanted.end());
    }
    return true;  // drawn from the next frame (a glyph cache keeps no glyph whose picture was missing)
}

bool TrueTypeMetrics::rasterize(std::size_t font, std::uint16_t glyph, float sizePx, float shiftX, GlyphBitmap& out) const {
    out = GlyphBitmap();
    if (isColorFont(font)) {  // a picture, scaled to the size; nothing yet while it is being fetched
        ColorGlyph picture;
        if (!(sizePx > 0.0f) || sizePx > 4096.0f) return false;
        if (!colorGlyph(font, glyph, picture)) return true;
        const float scale = sizePx / static_cast<float>(picture.ppem);
        detail::scaleRgba(*picture.rgba, picture.width, picture.height, scale, out.coverage, out.width, out.height);
        out.left = static_cast<int>(std::lround(static_cast<float>(picture.bearingX) * scale));
        out.top = -static_cast<int>(std::lround(static_cast<float>(picture.bearingY) * scale));
        out.color = true;
        return true;
    }
    const stbtt_fontinfo* info = font < fontCount() ? shaper_->rasterFont(*this, font) : nullptr;
    if (info == nullptr || !(sizePx > 0.0f) || sizePx > 4096.0f) return false;
    const float scale = stbtt_ScaleForMappingEmToPixels(info, sizePx);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(info, glyph, scale, scale, shiftX, 0.0f, &x0, &y0, &x1, &y1);
    if (x1 <= x0 || y1 <= y0) return true;  // nothing to draw
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.left = x0;
    out.top = y0;
    out.coverage.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height), 0);
    stbtt_MakeGlyphBitmapSubpixel(info, out.coverage.data(), out.width, out.height, out.width, scale, scale, shiftX, 0.0f,
                                  glyph);
    return true;
}

}  // namespace folio
