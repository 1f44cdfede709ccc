// HTML import: tables (header cells, spans flattened onto a grid) and definition lists.
#include "html_import_internal.h"

#include <algorithm>

namespace folio::html {

namespace {

// A span attribute: its leading digits, clamped to [1, max]; `zero` for 0 (a rowspan of 0 runs to
// the end of its row group); 1 when absent or not a number.
std::size_t spanOf(const std::string* value, std::size_t max, std::size_t zero) {
    if (value == nullptr) return 1;
    std::size_t n = 0;
    bool digits = false;
    for (char c : *value) {
        if (c == ' ' && !digits) continue;
        if (c < '0' || c > '9') break;
        digits = true;
        n = std::min<std::size_t>(n * 10 + static_cast<std::size_t>(c - '0'), 1000000);
    }
    if (!digits) return 1;
    if (n == 0) return zero;
    return std::min(n, max);
}

// `more` appended to `text`, with `separator` (a plain run) between when both have text.
void appendText(RichText& text, RichText more, const char* separator) {
    if (more.empty()) return;
    if (!text.empty()) text.push_back(plainRun(separator));
    for (TextRun& run : more) text.push_back(std::move(run));
}

}  // namespace

// A table: rows from the table's own <tr> and those of its thead, tbody and tfoot; a <th>, or any
// cell of a thead, is a header cell. A cell spanning columns is followed by empty cells, one spanning
// rows leaves empty cells below it (within its row group), so that every row has a cell per
// column. A cell's blocks (paragraphs, lists) become lines of its text; pictures and other blocks
// in cells come after the table. In a quote, a list item or a cell, a table is its text, a line a row.
void Importer::table(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    Block block;
    block.type = BlockType::Table;
    std::vector<Block> after;
    std::size_t cells = 0;
    std::vector<std::size_t> carry;  // per column: rows below still covered by a cell above

    const auto row = [&](NodeIndex tr, bool headerGroup) {
        std::vector<TableCell>& made = block.rows.emplace_back();
        // Empty cells where cells of rows above reach down, up to column `until`.
        const auto fillCovered = [&](std::size_t until) {
            while (made.size() < until && made.size() < carry.size()) {
                std::size_t& covered = carry[made.size()];
                if (covered > 0) --covered;
                made.emplace_back();
            }
        };
        const auto coveredEnd = [&](std::size_t from) {  // one past the covered run starting at `from`
            while (from < carry.size() && carry[from] > 0) ++from;
            return from;
        };
        for (NodeIndex td = node(tr).firstChild; td != HtmlNode::kNone && !failed_; td = node(td).nextSibling) {
            const HtmlNode& cell = node(td);
            if (cell.isText() || (cell.name != "td" && cell.name != "th") || skipped(td)) continue;
            fillCovered(coveredEnd(made.size()));
            const std::size_t colspan = spanOf(cell.attribute("colspan"), 1000, 1);
            const std::size_t rowspan = spanOf(cell.attribute("rowspan"), 65534, 65534);
            if (cells + made.size() + colspan > limits_.maxTableCells) {
                fail("a table of more than " + std::to_string(limits_.maxTableCells) + " cells");
                return;
            }
            TextSink sink = newSink();
            Context inner = capture(sink, after);
            children(td, inner, style, depth + 2);
            const std::size_t column = made.size();
            const bool header = cell.name == "th" || headerGroup;
            made.push_back(TableCell{sink.take(), header});
            for (std::size_t k = 1; k < colspan; ++k) made.push_back(TableCell{{}, header});
            if (carry.size() < column + colspan) carry.resize(column + colspan, 0);
            for (std::size_t k = 0; k < colspan; ++k) carry[column + k] = std::max(carry[column + k], rowspan - 1);
        }
        // Cells of rows above that reach past this row's last cell.
        std::size_t last = carry.size();
        while (last > made.size() && carry[last - 1] == 0) --last;
        fillCovered(last);
        cells += made.size();
    };

    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        const HtmlNode& child = node(c);
        if (child.isText() || skipped(c)) continue;
        if (child.name == "caption") {
            block.caption = plainOf(c);
        } else if (child.name == "tr") {
            row(c, false);
        } else if (child.name == "thead" || child.name == "tbody" || child.name == "tfoot") {
            std::fill(carry.begin(), carry.end(), 0);  // spans end with their row group
            for (NodeIndex tr = child.firstChild; tr != HtmlNode::kNone && !failed_; tr = node(tr).nextSibling) {
                if (!node(tr).isText() && node(tr).name == "tr" && !skipped(tr)) row(tr, child.name == "thead");
            }
            std::fill(carry.begin(), carry.end(), 0);
        }
    }
    if (failed_) return;
    std::size_t columns = 0;
    for (const std::vector<TableCell>& r : block.rows) columns = std::max(columns, r.size());
    if (columns * block.rows.size() > limits_.maxTableCells) {
        fail("a table of more than " + std::to_string(limits_.maxTableCells) + " cells");
        return;
    }
    block.rows.erase(std::remove_if(block.rows.begin(), block.rows.end(),
                                    [](const std::vector<TableCell>& r) { return r.empty(); }),
                     block.rows.end());
    for (std::vector<TableCell>& r : block.rows) r.resize(columns);
    const bool hasText = std::any_of(block.rows.begin(), block.rows.end(), [](const std::vector<TableCell>& r) {
        return std::any_of(r.begin(), r.end(), [](const TableCell& cell) { return !cell.text.empty(); });
    });
    if (hasText) {
        emit(ctx, std::move(block));
    } else if (!block.caption.empty()) {
        Block caption;
        caption.text.push_back(plainRun(block.caption));
        emit(ctx, std::move(caption));
    }
    emitAll(ctx, after);
}

// A definition list: one item per group of terms and their definitions, "term — definition", the
// terms strong (several terms joined by ", ", several definitions by "; "). A list without nesting.
void Importer::definitionList(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    Block block;
    block.type = BlockType::List;
    std::vector<Block> after;
    RichText terms, definitions;
    const auto finishGroup = [&] {
        if (terms.empty() && definitions.empty()) return;
        if (block.items.size() >= limits_.maxListItems) {
            fail("a list of more than " + std::to_string(limits_.maxListItems) + " items");
            return;
        }
        RichText item = std::move(terms);
        appendText(item, std::move(definitions), " \xE2\x80\x94 ");
        block.items.push_back(std::move(item));
        terms.clear();
        definitions.clear();
    };
    const auto part = [&](NodeIndex element, bool term) {
        TextSink sink = newSink();
        Context inner = capture(sink, after);
        Style partStyle = style;
        partStyle.strong = partStyle.strong || term;
        children(element, inner, partStyle, depth + 2);
        return sink.take();
    };
    // dt and dd, straight in the list or in a div of it (as HTML allows).
    const auto member = [&](NodeIndex c) {
        const HtmlNode& child = node(c);
        if (child.isText() || skipped(c)) return;
        if (child.name == "dt") {
            if (!definitions.empty()) finishGroup();
            appendText(terms, part(c, true), ", ");
        } else if (child.name == "dd") {
            appendText(definitions, part(c, false), "; ");
        }
    };
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        if (!node(c).isText() && node(c).name == "div" && !skipped(c)) {
            for (NodeIndex d = node(c).firstChild; d != HtmlNode::kNone && !failed_; d = node(d).nextSibling) member(d);
        } else {
            member(c);
        }
    }
    finishGroup();
    if (failed_) return;
    if (!block.items.empty()) emit(ctx, std::move(block));
    emitAll(ctx, after);
}

}  // namespace folio::html
