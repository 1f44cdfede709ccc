// Keeping what the reader made: a stored value that cannot be read is copied aside, never
// overwritten or deleted, so that nothing is lost and it can be recovered by hand. readStored is
// the one way the viewer reads a value it saved (settings, bookmarks, comment drafts, unsent
// comments).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ui/notices.h"
#include "ui/storage.h"

namespace folio::ui {

// Copies `value` to the first free key of "<key>.rejected", "<key>.rejected-2", … "-20", unless one
// of them already holds exactly `value` (then nothing is written: a damaged value read on every
// page view is kept once, not once per view). Returns the key that holds it; nullopt when none was
// free or storage refused (then nothing was written).
std::optional<std::string> keepAside(KeyValueStore& store, const std::string& key, const std::string& value);

// How the reader is told that a kind of stored value could not be read, in the words
// "Your <what> could not be read (<why>)<instead>. " and then either
// "<kept> in this browser's storage as "<key>"<afterKept>." or <notSaved>.
struct StoredWords {
    const char* what;       // "bookmarks", "saved reading settings"
    const char* instead;    // what is used now, e.g. ", so the defaults are in use"; may be ""
    const char* kept;       // "They are kept", "The old value is kept"
    const char* afterKept;  // e.g. "; new bookmarks start a new list"; may be ""
    const char* notSaved;   // "New bookmarks will not be saved, so that the old ones are not lost."
};

// What readStored found: the parsed value (none when nothing was stored or it was refused),
// whether new values may be saved under the key, and the reader's notice (empty when all was well).
template <class Parsed>
struct StoredRead {
    std::optional<Parsed> value;
    bool canSave = true;  // false when a refused value could not be kept aside: saving would lose it
    std::string notice;
};

// The notice of StoredWords for a value refused with `why`, kept aside as `aside` (or not).
std::string unreadableNotice(const StoredWords& words, const std::string& why, const std::optional<std::string>& aside);

// Reads `key` from `store` with `parse` (which returns a result with `ok` and `error`). A value it
// refuses is kept aside (keepAside) and told in `words`.
template <class Parse>
auto readStored(KeyValueStore& store, std::string_view key, Parse parse, const StoredWords& words) {
    StoredRead<decltype(parse(std::string_view()))> read;
    const std::optional<std::string> stored = store.get(key);
    if (!stored) return read;
    auto parsed = parse(*stored);
    if (parsed.ok) {
        read.value = std::move(parsed);
        return read;
    }
    const std::optional<std::string> aside = keepAside(store, std::string(key), *stored);
    read.canSave = aside.has_value();
    read.notice = unreadableNotice(words, parsed.error, aside);
    return read;
}

// readStored, then `take(parsed)` with what was read, if anything; a refused value is told in
// `notices`. Returns StoredRead::canSave.
template <class Parse, class Take>
bool restoreStored(KeyValueStore& store, std::string_view key, Parse parse, const StoredWords& words, Notices& notices,
                   Take take) {
    auto read = readStored(store, key, parse, words);
    if (read.value) take(*read.value);
    notices.tell(std::move(read.notice));
    return read.canSave;
}

}  // namespace folio::ui
