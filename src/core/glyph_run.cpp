// placeGlyphs: a line's text split into the pieces layout measured, each shaped and placed.
#include "folio/glyph_run.h"

#include "folio/utf8.h"
#include "text_breaks.h"

namespace folio {

namespace {

// Appends the shaped glyphs of `piece`, which starts at byte `begin` of the placed text, at pen `x`;
// returns the pen after them.
float placePiece(const FontMetrics& metrics, FontFace face, std::string_view piece, std::size_t begin, float size,
                 float x, std::vector<PlacedGlyph>& out) {
    const ShapedText& shaped = metrics.shape(face, piece);
    for (const ShapedGlyph& g : shaped.glyphs) {
        PlacedGlyph placed;
        placed.cluster = static_cast<std::uint32_t>(begin) + g.cluster;
        placed.font = g.font;
        placed.glyph = g.glyph;
        placed.missing = g.missing;
        placed.x = x + g.dx * size;
        placed.y = -g.dy * size;
        out.push_back(placed);
        x += g.advance * size;
    }
    return x;
}

}  // namespace

float placeGlyphs(const FontMetrics& metrics, FontFace face, std::string_view text, float size,
                  std::vector<PlacedGlyph>& out) {
    float x = 0.0f;
    std::size_t pieceBegin = 0;
    bool inPiece = false;
    char32_t prev = 0;        // the piece's last character
    char32_t beforePrev = 0;  // the one before it in the same piece
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t at = pos;
        const char32_t cp = nextCodepoint(text, pos);
        if (detail::isCollapsibleSpace(cp)) {
            if (inPiece) x = placePiece(metrics, face, text.substr(pieceBegin, at - pieceBegin), pieceBegin, size, x, out);
            inPiece = false;
            // The space glyph (invisible; the PDF shows it so that extraction sees a word break),
            // then the pen moves by the space advance that layout measured.
            placePiece(metrics, face, " ", at, size, x, out);
            x += metrics.advance(face, ' ') * size;
            continue;
        }
        if (inPiece && detail::breakBetween(beforePrev, prev, cp)) {
            x = placePiece(metrics, face, text.substr(pieceBegin, at - pieceBegin), pieceBegin, size, x, out);
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
    if (inPiece) x = placePiece(metrics, face, text.substr(pieceBegin), pieceBegin, size, x, out);
    return x;
}

}  // namespace folio
