// Typesetting, step 3: the page. Places the title, the meta line and the body blocks in the
// column with their sizes, faces, indents and spacing; the line breaking is in layout_break.cpp.
//
// Sections: settings made safe and empty blocks · PageBuilder: the header, one body block (a
// switch over the block types), then one member per kind of block (quote, pull quote, list and
// its markers, empty lines, code, aside, embed, rule, table, gallery, image) and the shared
// placing of units, tints, indents and padding · Typesetter::layout, which runs it.
#include <algorithm>
#include <cmath>
#include <limits>

#include "folio/layout_style.h"
#include "layout_prepared.h"

namespace folio {

namespace {

using namespace layout_style;

// Settings with every value usable: finite, positive sizes, non-negative widths.
LayoutSettings sanitize(LayoutSettings s) {
    const LayoutSettings defaults;
    const auto finite = [](float v) { return std::isfinite(v); };
    if (!finite(s.viewportWidthPx) || s.viewportWidthPx < 0.0f) s.viewportWidthPx = 0.0f;
    if (!finite(s.fontSizePx) || s.fontSizePx < 1.0f) s.fontSizePx = finite(s.fontSizePx) ? 1.0f : defaults.fontSizePx;
    if (!finite(s.lineHeight) || s.lineHeight <= 0.0f) s.lineHeight = defaults.lineHeight;
    if (!finite(s.measureEm) || s.measureEm <= 0.0f) s.measureEm = defaults.measureEm;
    if (!finite(s.minMarginPx) || s.minMarginPx < 0.0f) s.minMarginPx = 0.0f;
    if (static_cast<std::size_t>(s.family) >= kFontFamilyCount) s.family = defaults.family;
    return s;
}

// Space above a block, in body em (collapses with the space below the block before it).
float spaceBeforeEm(BlockType type) { return type == BlockType::Heading ? kHeadingBeforeEm : 0.0f; }

// Space below a block, in body em.
float spaceAfterEm(BlockType type) { return type == BlockType::Heading ? kHeadingAfterEm : kBlockAfterEm; }

// True when a block would set nothing (no text, no items).
bool isEmpty(const Block& block, const detail::PreparedBlock& prepared) {
    switch (block.type) {
        case BlockType::Table:
            return block.rows.empty() || block.rows.front().empty();
        case BlockType::Rule:
            return false;
        case BlockType::Aside:
            return prepared.text.pieces.empty() &&
                   std::all_of(prepared.items.begin(), prepared.items.end(), [](const detail::Unit& u) { return u.pieces.empty(); });
        case BlockType::Embed:
            return false;  // its card always has a label and a title
        case BlockType::Gallery:
            return block.images.empty();
        case BlockType::Paragraph:
        case BlockType::Heading:
            return prepared.text.pieces.empty();
        case BlockType::Code:
            return prepared.items.empty();
        case BlockType::Quote: case BlockType::Pullquote:
            return prepared.text.pieces.empty() && prepared.cite.pieces.empty();
        case BlockType::List:
            return prepared.items.empty();
        case BlockType::Image:
            return false;
    }
    return true;
}

// Builds one Layout: keeps the running y and the spacing owed by the last block. `bodyFace` is the
// family's regular face, for list markers.
class PageBuilder {
public:
    PageBuilder(const FontMetrics& metrics, FontFace bodyFace, const LayoutSettings& settings, Layout& layout)
        : metrics_(metrics), bodyFace_(bodyFace), layout_(layout), em_(settings.fontSizePx),
          lineHeight_(settings.lineHeight) {
        narrow_ = settings.viewportWidthPx < kNarrowViewportPx;
        wrapCode_ = settings.wrapCode;
        const float widest = settings.measureEm * em_;
        layout.columnWidth = std::max(1.0f, std::min(settings.viewportWidthPx - 2.0f * settings.minMarginPx, widest));
        layout.columnX = (settings.viewportWidthPx - layout.columnWidth) / 2.0f;
        y_ = (narrow_ ? kTopPaddingNarrowEm : kTopPaddingEm) * em_;
    }

