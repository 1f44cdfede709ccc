#include "folio/palette.h"

#include <algorithm>
#include <cstddef>

namespace folio {

const Palette& paletteFor(ThemeChoice choice, bool prefersDark) {
    switch (choice) {
        case ThemeChoice::Light: return kLightPalette;
        case ThemeChoice::Sepia: return kSepiaPalette;
        case ThemeChoice::Dark: return kDarkPalette;
        case ThemeChoice::Auto: break;
    }
    return prefersDark ? kDarkPalette : kLightPalette;
}

Rgb paperColour(PrintRole role) { return role == PrintRole::Body ? kPaperPalette.text : kPaperPalette.muted; }

Rgb paperColour(BoxKind kind) {
    switch (kind) {
        case BoxKind::Image: return kPaperPalette.placeholder;
        case BoxKind::QuoteRule:
        case BoxKind::Rule: return kPaperPalette.rule;
        case BoxKind::Tint: return kPaperPalette.tint;
    }
    return kPaperPalette.rule;
}

std::string cssColour(Rgb colour) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "#";
    for (int shift = 20; shift >= 0; shift -= 4) out += kDigits[(colour >> shift) & 0xF];
    return out;
}

namespace {

template <typename Colours, std::size_t N>
std::string declarations(const Colours& colours, const ColourRole<Colours> (&roles)[N],
                         std::initializer_list<std::string_view> only = {}) {
    std::string out;
    for (const ColourRole<Colours>& role : roles) {
        if (only.size() > 0 && std::find(only.begin(), only.end(), role.name) == only.end()) continue;
        out += std::string(role.property) + ":" + cssColour(colours.*role.member) + ";";
    }
    return out;
}

}  // namespace

std::string cssProperties(const Palette& palette, std::initializer_list<std::string_view> only) {
    return declarations(palette, kPaletteRoles, only);
}
std::string cssProperties(const PaperPalette& paper) { return declarations(paper, kPaperRoles); }

}  // namespace folio
