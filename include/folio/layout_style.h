// The proportions of the reader layout: sizes and spacing in em of the body text size unless
// noted. The Typesetter sets text with them, and the HTML first paint (src/ui/first_paint.h)
// states them in CSS so that the page looks the same before the viewer draws it.
#pragma once

namespace folio::layout_style {

constexpr float kTopPaddingEm = 2.0f;         // above the title
constexpr float kTopPaddingNarrowEm = 1.0f;   //   ... in a narrow view
constexpr float kBottomPaddingEm = 3.0f;      // below the last block
constexpr float kNarrowViewportPx = 600.0f;   // views narrower than this, CSS px, are narrow (phones)
constexpr float kMinMarginPx = 16.0f;         // smallest margin beside the column, CSS px
constexpr float kTitleScale = 2.0f;           // title size
constexpr float kTitleScaleNarrow = 1.6f;     //   ... in a narrow view
constexpr float kTitleLineHeight = 1.2f;      // title line height, a multiple of its size
constexpr float kMetaGapEm = 0.5f;            // between the title and the meta line
constexpr float kMetaScale = 0.8f;            // meta line size
constexpr float kSansLineHeight = 1.4f;       // meta, cite and caption line height, a multiple of their size
constexpr float kHeaderAfterEm = 1.5f;        // below the title and meta line
constexpr float kBlockAfterEm = 1.0f;         // below a paragraph, quote, list or image
constexpr float kHeadingBeforeEm = 1.6f;      // above a heading (collapses with the space below the block before)
constexpr float kHeadingAfterEm = 0.5f;       // below a heading
constexpr float kHeadingLineHeight = 1.25f;   // heading line height, a multiple of its size
constexpr float kQuoteScale = 1.1f;           // quote text size
constexpr float kQuoteIndentEm = 1.2f;        // quote indent (at most half the column)
constexpr float kQuoteRuleEm = 0.2f;          // width of the rule left of a quote
constexpr float kCiteGapEm = 0.5f;            // between a quote and its cite
constexpr float kSmallScale = 0.85f;          // cite and caption size
constexpr float kListIndentEm = 1.6f;         // list item indent (more when a marker needs it)
constexpr float kMarkerGapEm = 0.5f;          // between a list marker and its item
constexpr float kItemGapEm = 0.3f;            // between list items
constexpr float kCaptionGapEm = 0.5f;         // between an image and its caption
constexpr float kShiftScale = 0.75f;          // subscript and superscript size, of the text's size
constexpr float kSupRise = 0.35f;             // superscript baseline above the line's, of the text's size
constexpr float kSubDrop = 0.15f;             // subscript baseline below the line's, of the text's size
constexpr float kCodeScale = 0.9f;            // code's size (monospace looks larger), of the text's size
constexpr float kCodeLineHeight = 1.45f;      // a code block's line height, a multiple of its size
constexpr float kCodePaddingEm = 0.8f;        // between a code block's tint and its lines
constexpr int kCodeTabColumns = 4;            // a tab in a code block reaches the next multiple of this
constexpr float kTableScale = 0.9f;           // a table's text size, of the body size
constexpr float kTableLineHeight = 1.4f;      // a table's line height, a multiple of its size
constexpr float kCellPaddingXEm = 0.5f;       // between a cell's edges and its text, left and right, em of the table's size
constexpr float kCellPaddingYEm = 0.35f;      //   ... above and below
constexpr float kCellMeasureEm = 10.0f;       // the widest a column of a table that scrolls sideways grows, em of the table's size
constexpr float kTableRuleEm = 0.06f;         // the rule under each row (at least 1 px), em of the body size
constexpr float kHeaderRuleEm = 0.12f;        // the rule under the header row, likewise
constexpr float kCaptionTableGapEm = 0.4f;    // between a table's caption (above it) and the table
constexpr float kPullquoteScale = 1.4f;       // a pull quote's text size
constexpr float kPullquotePaddingEm = 0.6f;   // between a pull quote's rules (above and below it) and its text
constexpr float kAsideScale = 0.9f;           // an aside's text size (its title and paragraphs), of the body size
constexpr float kAsidePaddingEm = 1.0f;       // between an aside's tint and its text, em of the body size
constexpr float kAsideTitleGapEm = 0.3f;      // between an aside's title and its first paragraph
constexpr float kEmbedPaddingEm = 0.8f;       // between an embed's card (its tint) and its text, em of the body size
constexpr float kEmbedGapEm = 0.2f;           // between the lines of an embed's card (label, title, host)
constexpr float kGalleryTwoUpPx = 480.0f;     // a gallery sets two pictures to a row on screen from this column width, CSS px
constexpr float kGalleryGapEm = 0.75f;        // between a gallery's pictures, across and down
constexpr float kRuleWidthEm = 8.0f;          // a separator's (format 1.1 rule) length (at most the column)
constexpr float kRuleSpaceEm = 1.0f;          // above and below a separator, besides the blocks' own space

// Size of a heading of `level` (2 to 4; others are clamped), in body em.
constexpr float headingScale(int level) { return level <= 2 ? 1.4f : level == 3 ? 1.2f : 1.05f; }

}  // namespace folio::layout_style
