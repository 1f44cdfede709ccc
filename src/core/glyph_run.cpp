// placeGlyphs: a line's text split into the pieces layout measured, each shaped and placed.
#include "folio/glyph_run.h"

#include "folio/utf8.h"
#include "text_breaks.h"

namespace folio {

namespace {

// Appends the shaped glyphs of `piece`, which starts at byte `begin` of the placed text, at pen `x`;
// returns the pen after them.
float placePiece(const FontMetrics& metrics, FontFace face, std::string_view piece, std::size_t begin, float size,
                 float x, bool rtl, std::vector<PlacedGlyph>& out) {
    const ShapedText& shaped = metrics.shape(face, piece, rtl);
    for (const ShapedGlyph& g : shaped.glyphs) {
        PlacedGlyph placed;
        placed.cluster = static_cast<std::uint32_t>(begin) + g.cluster;
        placed.font = g.font;
        placed.glyph = g.glyph;
        placed.missing = g.missing;
        placed.emboldened = g.emboldened;
        placed.x = x + g.dx * size;
        placed.y = -g.dy * size;
        out.push_back(placed);
        x += g.advance * size;
    }
    return x;
}

}  // namespace

float placeGlyphs(const FontMetrics& metrics, FontFace face, std::string_view text, float size,
                  std::vector<PlacedGlyph>& out, bool rtl) {
    // Each piece's glyphs and where its pen started and ended, for drawing right to left.
    struct Placed {
        std::size_t firstGlyph;
        float begin;
        float end;
    };
    std::vector<Placed> pieces;
    float x = 0.0f;
    const auto place = [&](std::string_view piece, std::size_t begin, float advance) {
        const std::size_t firstGlyph = out.size();
        const float start = x;
        const float after = placePiece(metrics, face, piece, begin, size, x, rtl, out);
        x = advance >= 0.0f ? start + advance : after;
        if (rtl) pieces.push_back({firstGlyph, start, x});
    };
    detail::DictionaryBreaks words;  // the text is one span: one face, link and level
    words.find(metrics.wordDictionaries(), text, 0, text.size());
    std::size_t pieceBegin = 0;
    bool inPiece = false;
    char32_t prev = 0;        // the piece's last character
    char32_t beforePrev = 0;  // the one before it in the same piece
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t at = pos;
        const char32_t cp = nextCodepoint(text, pos);
        if (detail::isCollapsibleSpace(cp)) {
            if (inPiece) place(text.substr(pieceBegin, at - pieceBegin), pieceBegin, -1.0f);
            inPiece = false;
            // The space glyph (invisible; the PDF shows it so that extraction sees a word break),
            // the pen moving by the space advance that layout measured.
            place(" ", at, metrics.advance(face, ' ') * size);
            continue;
        }
        if (inPiece && (detail::breakBetween(beforePrev, prev, cp) || words.before(at))) {
            place(text.substr(pieceBegin, at - pieceBegin), pieceBegin, -1.0f);
            inPiece = false;
        }
        if (!inPiece) {
            pieceBegin = at;
            inPiece = true;
            prev = 0;
        }
        beforePrev = prev;
        prev = cp;
    }
    if (inPiece) place(text.substr(pieceBegin), pieceBegin, -1.0f);
    // Right to left: the pieces, set from the left in reading order, are mirrored within the text's
    // width; each keeps its glyphs' own order (shaped right to left already).
    const float width = x;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const std::size_t end = i + 1 < pieces.size() ? pieces[i + 1].firstGlyph : out.size();
        const float shift = (width - pieces[i].end) - pieces[i].begin;
        for (std::size_t g = pieces[i].firstGlyph; g < end; ++g) out[g].x += shift;
    }
    return width;
}

}  // namespace folio
