// Where the viewer keeps what the reader made (settings, later bookmarks and drafts): a string
// key-value store. The web platform backs it with localStorage, tests with a map.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::ui {

class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    // The value stored under `key`; nullopt when there is none or storage cannot be read.
    virtual std::optional<std::string> get(std::string_view key) = 0;
    // Stores `value` under `key`. Returns false and sets `error` (a sentence, e.g. "the browser's
    // storage is full") when it could not be stored; the previous value is then unchanged.
    virtual bool set(std::string_view key, std::string_view value, std::string& error) = 0;
};

}  // namespace folio::ui