    // Title, then the meta line, then the gap before the body.
    void header(const detail::Unit& title, const detail::Unit& meta) {
        const float titleSize = (narrow_ ? kTitleScaleNarrow : kTitleScale) * em_;
        y_ = set(title, LineRole::Title, -1, -1, titleSize, kTitleLineHeight, 0.0f);
        if (!meta.pieces.empty()) {
            if (!layout_.lines.empty()) y_ += kMetaGapEm * em_;
            y_ = set(meta, LineRole::Meta, -1, -1, kMetaScale * em_, kSansLineHeight, 0.0f);
        }
        placed_ = !layout_.lines.empty();
        afterEm_ = kHeaderAfterEm;
    }

    // One body block, below the previous one.
    void block(int index, const Block& block, const detail::PreparedBlock& prepared) {
        if (isEmpty(block, prepared)) return;
        if (placed_) y_ += std::max(afterEm_, spaceBeforeEm(block.type)) * em_;
        switch (block.type) {
            case BlockType::Table:
                table(index, block, prepared);
                break;
            case BlockType::Rule:
                rule(index);
                break;
            case BlockType::Pullquote:
                pullquote(index, prepared);
                break;
            case BlockType::Aside:
                aside(index, prepared);
                break;
            case BlockType::Embed:
                embed(index, block, prepared);
                break;
            case BlockType::Gallery:
                gallery(index, block, prepared);
                break;
            case BlockType::Paragraph:
                y_ = set(prepared.text, LineRole::Paragraph, index, -1, em_, lineHeight_, 0.0f);
                break;
            case BlockType::Code:
                code(index, prepared);
                break;
            case BlockType::Heading:
                y_ = set(prepared.text, LineRole::Heading, index, -1, headingScale(block.level) * em_,
                         kHeadingLineHeight, 0.0f);
                break;
            case BlockType::Quote:
                quote(index, prepared);
                break;
            case BlockType::List:
                list(index, block, prepared);
                break;
            case BlockType::Image:
                image(index, block, prepared);
                break;
        }
        placed_ = true;
        afterEm_ = spaceAfterEm(block.type);
    }

    // Total height: the bottom of the last thing plus the bottom padding.
    float finish() const { return y_ + kBottomPaddingEm * em_; }

private:
    // Quote text (indented, with a rule at the column's left, or right when it runs right to left)
    // and its cite below.
    void quote(int index, const detail::PreparedBlock& prepared) {
        const float indent = indentPx(kQuoteIndentEm);
        const float top = y_;
        y_ = set(prepared.text, LineRole::Quote, index, -1, kQuoteScale * em_, lineHeight_, indent);
        if (y_ > top) {
            const float rule = kQuoteRuleEm * em_;
            const float x = prepared.text.rtl ? layout_.columnX + layout_.columnWidth - rule : layout_.columnX;
            layout_.boxes.push_back({BoxKind::QuoteRule, index, x, top, rule, y_ - top});
        }
        if (!prepared.cite.pieces.empty()) {
            if (y_ > top) y_ += kCiteGapEm * em_;
            y_ = set(prepared.cite, LineRole::QuoteCite, index, -1, kSmallScale * em_, kSansLineHeight, indent);
        }
    }

    // A pull quote: its text large, between rules as wide as the column, its cite below it.
    void pullquote(int index, const detail::PreparedBlock& prepared) {
        const float rule = std::max(1.0f, kHeaderRuleEm * em_);
        layout_.boxes.push_back({BoxKind::Rule, index, layout_.columnX, y_, layout_.columnWidth, rule});
        y_ += rule + kPullquotePaddingEm * em_;
        y_ = set(prepared.text, LineRole::Quote, index, -1, kPullquoteScale * em_, kHeadingLineHeight, 0.0f);
        if (!prepared.cite.pieces.empty()) {
            y_ += kCiteGapEm * em_;
            y_ = set(prepared.cite, LineRole::QuoteCite, index, -1, kSmallScale * em_, kSansLineHeight, 0.0f);
        }
        y_ += kPullquotePaddingEm * em_;
        layout_.boxes.push_back({BoxKind::Rule, index, layout_.columnX, y_, layout_.columnWidth, rule});
        y_ += rule;
    }

