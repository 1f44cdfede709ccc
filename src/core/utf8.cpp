// UTF-8 decoding and encoding (RFC 3629): strict, never throws, never reads past the input.
#include "folio/utf8.h"

namespace folio {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// True when `b` is a continuation byte (10xxxxxx).
bool isContinuation(unsigned char b) { return (b & 0xC0u) == 0x80u; }

}  // namespace

// Decodes one code point; anything but a well-formed shortest-form scalar value gives U+FFFD
// and consumes exactly one byte, so the caller always makes progress and resynchronises.
char32_t nextCodepoint(std::string_view s, std::size_t& pos) {
    const auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byteAt(pos);
    if (lead < 0x80u) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0u) == 0xC0u) {
        length = 2;
        cp = lead & 0x1Fu;
        minimum = 0x80;
    } else if ((lead & 0xF0u) == 0xE0u) {
        length = 3;
        cp = lead & 0x0Fu;
        minimum = 0x800;
    } else if ((lead & 0xF8u) == 0xF0u) {
        length = 4;
        cp = lead & 0x07u;
        minimum = 0x10000;
    } else {  // stray continuation byte or 0xF8..0xFF
        ++pos;
        return kReplacement;
    }
    if (s.size() - pos < length) {  // truncated
        ++pos;
        return kReplacement;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = byteAt(pos + i);
        if (!isContinuation(b)) {
            ++pos;
            return kReplacement;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    const bool overlong = cp < minimum;
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) {
        ++pos;
        return kReplacement;
    }
    pos += length;
    return cp;
}

// Encodes `cp` in 1 to 4 bytes; surrogates and out-of-range values become U+FFFD.
void appendUtf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace folio

namespace folio {

std::string clipUtf8(std::string_view utf8, std::size_t maxBytes) {
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        nextCodepoint(utf8, pos);
        if (pos > maxBytes) break;
        end = pos;
    }
    return std::string(utf8.substr(0, end));
}

std::string shortenUtf8(std::string_view utf8, std::size_t maxBytes) {
    std::string out = clipUtf8(utf8, maxBytes);
    if (out.size() < utf8.size()) out += "\u2026";
    return out;
}

}  // namespace folio
