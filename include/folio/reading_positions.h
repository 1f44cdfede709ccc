// Where the reader was in each article, so that a reload, or coming back later, opens it at the
// same place: a position per article (by the viewer's article id), newest last, and its versioned
// JSON form for storage. Bounded: the oldest positions make room for new ones.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// The storage key; its suffix is the format version of ReadingPositions::toJson.
constexpr std::string_view kReadingPositionsStorageKey = "folio.positions.v1";
// How many articles' positions are kept (the oldest go first), and the longest article id, bytes.
constexpr std::size_t kMaxReadingPositions = 200;
constexpr std::size_t kMaxPositionIdBytes = 2048;
// Longest text ReadingPositions::parse reads, bytes (what toJson writes always fits).
constexpr std::size_t kMaxReadingPositionsJsonBytes = 3u << 20;

// A place in an article as folio::Anchor gives it: a body block (-1: the title and meta line)
// and a byte offset into its plain text.
struct ReadingPosition {
    std::string id;        // the article, as Viewer::articleId names it
    int block = -1;
    std::size_t offset = 0;
};


struct PositionsParse {
    bool ok = false;
    std::vector<ReadingPosition> items;  // what was read when ok
    std::string error;                   // why not, e.g. "positions/3/block: expected an integer from -1"
};

class ReadingPositions {
public:
    // The position kept for article `id`; nullptr when none.
    const ReadingPosition* find(std::string_view id) const;
    // Keeps `block` and `offset` as the newest position of article `id` (an empty id, or one longer
    // than kMaxPositionIdBytes, is not kept). Returns false when nothing changed.
    bool set(const std::string& id, int block, std::size_t offset);
    const std::vector<ReadingPosition>& items() const { return items_; }

    // {"version":1,"positions":[{"id":"…","block":3,"offset":120},…]}, oldest first.
    std::string toJson() const;
    // Reads what toJson wrote; anything else (not JSON, another version, a wrong member, more than
    // kMaxReadingPositions) is refused with a message. Never throws.
    static PositionsParse parse(std::string_view json);
    // The positions `parse` read (parse(...).items).
    explicit ReadingPositions(std::vector<ReadingPosition> items = {}) : items_(std::move(items)) {}

private:
    std::vector<ReadingPosition> items_;
};

}  // namespace folio
