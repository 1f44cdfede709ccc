// Internal to the typesetter: bidirectional text (the Unicode Bidirectional Algorithm, UAX #9, by
// FriBidi): embedding levels of a paragraph's characters, and the visual order of a line's runs.
// Not part of the public API.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "folio/article.h"

namespace folio::detail {

// The embedding level of every byte of the paragraph `text` (UTF-8; a character's bytes share its
// level; odd levels run right to left), for paragraph direction `direction` (Auto: rule P2, the
// first strong character, else left to right). Empty when the text has nothing right to left and
// the direction is not Rtl: every level is 0 then. `rtl` says whether the paragraph runs right to
// left.
std::vector<std::uint8_t> bidiLevels(std::string_view text, TextDirection direction, bool& rtl);

// The visual order (rule L2) of runs with embedding levels `levels`, in logical order: order[i] is
// the logical index of the run drawn i-th from the left.
void visualOrder(const std::vector<std::uint8_t>& levels, std::vector<std::size_t>& order);

}  // namespace folio::detail
