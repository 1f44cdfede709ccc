// Pagination: the article is laid out once by the Typesetter as one column as wide as the page's
// content (1 px := 1 pt), cut into pages (paginate_breaks.cpp), and each page's lines, images and
// quote rules are moved onto it; the header and footer come from print_page_furniture.cpp.
#include <algorithm>
#include <utility>
#include <cmath>

#include "folio/article_meta.h"
#include "folio/print_layout.h"
#include "folio/reading_settings.h"
#include "folio/url_rules.h"
#include "paginate_internal.h"

namespace folio {

// What the preview offers paginate takes as it is.
static_assert(kPrintMarginMm.front() >= kMinPageMarginMm && kPrintMarginMm.back() <= kMaxPageMarginMm);
static_assert(kPrintFontSizePt.front() >= kMinPageFontSizePt && kPrintFontSizePt.back() <= kMaxPageFontSizePt);
static_assert(kDefaultPrintMarginMm == PageSpec{}.marginMm && kDefaultPrintFontSizePt == PageSpec{}.fontSizePt);

namespace {

// `value` within [low, high]; `fallback` when it is not a number.
float clampOr(float value, float low, float high, float fallback) {
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

// `spec` with every value usable and in its range (PageSpec gives the ranges).
PageSpec clampSpec(PageSpec spec) {
    const PageSpec defaults;
    if (spec.paper != Paper::A4 && spec.paper != Paper::Letter) spec.paper = defaults.paper;
    spec.marginMm = clampOr(spec.marginMm, kMinPageMarginMm, kMaxPageMarginMm, defaults.marginMm);
    spec.fontSizePt = clampOr(spec.fontSizePt, kMinPageFontSizePt, kMaxPageFontSizePt, defaults.fontSizePt);
    spec.lineHeight = clampOr(spec.lineHeight, 1.0f, 3.0f, defaults.lineHeight);
    if (static_cast<std::size_t>(spec.family) >= kFontFamilyCount) spec.family = defaults.family;
    return spec;
}

// How runs of a line with `role` are coloured.
PrintRole roleOf(LineRole role) {
    switch (role) {
        case LineRole::Meta:
        case LineRole::QuoteCite:
        case LineRole::Caption: return PrintRole::Muted;
        case LineRole::Title:
        case LineRole::Paragraph:
        case LineRole::Heading:
        case LineRole::Quote:
        case LineRole::ListItem:
        case LineRole::Code:
        case LineRole::TableCell: return PrintRole::Body;
    }
    return PrintRole::Body;
}

// What a span of `line` is part of in the article; `block` is the line's block (nullptr for none).
PrintTag tagOf(const Line& line, const Span& span, const Block* block) {
    if (block != nullptr && block->type == BlockType::Aside)
        return line.role == LineRole::Heading ? PrintTag::AsideTitle : PrintTag::AsideText;
    if (block != nullptr && block->type == BlockType::Embed) return PrintTag::Caption;  // its card's text, after its poster
    if (block != nullptr && block->type == BlockType::Gallery && line.item >= 0) return PrintTag::PictureCaption;
    switch (line.role) {
        case LineRole::Title: return PrintTag::Title;
        case LineRole::Meta: return PrintTag::Meta;
        case LineRole::Paragraph: return PrintTag::Paragraph;
        case LineRole::Heading:
            if (block == nullptr || block->level <= 2) return PrintTag::Heading2;
            return block->level == 3 ? PrintTag::Heading3 : PrintTag::Heading4;
        case LineRole::Quote: return PrintTag::Quote;
        case LineRole::QuoteCite: return PrintTag::QuoteCite;
        case LineRole::ListItem:  // the marker hangs left of the item's line box (layout.cpp)
            return span.x < line.x ? PrintTag::ListMarker : PrintTag::ListItem;
        case LineRole::Caption: return PrintTag::Caption;
        case LineRole::Code:  // a continuation's mark stands in the padding left of the line
            return span.x < line.x ? PrintTag::Continuation : PrintTag::Code;
        case LineRole::TableCell: return line.header ? PrintTag::TableHeader : PrintTag::TableData;
    }
    return PrintTag::Paragraph;
}

// Moves rows of the column onto `page`: text as runs (and link areas), images and the parts of
// quote rules beside the quote lines on the page. x moves by `dx`.
class PagePlacer {
public:
    PagePlacer(const Article& article, const Layout& layout, const std::vector<detail::Row>& rows, float dx,
               PrintPage& page)
        : article_(article), layout_(layout), rows_(rows), dx_(dx), page_(page) {}

    // Places rows [first, end), moved down by `dy`; a table's header row first when the page goes on
    // with a table whose header is on an earlier page.
    void place(std::size_t first, std::size_t end, float dy) {
        if (first < end && rows_[first].repeat >= 0) {
            const detail::Row& header = rows_[static_cast<std::size_t>(rows_[first].repeat)];
            tableRow(header, rows_[first].top + dy - header.top, true);
            dy += header.bottom - header.top;
        }
        for (std::size_t r = first; r < end; ++r) {
            const detail::Row& row = rows_[r];
            const int block = blockOf(row);
            if (isTinted(row, block) && (r == first || !isTinted(rows_[r - 1], block))) blockTint(r, end, dy);
            if (row.box >= 0) {
                image(row, dy);
                continue;
            }
            if (row.band >= 0) {
                tableRow(row, dy, false);
                continue;
            }
            const Line& line = layout_.lines[row.line];
            if (line.role == LineRole::Quote && (r == first || !isQuoteText(rows_[r - 1], line.block)))
                quoteRule(r, end, dy);
            text(row.line, row.top + dy);
        }
    }

private:
    // A table row: its cells' lines, and the table's rules and tints in its band, moved down by `dy`.
    // `repeated`: the header row again on a later page (not part of the document's structure).
    void tableRow(const detail::Row& row, float dy, bool repeated) {
        const TableRowBand& band = layout_.tableRows[static_cast<std::size_t>(row.band)];
        const float shift = row.top - band.y;  // from the layout's column to the rows'
        for (const Box& box : layout_.boxes) {
            if (box.block != band.block || box.kind == BoxKind::Image) continue;
            if (box.y < band.y - 0.01f || box.y >= band.y + band.height - 0.01f) continue;
            page_.boxes.push_back({box.kind, box.block, box.x + dx_, box.y + shift + dy, box.width, box.height, {}, {}});
        }
        for (std::size_t l = row.line; l < row.lineEnd; ++l) {
            const std::size_t firstRun = page_.runs.size();
            text(l, layout_.lines[l].y + shift + dy);
            for (std::size_t k = firstRun; k < page_.runs.size(); ++k) {
                page_.runs[k].column = layout_.lines[l].column;
                if (repeated) page_.runs[k].tag = PrintTag::Repeated;
            }
        }
    }

    // The block of `row`: its box's or its line's (-1: the title and meta line).
    int blockOf(const detail::Row& row) const {
        return row.box >= 0 ? layout_.boxes[static_cast<std::size_t>(row.box)].block : layout_.lines[row.line].block;
    }

    // True when `row` is a line (or the picture) of block `block`, a block on a tint (a code block,
    // an aside, an embed's card).
    bool isTinted(const detail::Row& row, int block) const {
        if (row.band >= 0 || block < 0 || static_cast<std::size_t>(block) >= article_.body.size() || blockOf(row) != block) return false;
        const BlockType type = article_.body[static_cast<std::size_t>(block)].type;
        return type == BlockType::Code || type == BlockType::Aside || type == BlockType::Embed;
    }

    // Where `row` is in the layout: the top and bottom of its line or box, px.
    std::pair<float, float> layoutExtent(const detail::Row& row) const {
        if (row.box >= 0) {
            const Box& box = layout_.boxes[static_cast<std::size_t>(row.box)];
            return {box.y, box.y + box.height};
        }
        const Line& line = layout_.lines[row.line];
        return {line.y, line.y + line.height};
    }

    // The part of the tint of the block (a code block, an aside, an embed's card) whose rows start
    // at row `r` that lies behind its rows on this page (rows before `end`), with the block's
    // padding where the block starts or ends; behind the block's picture.
    void blockTint(std::size_t r, std::size_t end, float dy) {
        const int block = blockOf(rows_[r]);
        std::size_t last = r;
        while (last + 1 < end && isTinted(rows_[last + 1], block)) ++last;
        const auto tint = std::find_if(layout_.boxes.begin(), layout_.boxes.end(), [&](const Box& box) {
            return box.kind == BoxKind::Tint && box.block == block;
        });
        if (tint == layout_.boxes.end()) return;
        const bool starts = r == 0 || !isTinted(rows_[r - 1], block);
        const bool ends = last + 1 >= rows_.size() || !isTinted(rows_[last + 1], block);
        const auto [firstTop, firstBottom] = layoutExtent(rows_[r]);
        const auto [lastTop, lastBottom] = layoutExtent(rows_[last]);
        // (A row's top in the layout less its top among the rows: how far the rows moved up; a
        // shrunk picture's row is shorter than its box.)
        const float top = (starts ? tint->y : firstTop) - (firstTop - rows_[r].top) + dy;
        const float bottom = (ends ? tint->y + tint->height : lastBottom) - (lastTop - rows_[last].top) -
                             ((lastBottom - lastTop) - (rows_[last].bottom - rows_[last].top)) + dy;
        page_.boxes.push_back({BoxKind::Tint, block, tint->x + dx_, top, tint->width, bottom - top, {}, {}});
    }

    // True when `row` is a line of the text of quote `block`.
    bool isQuoteText(const detail::Row& row, int block) const {
        return row.box < 0 && layout_.lines[row.line].role == LineRole::Quote && layout_.lines[row.line].block == block;
    }

    // The image box, scaled about its centre when it shrank to fit a page.
    void image(const detail::Row& row, float dy) {
        const Box& box = layout_.boxes[static_cast<std::size_t>(row.box)];
        const float height = row.bottom - row.top;
        const float width = box.height > 0.0f ? box.width * height / box.height : box.width;
        const float x = box.x + (box.width - width) / 2.0f + dx_;
        const Block& block = article_.body[static_cast<std::size_t>(box.block)];
        const bool inGallery = box.item >= 0 && static_cast<std::size_t>(box.item) < block.images.size();
        const GalleryImage* picture = inGallery ? &block.images[static_cast<std::size_t>(box.item)] : nullptr;
        page_.boxes.push_back({box.kind, box.block, x, row.top + dy, width, height, picture ? picture->src : block.src,
                               picture ? picture->alt : block.alt, box.item});
    }

    // The part of the rule of the quote whose text starts at row `r` that lies beside its text
    // lines on this page (rows before `end`).
    void quoteRule(std::size_t r, std::size_t end, float dy) {
        const int block = layout_.lines[rows_[r].line].block;
        std::size_t last = r;
        while (last + 1 < end && isQuoteText(rows_[last + 1], block)) ++last;
        const auto rule = std::find_if(layout_.boxes.begin(), layout_.boxes.end(), [&](const Box& box) {
            return box.kind == BoxKind::QuoteRule && box.block == block;
        });
        if (rule == layout_.boxes.end()) return;
        const float top = rows_[r].top + dy;
        const float bottom = rows_[last].bottom + dy;
        page_.boxes.push_back({BoxKind::QuoteRule, block, rule->x + dx_, top, rule->width, bottom - top, {}, {}});
    }

    // True when line `index` and the next are of one text and a space between them was dropped.
    bool breaksAtSpace(std::size_t index) const {
        if (index + 1 >= layout_.lines.size()) return false;
        const Line& line = layout_.lines[index];
        const Line& next = layout_.lines[index + 1];
        return next.role == line.role && next.block == line.block && next.item == line.item &&
               next.textBegin > line.textEnd;
    }

    // The spans of line `index` as runs, its line top at `top`; a link area per link span.
    void text(std::size_t index, float top) {
        const Line& line = layout_.lines[index];
        const float baseline = line.baseline - line.y + top;
        const Block* block = line.block >= 0 ? &article_.body[static_cast<std::size_t>(line.block)] : nullptr;
        for (const Span& span : layout_.spansOf(line)) {
            PrintRun run;
            run.text = std::string(span.text);
            run.face = span.face;
            run.role = roleOf(line.role);
            run.x = span.x + dx_;
            run.baseline = baseline - span.rise;
            run.sizePt = span.sizePx;
            run.style = span.style;
            if (span.style & kSpanCode) {  // its tint behind it, as on screen
                const float pad = 2.0f;
                page_.boxes.push_back({BoxKind::Tint, line.block, span.x + dx_ - pad, run.baseline - span.sizePx * 0.95f,
                                       span.width + 2.0f * pad, span.sizePx * 1.25f, {}, {}});
            }
            run.width = span.width;
            run.link = span.link;
            run.level = span.level;
            run.block = line.block;
            run.item = line.item;
            run.tag = tagOf(line, span, block);
            page_.runs.push_back(std::move(run));
            if (span.link >= 0) {
                const int linked = static_cast<int>(page_.runs.size()) - 1;
                page_.linkAreas.push_back({span.link, span.x + dx_, top, span.width, line.height, linked});
            }
        }
        if (line.spanCount > 0 && breaksAtSpace(index)) page_.runs.back().spaceAfter = true;
    }

    const Article& article_;
    const Layout& layout_;
    const std::vector<detail::Row>& rows_;
    float dx_;
    PrintPage& page_;
};

}  // namespace

LayoutSettings printLayoutSettings(const PageSpec& spec) {
    const PageSpec clamped = clampSpec(spec);
    const detail::PageFrame frame = detail::pageFrame(clamped);
    LayoutSettings settings;
    settings.viewportWidthPx = frame.width - 2.0f * frame.margin;
    settings.fontSizePx = clamped.fontSizePt;
    settings.lineHeight = clamped.lineHeight;
    settings.measureEm = settings.viewportWidthPx / clamped.fontSizePt + 1.0f;  // wider than the page
    settings.minMarginPx = 0.0f;
    settings.family = clamped.family;
    settings.wrapCode = true;  // paper does not scroll
    return settings;
}

PrintDocument paginate(const Article& article, const FontMetrics& metrics, const PageSpec& spec) {
    PrintDocument document;
    document.spec = clampSpec(spec);
    document.widthPt = paperWidthPt(document.spec.paper);
    document.heightPt = paperHeightPt(document.spec.paper);
    document.title = article.title;
    document.author = article.author;
    document.source = article.source;
    document.url = article.url;
    document.published = article.published;
    document.language = article.language;
    const detail::PageFrame frame = detail::pageFrame(document.spec);
    const Typesetter typesetter(article, metrics, metaLine(article));
    const Layout layout = typesetter.layout(printLayoutSettings(document.spec));
    if (layout.missing) document.missing = *layout.missing;

    for (const std::string_view link : layout.links) document.links.emplace_back(link);
    int urlLink = -1;
    if (isSafeLink(article.url)) {
        const auto found = std::find(document.links.begin(), document.links.end(), article.url);
        urlLink = static_cast<int>(found - document.links.begin());
        if (found == document.links.end()) document.links.push_back(article.url);
    }

    const std::vector<detail::Row> rows = detail::paginationRows(layout, frame.contentHeight(1));
    const std::vector<std::size_t> starts = detail::pageStarts(rows, frame);
    const float dx = frame.margin - layout.columnX;
    for (std::size_t p = 0; p < starts.size(); ++p) {
        const std::size_t first = starts[p];
        const std::size_t end = p + 1 < starts.size() ? starts[p + 1] : rows.size();
        PrintPage& page = document.pages.emplace_back();
        page.firstLine = first < rows.size() ? rows[first].line : layout.lines.size();
        page.endLine = end < rows.size() ? rows[end].line : layout.lines.size();
        if (first < end) PagePlacer(article, layout, rows, dx, page).place(first, end, frame.contentTop(p) - rows[first].top);
    }
    detail::addPageFurniture(document, metrics, frame, urlLink);
    return document;
}

}  // namespace folio
