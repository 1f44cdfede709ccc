// Internal to the PDF writer: the fonts a document draws with (one per TrueType font its faces
// resolve to), the glyphs used from each, and their PDF objects. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "folio/font_metrics.h"
#include "folio/glyph_run.h"
#include "pdf_objects.h"

namespace folio::pdf {

// The name of `face` in messages, e.g. "SerifBold".
const char* faceName(FontFace face);

// The fonts of one document: one PDF font per font of the metrics that draws a glyph (a face's
// own, or a fallback for another script). Keeps a reference to `metrics`, which must outlive the set
// and must not get new fonts meanwhile.
class FontSet {
public:
    explicit FontSet(const TrueTypeMetrics& metrics);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // Number of fonts so far (indices 0 .. size() - 1, selected as /F<index + 1>).
    std::size_t size() const;

    // Appends to `out` the operators (inside a text object) that show `text` of `face` at `sizePt`
    // with its left edge at (x, baseline) in PDF coordinates (pt, y up): the glyphs layout shaped
    // (folio::placeGlyphs), a Tf where the font changes, a Tm and a TJ per run of glyphs in one font
    // on one baseline offset, with adjustments (1/1000 em) that put each glyph where it was shaped.
    // A cluster whose glyphs do not map back one to one (a ligature, a conjunct, reordered marks)
    // is wrapped in a Span with ActualText, so that copying and extraction give its characters;
    // right-to-left glyphs stand where they are drawn, each naming its character, as readers expect. `rtl`: the text runs right to left (an odd bidi level);
    // `spaceAfter`: a space follows the text, invisible, shown for extraction (after the text's end
    // in reading order). `font` and `fontSize` are the text state, kept across calls; the fonts used
    // are added to `used`. False (and `error` set) when a font cannot be read.
    bool showText(std::string_view text, FontFace face, float sizePt, float x, float baseline, bool rtl, bool spaceAfter,
                  std::string& out, int& font, float& fontSize, std::vector<int>& used, std::string& error);

    // Writes font `font` as Type0 object `type0` (reserved by the caller) with its descendant
    // CIDFontType2, descriptor, subset TrueType file and ToUnicode CMap; a font of CFF outlines or of
    // a collection as a Type3 font of its glyphs' outlines. False (and `error` set) when the font
    // cannot be subset or compressed.
    bool write(int font, ObjectWriter& out, int type0, std::string& error) const;

private:
    struct Font;
    // Index of the PDF font for font `metricsFont` of the metrics; -1 (and `error` set) when it has
    // no bytes or stb_truetype cannot read it.
    int fontFor(std::size_t metricsFont, FontFace face, std::string& error);
    // The PDF font and the code that show glyph `g`: its glyph id, or a Type3 font's 1-byte code
    // (a new Type3 font when the last one is full). False (and `error` set) as fontFor.
    bool codeFor(const PlacedGlyph& g, FontFace face, int& pdfFont, std::uint16_t& code, std::string& error);
    // Glyph `glyph` of Type3 font `f` as filled path operators, 1/1000 em.
    // `emboldened`: also stroked, kSyntheticBoldEm wide with round joins (synthetic bold).
    std::string outline(const Font& f, std::uint16_t glyph, bool emboldened = false) const;
    bool writeType3(const Font& f, ObjectWriter& out, int font, std::string& error) const;
    bool writeColorType3(const Font& f, ObjectWriter& out, int font, std::string& error) const;
    const TrueTypeMetrics& metrics_;
    std::vector<std::unique_ptr<Font>> fonts_;
    std::vector<int> byMetricsFont_;        // PDF font of each metrics font, -1 when none yet
    std::vector<PlacedGlyph> placed_;       // scratch
    std::string text_;                      // scratch
    std::vector<std::uint32_t> boundaries_; // scratch: cluster starts
    std::vector<std::pair<int, std::uint16_t>> codes_;  // scratch: each placed glyph's font and code
    // (metrics font << 17 | emboldened << 16 | glyph) -> font, code
    std::map<std::uint64_t, std::pair<int, std::uint16_t>> type3Codes_;
};

// The UTF-16BE of `cp` as hex digits: "00E9", or "D83DDE00" (a surrogate pair).
std::string utf16Hex(char32_t cp);

// A ToUnicode CMap mapping 2-byte codes (glyph ids), or 1-byte codes when `oneByte`, to the
// UTF-16BE of code points, in bfrange and bfchar blocks of at most 100 entries. `glyphs` maps each
// code to the code point it shows; code 0 is never mapped.
std::string toUnicodeCMap(const std::map<std::uint16_t, char32_t>& glyphs, bool oneByte = false);

}  // namespace folio::pdf
