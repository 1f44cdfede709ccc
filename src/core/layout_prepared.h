// Internal to the typesetter: text measured once in em (Prepared), and line setting of one
// measured paragraph at a given size and width. Not part of the public API.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"
#include "folio/font_family.h"
#include "folio/font_metrics.h"
#include "folio/layout.h"

namespace folio::detail {

// How far some text's ink reaches above and below the baseline, em (down positive).
struct Ink {
    float top = 0.0f;
    float bottom = 0.0f;
};

// Width in em of the bytes [begin, end) of `text` shaped in `face` on their own (the sum of the
// shaped advances): every width in the typesetter comes from this, so that measuring the same text
// again gives the same float. Characters with no glyph are counted into `missing` when it is given;
// `ink`, when given, grows to reach the text's ink. `rtl`: the bytes run right to left (an odd bidi
// level).
float measureEm(const FontMetrics& metrics, FontFace face, std::string_view text, std::size_t begin,
                std::size_t end, MissingGlyphs* missing = nullptr, bool rtl = false, Ink* ink = nullptr);

// A stretch of a piece in one face, link, style and bidi level.
struct Segment {
    std::uint32_t begin = 0;  // byte range in the unit's text
    std::uint32_t end = 0;
    float em = 0.0f;          // advances plus kerning inside the segment, in em of the unit's size
    std::int32_t link = -1;   // index into Layout::links
    FontFace face = FontFace::Serif;
    std::uint8_t level = 0;   // bidi embedding level (odd: right to left)
    std::uint8_t style = 0;   // SpanStyle bits (sub- and superscript are smaller: styleScale)
};

// The size of text of SpanStyle bits `style`, of the unit's size; and its baseline's rise, likewise.
float styleScale(std::uint8_t style);
float styleRise(std::uint8_t style);

// Piece::firstSegment of a piece in one face and link, which is its own only segment.
constexpr std::uint32_t kOwnSegment = 0xFFFFFFFFu;

// What lies between two break opportunities: a word, a part of a hyphenated word, one CJK
// character. Most pieces are in one face, link and bidi level; only the others have segments in
// Unit::segments.
struct Piece {
    std::uint32_t begin = 0;  // byte range in the unit's text
    std::uint32_t end = 0;
    std::uint32_t firstSegment = kOwnSegment;  // its first segment in Unit::segments (they run up to
                                               //   one starting at or after `end`); kOwnSegment when
                                               //   the piece is in one face and link, `face` and `link`
    float em = 0.0f;     // sum of the segments' em
    float gapEm = 0.0f;  // before the next piece on the same line: the space's width when
                         //   spaceAfter, else 0 (pieces are shaped apart)
    std::int32_t link = -1;       // index into Layout::links, when firstSegment is kOwnSegment
    std::int32_t spaceLink = -1;  // style of the collapsed space after this piece
    FontFace face = FontFace::Serif;  // when firstSegment is kOwnSegment
    FontFace spaceFace = FontFace::Serif;
    bool spaceAfter = false;
    bool breakAfter = false;      // a line break follows (U+2028 in the text): the line ends here
    std::uint8_t level = 0;       // bidi level, when firstSegment is kOwnSegment
    std::uint8_t style = 0;       // SpanStyle bits, when firstSegment is kOwnSegment
    std::uint8_t spaceStyle = 0;  // SpanStyle bits of the space after it
    std::uint8_t spaceLevel = 0;  // bidi level of the space after it
};

// A piece whose ink reaches higher or lower than the unit's face (hhea ascent and descent): stacked
// marks (Vietnamese, Thai, Tibetan...), tall scripts from fallback fonts. The lines that hold it are
// made taller so that its ink stays inside them.
struct TallPiece {
    std::uint32_t piece = 0;  // index into Unit::pieces
    Ink ink;
};

// One run of text that is broken into lines on its own: a title, a paragraph, a list item...
struct Unit {
    std::string text;             // the plain text; byte ranges in pieces and segments are into it
    std::size_t offsetBase = 0;   // added to the line offsets (quote cites follow the quote text)
    std::uint32_t shown = 0;      // where the unit's text as lines show it starts in MeasuredArticle::shown
    FontFace face = FontFace::Serif;  // the face that gives the lines their vertical metrics
    bool rtl = false;   // the paragraph runs right to left: its lines are set flush right
    bool bidi = false;  // some of it runs right to left: its lines' runs are put in visual order
    std::vector<Piece> pieces;
    std::vector<Segment> segments;  // of the pieces in more than one face or link
    std::vector<TallPiece> tall;    // by piece index, ascending; usually empty

