// readStored: the one way the viewer reads what it saved. A value the reader refuses is kept
// aside once, the reader is told in plain words where it is, and nothing may be saved over it
// when it could not be kept.
#include <doctest/doctest.h>

#include "folio/bookmarks.h"
#include "folio/reading_settings.h"
#include "memory_store.h"
#include "ui/stored_value.h"

using namespace folio;

namespace {

constexpr ui::StoredWords kWords{"bookmarks", "", "They are kept", "; new bookmarks start a new list",
                                 "New bookmarks will not be saved, so that the old ones are not lost."};

}  // namespace

TEST_CASE("stored values: nothing stored, a good value, a bad one kept aside, and one that cannot be kept") {
    test::MemoryStore store;
    auto none = ui::readStored(store, kBookmarksStorageKey, BookmarkList::parse, kWords);
    CHECK_FALSE(none.value);
    CHECK(none.canSave);
    CHECK(none.notice.empty());

    store.values[std::string(kSettingsStorageKey)] = settingsToJson(ReadingSettings{});
    auto good = ui::readStored(store, kSettingsStorageKey, parseSettings, kWords);
    REQUIRE(good.value);
    CHECK(good.value->settings == ReadingSettings{});
    CHECK(good.notice.empty());

    const std::string key(kBookmarksStorageKey);
    store.values[key] = "{not json";
    auto bad = ui::readStored(store, kBookmarksStorageKey, BookmarkList::parse, kWords);
    CHECK_FALSE(bad.value);
    CHECK(bad.canSave);
    CHECK(store.values[key + ".rejected"] == "{not json");
    CHECK(bad.notice.rfind("Your bookmarks could not be read (", 0) == 0);
    CHECK(bad.notice.find("). They are kept in this browser's storage as \"" + key +
                          ".rejected\"; new bookmarks start a new list.") != std::string::npos);
    // Read again (the next page view): kept once, not twice.
    CHECK(ui::readStored(store, kBookmarksStorageKey, BookmarkList::parse, kWords).canSave);
    CHECK(store.values.count(key + ".rejected-2") == 0);

    store.values[key] = "{also not json";
    store.full = true;
    auto unkept = ui::readStored(store, kBookmarksStorageKey, BookmarkList::parse, kWords);
    CHECK_FALSE(unkept.canSave);
    CHECK(unkept.notice.find("). New bookmarks will not be saved, so that the old ones are not lost.") != std::string::npos);
    CHECK(store.values[key] == "{also not json");  // never overwritten
}
