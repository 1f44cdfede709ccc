#include "ui/settings_store.h"

namespace folio::ui {
namespace {
constexpr int kAsideSlots = 20;  // how many rejected values are kept before giving up
}

SettingsLoad loadSettings(KeyValueStore& store) {
    SettingsLoad result;
    const std::string key(kSettingsStorageKey);
    const std::optional<std::string> stored = store.get(key);
    if (!stored) return result;
    SettingsParseResult parsed = parseSettings(*stored);
    if (parsed.ok) {
        result.settings = parsed.settings;
        return result;
    }
    // Keep the unreadable value where nothing will overwrite it, then start from the defaults.
    for (int slot = 1; slot <= kAsideSlots; ++slot) {
        const std::string aside = key + ".rejected" + (slot == 1 ? std::string() : "-" + std::to_string(slot));
        if (store.get(aside)) continue;
        std::string error;
        if (!store.set(aside, *stored, error)) break;
        result.notice = "Your saved reading settings could not be read (" + parsed.error +
                        "), so the defaults are in use. The old value is kept in this browser's storage as \"" +
                        aside + "\".";
        return result;
    }
    result.canSave = false;
    result.notice = "Your saved reading settings could not be read (" + parsed.error +
                    "), so the defaults are in use. They will not be saved, so that the old value is not lost.";
    return result;
}

bool saveSettings(KeyValueStore& store, const ReadingSettings& settings, std::string& notice) {
    std::string error;
    if (store.set(kSettingsStorageKey, settingsToJson(settings), error)) return true;
    notice = "Your reading settings could not be saved: " + error +
             ". They apply until this page is closed.";
    return false;
}

}  // namespace folio::ui
