// The JSON form of a bookmark list and the checks every stored bookmark passes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folio/bookmarks.h"

namespace folio::bookmarks {


// Why `bookmark` cannot be stored, e.g. "title: expected a non-empty string"; empty when it can.
// Checks the strings (see BookmarkList::canAdd), not the numbers.
std::string checkBookmark(const Bookmark& bookmark);

// Most bytes `bookmark` takes in listJson, the comma after it included, whatever reading position
// it holds: the same before and after updatePosition.
std::size_t reservedBytes(const Bookmark& bookmark);

// True when the JSON of a list whose bookmarks reserve `reserved` bytes together (see reservedBytes)
// stays within kMaxBookmarksJsonBytes.
bool fitsInJsonLimit(std::size_t reserved);

// {"version":1,"bookmarks":[…]} for `items`, in their order.
std::string listJson(const std::vector<Bookmark>& items);

// Reads the bookmarks of `json` into `items`, in the file's order. Returns false with `error` set
// when the text is refused (see BookmarkList::parse).
bool readList(std::string_view json, std::vector<Bookmark>& items, std::string& error);

}  // namespace folio::bookmarks
