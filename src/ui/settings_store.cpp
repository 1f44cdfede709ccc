#include "ui/settings_store.h"

#include "ui/stored_value.h"

namespace folio::ui {

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
    const std::optional<std::string> aside = keepAside(store, key, *stored);
    result.canSave = aside.has_value();
    result.notice = "Your saved reading settings could not be read (" + parsed.error + "), so the defaults are in use. " +
                    (aside ? "The old value is kept in this browser's storage as \"" + *aside + "\"."
                           : std::string("They will not be saved, so that the old value is not lost."));
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
