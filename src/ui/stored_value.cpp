#include "ui/stored_value.h"

namespace folio::ui {
namespace {
constexpr int kAsideSlots = 20;  // how many rejected values are kept before giving up
}

std::optional<std::string> keepAside(KeyValueStore& store, const std::string& key, const std::string& value) {
    const auto slotKey = [&](int slot) {
        return key + ".rejected" + (slot == 1 ? std::string() : "-" + std::to_string(slot));
    };
    int firstFree = 0;
    for (int slot = 1; slot <= kAsideSlots; ++slot) {
        const std::optional<std::string> held = store.get(slotKey(slot));
        if (!held) {
            if (firstFree == 0) firstFree = slot;
        } else if (*held == value) {
            return slotKey(slot);  // already kept aside, on an earlier page view
        }
    }
    if (firstFree == 0) return std::nullopt;
    std::string error;
    if (!store.set(slotKey(firstFree), value, error)) return std::nullopt;
    return slotKey(firstFree);
}

std::string unreadableNotice(const StoredWords& words, const std::string& why, const std::optional<std::string>& aside) {
    return std::string("Your ") + words.what + " could not be read (" + why + ")" + words.instead + ". " +
           (aside ? std::string(words.kept) + " in this browser's storage as \"" + *aside + "\"" + words.afterKept + "."
                  : std::string(words.notSaved));
}

}  // namespace folio::ui
