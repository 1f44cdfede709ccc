// Minimal UTF-8 helpers for layout and drawing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// Decodes the code point at byte `pos` of `s` and advances `pos` past it.
// Malformed or truncated sequences yield U+FFFD and advance by one byte. `pos` must be < s.size().
char32_t nextCodepoint(std::string_view s, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out` (U+FFFD for surrogates and values above U+10FFFF).
void appendUtf8(std::string& out, char32_t cp);

}  // namespace folio
