// Helpers of the stored JSON forms: string output, message paths, UTF-8 lengths, ordering UTC times.
#include "stored_json.h"

#include "folio/utf8.h"

namespace folio::stored {

namespace {

// Length of "YYYY-MM-DDTHH:MM:SS", the part every isIsoUtcTime value starts with.
constexpr std::size_t kSecondsLength = 19;

}  // namespace

std::string quoted(std::string_view text) {
    return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string pathKey(std::string_view key) {
    constexpr std::size_t kMaxBytes = 60;
    std::string out;
    for (char c : shortenUtf8(key, kMaxBytes)) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::size_t codePointCount(std::string_view utf8) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size(); ++count) nextCodepoint(utf8, pos);
    return count;
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