    // List items, indented, with a marker on each item's first line. The indent grows past 1.6 em
    // when a marker ("10.", "100.") would otherwise stick out of the column; the items of a nested
    // list are set in by one indent more per level (up to half the column).
    void list(int index, const Block& block, const detail::PreparedBlock& prepared) {
        float indentEm = kListIndentEm;
        for (float markerEm : prepared.markerEm) indentEm = std::max(indentEm, markerEm + kMarkerGapEm);
        for (std::size_t i = 0; i < prepared.items.size(); ++i) {
            if (i > 0) y_ += kItemGapEm * em_;
            const std::size_t first = layout_.lines.size();
            const int item = static_cast<int>(i);
            const int depth = i < block.places.size() ? block.places[i].depth : 0;
            const float indent = indentPx(indentEm * static_cast<float>(depth + 1));
            y_ = set(prepared.items[i], LineRole::ListItem, index, item, em_, lineHeight_, indent);
            if (layout_.lines.size() == first) emptyItemLine(index, item, indent, prepared.items[i].rtl);
            addMarker(first, prepared.markers[i], prepared.markerEm[i], indent, prepared.items[i].rtl);
        }
    }

    // Puts a list marker (`text` in the shown text, `em` wide in the body face) in front of the spans
    // of line `first`, the first line of an item set `indent` px in (from the right when `rtl`, the
    // marker then on the right); the item's lines are the last ones.
    void addMarker(std::size_t first, detail::ShownRange text, float em, float indent, bool rtl) {
        Span marker;
        marker.text = std::string_view(layout_.text->data() + text.begin, text.size);
        marker.face = bodyFace_;
        marker.sizePx = em_;
        marker.width = em * em_;
        marker.level = rtl ? 1 : 0;
        marker.x = rtl ? layout_.columnX + layout_.columnWidth - indent + kMarkerGapEm * em_
                       : layout_.columnX + indent - kMarkerGapEm * em_ - marker.width;
        std::vector<Span>& spans = layout_.spans;
        spans.insert(spans.begin() + layout_.lines[first].firstSpan, marker);
        ++layout_.lines[first].spanCount;
        for (std::size_t i = first + 1; i < layout_.lines.size(); ++i) ++layout_.lines[i].firstSpan;
    }

    // Puts the mark `text` (in the shown text, `width` px wide in `face` at `size` px) at `x` on line
    // `line` (a code line's continuation mark), before its other spans.
    void addMark(std::size_t line, detail::ShownRange text, FontFace face, float size, float x, float width) {
        Span mark;
        mark.text = std::string_view(layout_.text->data() + text.begin, text.size);
        mark.face = face;
        mark.sizePx = size;
        mark.width = width;
        mark.x = x;
        std::vector<Span>& spans = layout_.spans;
        spans.insert(spans.begin() + layout_.lines[line].firstSpan, mark);
        ++layout_.lines[line].spanCount;
        for (std::size_t i = line + 1; i < layout_.lines.size(); ++i) ++layout_.lines[i].firstSpan;
    }

    // An empty line of `role` at `x` (a blank line of code), `size` px text on `lineHeight`.
    void emptyLine(LineRole role, int index, int item, float x, float size, float lineHeight) {
        const VerticalMetrics v = metrics_.vertical(FontFace::Mono);
        Line line;
        line.role = role;
        line.block = index;
        line.item = item;
        line.x = x;
        line.y = y_;
        line.firstSpan = static_cast<std::uint32_t>(layout_.spans.size());
        line.height = size * lineHeight;
        line.baseline = y_ + (line.height - (v.ascent + v.descent) * size) / 2.0f + v.ascent * size;
        layout_.lines.push_back(line);
        y_ = line.y + line.height;
    }

    // A line with no text for an item with no text, so that its marker has somewhere to go.
    void emptyItemLine(int index, int item, float indent, bool rtl) {
        const VerticalMetrics v = metrics_.vertical(bodyFace_);
        Line line;
        line.role = LineRole::ListItem;
        line.block = index;
        line.item = item;
        line.rtl = rtl;
        line.x = rtl ? layout_.columnX + layout_.columnWidth - indent : layout_.columnX + indent;
        line.y = y_;
        line.firstSpan = static_cast<std::uint32_t>(layout_.spans.size());
        line.height = em_ * lineHeight_;
        line.baseline = y_ + (line.height - (v.ascent + v.descent) * em_) / 2.0f + v.ascent * em_;
        layout_.lines.push_back(line);
        y_ = line.y + line.height;
    }

