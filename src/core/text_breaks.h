// Internal to the typesetter: where text may break between two characters without a space, and
// which white space collapses. Layout splits texts into pieces with these rules, and drawing and the
// PDF split a line's text again with the same rules, to shape each piece as it was measured.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "folio/emoji.h"
#include "folio/word_dictionary.h"

namespace folio::detail {

// LINE SEPARATOR: a line break inside a paragraph (an HTML <br>); the line ends there.
constexpr char32_t kLineSeparator = 0x2028;

// White space that collapses into one breakable space.
inline bool isCollapsibleSpace(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';
}

// Letters for the "break after a dash when a letter follows" rule: ASCII letters and anything
// from U+00C0 up that is not punctuation, symbols or the replacement character.
inline bool isLetter(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp >= 0xFE00 && cp <= 0xFE6F) return false;  // variation selectors, CJK compatibility forms
    return cp != 0xFFFD;
}

inline bool isDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// CJK ideographs, kana and fullwidth forms: lines may break between two of them. Not Hangul:
// Korean breaks at its spaces, between words.
inline bool isCjk(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

// CJK closing punctuation and marks that must not start a line (a small kinsoku set).
inline bool noBreakBefore(char32_t cp) {
    switch (cp) {
        case 0x3001: case 0x3002: case 0x3009: case 0x300B: case 0x300D: case 0x300F: case 0x3011:
        case 0x3015: case 0x3017: case 0x3019: case 0x301B: case 0x30FC: case 0x3005: case 0x309D:
        case 0x309E: case 0x30FD: case 0x30FE: case 0x30FB: case 0xFF01: case 0xFF09: case 0xFF0C:
        case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF3D: case 0xFF5D: case 0xFF60:
        case 0xFF61: case 0xFF63: case 0xFF64:
            return true;
        default:
            return false;
    }
}

// CJK opening punctuation that must not end a line.
inline bool noBreakAfter(char32_t cp) {
    switch (cp) {
        case 0x3008: case 0x300A: case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0x3016:
        case 0x3018: case 0x301A: case 0xFF08: case 0xFF3B: case 0xFF5B: case 0xFF5F: case 0xFF62:
            return true;
        default:
            return false;
    }
}

// Between two emoji (UAX #14: ID ÷ ID), never inside one: not before a skin tone, and not between
// regional indicators (a flag is a pair of them); a zero width joiner or a selector between them
// is neither emoji, so a sequence stays whole.
inline bool isEmojiBreakBetween(char32_t prev, char32_t cp) {
    if (prev < 0x231A || cp < 0x231A) return false;  // the first emoji: most text never looks further
    const auto regional = [](char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; };
    const bool skinTone = cp >= 0x1F3FB && cp <= 0x1F3FF;
    return emojiPresentation(prev) && emojiPresentation(cp) && !skinTone && !regional(prev) && !regional(cp);
}

// True when a line may break between `prev` and `cp` (no space between them); `beforePrev` is
// the character before `prev` in the same piece, 0 when `prev` starts the piece.
inline bool breakBetween(char32_t beforePrev, char32_t prev, char32_t cp) {
    if (prev == '-' || prev == 0x2010)  // "well-known", not "-5" or "--flag"
        return isLetter(cp) && (isLetter(beforePrev) || isDigit(beforePrev));
    if (prev == 0x2013 || prev == 0x2014) return beforePrev != 0 && isLetter(cp);
    // Around CJK: between two CJK characters, and between one and a letter or digit (UAX #14: ID ÷ AL,
    // ID ÷ NU and back), never before closing or after opening punctuation (kinsoku).
    const bool cjkBreak = (isCjk(prev) && (isLetter(cp) || isDigit(cp))) ||
                          ((isLetter(prev) || isDigit(prev)) && isCjk(cp));
    if (isEmojiBreakBetween(prev, cp)) return true;
    return cjkBreak && !noBreakBefore(cp) && !noBreakAfter(prev);
}

// The break opportunities between words inside runs of Thai, Lao, Khmer and Myanmar (characters of
// folio::wordScriptOf) whose script has a dictionary: where findWordBoundaries puts them. Found
// for a stretch of text in one face, link and bidi level, which drawing sees as one Span: layout
// finds them in each such stretch of a paragraph, drawing in each span's text (a line's part of
// such a stretch, which begins and ends at a break or at the stretch's ends), and both get the
// same ones (findWordBoundaries gives the same boundaries for a run cut at one of them). Only a
// line that had to be cut inside a piece wider than the line (between clusters) may be split
// otherwise when drawn.
class DictionaryBreaks {
public:
    // Finds the breaks in bytes [begin, end) of `text` (UTF-8) with `dictionaries` (none when null),
    // after those of the stretches found before, which must come earlier in the text.
    void find(const WordDictionaries* dictionaries, std::string_view text, std::size_t begin, std::size_t end);
    // True when a break lies before byte `at` of the text. Asked in increasing order of `at`.
    bool before(std::size_t at) {
        while (next_ < breaks_.size() && breaks_[next_] < at) ++next_;
        return next_ < breaks_.size() && breaks_[next_] == at;
    }

private:
    // Segments the run collected in run_, if its script has a dictionary, and forgets it.
    void flush(const WordDictionaries& dictionaries);

    std::vector<std::size_t> breaks_;  // byte offsets in the text, increasing
    std::size_t next_ = 0;             // the first of breaks_ that `before` has not passed
    std::u32string run_;               // the run being collected
    std::vector<std::size_t> offsets_;  // the byte offset of each of its characters
    WordScript script_ = WordScript::Thai;
    std::vector<std::uint32_t> found_;  // scratch: boundaries in the run, character indices
};

}  // namespace folio::detail
