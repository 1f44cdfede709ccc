#include "ui/settings_store.h"

#include "ui/stored_value.h"

namespace folio::ui {

SettingsLoad loadSettings(KeyValueStore& store) {
    static constexpr StoredWords kWords{"saved reading settings", ", so the defaults are in use", "The old value is kept", "",
                                        "They will not be saved, so that the old value is not lost."};
    auto read = readStored(store, kSettingsStorageKey, parseSettings, kWords);
    SettingsLoad result;
    if (read.value) result.settings = read.value->settings;
    result.canSave = read.canSave;
    result.notice = std::move(read.notice);
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
