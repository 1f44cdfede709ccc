// Paper sizes for print.
#pragma once

#include <cstdint>

namespace folio {

enum class Paper : std::uint8_t { A4, Letter };  // portrait

// Page width and height of `paper` in pt (A4 595.28 x 841.89, Letter 612 x 792).
float paperWidthPt(Paper paper);
float paperHeightPt(Paper paper);

}  // namespace folio
