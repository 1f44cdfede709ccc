// Internal to pagination: the page frame, the rows a page break falls between, the break
// decisions (paginate_breaks.cpp) and the page furniture (print_page_furniture.cpp). Not part of
// the public API. All lengths are pt; layout lengths are pt too (the print layout sets 1 px := 1 pt).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"
#include "folio/font_metrics.h"
#include "folio/layout.h"
#include "folio/print_layout.h"

namespace folio::detail {

// Where body text goes on a page, pt from the top-left corner.
struct PageFrame {
    float width = 0.0f;      // page width
    float height = 0.0f;     // page height
    float margin = 0.0f;     // on all four sides
    float firstTop = 0.0f;   // content top on page 1 (the top margin)
    float laterTop = 0.0f;   // content top on later pages (below the running header)
    float bottom = 0.0f;     // content bottom on every page (above the footer)

    // Content top of page `page` (0-based).
    float contentTop(std::size_t page) const { return page == 0 ? firstTop : laterTop; }
    // Height available to body content on page `page` (0-based).
    float contentHeight(std::size_t page) const { return bottom - contentTop(page); }
};

// The frame of a page of `spec` (already clamped): its margins less the header's and footer's space.
PageFrame pageFrame(const PageSpec& spec);

// One thing a page break falls between: a layout line, a table row (the lines of its cells), an
// image box or a separator's rule.
struct Row {
    float top = 0.0f;         // in the layout's column, after taller-than-a-page images shrink, pt
    float bottom = 0.0f;
    std::size_t line = 0;     // the line's index; for an image, the index of the next line
    std::size_t lineEnd = 0;  // the row's lines are [line, lineEnd): one, all of a table row's, or
                              //   none (an image)
    int band = -1;            // a table row: its index into Layout::tableRows; -1 otherwise
    int repeat = -1;          // a table row after the table's header row: the header's row, which a
                              //   page that starts here shows first; -1 otherwise
    int box = -1;             // index into Layout::boxes for an image or a separator, -1 for a line
    int unit = 0;             // rows of one unit leave at least two rows on either side of a break:
                              //   a paragraph, heading, quote (text and cite), list item, image
                              //   (box and caption), or the title and meta line
    int para = 0;             // so do rows of one para: a unit's lines of one role (quote text, cite)
    bool keepTogether = false;  // a quote, list item or image row: its unit is not split when it fits
    bool keepWithNext = false;  // title, meta and heading lines (and a table's caption and header
                                //   row) never end a page

    // How much of a page the repeated header above it takes when a page starts at this row.
    float repeatHeight(const std::vector<Row>& rows) const {
        return repeat < 0 ? 0.0f : rows[static_cast<std::size_t>(repeat)].bottom - rows[static_cast<std::size_t>(repeat)].top;
    }
};

// The rows of `layout` in reading order. An image whose box and caption, with the heading (or
// title) right above it, are taller than `maxUnitHeight` shrinks so that they fit, but to no less
// than half of `maxUnitHeight`.
std::vector<Row> paginationRows(const Layout& layout, float maxUnitHeight);

// The first row of each page (the first is 0), cutting `rows` into pages of `frame`'s content
// heights; one page when there are no rows.
std::vector<std::size_t> pageStarts(const std::vector<Row>& rows, const PageFrame& frame);

// Width of `text` in `face` at `sizePt`: advances plus kerning, pt.
float textWidthPt(const FontMetrics& metrics, FontFace face, std::string_view text, float sizePt);

// `text` when it is at most `maxWidthPt` wide, else its longest prefix that fits followed by "…"
// (trailing spaces dropped); empty when not even "…" fits.
std::string fitText(const FontMetrics& metrics, FontFace face, std::string_view text, float sizePt,
                    float maxWidthPt);

// Adds the running header (pages 2+) and the footer (every page) to `document`, whose pages and
// fields are otherwise complete. `urlLink` is the article URL's index in PrintDocument::links, -1
// for none.
void addPageFurniture(PrintDocument& document, const FontMetrics& metrics, const PageFrame& frame, int urlLink);

}  // namespace folio::detail
