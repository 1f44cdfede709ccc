// The typeface family the reader chose for the article text.
#pragma once

#include <cstddef>
#include <cstdint>

namespace folio {

// Serif (Noto Serif) or Sans (Noto Sans) for the title, headings, body, quotes and lists.
enum class FontFamily : std::uint8_t { Serif, Sans };
constexpr std::size_t kFontFamilyCount = 2;

}  // namespace folio
