// Bookmarks: the articles the reader saved, with where they stopped reading, and the versioned JSON
// form they are stored and exported in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"

namespace folio {

// The storage key; its suffix is the format version of BookmarkList::toJson.
constexpr std::string_view kBookmarksStorageKey = "folio.bookmarks.v1";

// Most bookmarks a list holds.
constexpr std::size_t kMaxBookmarks = 1000;
// Longest string of a bookmark (id, title, source, url, articleUrl, savedAt), bytes.
constexpr std::size_t kMaxBookmarkStringBytes = 2048;
// Longest text BookmarkList::parse reads, bytes (1 MB). A list never grows so large that its
// toJson would be longer, whatever reading positions are later stored.
constexpr std::size_t kMaxBookmarksJsonBytes = 1024 * 1024;

struct Bookmark {
    std::string id;          // bookmarkIdFor the article; never empty in a list
    std::string title;       // the article's title; never empty in a list
    std::string source;      // the publisher; may be empty
    std::string url;         // the article's canonical http(s) URL; may be empty
    std::string articleUrl;  // where the viewer loaded it from: an http(s) or relative URL; may be empty
    std::string savedAt;     // when it was saved, ISO 8601 UTC ("2024-05-01T12:00:00.000Z"); may be empty
    float progress = 0.0f;   // share of the article read, 0 to 1
    int block = -1;          // reading position: index of the body block, -1 for the top
    std::size_t offset = 0;  // reading position: byte offset into that block's text

    bool operator==(const Bookmark& other) const;
    bool operator!=(const Bookmark& other) const { return !(*this == other); }
};

// The id of `article`'s bookmark: its url when it has one, else "title:" followed by its title;
// cut to kMaxBookmarkStringBytes on a character boundary.
std::string bookmarkIdFor(const Article& article);

// A bookmark of `article` at the top, saved at `savedAt` (ISO 8601 UTC), loaded from `articleUrl`.
// Title and source are cut to kMaxBookmarkStringBytes on a character boundary; a url or articleUrl
// that is longer, or not a URL a list accepts, is left out.
Bookmark bookmarkFor(const Article& article, const std::string& articleUrl, const std::string& savedAt);

struct BookmarkParse;
struct ImportResult;

// Bookmarks, newest (latest savedAt) first; a bookmark saved at the same time as another comes
// before it when it was added later. Ids are unique.
class BookmarkList {
public:
    // Every bookmark, newest first.
    const std::vector<Bookmark>& items() const { return items_; }
    // True when a bookmark has `id`.
    bool contains(const std::string& id) const { return find(id) != nullptr; }
    // The bookmark with `id`; nullptr when there is none. Valid until the list changes.
    const Bookmark* find(const std::string& id) const;

    // True when `bookmark` could be added: its id is new, id and title are not empty, no string is
    // longer than kMaxBookmarkStringBytes, url is empty or http(s), articleUrl is empty, http(s) or
    // relative, savedAt is empty or ISO 8601 UTC, and the list has room (kMaxBookmarks, and its
    // JSON stays within kMaxBookmarksJsonBytes).
    bool canAdd(const Bookmark& bookmark) const;
    // Removes the bookmark with `bookmark.id` when there is one, else adds `bookmark` when canAdd
    // (progress clamped to 0-1, block to -1 or more). Returns true when it is now bookmarked:
    // false when it was removed or could not be added.
    bool toggle(const Bookmark& bookmark);
    // Removes the bookmark with `id`; nothing when there is none.
    void remove(const std::string& id);
    // Stores a reading position in the bookmark with `id`: `progress` clamped to 0-1 (0 when not
    // a number), `block` to -1 or more. Returns false when there is no such bookmark.
    bool updatePosition(const std::string& id, float progress, int block, std::size_t offset);

    // The list as compact JSON, newest first:
    // {"version":1,"bookmarks":[{"id":"…","title":"…","source":"…","url":"…","articleUrl":"…",
    //  "savedAt":"…","progress":0.25,"block":3,"offset":120}]}
    // parse always accepts it.
    std::string toJson() const;

    // Reads what toJson wrote (or an exported file). Refuses, with a message such as
    // "bookmarks/2/title: expected a non-empty string": not JSON, another version, a wrong type,
    // a bookmark canAdd would not take (an empty id or title, a string over 2048 bytes, a bad URL
    // or time, a repeated id), more than kMaxBookmarks bookmarks, a text over kMaxBookmarksJsonBytes.
    // Members of a bookmark other than id and title may be missing (they keep their defaults);
    // unknown members are ignored. Never throws.
    static BookmarkParse parse(std::string_view json);

    // Merges an exported list into this one: a bookmark with a new id is added; one with a known id
    // replaces the bookmark there when its savedAt is later, else it is ignored. On error (the text
    // is refused as parse refuses it, or the merged list would be too large) nothing changes.
    ImportResult import(std::string_view json);

private:
    // Puts `bookmark` before the first bookmark saved at the same time or earlier.
    void insertInOrder(Bookmark bookmark);
    // Removes the bookmark at `at`.
    void eraseAt(std::vector<Bookmark>::const_iterator at);

    std::vector<Bookmark> items_;
    std::size_t reservedBytes_ = 0;  // most bytes items_ take in toJson, whatever reading positions they hold
};

struct BookmarkParse {
    bool ok = false;
    BookmarkList list;  // the bookmarks when ok, empty otherwise
    std::string error;  // why the text was refused, e.g. "bookmarks/0/id: expected a non-empty string"
};

struct ImportResult {
    bool ok = false;
    std::size_t added = 0;    // bookmarks with a new id
    std::size_t updated = 0;  // bookmarks replaced by a later one
    std::string error;        // why nothing was imported, e.g. "not JSON"; empty when ok
};

}  // namespace folio
