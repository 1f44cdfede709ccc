// Emoji in text: which characters are drawn as colour pictures by default, and which start or
// continue an emoji sequence (Unicode Technical Standard #51).
#pragma once

#include <string_view>

namespace folio {

// VARIATION SELECTOR-16 and -15: the character before is drawn as an emoji (colour picture) or as
// text (monochrome).
constexpr char32_t kEmojiSelector = 0xFE0F;
constexpr char32_t kTextSelector = 0xFE0E;

// True for a character that is drawn as an emoji unless a text selector follows it (Unicode's
// Emoji_Presentation property, emoji-data.txt of Unicode 15.0).
bool emojiPresentation(char32_t cp);

// True when the character at byte `at` of `text` (UTF-8) starts an emoji drawn as a colour
// picture: one of emoji presentation not followed by a text selector, or any character followed by
// an emoji selector (a keycap "1️⃣", a heart "❤️") or a skin tone (an emoji modifier, U+1F3FB to
// U+1F3FF), or a regional indicator (flags come in pairs).
bool startsEmoji(std::string_view text, std::size_t at);

}  // namespace folio
