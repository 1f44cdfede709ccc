// Typesetting: Article + settings + font metrics -> Layout (positioned lines and boxes).
// All distances are CSS px, measured from the top-left corner of the content (y grows down).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"
#include "folio/font_family.h"
#include "folio/font_metrics.h"
#include "folio/layout_style.h"

namespace folio {

struct LayoutSettings {
    float viewportWidthPx = 800.0f;  // width available to the article, CSS px
    float fontSizePx = 20.0f;        // body text size, CSS px
    float lineHeight = 1.6f;         // body line height, a multiple of the body size
    float measureEm = 33.0f;         // widest text column, in em of the body size (~66 characters)
    float minMarginPx = layout_style::kMinMarginPx;  // smallest margin beside the column, CSS px
    FontFamily family = FontFamily::Serif;  // faces of the title, headings, body, quotes and lists
                                            //   (meta, cite and caption lines are always Sans)
    bool wrapCode = false;  // code lines wider than the column wrap, each continuation marked (print);
                            //   else they run on, and the screen scrolls them sideways
};

// What a line is part of; the UI picks colours from it, the core picks faces and sizes.
// TableCell: a line of a table cell (Line::item is its row, Line::column its column).
enum class LineRole : std::uint8_t { Title, Meta, Paragraph, Heading, Quote, QuoteCite, ListItem, Caption, Code, TableCell };

// How a span is set besides its face and size: bits of Span::style (format 1.1 runs).
enum SpanStyle : std::uint8_t {
    kSpanCode = 1,    // inline code: a tint behind it (its face is the monospace one)
    kSpanStrike = 2,  // struck through
    kSpanSub = 4,     // subscript: smaller, below the baseline (Span::rise < 0)
    kSpanSup = 8,     // superscript: smaller, above it (a footnote mark too)
};

// A piece of a line drawn in one face and size, running one way.
struct Span {
    std::string_view text;  // UTF-8; a line's spaces between spans belong to the spans. A view of
                            //   Layout::text, valid as long as that layout or a copy of it lives
    FontFace face = FontFace::Serif;
    float x = 0.0f;       // left edge of the first glyph's advance box, CSS px
    float width = 0.0f;   // sum of advances and kerning, CSS px
    float sizePx = 0.0f;  // font size, CSS px
    int link = -1;        // index into Layout::links, -1 when not a link
    std::uint8_t level = 0;  // bidi embedding level: odd runs right to left (its words are drawn
                             //   from the right: folio::placeGlyphs)
    std::uint8_t style = 0;  // SpanStyle bits
    float rise = 0.0f;       // its baseline above the line's, CSS px (below when negative)
};

// The spans of one line, in reading (logical) order, each at its place in the line: a view of part of
// Layout::spans, valid while that vector is neither changed nor destroyed.
class SpanRange {
public:
    SpanRange() = default;
    SpanRange(const Span* first, std::size_t count) : first_(first), count_(count) {}

