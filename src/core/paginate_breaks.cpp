// Pagination, the break decisions: the laid-out column becomes rows (lines and images), every gap
// between two rows gets a penalty, and each page ends at the latest gap with the lowest penalty
// among those that let the page's rows fit.
#include <algorithm>
#include <limits>

#include "paginate_internal.h"

namespace folio::detail {

namespace {

// What a row belongs to; rows with equal keys next to each other share a unit (or a para).
struct Key {
    int kind = 0;
    int block = -1;
    int item = -1;
    bool operator==(const Key& other) const { return kind == other.kind && block == other.block && item == other.item; }
};

enum UnitKind { kHeaderUnit, kParagraphUnit, kHeadingUnit, kQuoteUnit, kItemUnit, kImageUnit, kCodeUnit, kTableUnit };

// The unit `line` belongs to.
Key unitKey(const Line& line) {
    switch (line.role) {
        case LineRole::Title:
        case LineRole::Meta: return {kHeaderUnit, -1, -1};
        case LineRole::Paragraph: return {kParagraphUnit, line.block, line.item};  // (an aside's paragraph: item)
        case LineRole::Heading: return {kHeadingUnit, line.block, -1};
        case LineRole::Quote:
        case LineRole::QuoteCite: return {kQuoteUnit, line.block, -1};
        case LineRole::ListItem: return {kItemUnit, line.block, line.item};
        case LineRole::Caption: return {kImageUnit, line.block, line.item};  // (a gallery's picture's: item)
        case LineRole::Code: return {kCodeUnit, line.block, -1};
        case LineRole::TableCell: return {kTableUnit, line.block, -1};
    }
    return {kParagraphUnit, line.block, -1};
}

// Numbers rows by key: a new number whenever the key changes.
class Numbering {
public:
    int next(const Key& key) {
        if (count_ == 0 || !(key == last_)) ++count_;
        last_ = key;
        return count_ - 1;
    }

private:
    Key last_;
    int count_ = 0;
};

// Bottom of the last caption line of picture `item` of block `block` (-1: the block's own) after line
// `from`; `fallback` when none.
float captionBottom(const Layout& layout, std::size_t from, int block, int item, float fallback) {
    float bottom = fallback;
    for (std::size_t i = from; i < layout.lines.size(); ++i) {
        const Line& line = layout.lines[i];
        if (line.block != block || line.item != item || line.role != LineRole::Caption) break;
        bottom = line.y + line.height;
    }
    return bottom;
}

// Height from the top of the title or heading rows at the end of `rows` (which keep with an image
// that follows them) down to `top`; 0 when the last row does not keep with the next.
float keptAbove(const std::vector<Row>& rows, float top) {
    std::size_t first = rows.size();
    while (first > 0 && rows[first - 1].keepWithNext) --first;
    return first == rows.size() ? 0.0f : top - rows[first].top;
}

// Penalties of a break before a row, lowest first.
enum Penalty {
    kFree,          // between units
    kSplitsFitting, // inside a quote, list item or image that would fit on a page, leaving two
                    //   rows on either side
    kWidow,         // leaves one row of a unit or paragraph alone on a page
    kAfterKeep,     // after a title, meta or heading line
};

// The penalty of a break before each row (index 0 unused).
std::vector<Penalty> penalties(const std::vector<Row>& rows, float pageHeight) {
    const std::size_t n = rows.size();
    // First and end row of every row's unit and para.
    std::vector<std::size_t> unitFirst(n), unitEnd(n), paraFirst(n), paraEnd(n);
    for (std::size_t i = 0; i < n; ++i) {
        unitFirst[i] = i > 0 && rows[i - 1].unit == rows[i].unit ? unitFirst[i - 1] : i;
        paraFirst[i] = i > 0 && rows[i - 1].para == rows[i].para ? paraFirst[i - 1] : i;
    }
    for (std::size_t i = n; i-- > 0;) {
        unitEnd[i] = i + 1 < n && rows[i + 1].unit == rows[i].unit ? unitEnd[i + 1] : i + 1;
        paraEnd[i] = i + 1 < n && rows[i + 1].para == rows[i].para ? paraEnd[i + 1] : i + 1;
    }
    std::vector<Penalty> out(n, kFree);
    for (std::size_t i = 1; i < n; ++i) {
        const Row& before = rows[i - 1];
        if (before.keepWithNext) {
            out[i] = kAfterKeep;
            continue;
        }
        if (before.unit != rows[i].unit) continue;
        const bool unitSafe = i - unitFirst[i] >= 2 && unitEnd[i] - i >= 2;
        const bool paraSafe = before.para != rows[i].para || (i - paraFirst[i] >= 2 && paraEnd[i] - i >= 2);
        const bool fits = rows[unitEnd[i] - 1].bottom - rows[unitFirst[i]].top <= pageHeight;
        if (!unitSafe || !paraSafe) {
            out[i] = kWidow;
        } else if (before.keepTogether && fits) {
            out[i] = kSplitsFitting;
        }
    }
    return out;
}

// Slack for float rounding when deciding whether rows fit, pt.
constexpr float kFitSlackPt = 0.01f;

}  // namespace

std::vector<Row> paginationRows(const Layout& layout, float maxUnitHeight) {
    std::vector<Row> rows;
    rows.reserve(layout.lines.size() + layout.boxes.size());
    Numbering units;
    Numbering paras;
    float shift = 0.0f;
    std::size_t box = 0;
    // Blocks whose rules are a table's (placed with its rows), not separators of their own.
    std::vector<int> tables;
    for (const TableRowBand& band : layout.tableRows)
        if (tables.empty() || tables.back() != band.block) tables.push_back(band.block);
    const auto separator = [&](const Box& b) {
        return b.kind == BoxKind::Rule && std::find(tables.begin(), tables.end(), b.block) == tables.end();
    };
    // Adds the images (and separators) from the next box down to `untilY`; `nextLine` is the line
    // that follows them.
    const auto addImages = [&](std::size_t nextLine, float untilY) {
        for (; box < layout.boxes.size() && layout.boxes[box].y <= untilY; ++box) {
            const Box& image = layout.boxes[box];
            if (separator(image)) {
                Row row;
                row.top = image.y - shift;
                row.bottom = row.top + image.height;
                row.line = nextLine;
                row.lineEnd = nextLine;
                row.box = static_cast<int>(box);
                row.unit = units.next({kImageUnit, image.block, -1});
                row.para = paras.next({-1, image.block, -1});
                // A pull quote's upper rule stays with its text.
                row.keepWithNext = nextLine < layout.lines.size() && layout.lines[nextLine].block == image.block;
                rows.push_back(row);
                continue;
            }
            if (image.kind != BoxKind::Image) continue;
            const float unitHeight = captionBottom(layout, nextLine, image.block, image.item, image.y + image.height) - image.y +
                                     keptAbove(rows, image.y - shift);
            float height = image.height;
            if (unitHeight > maxUnitHeight) {
                const float floor = std::min(image.height, maxUnitHeight / 2.0f);
                height = std::max(image.height - (unitHeight - maxUnitHeight), floor);
            }
            Row row;
            row.top = image.y - shift;
            row.bottom = row.top + height;
            row.line = nextLine;
            row.lineEnd = nextLine;
            row.box = static_cast<int>(box);
            row.unit = units.next({kImageUnit, image.block, image.item});
            row.para = paras.next({-1, image.block, image.item});
            row.keepTogether = true;
            // A picture stays with the text of its block under it: an embed's card, a gallery picture's caption.
            row.keepWithNext = nextLine < layout.lines.size() && layout.lines[nextLine].block == image.block &&
                               (image.item < 0 || layout.lines[nextLine].item == image.item);
            rows.push_back(row);
            shift += image.height - height;
        }
    };
    std::size_t band = 0;  // the next table row band
    int header = -1;       // the row of the current table's header row
    for (std::size_t i = 0; i < layout.lines.size();) {
        const Line& line = layout.lines[i];
        addImages(i, line.y);
        const Key unit = unitKey(line);
        Row row;
        row.top = line.y - shift;
        row.bottom = row.top + line.height;
        row.line = i;
        row.lineEnd = i + 1;
        row.unit = units.next(unit);
        row.para = paras.next({static_cast<int>(line.role), line.block, line.item});
        row.keepTogether = unit.kind == kQuoteUnit || unit.kind == kItemUnit || unit.kind == kImageUnit;
        row.keepWithNext = unit.kind == kHeaderUnit || unit.kind == kHeadingUnit;
        if (line.role == LineRole::TableCell) {  // the whole row of the table, its rule too
            while (band < layout.tableRows.size() &&
                   (layout.tableRows[band].block != line.block || layout.tableRows[band].row != line.item))
                ++band;
            while (row.lineEnd < layout.lines.size() && layout.lines[row.lineEnd].role == LineRole::TableCell &&
                   layout.lines[row.lineEnd].block == line.block && layout.lines[row.lineEnd].item == line.item)
                ++row.lineEnd;
            if (band < layout.tableRows.size()) {
                const TableRowBand& found = layout.tableRows[band];
                row.band = static_cast<int>(band);
                row.top = found.y - shift;
                row.bottom = row.top + found.height;
                const bool first = rows.empty() || rows.back().band < 0 ||
                                   layout.tableRows[static_cast<std::size_t>(rows.back().band)].block != line.block;
                if (first) header = found.header ? static_cast<int>(rows.size()) : -1;
                else row.repeat = header;
                row.keepWithNext = found.header;
            }
        } else if (line.role == LineRole::Caption && i + 1 < layout.lines.size() &&
                   layout.lines[i + 1].role == LineRole::TableCell && layout.lines[i + 1].block == line.block) {
            row.keepWithNext = true;  // a table's caption stays with its first row
        }
        i = row.lineEnd;
        rows.push_back(row);
    }
    addImages(layout.lines.size(), std::numeric_limits<float>::infinity());
    return rows;
}

std::vector<std::size_t> pageStarts(const std::vector<Row>& rows, const PageFrame& frame) {
    std::vector<std::size_t> starts{0};
    const std::size_t n = rows.size();
    const std::vector<Penalty> penalty = penalties(rows, frame.contentHeight(1));
    for (std::size_t first = 0; first < n;) {
        const float height = frame.contentHeight(starts.size() - 1) - rows[first].repeatHeight(rows) + kFitSlackPt;
        std::size_t end = first + 1;  // one row always goes on the page
        while (end < n && rows[end].bottom - rows[first].top <= height) ++end;
        if (end == n) break;
        std::size_t best = end;
        for (std::size_t k = end; k > first && penalty[best] != kFree; --k)
            if (penalty[k] < penalty[best]) best = k;
        starts.push_back(best);
        first = best;
    }
    return starts;
}

}  // namespace folio::detail
