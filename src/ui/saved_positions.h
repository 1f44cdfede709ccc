// Where the reader was in each article, kept across reloads (ReadingPositions under
// kReadingPositionsStorageKey): the Viewer remembers the place once scrolling has settled and
// opens an article there again. Owns the positions and their storage; tells the reader through
// `notices` when they cannot be read.
#pragma once

#include <string>

#include "folio/reading_positions.h"
#include "ui/notices.h"
#include "ui/storage.h"

namespace folio::ui {

class SavedPositions {
public:
    // `store` and `notices` must outlive this.
    SavedPositions(KeyValueStore& store, Notices& notices) : store_(store), notices_(notices) {}

    // Reads the stored positions, replacing those held (a value that cannot be read is kept aside,
    // and nothing is saved over it; none are held then).
    void restore();
    // Where the reader was in article `id`; nullptr when nowhere yet.
    const ReadingPosition* find(const std::string& id) const { return positions_.find(id); }
    // Keeps `block` and `offset` as the place in article `id` and stores the positions when that
    // changed. A failed write is not told: the place is a convenience, kept while the page is open.
    void remember(const std::string& id, int block, std::size_t offset);

private:
    KeyValueStore& store_;
    Notices& notices_;
    ReadingPositions positions_;
    bool canSave_ = true;
};

}  // namespace folio::ui