    const Span* begin() const { return first_; }
    const Span* end() const { return first_ + count_; }
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    const Span& operator[](std::size_t i) const { return first_[i]; }
    const Span& front() const { return first_[0]; }
    const Span& back() const { return first_[count_ - 1]; }

private:
    const Span* first_ = nullptr;
    std::size_t count_ = 0;
};

struct Line {
    LineRole role = LineRole::Paragraph;
    int block = -1;              // index into Article::body; -1 for the title and the meta line
    int item = -1;               // list item index for ListItem lines, source line for Code lines, row
                                 //   for TableCell lines, the paragraph for an aside's Paragraph lines
                                 //   (its title's are Heading lines), the line of an embed's card (0
                                 //   label, 1 title, 2 site), the picture of a gallery's picture's
                                 //   Caption lines (its own caption's are -1), -1 otherwise
    int column = -1;             // TableCell lines: the cell's column (from 0, in the table's order); -1 otherwise
    std::size_t textBegin = 0;   // byte range of this line in the plain text of its block (or item,
    std::size_t textEnd = 0;     //   title, meta or caption; an aside's title); list markers are not counted. Quote
                                 //   cite lines continue after the quote text: their offsets are
                                 //   plainText(quote).size() + offset in "— " + cite
    float x = 0.0f;              // left edge of the line box, CSS px
    float y = 0.0f;              // top of the line box, CSS px
    float width = 0.0f;          // width of the set text, CSS px
    float height = 0.0f;         // line box height (font size x line height), CSS px
    float baseline = 0.0f;       // baseline, CSS px from the content top
    bool rtl = false;            // its paragraph runs right to left (set flush right)
    bool header = false;         // TableCell lines: the cell is a header cell
    std::uint32_t firstSpan = 0; // the line's spans are Layout::spans[firstSpan, firstSpan + spanCount)
    std::uint32_t spanCount = 0; //   (Layout::spansOf gives them), in reading order
};

enum class BoxKind : std::uint8_t {
    Image,      // a picture (or its placeholder)
    QuoteRule,  // the rule beside a quote
    Rule,       // a separator between parts of the story (format 1.1 rule), a table's rules
    Tint,       // the tinted box behind a code block, an aside, a table's header cells
};

// A rectangle the UI fills: an image (or its placeholder), a rule, or a tint.
struct Box {
    BoxKind kind = BoxKind::Image;
    int block = -1;  // index into Article::body
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;  // CSS px
    int item = -1;   // a gallery's picture (Block::images index); -1 for every other box
};

// A part of the layout set wider than the column, which the screen scrolls sideways inside its box
// (a code block's lines when they run on, LayoutSettings::wrapCode; a table wider than the column,
// its caption and its rules and tints with it).
struct SidewaysArea {
    int block = -1;              // index into Article::body; its lines are the ones that scroll
    float x = 0.0f, y = 0.0f;    // the box that shows it, CSS px
    float width = 0.0f, height = 0.0f;
    float contentWidth = 0.0f;   // how wide its content is from the box's left edge (> width), CSS px
};

// The band of one table row: its cells and the rule under it (what a page break falls between).
struct TableRowBand {
    int block = -1;       // index into Article::body
    int row = 0;          // the row, from 0 (Line::item of its lines)
    float y = 0.0f;       // top of the row, CSS px
    float height = 0.0f;  // down to the bottom of the rule under it, CSS px
    bool header = false;  // every cell of it is a header cell (print repeats it on each page the table is on)
};

// A reading position that survives re-layout: a block and a byte offset in its plain text, and how
// far into the line that holds it.
struct Anchor {
    int block = -1;           // -1: the title and meta area at the top
    int item = -1;            // list item, -1 when the block is not a list; for block -1,
                              //   0 is the meta line and -1 the title
    std::size_t offset = 0;   // byte offset in the plain text of the block (or list item)
    float within = 0.0f;      // how far below the line's top, in line heights (0 at its top, negative
                              //   in the space above it; kept within -2 to 2)
};

// A place in a layout: a line and one of its spans.
struct LinkPlace {
    std::size_t line = 0;  // index into Layout::lines
    std::size_t span = 0;  // index into Layout::spans, one of the line's
};

// What a text needs of the fonts: the faces it is set in, and the characters no font has a glyph
// for (they are drawn as the font's replacement glyph).
struct MissingGlyphs {
    std::uint32_t count = 0;     // how many times such characters occur
    std::u32string characters;   // each of them once, in order of first occurrence
    std::vector<std::uint16_t> faces;  // per character: a bit (1 << FontFace) for each face it is set in
    std::uint16_t facesUsed = 0;  // a bit (1 << FontFace) for each face any of the text is set in
    std::u32string emoji;  // characters that start an emoji asking for colour but drawn without it
                           //   (ShapedGlyph::wantsColor: no colour font that has it is loaded), each once
};

// The lines of a table row are ordered by y, then by cell (row after row): each cell's own lines stay
// in reading order, and Layout::lines stays in increasing y.
struct Layout {
    LayoutSettings settings;       // what this layout was made with
    float columnX = 0.0f;          // left edge of the text column, CSS px
    float columnWidth = 0.0f;      // width of the text column, CSS px
    float height = 0.0f;           // total content height including bottom padding, CSS px
    std::vector<Line> lines;       // in reading order, increasing y
    std::vector<Span> spans;       // the spans of all lines, line after line
    std::vector<Box> boxes;        // images, rules and tints, increasing y
    std::vector<SidewaysArea> sideways;  // parts wider than the column, by block
    std::vector<TableRowBand> tableRows;  // every table's rows, in reading order
    std::vector<std::string_view> links;  // link targets referenced by Span::link, views of `text`
    // The text that every Span::text and link target views, shared with the Typesetter that made the
    // layout and its other layouts: the views stay valid as long as the layout (or a copy) lives.
    std::shared_ptr<const std::string> text;
    // What of `text` no font could draw, shared like `text`; never null in a Typesetter's layouts.
    std::shared_ptr<const MissingGlyphs> missing;

    // The spans of `line`, one of this layout's lines (a view of `spans`, valid until it changes).
    SpanRange spansOf(const Line& line) const { return {spans.data() + line.firstSpan, line.spanCount}; }

    // Index of the first line whose bottom edge is below `y`; lines.size() when there is none.
    std::size_t firstLineBelow(float y) const;
    // The reading position of the first line whose bottom edge is below `y`, and how far `y` is
    // into that line.
    Anchor anchorAt(float y) const;
    // Where `anchor` is: the top of the line that holds it (the closest one when the text changed)
    // plus `within` of that line's height; the top of an image box the anchor's block is; 0 for no
    // match. CSS px.
    float yOf(const Anchor& anchor) const;
    // Where an internal link `target` goes (a footnote's mark or its note: folio/note_links.h);
    // nullopt when the target is not in this layout.
    std::optional<LinkPlace> placeOfLink(std::string_view target) const;
};

// Measures every word of an article once per font family (in em) so that layout at any size, width,
// line height and measure only re-breaks lines. The Serif family is measured by the constructor, the
// Sans family by the first layout that asks for it (a one-time cost about that of the constructor).
// Keeps references to `article` and `metrics`: both must outlive the Typesetter. The layouts it makes
// share its text (Layout::text) and need neither it nor the article: they may outlive both. Like the
// FontMetrics caches it fills, a Typesetter must not be used from several threads at once.
// `metaLine` (e.g. folio::metaLine(article)) is set as the Meta line under the title; none when empty.
class Typesetter {
public:
    Typesetter(const Article& article, const FontMetrics& metrics, std::string metaLine = {});
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // The article laid out for `settings`. Unusable values (NaN, negative sizes, an unknown family) are
    // replaced by usable ones, as the result's Layout::settings shows.
    Layout layout(const LayoutSettings& settings) const;

private:
    struct Prepared;
    std::unique_ptr<Prepared> prepared_;
};

}  // namespace folio
