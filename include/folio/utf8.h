// UTF-8 helpers: decoding, encoding and cutting on character boundaries.
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

// At most `maxBytes` bytes of `utf8`, cut before the first character that does not fit whole (a
// malformed byte counts as a character of one byte).
std::string clipUtf8(std::string_view utf8, std::size_t maxBytes);

// clipUtf8(utf8, maxBytes) followed by "…" (3 more bytes) when something was cut: text for messages.
std::string shortenUtf8(std::string_view utf8, std::size_t maxBytes);

}  // namespace folio
