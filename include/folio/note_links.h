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
#include <unordered_map>
#include <vector>

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

// Where the internal targets go, among places in reading order (a layout's spans, a print
// document's runs), found in two passes over them and then looked up for each target. A mark's
// link goes to the first place of the note it names (the first place of the block and item that
// hold the note's link back); a link back goes to the first place linking to the note.
class NoteLinkPlaces {
public:
    // `count` places, each with a link target (linkOf(i): a string_view, empty for none) and the
    // block and item it is part of (blockOf(i), itemOf(i)).
    template <class LinkOf, class BlockOf, class ItemOf>
    NoteLinkPlaces(std::size_t count, LinkOf linkOf, BlockOf blockOf, ItemOf itemOf) {
        std::vector<std::size_t> back;  // by note: its first link back
        for (std::size_t i = 0; i < count; ++i) {
            const std::optional<NoteLink> link = noteLinkOf(linkOf(i));
            if (!link) continue;
            std::vector<std::size_t>& first = link->toNote ? firstMark_ : back;
            if (first.size() <= link->note) first.resize(link->note + 1, kNone);
            if (first[link->note] == kNone) first[link->note] = i;
        }
        // Each note starts at the first place of the block and item that hold its link back.
        const auto key = [&](std::size_t i) {  // (unsigned: the title's block and most items are -1)
            return (static_cast<unsigned long long>(static_cast<unsigned>(blockOf(i))) << 32) | static_cast<unsigned>(itemOf(i));
        };
        std::unordered_map<unsigned long long, std::size_t> starts;  // block and item of a link back -> its first place
        for (const std::size_t place : back)
            if (place != kNone) starts.emplace(key(place), kNone);
        if (!starts.empty()) {
            for (std::size_t i = 0; i < count; ++i) {
                const auto found = starts.find(key(i));
                if (found != starts.end() && found->second == kNone) found->second = i;
            }
        }
        noteStart_.assign(back.size(), kNone);
        for (std::size_t n = 0; n < back.size(); ++n)
            if (back[n] != kNone) noteStart_[n] = starts.at(key(back[n]));
    }

    // The place `target` goes to; nullopt when it is no internal target or its place is not there.
    std::optional<std::size_t> find(std::string_view target) const {
        const std::optional<NoteLink> link = noteLinkOf(target);
        if (!link) return std::nullopt;
        const std::vector<std::size_t>& places = link->toNote ? noteStart_ : firstMark_;
        if (link->note >= places.size() || places[link->note] == kNone) return std::nullopt;
        return places[link->note];
    }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> firstMark_;  // by note: the first place linking to it (its first mark)
    std::vector<std::size_t> noteStart_;  // by note: its first place
};

}  // namespace folio
