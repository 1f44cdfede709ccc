#include "ui/saved_bookmarks.h"

#include "ui/stored_value.h"

namespace folio::ui {

void SavedBookmarks::restore() {
    static constexpr StoredWords kWords{"bookmarks", "", "They are kept", "; new bookmarks start a new list",
                                        "New bookmarks will not be saved, so that the old ones are not lost."};
    list_ = BookmarkList{};  // what a fresh viewer would read: nothing when nothing is stored
    canSave_ = restoreStored(store_, kBookmarksStorageKey, BookmarkList::parse, kWords, notices_,
                             [&](BookmarkParse& read) { list_ = std::move(read.list); });
}

void SavedBookmarks::save() {
    if (!canSave_) return;
    std::string error;
    if (!store_.set(kBookmarksStorageKey, list_.toJson(), error)) {
        notices_.tell("Your bookmarks could not be saved: " + error + ". They are kept until this page is closed.");
    }
}

bool SavedBookmarks::toggle(const Bookmark& mark) {
    const bool now = list_.toggle(mark);
    if (!now && list_.contains(mark.id)) notices_.tell("This article could not be bookmarked: the list is full.");
    save();
    return now;
}

bool SavedBookmarks::remove(const std::string& id) {
    if (!list_.contains(id)) return false;
    list_.remove(id);
    save();
    return true;
}

void SavedBookmarks::updatePosition(const std::string& id, float progress, int block, std::size_t offset) {
    if (list_.updatePosition(id, progress, block, offset)) save();
}

std::string SavedBookmarks::import(const std::string& json) {
    const ImportResult result = list_.import(json);
    std::string said;
    if (!result.ok) {
        said = "Those bookmarks could not be imported: " + result.error + ". Nothing was changed.";
    } else {
        save();
        said = "Imported " + std::to_string(result.added) + " new and " + std::to_string(result.updated) +
               " updated bookmark" + (result.added + result.updated == 1 ? "." : "s.");
    }
    notices_.tell(said);
    return said;
}

}  // namespace folio::ui
