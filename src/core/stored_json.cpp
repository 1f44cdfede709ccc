// Helpers of the stored JSON forms: string output, message paths, UTF-8 lengths, UTC times.
#include "stored_json.h"

#include "folio/utf8.h"

namespace folio::stored {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The value of the two digits of `text` at `pos`; -1 when they are not digits.
int twoDigits(std::string_view text, std::size_t pos) {
    if (!isDigit(text[pos]) || !isDigit(text[pos + 1])) return -1;
    return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

// Length of "YYYY-MM-DDTHH:MM:SS", the part every isIsoUtcTime value starts with.
constexpr std::size_t kSecondsLength = 19;

}  // namespace

std::string quoted(std::string_view text) {
    return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string pathKey(std::string_view key) {
    constexpr std::size_t kMaxBytes = 60;
    const std::string clipped = clipUtf8(key, kMaxBytes);
    std::string out;
    for (char c : clipped) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    if (clipped.size() < key.size()) out += "\u2026";
    return out;
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size(); ++count) nextCodepoint(utf8, pos);
    return count;
}

std::string clipUtf8(std::string_view utf8, std::size_t maxBytes) {
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        nextCodepoint(utf8, pos);
        if (pos > maxBytes) break;
        end = pos;
    }
    return std::string(utf8.substr(0, end));
}

bool isIsoUtcTime(std::string_view text) {
    if (text.size() < kSecondsLength + 1 || text.back() != 'Z') return false;
    if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':') return false;
    if (twoDigits(text, 0) < 0 || twoDigits(text, 2) < 0) return false;  // the year
    const int month = twoDigits(text, 5);
    const int day = twoDigits(text, 8);
    const int hour = twoDigits(text, 11);
    const int minute = twoDigits(text, 14);
    const int second = twoDigits(text, 17);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 60)
        return false;
    const std::string_view fraction = text.substr(kSecondsLength, text.size() - kSecondsLength - 1);
    if (fraction.empty()) return true;
    if (fraction[0] != '.' || fraction.size() < 2 || fraction.size() > 10) return false;
    for (char c : fraction.substr(1)) {
        if (!isDigit(c)) return false;
    }
    return true;
}

int compareIsoUtcTime(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return a.empty() == b.empty() ? 0 : (a.empty() ? -1 : 1);
    if (const int whole = a.substr(0, kSecondsLength).compare(b.substr(0, kSecondsLength)); whole != 0) return whole;
    // The fractions' digits, compared as if padded with zeros to the same length.
    const auto digits = [](std::string_view t) {
        return t.size() > kSecondsLength + 2 ? t.substr(kSecondsLength + 1, t.size() - kSecondsLength - 2)
                                             : std::string_view();
    };
    const std::string_view fa = digits(a);
    const std::string_view fb = digits(b);
    for (std::size_t i = 0; i < fa.size() || i < fb.size(); ++i) {
        const char da = i < fa.size() ? fa[i] : '0';
        const char db = i < fb.size() ? fb[i] : '0';
        if (da != db) return da < db ? -1 : 1;
    }
    return 0;
}

}  // namespace folio::stored
