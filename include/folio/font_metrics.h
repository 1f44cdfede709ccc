// Font measurement for layout. The core measures text in em units (font units / units per em),
// so a width at a given size is simply em * size: widths are linear in size.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "folio/font_family.h"
#include "folio/word_dictionary.h"

namespace folio {

// The faces layout can ask for. Serif is the default reading face; Sans is for meta lines and
// captions, and for all text when the reader picks the Sans family; Mono for code in either family.
// New faces are appended, so that the numbers of the others never change.
enum class FontFace : std::uint8_t {
    Serif, SerifItalic, SerifBold, SerifBoldItalic, Sans, SansBold, SansItalic, SansBoldItalic, Mono, MonoBold
};
constexpr std::size_t kFontFaceCount = 10;

// The face of `family` with the given weight and slant.
constexpr FontFace familyFace(FontFamily family, bool bold, bool italic) {
    if (family == FontFamily::Sans) {
        if (bold) return italic ? FontFace::SansBoldItalic : FontFace::SansBold;
        return italic ? FontFace::SansItalic : FontFace::Sans;
    }
    if (bold) return italic ? FontFace::SerifBoldItalic : FontFace::SerifBold;
    return italic ? FontFace::SerifItalic : FontFace::Serif;
}

// The monospace face (code), bold or not.
constexpr FontFace monoFace(bool bold) { return bold ? FontFace::MonoBold : FontFace::Mono; }

// The family, weight and slant of `face` (the monospace faces go with the sans family's fallbacks).
constexpr FontFamily faceFamily(FontFace face) {
    return static_cast<int>(face) < static_cast<int>(FontFace::Sans) ? FontFamily::Serif : FontFamily::Sans;
}
constexpr bool faceIsBold(FontFace face) {
    return face == FontFace::SerifBold || face == FontFace::SerifBoldItalic || face == FontFace::SansBold ||
           face == FontFace::SansBoldItalic || face == FontFace::MonoBold;
}
constexpr bool faceIsItalic(FontFace face) {
    return face == FontFace::SerifItalic || face == FontFace::SerifBoldItalic || face == FontFace::SansItalic ||
           face == FontFace::SansBoldItalic;
}

// Vertical metrics in em, from the font's hhea table.
struct VerticalMetrics {
    float ascent = 0.8f;   // above the baseline, positive
    float descent = 0.2f;  // below the baseline, positive
    float lineGap = 0.0f;  // recommended extra leading
};

// One glyph of shaped text. Distances are in em of the font size.
struct ShapedGlyph {
    std::uint32_t cluster = 0;  // byte offset, in the shaped text, of the first character it shows
    std::uint16_t font = 0;     // the font that draws it (TrueTypeMetrics::fontBytes); fonts
                                //   0 to kFontFaceCount - 1 are the faces' own
    std::uint16_t glyph = 0;    // glyph id in that font
    bool missing = false;       // a character no font has: `glyph` is the replacement glyph of the
                                //   face's font (U+FFFD, else '?', else .notdef)
    bool emboldened = false;    // a bold face's character drawn from a fallback font that has no
                                //   bold (Chinese, Japanese, Korean): drawing thickens it
    bool wantsColor = false;    // part of an emoji that asks for a colour picture (folio::startsEmoji)
                                //   but is drawn from a font without them: no colour font that has
                                //   it is loaded (MissingGlyphs::emoji)
    float advance = 0.0f;       // how far the pen moves after it, em
    float dx = 0.0f;            // offset from the pen, em, right positive
    float dy = 0.0f;            // offset from the baseline, em, up positive
};

// A text shaped in one face: its glyphs in drawing order (left to right).
struct ShapedText {
    std::vector<ShapedGlyph> glyphs;
    float em = 0.0f;            // sum of the advances
    std::uint32_t missing = 0;  // glyphs with `missing` set
    bool wantsColor = false;    // some glyph has `wantsColor` set
    float top = 0.0f;           // how far its ink reaches above the baseline, em (0 when not known)
    float bottom = 0.0f;        // how far its ink reaches below the baseline, em, down positive
};

// What layout needs to know about fonts. Implementations must be deterministic.
class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    // `text` (UTF-8, no white space that breaks lines) shaped in `face`, with the characters the face
    // lacks taken from fallback fonts; `rtl`: the text runs right to left (an odd bidi level), and
    // its glyphs come out in drawing order all the same. The reference is valid until the next call
    // on this object. This default sets one glyph per code point (glyph id = the code point's low
    // 16 bits) from advance() and kerning(); TrueTypeMetrics shapes with HarfBuzz.
    virtual const ShapedText& shape(FontFace face, std::string_view text, bool rtl = false) const;
    // Advance width of `cp` in em; the advance of the font's fallback glyph when `cp` is missing.
    virtual float advance(FontFace face, char32_t cp) const = 0;
    // Kerning adjustment in em to add between `left` and `right` (usually <= 0); 0 when none.
    virtual float kerning(FontFace face, char32_t left, char32_t right) const = 0;
    virtual VerticalMetrics vertical(FontFace face) const = 0;
    // The word dictionaries that break runs of Thai, Lao, Khmer and Myanmar into lines
    // (folio/word_dictionary.h), owned by the metrics; null (this default) when there are none:
    // those scripts then break as other text does. Layout and drawing both split text with them.
    virtual const WordDictionaries* wordDictionaries() const { return nullptr; }

private:
    mutable ShapedText scratch_;  // what the default shape() returns
};