    // A code block: its lines as written, in the monospace face, on a tint as wide as the column.
    // Lines wider than the column run on (a sideways area: the screen scrolls them), or wrap with
    // a mark before each continuation when the settings say so (print).
    void code(int index, const detail::PreparedBlock& prepared) {
        const float size = kCodeScale * em_;
        const float pad = paddingPx(kCodePaddingEm);
        const float top = y_;
        const std::size_t boxAt = layout_.boxes.size();
        y_ += pad;
        float right = layout_.columnX;
        for (std::size_t i = 0; i < prepared.items.size(); ++i) {
            const detail::Unit& unit = prepared.items[i];
            const std::size_t first = layout_.lines.size();
            const int item = static_cast<int>(i);
            detail::UnitStyle style;
            style.role = LineRole::Code;
            style.block = index;
            style.item = item;
            style.sizePx = size;
            style.lineHeight = kCodeLineHeight;
            style.x = layout_.columnX + pad;
            style.width = wrapCode_ ? std::max(1.0f, layout_.columnWidth - 2.0f * pad) : std::numeric_limits<float>::max();
            y_ = detail::setUnit(metrics_, unit, style, y_, layout_);
            if (layout_.lines.size() == first) emptyLine(LineRole::Code, index, item, style.x, size, kCodeLineHeight);
            for (std::size_t l = first; l < layout_.lines.size(); ++l) {
                right = std::max(right, layout_.lines[l].x + layout_.lines[l].width);
                if (l > first) {  // a continuation: its mark in the padding on the left
                    const float markWidth = prepared.markerEm[0] * size;
                    addMark(l, prepared.markers[0], FontFace::Mono, size, style.x - markWidth - std::max(0.0f, (pad - markWidth) / 2.0f),
                            markWidth);
                }
            }
        }
        y_ += pad;
        const Box tint = tintBehind(index, top, boxAt);
        if (right + pad > layout_.columnX + layout_.columnWidth + 0.5f)
            layout_.sideways.push_back({index, tint.x, tint.y, tint.width, tint.height, right + pad - tint.x});
    }

    // An aside: its title (bold) and its paragraphs, a little smaller than the body's, on a tint as
    // wide as the column. The title's lines are Heading lines, the paragraphs' Paragraph lines whose
    // item is the paragraph.
    void aside(int index, const detail::PreparedBlock& prepared) {
        const float pad = paddingPx(kAsidePaddingEm);
        const float size = kAsideScale * em_;
        const float top = y_;
        const std::size_t boxAt = layout_.boxes.size();
        y_ += pad;
        detail::UnitStyle style;
        style.block = index;
        style.sizePx = size;
        style.x = layout_.columnX + pad;
        style.width = std::max(1.0f, layout_.columnWidth - 2.0f * pad);
        if (!prepared.text.pieces.empty()) {
            style.role = LineRole::Heading;
            style.lineHeight = kHeadingLineHeight;
            y_ = detail::setUnit(metrics_, prepared.text, style, y_, layout_) + kAsideTitleGapEm * em_;
        }
        style.role = LineRole::Paragraph;
        style.lineHeight = lineHeight_;
        bool first = true;
        for (std::size_t i = 0; i < prepared.items.size(); ++i) {
            if (prepared.items[i].pieces.empty()) continue;
            if (!first) y_ += kBlockAfterEm * size;  // as between the body's paragraphs, at the aside's size
            first = false;
            style.item = static_cast<int>(i);
            y_ = detail::setUnit(metrics_, prepared.items[i], style, y_, layout_);
        }
        y_ += pad;
        tintBehind(index, top, boxAt);
    }

