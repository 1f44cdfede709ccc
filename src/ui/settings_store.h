// Reading settings in a KeyValueStore, under a versioned key. A value that cannot be read is kept
// aside under another key (never overwritten or deleted) and the defaults are used.
#pragma once

#include <string>

#include "folio/reading_settings.h"
#include "ui/storage.h"

namespace folio::ui {

struct SettingsLoad {
    ReadingSettings settings;  // what was stored, or the defaults
    bool canSave = true;       // false when a bad value could not be kept aside: saving would lose it
    std::string notice;        // for the reader when something was wrong; empty otherwise
};

// Reads the settings from `store`. A bad value is copied to "<key>.rejected" (or ".rejected-2",
// "-3", … when that is taken) before the defaults are used.
SettingsLoad loadSettings(KeyValueStore& store);

// Writes `settings` to `store`. Returns false with a notice for the reader in `notice` on failure.
bool saveSettings(KeyValueStore& store, const ReadingSettings& settings, std::string& notice);

}  // namespace folio::ui
