// Reading positions in a Layout: from a scroll offset to an Anchor and back.
#include <algorithm>
#include <climits>
#include <optional>
#include <utility>
#include <vector>

#include "folio/layout.h"
#include "folio/note_links.h"

namespace folio {

namespace {

constexpr float kMaxWithin = 2.0f;  // Anchor::within stays within +-this many line heights

// Lines are ordered by (block, item key) and, within one key, by text offset. The meta line
// shares block -1 with the title, so it gets item key 0 to keep its offsets apart.
std::pair<int, int> lineKey(const Line& line) {
    return {line.block, line.role == LineRole::Meta ? 0 : line.item};
}

// Index of the first line whose key is not less than (block, item).
std::size_t firstLineOf(const std::vector<Line>& lines, int block, int item) {
    const std::pair<int, int> key{block, item};
    const auto it = std::partition_point(lines.begin(), lines.end(),
                                         [&](const Line& line) { return lineKey(line) < key; });
    return static_cast<std::size_t>(it - lines.begin());
}

}  // namespace

// Binary search on the line bottoms, which increase with the lines.
std::size_t Layout::firstLineBelow(float y) const {
    const auto it = std::partition_point(lines.begin(), lines.end(),
                                         [&](const Line& line) { return line.y + line.height <= y; });
    return static_cast<std::size_t>(it - lines.begin());
}

// The first line not entirely above `y` (the last line when all are), as block, item and offset,
// and where `y` is against it.
Anchor Layout::anchorAt(float y) const {
    if (lines.empty()) return {};
    const Line& line = lines[std::min(firstLineBelow(y), lines.size() - 1)];
    const std::pair<int, int> key = lineKey(line);
    const float within = line.height > 0.0f ? std::clamp((y - line.y) / line.height, -kMaxWithin, kMaxWithin) : 0.0f;
    return {key.first, key.second, line.textBegin, within};
}

// The line of the anchor's block and item whose text range holds the offset, else the next
// line of that item, else its last line; then the block's first line, its image box, or the
// first line of the next block that has one. 0 when the anchor is past everything.
float Layout::yOf(const Anchor& anchor) const {
    const float within = std::clamp(anchor.within, -kMaxWithin, kMaxWithin);
    const auto at = [within](const Line& line) { return line.y + within * line.height; };
    const std::pair<int, int> key{anchor.block, anchor.item};
    std::size_t last = lines.size();
    for (std::size_t i = firstLineOf(lines, anchor.block, anchor.item); i < lines.size() && lineKey(lines[i]) == key;
         ++i) {
        if (lines[i].textEnd > anchor.offset) return at(lines[i]);
        last = i;
    }
    if (last < lines.size()) return at(lines[last]);
    const std::size_t blockStart = firstLineOf(lines, anchor.block, INT_MIN);
    if (blockStart < lines.size() && lines[blockStart].block == anchor.block) return at(lines[blockStart]);
    for (const Box& box : boxes)
        if (box.block == anchor.block) return box.y;
    return blockStart < lines.size() ? lines[blockStart].y : 0.0f;
}

std::optional<LinkPlace> Layout::placeOfLink(std::string_view target) const {
    std::vector<LinkPlace> places;  // every span, in reading order
    places.reserve(spans.size());
    for (std::size_t line = 0; line < lines.size(); ++line)
        for (std::uint32_t i = 0; i < lines[line].spanCount; ++i) places.push_back({line, lines[line].firstSpan + i});
    const NoteLinkPlaces found(
        places.size(),
        [&](std::size_t i) {
            const Span& span = spans[places[i].span];
            return span.link >= 0 ? links[static_cast<std::size_t>(span.link)] : std::string_view();
        },
        [&](std::size_t i) { return lines[places[i].line].block; }, [&](std::size_t i) { return lines[places[i].line].item; });
    const std::optional<std::size_t> place = found.find(target);
    if (!place) return std::nullopt;
    return places[*place];
}

}  // namespace folio
