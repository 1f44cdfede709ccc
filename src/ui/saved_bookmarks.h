// The reader's bookmarks as the viewer keeps them: the list and its storage (kBookmarksStorageKey).
// Every change is stored at once; the reader is told through `notices` when the list cannot be
// read, saved or imported, or is full. No drawing and no reading position: the Viewer decides
// what a bookmark holds and when it moves.
#pragma once

#include <string>

#include "folio/bookmarks.h"
#include "ui/notices.h"
#include "ui/storage.h"

namespace folio::ui {

class SavedBookmarks {
public:
    // `store` and `notices` must outlive this.
    SavedBookmarks(KeyValueStore& store, Notices& notices) : store_(store), notices_(notices) {}

    // Reads the stored list, replacing the one held (a list that cannot be read is kept aside, and
    // nothing is saved over it; none is held then).
    void restore();
    const BookmarkList& list() const { return list_; }

    // Adds `mark`, or removes the bookmark with its id when there is one; returns whether it is now
    // bookmarked. A full list is told, and `mark` is then not added.
    bool toggle(const Bookmark& mark);
    // Removes the bookmark `id`; false when there is none.
    bool remove(const std::string& id);
    // Moves the reading position of the bookmark `id` (see BookmarkList::updatePosition).
    void updatePosition(const std::string& id, float progress, int block, std::size_t offset);
    // Merges an exported bookmarks file; returns what happened in the reader's words, also told.
    std::string import(const std::string& json);

private:
    void save();

    KeyValueStore& store_;
    Notices& notices_;
    BookmarkList list_;
    bool canSave_ = true;  // false when an unreadable stored list could not be kept aside
};

}  // namespace folio::ui