    // An embed's card, on a tint as wide as the column: its poster across the top (16:9 when its
    // size is unknown), then its label (Caption line, item 0), its title (Heading line, item 1: a
    // link to the item) and its host (Caption line, item 2: a link too). Never an iframe: the card
    // links out.
    void embed(int index, const Block& block, const detail::PreparedBlock& prepared) {
        const float pad = paddingPx(kEmbedPaddingEm);
        const float top = y_;
        const std::size_t boxAt = layout_.boxes.size();
        if (!block.src.empty()) {
            const float width = layout_.columnWidth;
            const bool sized = block.width > 0 && block.height > 0;
            const float height = sized ? std::min(width, width * static_cast<float>(block.height) / static_cast<float>(block.width))
                                       : width * 9.0f / 16.0f;
            layout_.boxes.push_back({BoxKind::Image, index, layout_.columnX, y_, width, height});
            y_ += height;
        }
        y_ += pad;
        detail::UnitStyle style;
        style.block = index;
        style.x = layout_.columnX + pad;
        style.width = std::max(1.0f, layout_.columnWidth - 2.0f * pad);
        for (std::size_t i = 0; i < prepared.items.size(); ++i) {
            if (prepared.items[i].pieces.empty()) continue;
            const bool title = i == 1;
            if (i > 0) y_ += kEmbedGapEm * em_;
            style.role = title ? LineRole::Heading : LineRole::Caption;
            style.item = static_cast<int>(i);
            style.sizePx = (title ? 1.0f : kSmallScale) * em_;
            style.lineHeight = title ? kHeadingLineHeight : kSansLineHeight;
            y_ = detail::setUnit(metrics_, prepared.items[i], style, y_, layout_);
        }
        y_ += pad;
        tintBehind(index, top, boxAt);
    }

    // A separator: a short rule in the middle of the column, with space above and below.
    void rule(int index) {
        const float width = std::min(kRuleWidthEm * em_, layout_.columnWidth);
        const float thickness = std::max(1.0f, kTableRuleEm * em_);
        y_ += kRuleSpaceEm * em_;
        layout_.boxes.push_back({BoxKind::Rule, index, layout_.columnX + (layout_.columnWidth - width) / 2.0f, y_, width, thickness});
        y_ += thickness + kRuleSpaceEm * em_;
    }

