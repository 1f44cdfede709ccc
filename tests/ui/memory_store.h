// A KeyValueStore in memory for the viewer's tests: what localStorage holds, and a full storage.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ui/storage.h"

namespace folio::test {

// A KeyValueStore in memory that can be told to refuse writes, like a full localStorage.
class MemoryStore final : public ui::KeyValueStore {
public:
    std::map<std::string, std::string, std::less<>> values;
    bool full = false;

    std::optional<std::string> get(std::string_view key) override {
        auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    bool set(std::string_view key, std::string_view value, std::string& error) override {
        if (full) {
            error = "the browser's storage is full";
            return false;
        }
        values[std::string(key)] = std::string(value);
        return true;
    }
};

}  // namespace folio::test
