// Font measurement for layout. The core measures text in em units (font units / units per em),
// so a width at a given size is simply em * size: widths are linear in size.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "folio/font_family.h"

namespace folio {

// The faces layout can ask for. Serif is the default reading face; Sans is for meta lines and
// captions, and for all text when the reader picks the Sans family. New faces are appended, so that
// the numbers of the others never change.
enum class FontFace : std::uint8_t {
    Serif, SerifItalic, SerifBold, SerifBoldItalic, Sans, SansBold, SansItalic, SansBoldItalic
};
constexpr std::size_t kFontFaceCount = 8;

// The face of `family` with the given weight and slant.
constexpr FontFace familyFace(FontFamily family, bool bold, bool italic) {
    if (family == FontFamily::Sans) {
        if (bold) return italic ? FontFace::SansBoldItalic : FontFace::SansBold;
        return italic ? FontFace::SansItalic : FontFace::Sans;
    }
    if (bold) return italic ? FontFace::SerifBoldItalic : FontFace::SerifBold;
    return italic ? FontFace::SerifItalic : FontFace::Serif;
}

// Vertical metrics in em, from the font's hhea table.
struct VerticalMetrics {
    float ascent = 0.8f;   // above the baseline, positive
    float descent = 0.2f;  // below the baseline, positive
    float lineGap = 0.0f;  // recommended extra leading
};

// What layout needs to know about fonts. Implementations must be deterministic.
class FontMetrics {
public:
    virtual ~FontMetrics() = default;
    // Advance width of `cp` in em; the advance of the font's fallback glyph when `cp` is missing.
    virtual float advance(FontFace face, char32_t cp) const = 0;
    // Kerning adjustment in em to add between `left` and `right` (usually <= 0); 0 when none.
    virtual float kerning(FontFace face, char32_t left, char32_t right) const = 0;
    virtual VerticalMetrics vertical(FontFace face) const = 0;
};

// FontMetrics read from TrueType fonts with stb_truetype. A face without a font of its own falls
// back along SansBoldItalic -> SansBold -> Sans -> Serif, SansItalic -> Sans -> Serif and
// Serif* -> Serif: to the nearest face that has a font. Lookups fill caches (advances, glyph indices,
// kerning pairs), so one object must not be used from several threads at once.
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

    float advance(FontFace face, char32_t cp) const override;
    float kerning(FontFace face, char32_t left, char32_t right) const override;
    VerticalMetrics vertical(FontFace face) const override;

private:
    struct Face;
    const Face* resolve(FontFace face) const;
    std::array<std::unique_ptr<Face>, kFontFaceCount> faces_;
};

}  // namespace folio
