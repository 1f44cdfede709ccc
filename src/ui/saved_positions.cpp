#include "ui/saved_positions.h"

#include "ui/stored_value.h"

namespace folio::ui {

void SavedPositions::restore() {
    static constexpr StoredWords kWords{"reading positions", "", "They are kept", "",
                                        "New ones will not be saved, so that the old ones are not lost."};
    positions_ = ReadingPositions{};  // what a fresh viewer would read: nothing when nothing is stored
    canSave_ = restoreStored(store_, kReadingPositionsStorageKey, ReadingPositions::parse, kWords, notices_,
                             [&](PositionsParse& read) { positions_ = ReadingPositions(std::move(read.items)); });
}

void SavedPositions::remember(const std::string& id, int block, std::size_t offset) {
    if (!positions_.set(id, block, offset) || !canSave_) return;
    std::string error;
    store_.set(kReadingPositionsStorageKey, positions_.toJson(), error);
}

}  // namespace folio::ui
