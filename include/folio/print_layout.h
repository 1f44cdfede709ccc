// Print layout: an article set on sheets of paper. All lengths are PostScript points (1/72 inch),
// measured from the top-left corner of the page, y growing down. The PDF writer (folio/pdf.h) and
// the print preview draw exactly what is here; nothing about paper is decided anywhere else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "folio/article.h"
#include "folio/font_family.h"
#include "folio/font_metrics.h"
#include "folio/layout.h"
#include "folio/paper.h"

namespace folio {

// What paginate accepts, wider than what the print preview offers (folio/reading_settings.h) for
// folio-print's options; a value outside is clamped into the range.
inline constexpr float kMinPageMarginMm = 5.0f, kMaxPageMarginMm = 50.0f;
inline constexpr float kMinPageFontSizePt = 6.0f, kMaxPageFontSizePt = 24.0f;

struct PageSpec {
    Paper paper = Paper::A4;
    float marginMm = 20.0f;      // margin on all four sides, mm (clamped to kMin/kMaxPageMarginMm)
    float fontSizePt = 11.0f;    // body text size, pt (clamped to kMin/kMaxPageFontSizePt), independent of the screen size
    FontFamily family = FontFamily::Serif;
    float lineHeight = 1.45f;    // body line height, a multiple of the text size (clamped to 1-3)
};

// What a run of text on a page is, so that the preview and the PDF can colour it.
enum class PrintRole : std::uint8_t { Body, Muted, Header, Footer };

// What a run of the article's text is part of, so that a tagged PDF can say it (the structure
// element it becomes is in brackets).
enum class PrintTag : std::uint8_t {
    Paragraph,   // a paragraph (P)
    Title,       // the headline (H1)
    Meta,        // the meta line under the headline (P)
    Heading2,    // a heading of level 2, 3 or 4 (H2, H3, H4)
    Heading3,
    Heading4,
    Quote,       // a quote's text (P in its BlockQuote)
    QuoteCite,   // a quote's attribution (P in its BlockQuote)
    ListMarker,  // a list item's marker, "•" or "2." (Lbl in the item's LI, in the list's L)
    ListItem,    // a list item's text (LBody in the item's LI)
    Caption,     // an image's caption, an embed card's text (Caption, after the picture's Figure)
    Code,        // a code block's line (Code)
    Continuation,  // the mark before a wrapped code line's continuation (not in the text: an artifact)
    TableHeader,   // a table's header cell (TH in its row's TR, in the table's Table)
    TableData,     // a table's other cells (TD)
    Repeated,      // a table's header row again on a later page (not in the text: an artifact)
    AsideTitle,    // an aside's title (H4 in the aside's Div)
    AsideText,     // an aside's paragraph (P in the aside's Div; PrintRun::item is the paragraph)
    PictureCaption,  // a gallery picture's caption (Caption after the picture's Figure, in the gallery's
                     //   Div; PrintRun::item is the picture); the gallery's own caption is a Caption
};

// Text drawn in one face and size on one baseline.
struct PrintRun {
    std::string text;           // UTF-8
    FontFace face = FontFace::Serif;
    PrintRole role = PrintRole::Body;
    float x = 0.0f;             // left edge of the first glyph's advance box, pt
    float baseline = 0.0f;      // pt from the top of the page
    float sizePt = 0.0f;        // font size, pt
    float width = 0.0f;         // advances plus kerning, pt
    int link = -1;              // index into PrintDocument::links, -1 when not a link
    int block = -1;             // Article::body index of the block the run is part of, -1 when none (the
                                //   title, the meta line, the running header and the footer)
    int item = -1;              // index into Block::items of the list item (or aside paragraph) the run
                                //   is part of; a table cell's row; -1 when none
    int column = -1;            // a table cell's column, -1 when the run is not in a table
    PrintTag tag = PrintTag::Paragraph;  // what in the article the run is part of; not used for Header
                                         //   and Footer runs, which are not part of it
    bool spaceAfter = false;    // the last run of a line that broke at a space: the text goes on after a
                                //   space the line does not show (the PDF keeps it, for reading aloud)
    std::uint8_t level = 0;     // bidi embedding level (Span::level): odd runs right to left
    std::uint8_t style = 0;     // Span::style: SpanStyle bits (struck through, code...); `baseline` and
                                //   `sizePt` already hold a sub- or superscript's
};

// Where the line through struck-through text of a run of `sizePt` lies, pt above its baseline, and
// how thick it is.
constexpr float strikeRise(float sizePt) { return sizePt * 0.3f; }
constexpr float strikeThickness(float sizePt) { return sizePt / 18.0f; }

// An image's box (its picture fitted inside, or grey without one), a quote rule, the header's rule.
struct PrintBox {
    BoxKind kind = BoxKind::Image;
    int block = -1;             // Article::body index, -1 for page furniture
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;  // pt
    std::string picture;        // BoxKind::Image: the image's source (Block::src); empty otherwise
    std::string alt;            // BoxKind::Image: the image's text alternative (Block::alt); empty otherwise
                                //   and for a decorative image
    int item = -1;              // a gallery's picture (Block::images index); -1 for every other box
};

// A clickable area on a page (becomes a PDF link annotation).
struct PrintLinkArea {
    int link = -1;              // index into PrintDocument::links
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;  // pt
    int run = -1;               // index into PrintPage::runs of the run it makes clickable, -1 when none
};

struct PrintPage {
    std::vector<PrintRun> runs;         // body text, then the running header and the footer
    std::vector<PrintBox> boxes;
    std::vector<PrintLinkArea> linkAreas;
    std::size_t firstLine = 0;          // the article's print layout lines [firstLine, endLine) are on
    std::size_t endLine = 0;            //   this page (for tests and golden fixtures)
};

struct PrintDocument {
    PageSpec spec;                      // as used (after clamping)
    float widthPt = 0.0f, heightPt = 0.0f;
    std::vector<PrintPage> pages;       // at least one
    std::vector<std::string> links;     // http(s) and mailto targets of PrintRun::link
    std::string title, author, source, url, published;  // from the article, for document info
    std::string language;               // the article's BCP 47 language tag (Article::language), may be empty
    MissingGlyphs missing;              // characters of the article's text that no font could draw
};

// The Typesetter settings paginate() lays an article out with for `spec` (clamped first): one
// column as wide as the page's content, with 1 px standing for 1 pt. PrintPage::firstLine and
// endLine index the lines of that layout (made with folio::metaLine(article) as its meta line).
LayoutSettings printLayoutSettings(const PageSpec& spec);

// Sets `article` on pages: the headline and meta line open the first page; later pages carry a
// running header (title, source); every page has a footer (the URL as a link, the date,
// "Page X of Y").
// No widows or orphans; a heading stays with what follows; a quote, list item or image is not
// split when it fits on one page. Never fails: an article always gives at least one page.
// `metrics` must hold the faces (fallbacks apply); it is only used during the call.
PrintDocument paginate(const Article& article, const FontMetrics& metrics, const PageSpec& spec);

}  // namespace folio