// A glyph's coverage, for drawing it.
struct GlyphBitmap {
    int width = 0;   // px; 0 for a glyph with nothing to draw (a space)
    int height = 0;  // px
    int left = 0;    // the bitmap's left edge from the pen, px
    int top = 0;     // its top edge from the baseline, px, down positive (so usually negative)
    bool color = false;  // a colour glyph (emoji): `coverage` holds RGBA, 4 bytes a pixel, not
                         //   premultiplied, drawn in its own colours
    std::vector<unsigned char> coverage;  // width x height bytes, row after row, 0 (none) to 255
};

// A colour glyph's picture at the size its font drew it (its strike), for the PDF.
struct ColorGlyph {
    int ppem = 0;                    // the strike's px per em: the picture's px at 1 em are size / ppem
    int width = 0, height = 0;       // px of the strike
    int bearingX = 0;                // left edge from the pen, px of the strike
    int bearingY = 0;                // top edge above the baseline, px of the strike, up positive
    const std::vector<unsigned char>* rgba = nullptr;  // width x height RGBA, not premultiplied; owned
                                                       //   by the metrics, valid until fonts change
};

// Which reading family a fallback font suits.
enum class FallbackStyle : std::uint8_t { Any, Serif, Sans };

// FontMetrics read from TrueType fonts with stb_truetype, shaped with HarfBuzz. A face without a font
// of its own falls back along SansBoldItalic -> SansBold -> Sans -> Serif, SansItalic -> Sans -> Serif,
// MonoBold -> Mono -> Sans -> Serif and Serif* -> Serif: to the nearest face that has a font. A character that face lacks is drawn from
// the first fallback font (addFallback) that has it, preferring one of the face's style and weight.
// Lookups fill caches (advances, glyph indices, kerning pairs, shaped texts), so one object must not
// be used from several threads at once.
class TrueTypeMetrics final : public FontMetrics {
public:
    TrueTypeMetrics();
    ~TrueTypeMetrics() override;
    TrueTypeMetrics(const TrueTypeMetrics&) = delete;
    TrueTypeMetrics& operator=(const TrueTypeMetrics&) = delete;

    // Takes ownership of the TTF bytes of `face`. Returns false (and keeps the previous font, if any)
    // when the bytes are not a TrueType font stb_truetype can read.
    bool setFace(FontFace face, std::vector<unsigned char> ttf);
    // The same, saying why a font is refused in `error` (fontProblem, folio/font_check.h: e.g.
    // "hmtx: 412 bytes, 1046 needed"); `error` is empty when the font was taken.
    bool setFace(FontFace face, std::vector<unsigned char> ttf, std::string& error);
    // True once `face` has a font of its own.
    bool hasFace(FontFace face) const;
    // The TTF bytes of `face` (after fallback); empty when no font was set at all.
    // The reference stays valid until setFace is called for that face again.
    const std::vector<unsigned char>& bytes(FontFace face) const;

