// Bidi levels with FriBidi (Debian's natively; its sources for wasm), and rule L2 on runs.
#include "bidi.h"

#include <algorithm>

#include <fribidi.h>

#include "folio/utf8.h"

namespace folio::detail {

namespace {

// Characters that make a paragraph need the algorithm: Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Samaritan, Mandaic and their presentation forms, the right-to-left scripts of the SMP, the
// right-to-left mark and every explicit embedding, override and isolate (which raise levels).
bool needsAlgorithm(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
           (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF) || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::vector<std::uint8_t> bidiLevels(std::string_view text, TextDirection direction, bool& rtl) {
    rtl = direction == TextDirection::Rtl;
    std::vector<FriBidiChar> chars;
    std::vector<std::uint32_t> starts;  // byte offset of each character
    bool needed = rtl;
    for (std::size_t pos = 0; pos < text.size();) {
        starts.push_back(static_cast<std::uint32_t>(pos));
        const char32_t cp = nextCodepoint(text, pos);
        chars.push_back(cp);
        needed = needed || needsAlgorithm(cp);
    }
    if (!needed || chars.empty()) return {};
    const auto length = static_cast<FriBidiStrIndex>(chars.size());
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    std::vector<FriBidiLevel> levels(chars.size());
    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType base = direction == TextDirection::Rtl   ? FRIBIDI_PAR_RTL
                          : direction == TextDirection::Ltr ? FRIBIDI_PAR_LTR
                                                            : FRIBIDI_PAR_WLTR;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()) == 0)
        return {};  // out of memory: left to right
    rtl = FRIBIDI_IS_RTL(base);
    std::vector<std::uint8_t> out(text.size(), 0);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        std::fill(out.begin() + starts[i], out.begin() + static_cast<std::ptrdiff_t>(end), static_cast<std::uint8_t>(levels[i]));
    }
    return out;
}

void visualOrder(const std::vector<std::uint8_t>& levels, std::vector<std::size_t>& order) {
    order.resize(levels.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (levels.empty()) return;
    const std::uint8_t highest = *std::max_element(levels.begin(), levels.end());
    std::uint8_t lowestOdd = 0xFF;
    for (const std::uint8_t level : levels)
        if (level & 1) lowestOdd = std::min(lowestOdd, level);
    if (lowestOdd == 0xFF) return;  // nothing right to left
    // From the highest level down to the lowest odd one, reverse every sequence at that level or above.
    for (int level = highest; level >= lowestOdd; --level) {
        for (std::size_t i = 0; i < order.size();) {
            if (levels[order[i]] < level) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < order.size() && levels[order[end]] >= level) ++end;
            std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end));
            i = end;
        }
    }
}

}  // namespace folio::detail
