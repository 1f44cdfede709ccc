// Fuzz target: every reader of a value the viewer stores or imports. The first byte picks the
// reader, the rest is the stored text: reading settings (parseSettings), the bookmark list
// (BookmarkList::parse), bookmark import (BookmarkList::import, into a list that already holds a
// bookmark), comment drafts (DraftBook::parse), pending comments (PendingComments::parse) and
// reading positions (ReadingPositions::parse).
// What a reader accepts must come back the same through its writer. Seeds: values the writers
// make, built by tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "folio/bookmarks.h"
#include "folio/comments.h"
#include "folio/reading_positions.h"
#include "folio/reading_settings.h"

namespace {

// Stops the run (a crash libFuzzer reports) when `condition` does not hold.
void require(bool condition) {
    if (!condition) __builtin_trap();
}

}  // namespace

// Reads `text` with `parse`; what it accepts must read back from what `write` makes of it.
template <class Parse, class Write>
void roundTrip(std::string_view text, Parse parse, Write write) {
    const auto read = parse(text);
    if (read.ok) require(parse(write(read)).ok);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 6) {
        case 0:
            roundTrip(text, [](std::string_view t) { return folio::parseSettings(t); },
                      [](const auto& read) { return folio::settingsToJson(read.settings); });
            break;
        case 1:
            roundTrip(text, [](std::string_view t) { return folio::BookmarkList::parse(t); },
                      [](const auto& read) { return read.list.toJson(); });
            break;
        case 2: {
            folio::BookmarkList list;
            folio::Bookmark kept;
            kept.id = "kept";
            kept.title = "Kept";
            list.toggle(kept);
            (void)list.import(text);
            require(folio::BookmarkList::parse(list.toJson()).ok);
            break;
        }
        case 3:
            roundTrip(text, [](std::string_view t) { return folio::DraftBook::parse(t); },
                      [](const auto& read) { return read.book.toJson(); });
            break;
        case 4:
            roundTrip(text, [](std::string_view t) { return folio::PendingComments::parse(t); },
                      [](const auto& read) { return read.comments.toJson(); });
            break;
        case 5:
            roundTrip(text, [](std::string_view t) { return folio::ReadingPositions::parse(t); },
                      [](const auto& read) { return folio::ReadingPositions(read.items).toJson(); });
            break;
    }
    return 0;
}
