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
#include "pdf_objects.h"

namespace folio::pdf {

// The name of `face` in messages, e.g. "SerifBold".
const char* faceName(FontFace face);

// The fonts of one document. Faces that fall back to the same TrueType font share one PDF font.
// Keeps a reference to `metrics`, which must outlive the set and must not get new faces meanwhile.
class FontSet {
public:
    explicit FontSet(const TrueTypeMetrics& metrics);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // Index of the font that draws `face`; -1 (and `error` set) when `face` has no font or
    // stb_truetype cannot read it.
    int fontFor(FontFace face, std::string& error);
    // Number of fonts so far (indices 0 .. size() - 1).
    std::size_t size() const;

    // A TJ operator showing the UTF-8 `text` of `face` in font `font` (from fontFor(face)): 2-byte
    // glyph ids, with kerning from the metrics as adjustments in 1/1000 em, e.g. "[<0024>30<0025>]TJ".
    // Kerning is applied where the layout applies it: between characters, not next to a space.
    // Code points the font lacks draw its replacement glyph (U+FFFD, else '?'), as the layout measured.
    std::string showText(int font, FontFace face, std::string_view text);

    // Writes font `font` as Type0 object `type0` (reserved by the caller) with its descendant
    // CIDFontType2, descriptor, subset TrueType file and ToUnicode CMap. False (and `error` set)
    // when the font cannot be subset or compressed.
    bool write(int font, ObjectWriter& out, int type0, std::string& error) const;

private:
    struct Font;
    const TrueTypeMetrics& metrics_;
    std::vector<std::unique_ptr<Font>> fonts_;
};

// A ToUnicode CMap mapping 2-byte codes (glyph ids) to the UTF-16BE of code points, in bfrange and
// bfchar blocks of at most 100 entries. `glyphs` maps each glyph id to the code point it shows.
std::string toUnicodeCMap(const std::map<std::uint16_t, char32_t>& glyphs);

}  // namespace folio::pdf
