#include "ui/stored_value.h"

namespace folio::ui {
namespace {
constexpr int kAsideSlots = 20;  // how many rejected values are kept before giving up
}

std::optional<std::string> keepAside(KeyValueStore& store, const std::string& key, const std::string& value) {
    for (int slot = 1; slot <= kAsideSlots; ++slot) {
        const std::string aside = key + ".rejected" + (slot == 1 ? std::string() : "-" + std::to_string(slot));
        if (store.get(aside)) continue;
        std::string error;
        if (!store.set(aside, value, error)) return std::nullopt;
        return aside;
    }
    return std::nullopt;
}

}  // namespace folio::ui
