// readStored: the one way the viewer reads what it saved. A value the reader refuses is kept
// aside once, the reader is told in plain words where it is, and nothing may be saved over it
// when it could not be kept.
#include <doctest/doctest.h>

#include "folio/bookmarks.h"
#include "folio/reading_settings.h"
#include "memory_store.h"
#include "ui/saved_bookmarks.h"
#include "ui/saved_comments.h"
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

TEST_CASE("saved comments: a draft per article, kept comments, and a full storage keeps nothing") {
    test::MemoryStore store;
    ui::Notices notices;
    ui::SavedComments comments(store, notices);
    comments.restore();
    comments.saveDraft("a", CommentDraft{"Ann", "Hello"});
    CHECK(comments.draftStored());
    CHECK(comments.draft("a").text == "Hello");
    CHECK(comments.draft("b").text.empty());
    CHECK(comments.keep("a", CommentDraft{"Ann", "Hello"}, "2026-12-03T10:00:00Z"));
    CHECK(comments.forArticle("a").size() == 1);
    CHECK(comments.draft("a").text.empty());  // kept: the draft is dropped

    // A second viewer reads what the first stored.
    ui::SavedComments again(store, notices);
    again.restore();
    CHECK(again.forArticle("a").size() == 1);

    store.full = true;
    again.saveDraft("a", CommentDraft{"Ann", "Second"});
    CHECK_FALSE(again.draftStored());
    CHECK(notices.current().find("comment draft could not be saved") != std::string::npos);
    CHECK_FALSE(again.keep("a", CommentDraft{"Ann", "Second"}, "2026-12-03T11:00:00Z"));
    CHECK(again.forArticle("a").size() == 1);     // nothing kept that storage does not hold
    CHECK(again.draft("a").text == "Second");     // and the draft stays
}

TEST_CASE("saved bookmarks: every change is stored - an import is told in the reader's words") {
    test::MemoryStore store;
    ui::Notices notices;
    ui::SavedBookmarks bookmarks(store, notices);
    bookmarks.restore();
    Bookmark mark;
    mark.id = "a";
    mark.title = "A";
    CHECK(bookmarks.toggle(mark));
    CHECK(BookmarkList::parse(store.values[std::string(kBookmarksStorageKey)]).list.contains("a"));
    bookmarks.updatePosition("a", 0.5f, 3, 10);
    CHECK(BookmarkList::parse(store.values[std::string(kBookmarksStorageKey)]).list.find("a")->block == 3);
    CHECK(bookmarks.remove("a"));
    CHECK_FALSE(bookmarks.remove("a"));
    CHECK(BookmarkList::parse(store.values[std::string(kBookmarksStorageKey)]).list.items().empty());
    CHECK(bookmarks.import("{not json").rfind("Those bookmarks could not be imported: ", 0) == 0);
    CHECK(notices.current().rfind("Those bookmarks could not be imported: ", 0) == 0);
}
