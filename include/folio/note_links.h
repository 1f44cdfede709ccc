// Footnotes as drawn (format 1.1): each mark links to its note in the list of notes at the article's
// end, and each note links back to its first mark. The links are internal targets among the
// layout's (Layout::links) and the print document's (PrintDocument::links), beside the http(s) and
// mailto ones: the canvas colours them as links, the text layer and the PDF make them go to their
// place. This header is the one rule for their names and for where each one goes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

// The target of a mark of note `note` (Article::notes index): "#folio-note-3" for note 2, the note
// in the list at the end. It is also the note's element id in HTML.
std::string noteTarget(std::size_t note);

// The target of note `note`'s link back: "#folio-ref-3" for note 2, its first mark. It is also that
// mark's element id in HTML.
std::string markTarget(std::size_t note);

// What an internal target is; nullopt for any other link.
struct NoteLink {
    bool toNote = false;    // a mark's link, to the note (noteTarget); false: a note's link back (markTarget)
    std::size_t note = 0;   // the note, an Article::notes index
};
std::optional<NoteLink> noteLinkOf(std::string_view target);

// The text of a note's link back to its mark, drawn at the note's end.
inline constexpr std::string_view kNoteBackText = "\u2191";

// Where an internal `target` goes, among places in reading order: `count` places, each with a link
// target (linkOf(i): a string_view, empty for none) and the block and item it is part of
// (blockOf(i), itemOf(i)). A mark's link goes to the first place of the note it names (the first
// place of the block and item that hold the note's link back); a link back goes to the first place
// linking to the note. Returns the place's index, or `count` when the target is not there (a note's
// place not laid out, an unknown target).
template <class LinkOf, class BlockOf, class ItemOf>
std::size_t findNoteLinkPlace(std::string_view target, std::size_t count, LinkOf linkOf, BlockOf blockOf, ItemOf itemOf) {
    const std::optional<NoteLink> link = noteLinkOf(target);
    if (!link) return count;
    if (!link->toNote) {
        const std::string mark = noteTarget(link->note);
        for (std::size_t i = 0; i < count; ++i)
            if (linkOf(i) == mark) return i;
        return count;
    }
    const std::string back = markTarget(link->note);
    std::size_t backPlace = count;
    for (std::size_t i = 0; i < count && backPlace == count; ++i)
        if (linkOf(i) == back) backPlace = i;
    if (backPlace == count) return count;
    for (std::size_t i = 0; i <= backPlace; ++i)
        if (blockOf(i) == blockOf(backPlace) && itemOf(i) == itemOf(backPlace)) return i;
    return count;
}

}  // namespace folio