    // A table: its caption above it, then a grid of cells, row after row, with a rule under each row
    // (a heavier one under a header row) and a tint behind header cells. Columns are as wide as their
    // text wants when the table fits the column; else each column gets at least its longest word
    // (words longer than kCellMeasureEm break) and the rest of the column in proportion to what it wants.
    // Wider than the column even so, the table runs on with its columns up to kCellMeasureEm wide
    // (the screen scrolls it sideways), or, when
    // the settings wrap (print), its columns shrink to fit and their words break where they must.
    void table(int index, const Block& block, const detail::PreparedBlock& prepared) {
        const std::size_t columns = block.rows.front().size();
        const float size = kTableScale * em_;
        const float padX = std::min(kCellPaddingXEm * size, layout_.columnWidth / 8.0f);
        const float padY = kCellPaddingYEm * size;
        // What each column wants (its widest cell's text on one line) and needs (its longest word).
        std::vector<float> wants(columns, 0.0f);
        std::vector<float> needs(columns, 0.0f);
        bool rtl = false;
        bool directionKnown = false;
        for (std::size_t i = 0; i < prepared.items.size(); ++i) {
            const detail::Unit& cell = prepared.items[i];
            const std::size_t column = i % columns;
            float line = 0.0f;
            float widest = 0.0f;
            float longest = 0.0f;
            for (const detail::Piece& piece : cell.pieces) {
                line += piece.em;
                longest = std::max(longest, piece.em);
                widest = std::max(widest, line);
                line = piece.breakAfter ? 0.0f : line + piece.gapEm;
            }
            wants[column] = std::max(wants[column], widest * size + 2.0f * padX);
            needs[column] = std::max(needs[column], std::min(longest, kCellMeasureEm) * size + 2.0f * padX);
            if (!directionKnown && !cell.pieces.empty()) {
                rtl = cell.rtl;
                directionKnown = true;
            }
        }
        float wanted = 0.0f, needed = 0.0f;
        for (std::size_t c = 0; c < columns; ++c) {
            needs[c] = std::max(needs[c], 2.0f * padX + size);
            wants[c] = std::max(wants[c], needs[c]);
            wanted += wants[c];
            needed += needs[c];
        }
        const float available = layout_.columnWidth;
        std::vector<float> widths = wants;
        if (wanted > available) {
            if (needed <= available || wrapCode_) {
                // Each column its need, and of what is left a share in proportion to its want beyond it
                // (when even the needs do not fit: each its share of the column, in proportion to its need).
                const float spare = available - needed;
                for (std::size_t c = 0; c < columns; ++c)
                    widths[c] = spare >= 0.0f ? needs[c] + spare * (wants[c] - needs[c]) / (wanted - needed)
                                              : available * needs[c] / needed;
            } else {  // it scrolls sideways: each column as wide as it wants, up to a comfortable measure
                for (std::size_t c = 0; c < columns; ++c)
                    widths[c] = std::max(needs[c], std::min(wants[c], kCellMeasureEm * size + 2.0f * padX));
            }
        }
        float tableWidth = 0.0f;
        for (const float width : widths) tableWidth += width;
        const float left = rtl ? layout_.columnX + layout_.columnWidth - tableWidth : layout_.columnX;
        // The x of column c's left edge, from the right when the table runs right to left.
        std::vector<float> columnX(columns);
        float at = 0.0f;
        for (std::size_t c = 0; c < columns; ++c) {
            columnX[c] = rtl ? left + tableWidth - at - widths[c] : left + at;
            at += widths[c];
        }

        const float top = y_;
        if (!prepared.caption.pieces.empty()) {
            y_ = set(prepared.caption, LineRole::Caption, index, -1, kSmallScale * em_, kSansLineHeight, 0.0f);
            y_ += kCaptionTableGapEm * em_;
        }
        const float ruleHeight = std::max(1.0f, kTableRuleEm * em_);
        const float headerRuleHeight = std::max(1.0f, kHeaderRuleEm * em_);
        for (std::size_t r = 0; r < block.rows.size(); ++r) {
            const std::size_t firstLine = layout_.lines.size();
            const std::size_t firstSpan = layout_.spans.size();
            float bottom = y_ + padY;
            bool headerRow = true;
            for (std::size_t c = 0; c < columns; ++c) {
                const detail::Unit& cell = prepared.items[r * columns + c];
                headerRow = headerRow && block.rows[r][c].header;
                detail::UnitStyle style;
                style.role = LineRole::TableCell;
                style.block = index;
                style.item = static_cast<int>(r);
                style.sizePx = size;
                style.lineHeight = kTableLineHeight;
                style.x = columnX[c] + padX;
                style.width = std::max(1.0f, widths[c] - 2.0f * padX);
                const std::size_t before = layout_.lines.size();
                bottom = std::max(bottom, detail::setUnit(metrics_, cell, style, y_ + padY, layout_));
                for (std::size_t l = before; l < layout_.lines.size(); ++l) {
                    layout_.lines[l].column = static_cast<int>(c);
                    layout_.lines[l].header = block.rows[r][c].header;
                }
                if (block.rows[r][c].header)
                    layout_.boxes.push_back({BoxKind::Tint, index, columnX[c], y_, widths[c], 0.0f});
            }
            const float rowBottom = bottom + padY;
            for (std::size_t b = layout_.boxes.size(); b-- > 0 && layout_.boxes[b].block == index && layout_.boxes[b].height == 0.0f;)
                layout_.boxes[b].height = rowBottom - y_;  // the header cells' tints, as tall as the row
            byRowOrder(firstLine, firstSpan);
            const float rule = headerRow ? headerRuleHeight : ruleHeight;
            layout_.boxes.push_back({BoxKind::Rule, index, left, rowBottom, tableWidth, rule});
            layout_.tableRows.push_back({index, static_cast<int>(r), y_, rowBottom + rule - y_, headerRow});
            y_ = rowBottom + rule;
        }
        if (tableWidth > layout_.columnWidth + 0.5f)
            layout_.sideways.push_back({index, layout_.columnX, top, layout_.columnWidth, y_ - top,
                                        tableWidth});
    }

