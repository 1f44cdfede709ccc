// Keeping what the reader made: a stored value that cannot be read is copied aside, never
// overwritten or deleted, so that nothing is lost and it can be recovered by hand.
#pragma once

#include <optional>
#include <string>

#include "ui/storage.h"

namespace folio::ui {

// Copies `value` to the first free key of "<key>.rejected", "<key>.rejected-2", … "-20", unless one
// of them already holds exactly `value` (then nothing is written: a damaged value read on every
// page view is kept once, not once per view). Returns the key that holds it; nullopt when none was
// free or storage refused (then nothing was written).
std::optional<std::string> keepAside(KeyValueStore& store, const std::string& key, const std::string& value);

}  // namespace folio::ui
