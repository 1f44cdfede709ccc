// Helpers of the versioned JSON forms the viewer keeps in storage (bookmarks, comment drafts,
// comments waiting to be sent). The core is built with JSON_NOEXCEPTION (a throw would abort), so
// every value's type is checked before it is read and output never fails on bad UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace folio::stored {

// `text` as a JSON string literal, quotes included; malformed UTF-8 becomes U+FFFD.
std::string quoted(std::string_view text);

// Reads `text` into `root` and checks the envelope: at most `maxBytes` bytes, JSON, an object,
// "version": 1. Returns false with `error` set ("longer than 4096 bytes", "not JSON",
// "expected an object", "version: expected 1") otherwise. `JsonType` is nlohmann::json or
// nlohmann::ordered_json (which keeps the order of object members).
template <typename JsonType>
bool parseVersion1(std::string_view text, std::size_t maxBytes, JsonType& root, std::string& error) {
    if (text.size() > maxBytes) {
        error = "longer than " + std::to_string(maxBytes) + " bytes";
        return false;
    }
    // nlohmann stops at a NUL byte outside a string and would ignore what follows; JSON has none.
    root = text.find('\0') == std::string_view::npos ? JsonType::parse(text.begin(), text.end(), nullptr, false)
                                                     : JsonType(JsonType::value_t::discarded);
    if (root.is_discarded()) {
        error = "not JSON";
        return false;
    }
    if (!root.is_object()) {
        error = "expected an object";
        return false;
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number() || version->template get<double>() != 1.0) {
        error = "version: expected 1";
        return false;
    }
    return true;
}

// `key` as one step of a path in a message: "/" and "~" escaped as in a JSON pointer ("~1", "~0"),
// cut to 60 bytes with "…".
std::string pathKey(std::string_view key);

// Number of code points in `utf8`; each malformed byte counts as one.
std::size_t codePointCount(std::string_view utf8);

// Orders two isIsoUtcTime values (or empty strings, which come first) by the time they name:
// negative when `a` is earlier, 0 when they are the same time, positive when `a` is later.
int compareIsoUtcTime(std::string_view a, std::string_view b);

}  // namespace folio::stored