    // Orders the lines from `firstLine` on (a table row's, cell after cell) by y, then by cell, with
    // their spans; `firstSpan` is the first line's first span.
    void byRowOrder(std::size_t firstLine, std::size_t firstSpan) {
        std::vector<Line>& lines = layout_.lines;
        std::stable_sort(lines.begin() + static_cast<std::ptrdiff_t>(firstLine), lines.end(),
                         [](const Line& a, const Line& b) { return a.y < b.y; });
        std::vector<Span> spans(layout_.spans.begin() + static_cast<std::ptrdiff_t>(firstSpan), layout_.spans.end());
        layout_.spans.resize(firstSpan);
        for (std::size_t l = firstLine; l < lines.size(); ++l) {
            const std::uint32_t from = lines[l].firstSpan - static_cast<std::uint32_t>(firstSpan);
            lines[l].firstSpan = static_cast<std::uint32_t>(layout_.spans.size());
            layout_.spans.insert(layout_.spans.end(), spans.begin() + from, spans.begin() + from + lines[l].spanCount);
        }
    }

    // A gallery: its pictures in rows, two to a row on screen when the column is wide enough (one on
    // paper and on phones), each in its cell (as wide as its size allows, 4:3 when unknown) with its
    // caption under it (Caption lines whose item is the picture), then the gallery's caption.
    void gallery(int index, const Block& block, const detail::PreparedBlock& prepared) {
        const std::size_t across = !wrapCode_ && layout_.columnWidth >= kGalleryTwoUpPx ? 2 : 1;
        const float gap = kGalleryGapEm * em_;
        const float cell = (layout_.columnWidth - gap * static_cast<float>(across - 1)) / static_cast<float>(across);
        for (std::size_t first = 0; first < block.images.size(); first += across) {
            if (first > 0) y_ += gap;
            const float top = y_;
            float bottom = top;
            const std::size_t firstLine = layout_.lines.size();
            const std::size_t firstSpan = layout_.spans.size();
            for (std::size_t i = first; i < std::min(block.images.size(), first + across); ++i) {
                const GalleryImage& image = block.images[i];
                const float x = layout_.columnX + static_cast<float>(i - first) * (cell + gap);
                const float width = image.width > 0 ? std::min(cell, static_cast<float>(image.width)) : cell;
                const float height = image.width > 0 && image.height > 0
                                         ? width * static_cast<float>(image.height) / static_cast<float>(image.width)
                                         : width * 3.0f / 4.0f;
                Box box{BoxKind::Image, index, x + (cell - width) / 2.0f, top, width, height};
                box.item = static_cast<int>(i);
                layout_.boxes.push_back(box);
                float y = top + height;
                if (i < prepared.items.size() && !prepared.items[i].pieces.empty()) {
                    detail::UnitStyle style;
                    style.role = LineRole::Caption;
                    style.block = index;
                    style.item = static_cast<int>(i);
                    style.sizePx = kSmallScale * em_;
                    style.lineHeight = kSansLineHeight;
                    style.x = x;
                    style.width = cell;
                    y = detail::setUnit(metrics_, prepared.items[i], style, y + kCaptionGapEm * em_, layout_);
                }
                bottom = std::max(bottom, y);
            }
            if (across > 1) byRowOrder(firstLine, firstSpan);  // the row's captions side by side, by y
            y_ = bottom;
        }
        if (!prepared.caption.pieces.empty()) {
            y_ += kCaptionGapEm * em_;
            y_ = set(prepared.caption, LineRole::Caption, index, -1, kSmallScale * em_, kSansLineHeight, 0.0f);
        }
    }