    // Calls `f(segment)` for each segment of piece `i` in text order.
    template <typename F>
    void forEachSegment(std::size_t i, F&& f) const {
        const Piece& piece = pieces[i];
        if (piece.firstSegment == kOwnSegment) {
            f(Segment{piece.begin, piece.end, piece.em, piece.link, piece.face, piece.level, piece.style});
            return;
        }
        for (std::size_t s = piece.firstSegment; s < segments.size() && segments[s].begin < piece.end; ++s)
            f(segments[s]);
    }
};

// A stretch of inline text to measure, in one face, link and style.
struct StyledText {
    std::string_view text;
    FontFace face = FontFace::Serif;
    std::int32_t link = -1;
    std::uint8_t style = 0;  // SpanStyle bits
};

// Splits styled text into pieces at break opportunities (collapsing white space) and measures them.
// Appends the unit's text as lines show it to `shown`: the pieces, joined by one space where a
// piece has spaceAfter and directly elsewhere; Unit::shown says where it starts.
// The paragraph's direction comes from `direction` (Auto: its first strong character).
// `preformatted` (a line of code): white space is kept as it is, and the text is one piece that
// breaks (when it must) only between clusters.
Unit prepareUnit(const FontMetrics& metrics, const std::vector<StyledText>& runs, FontFace face,
                 std::string& shown, MissingGlyphs* missing = nullptr, TextDirection direction = TextDirection::Auto,
                 bool preformatted = false);

// A byte range of MeasuredArticle::shown.
struct ShownRange {
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
};

// A body block, measured.
struct PreparedBlock {
    Unit text;                         // Paragraph, Heading, Quote; Aside: its title
    Unit cite;                         // Quote: "— " + cite, offsets after the quote text
    std::vector<Unit> items;           // List: its items; Code: its lines; Table: its cells, row after row;
                                       //   Aside: its paragraphs; Embed: its label (embedLabel), title and
                                       //   host (empty without a title: the title is the host); Gallery: its
                                       //   pictures' captions
    std::vector<ShownRange> markers;   // List: "•" or "1.", "2." ...; Code: the mark of a wrapped line's
                                       //   continuation
    std::vector<float> markerEm;       // List: marker widths in the family's regular face; Code: the
                                       //   mark's width in the monospace face, em of the code's size
    Unit caption;                      // Image, Table, Gallery
};

// The whole article measured in the faces of one family.
struct MeasuredArticle {
    FontFace bodyFace = FontFace::Serif;  // the family's regular face: list markers, empty items
    Unit title;
    Unit meta;
    std::vector<PreparedBlock> blocks;  // one per Article::body block
    std::vector<std::string_view> links;  // link targets, in order of first use; views of `shown`
    std::shared_ptr<const std::string> shown;  // the text of every unit and marker as lines show it,
                                               //   then the link targets; the Layouts share it
    std::shared_ptr<const MissingGlyphs> missing;  // characters no font draws; the Layouts share it
};

// Measures the title, `metaLine` and every block of `article` in the faces of `family`.
MeasuredArticle measureArticle(const FontMetrics& metrics, const Article& article, std::string_view metaLine,
                               FontFamily family);

// Where and how to set one unit.
struct UnitStyle {
    LineRole role = LineRole::Paragraph;
    int block = -1;
    int item = -1;
    float sizePx = 16.0f;
    float lineHeight = 1.6f;
    float x = 0.0f;      // left edge of the lines
    float width = 1.0f;  // available width
};

// Breaks `unit` into lines (greedy, first fit) starting at `y` and appends them and their spans to
// `out`, whose `text` must be the shown text of the unit's MeasuredArticle. Returns the bottom of
// the last line (`y` when the unit has no text).
float setUnit(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, float y, Layout& out);

}  // namespace folio::detail

namespace folio {

// The measured article behind a Typesetter: one MeasuredArticle per family, each made on first use.
struct Typesetter::Prepared {
    const Article& article;
    const FontMetrics& metrics;
    std::string metaLine;
    mutable std::array<std::unique_ptr<detail::MeasuredArticle>, kFontFamilyCount> families;  // by FontFamily
    // The last layout's line and span counts and its body size / column width, from which the next
    // layout guesses how much room to reserve.
    mutable std::size_t lastLines = 0;
    mutable std::size_t lastSpans = 0;
    mutable float lastDensity = 0.0f;

    // The article measured in `family`, measuring it now when no layout has used that family yet.
    const detail::MeasuredArticle& measured(FontFamily family) const;
};

}  // namespace folio
