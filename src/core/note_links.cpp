#include "folio/note_links.h"

namespace folio {
namespace {

constexpr std::string_view kNotePrefix = "#folio-note-";
constexpr std::string_view kMarkPrefix = "#folio-ref-";

// The note named by the digits after `prefix` in `target` (1 for the first note), when there are
// only digits, without a leading zero, and the number fits.
std::optional<std::size_t> numberAfter(std::string_view target, std::string_view prefix) {
    if (target.size() <= prefix.size() || target.substr(0, prefix.size()) != prefix) return std::nullopt;
    const std::string_view digits = target.substr(prefix.size());
    if (digits.size() > 9 || digits[0] == '0') return std::nullopt;
    std::size_t number = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        number = number * 10 + static_cast<std::size_t>(c - '0');
    }
    return number - 1;
}

}  // namespace

std::string noteTarget(std::size_t note) { return std::string(kNotePrefix) + std::to_string(note + 1); }

std::string markTarget(std::size_t note) { return std::string(kMarkPrefix) + std::to_string(note + 1); }

std::optional<NoteLink> noteLinkOf(std::string_view target) {
    if (const auto note = numberAfter(target, kNotePrefix)) return NoteLink{true, *note};
    if (const auto note = numberAfter(target, kMarkPrefix)) return NoteLink{false, *note};
    return std::nullopt;
}

}  // namespace folio