    // An image box (column wide at most, centred, 16:9 when the size is unknown) and its caption.
    void image(int index, const Block& block, const detail::PreparedBlock& prepared) {
        const float column = layout_.columnWidth;
        const float width = block.width > 0 ? std::min(column, static_cast<float>(block.width)) : column;
        const bool sized = block.width > 0 && block.height > 0;
        const float height = sized ? width * static_cast<float>(block.height) / static_cast<float>(block.width)
                                   : width * 9.0f / 16.0f;
        const Box box{BoxKind::Image, index, layout_.columnX + (column - width) / 2.0f, y_, width, height};
        layout_.boxes.push_back(box);
        y_ = box.y + box.height;
        if (!prepared.caption.pieces.empty()) {
            y_ += kCaptionGapEm * em_;
            y_ = set(prepared.caption, LineRole::Caption, index, -1, kSmallScale * em_, kSansLineHeight, 0.0f);
        }
    }

    // The padding inside a tinted block (a code block, an aside, an embed's card): `em` body em, at
    // most a quarter of the column, px.
    float paddingPx(float em) const { return std::min(em * em_, layout_.columnWidth / 4.0f); }

    // Puts a tint as wide as the column behind block `index`, from `top` down to the current y, before
    // the boxes from `boxAt` on (the block's own, drawn over it). Returns the tint.
    Box tintBehind(int index, float top, std::size_t boxAt) {
        const Box tint{BoxKind::Tint, index, layout_.columnX, top, layout_.columnWidth, y_ - top};
        layout_.boxes.insert(layout_.boxes.begin() + static_cast<std::ptrdiff_t>(boxAt), tint);
        return tint;
    }

    // An indent of `em` body em, at most half the column (so that very narrow columns still hold text).
    float indentPx(float em) const { return std::min(em * em_, layout_.columnWidth / 2.0f); }

    // Sets one unit at the current y, `indent` px in from the column's left edge (its right edge
    // when the unit runs right to left).
    float set(const detail::Unit& unit, LineRole role, int block, int item, float size, float lineHeight,
              float indent) {
        detail::UnitStyle style;
        style.role = role;
        style.block = block;
        style.item = item;
        style.sizePx = size;
        style.lineHeight = lineHeight;
        style.x = unit.rtl ? layout_.columnX : layout_.columnX + indent;
        style.width = layout_.columnWidth - indent;  // at least half the column, which is >= 1 px
        return detail::setUnit(metrics_, unit, style, y_, layout_);
    }

    const FontMetrics& metrics_;
    FontFace bodyFace_;
    Layout& layout_;
    float em_;          // body font size, px
    float lineHeight_;  // body line height
    bool wrapCode_ = false;  // LayoutSettings::wrapCode
    bool narrow_ = false;
    float y_ = 0.0f;        // bottom of what is placed so far
    bool placed_ = false;   // something is placed above
    float afterEm_ = 0.0f;  // space owed below the last block
};

}  // namespace

// Lays the article, measured in the settings' family, out for `settings`.
Layout Typesetter::layout(const LayoutSettings& settings) const {
    Layout layout;
    layout.settings = sanitize(settings);
    const detail::MeasuredArticle& measured = prepared_->measured(layout.settings.family);
    layout.links = measured.links;
    layout.text = measured.shown;
    layout.missing = measured.missing;
    PageBuilder page(prepared_->metrics, measured.bodyFace, layout.settings, layout);
    // Lines (and spans) are about proportional to the size over the column width: reserve as many as
    // the last layout had, scaled, and a little more (at most twice as many: a column a few px wide
    // holds a character a line, far fewer than the scale says).
    const float density = layout.settings.fontSizePx / layout.columnWidth;
    if (prepared_->lastDensity > 0.0f) {
        const float scale = std::min(density / prepared_->lastDensity * 1.0625f, 2.0f);
        layout.lines.reserve(static_cast<std::size_t>(static_cast<float>(prepared_->lastLines) * scale) + 16);
        layout.spans.reserve(static_cast<std::size_t>(static_cast<float>(prepared_->lastSpans) * scale) + 16);
    }
    page.header(measured.title, measured.meta);
    const std::vector<Block>& body = prepared_->article.body;
    for (std::size_t i = 0; i < body.size() && i < measured.blocks.size(); ++i)
        page.block(static_cast<int>(i), body[i], measured.blocks[i]);
    layout.height = page.finish();
    prepared_->lastLines = layout.lines.size();
    prepared_->lastSpans = layout.spans.size();
    prepared_->lastDensity = density;
    return layout;
}

}  // namespace folio