    // Adds a font for the characters the faces lack (another script, symbols), taking ownership of
    // its bytes; `collection` picks a font of a TrueType/OpenType collection; `language` names the
    // language whose forms it draws (FallbackFontFile::language), empty for most; `sliceOf` (a
    // FontFace value) marks a slice of that face's own font (the web's faces come in unicode-range
    // slices: folio/font_files.h), -1 for other fallbacks. Returns false, with `error` saying why,
    // when HarfBuzz or stb_truetype cannot read it. The best fallback for a character is chosen by
    // folio::fallbackScore.
    bool addFallback(std::vector<unsigned char> bytes, FallbackStyle style, bool bold, std::string& error,
                     unsigned collection = 0, std::string language = {}, int sliceOf = -1);
    // The language of the text measured next (a BCP 47 tag, may be empty): it picks the forms of
    // Chinese, Japanese and Korean characters and the language HarfBuzz shapes for.
    void setLanguage(std::string tag);
    // Adds a word dictionary (a file tools/word_dictionary.py writes) for its script, taking its
    // bytes and replacing the one that script had: text measured from then on (a new Typesetter)
    // breaks that script's runs between words. Returns false, with `error` saying why
    // (WordDictionary::read), when the bytes are refused; the dictionaries are then as they were.
    bool addWordDictionary(std::vector<unsigned char> bytes, std::string& error) {
        return words_.add(std::move(bytes), error);
    }
    const WordDictionaries* wordDictionaries() const override { return words_.empty() ? nullptr : &words_; }
    // Changes whenever a face or fallback is set: what was drawn from the fonts may have changed.
    std::uint64_t fontsGeneration() const { return fontsGeneration_; }
    // Number of fonts ShapedGlyph::font can name: kFontFaceCount plus the fallbacks.
    std::size_t fontCount() const;
    // The bytes of font `font` (a face's own after face fallback, or a fallback font); empty for an
    // unknown font or a face with no font at all. Valid until the font is replaced.
    const std::vector<unsigned char>& fontBytes(std::size_t font) const;
    // The font's index in its collection (0 for a plain font file).
    unsigned fontCollection(std::size_t font) const;
    // Draws glyph `glyph` of font `font` (ShapedGlyph::font) at `sizePx` px per em, its pen moved
    // right by `shiftX` px (0 to 1, for sub-pixel placement), into `out`. False (and `out` empty)
    // when the font is unknown or stb_truetype cannot read it.
    // A colour glyph (an emoji font's) comes out in its own colours (GlyphBitmap::color), scaled
    // from its picture; empty (true) while its picture is not there yet (colorGlyphsWanted): a
    // cache of drawn glyphs must not keep that, since giving the picture changes no fontsGeneration.
    bool rasterize(std::size_t font, std::uint16_t glyph, float sizePx, float shiftX, GlyphBitmap& out) const;
    // Decodes a colour glyph's PNG into `rgba` (`width` x `height` px, not premultiplied); false
    // when it cannot.
    using PictureDecoder = bool (*)(const std::vector<unsigned char>& png, std::vector<unsigned char>& rgba, int& width,
                                    int& height);
    // How the pictures a colour font holds are decoded (loadFallbackFonts sets the core's PNG
    // decoder). With none, the default, they are wanted from the platform (colorGlyphsWanted) as
    // those of a font that holds none: the web viewer lets the browser decode them, and its module
    // carries no PNG decoder.
    void setPictureDecoder(PictureDecoder decoder);
    // True when font `font` draws its glyphs as colour pictures (emoji: CBLC/CBDT tables).
    bool isColorFont(std::size_t font) const;
    // The advance of glyph `glyph` of font `font`, em (as shaping read it); 0 for an unknown font.
    float glyphAdvance(std::size_t font, std::uint16_t glyph) const;
    // The picture of colour glyph `glyph` of font `font`, decoded; false when `font` is not a colour
    // font, or it has no picture for the glyph (then it is in colorGlyphsWanted), or it is damaged.
    bool colorGlyph(std::size_t font, std::uint16_t glyph, ColorGlyph& out) const;
    // The colour glyphs shaped or drawn whose pictures their font does not hold (the web's copy of an
    // emoji font keeps only the pictures' places; each picture is a file of its own): (font, glyph),
    // each once, in the order first asked for; addColorGlyph takes them off.
    std::vector<std::pair<std::size_t, std::uint16_t>> colorGlyphsWanted() const;
    // Gives the picture of colour glyph `glyph` of font `font`: `width` x `height` RGBA, not
    // premultiplied (the platform decoded the file). False, with `error` saying why, when `font` is
    // not a colour font, the glyph has no place in it, or the size does not match the bytes.
    bool addColorGlyph(std::size_t font, std::uint16_t glyph, int width, int height, std::vector<unsigned char> rgba,
                       std::string& error);

    const ShapedText& shape(FontFace face, std::string_view text, bool rtl = false) const override;
    float advance(FontFace face, char32_t cp) const override;
    float kerning(FontFace face, char32_t left, char32_t right) const override;
    VerticalMetrics vertical(FontFace face) const override;

private:
    struct Face;
    struct Shaper;
    std::size_t slotOf(FontFace face) const;
    const Face* resolve(FontFace face) const;
    void faceChanged();
    std::array<std::unique_ptr<Face>, kFontFaceCount> faces_;
    std::unique_ptr<Shaper> shaper_;
    WordDictionaries words_;
    std::uint64_t fontsGeneration_ = 0;
};

}  // namespace folio
