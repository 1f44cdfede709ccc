// Typesetting, step 2: greedy (first-fit) line breaking of one measured unit, and the spans of
// each line. Widths are the prepared em widths times the size; only a piece wider than the whole
// line is measured again, cluster by cluster, to break it where it must. Span texts are views
// of the measured article's shown text: setting a line copies no text.
#include <algorithm>

#include "bidi.h"
#include "folio/utf8.h"
#include "layout_prepared.h"

namespace folio::detail {

namespace {

// A position in a unit: a piece and a byte inside it.
struct Cursor {
    std::size_t piece = 0;
    std::uint32_t byte = 0;
};

// Turns line ranges of one unit into Lines with spans. The lines must come in order, each one
// starting where the one before it ended (after the space between them, if any).
class LineSetter {
public:
    LineSetter(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, float y, Layout& out)
        : metrics_(metrics), unit_(unit), style_(style), lines_(out.lines), spans_(out.spans),
          next_(out.text->data() + unit.shown), y_(y) {
        const VerticalMetrics v = metrics.vertical(unit.face);
        height_ = style.sizePx * style.lineHeight;
        baselineOffset_ = (height_ - (v.ascent + v.descent) * style.sizePx) / 2.0f + v.ascent * style.sizePx;
        // Ink may reach as far as the line box, or as the face's own ascent and descent where a
        // tight line height leaves less (as the face's accented capitals and descenders do).
        roomAbove_ = std::max(baselineOffset_, v.ascent * style.sizePx);
        roomBelow_ = std::max(height_ - baselineOffset_, v.descent * style.sizePx);
    }

    // Appends the line from `start` to byte `endByte` of piece `last`, `width` px wide.
    void emit(Cursor start, std::size_t last, std::uint32_t endByte, float width) {
        Line line;
        line.role = style_.role;
        line.block = style_.block;
        line.item = style_.item;
        line.textBegin = unit_.offsetBase + start.byte;
        line.textEnd = unit_.offsetBase + endByte;
        line.x = style_.x;
        line.y = y_;
        line.width = width;
        // Taller when ink of its pieces would reach out of it (stacked marks, tall scripts).
        Ink ink;
        while (tall_ < unit_.tall.size() && unit_.tall[tall_].piece < start.piece) ++tall_;
        for (std::size_t t = tall_; t < unit_.tall.size() && unit_.tall[t].piece <= last; ++t) {
            ink.top = std::max(ink.top, unit_.tall[t].ink.top);
            ink.bottom = std::max(ink.bottom, unit_.tall[t].ink.bottom);
        }
        line.height = height_;
        line.baseline = y_ + baselineOffset_;
        if (ink.top * style_.sizePx > roomAbove_ || ink.bottom * style_.sizePx > roomBelow_) {
            const float above = std::max(baselineOffset_, ink.top * style_.sizePx);
            const float below = std::max(height_ - baselineOffset_, ink.bottom * style_.sizePx);
            line.height = above + below;
            line.baseline = y_ + above;
        }
        line.rtl = unit_.rtl;
        line.firstSpan = static_cast<std::uint32_t>(spans_.size());
        // A line that starts a piece after the last line's steps over the space between them.
        if (start.piece != last_ && last_ < unit_.pieces.size() && unit_.pieces[last_].spaceAfter) ++next_;
        Pen pen{next_, style_.x};
        for (std::size_t p = start.piece; p <= last; ++p) {
            const Piece& piece = unit_.pieces[p];
            if (p > start.piece) addGap(pen, unit_.pieces[p - 1]);
            const std::uint32_t from = p == start.piece ? start.byte : piece.begin;
            const std::uint32_t to = p == last ? endByte : piece.end;
            unit_.forEachSegment(p, [&](const Segment& segment) { addSegment(pen, segment, from, to); });
        }
        closeSpan(pen);
        next_ = pen.next;
        line.spanCount = static_cast<std::uint32_t>(spans_.size()) - line.firstSpan;
        if (unit_.bidi) placeVisually(line);
        lines_.push_back(line);
        last_ = last;
        y_ = line.y + line.height;  // the next top is exactly this bottom
    }

    float y() const { return y_; }

private:
    // Where the next text of a line goes, and the line's open span (a local, kept in registers).
    struct Pen {
        const char* next;  // in the shown text
        float x;           // CSS px
        const char* spanText = nullptr;  // start of the open span's text, nullptr when none is open
        FontFace spanFace = FontFace::Serif;
        std::int32_t spanLink = -1;
        std::uint8_t spanLevel = 0;
        std::uint8_t spanStyle = 0;
        float spanX = 0.0f;
        float spanWidth = 0.0f;
    };

    // Puts the runs of `line` (its spans, in reading order, set one after the other from the left)
    // in visual order (rule L2), flush right when its paragraph runs right to left.
    void placeVisually(Line& line) {
        Span* spans = spans_.data() + line.firstSpan;
        levels_.clear();
        for (std::uint32_t i = 0; i < line.spanCount; ++i) levels_.push_back(spans[i].level);
        visualOrder(levels_, order_);
        float x = line.rtl ? style_.x + style_.width - line.width : style_.x;
        line.x = x;
        for (const std::size_t i : order_) {
            spans[i].x = x;
            x += spans[i].width;
        }
    }

    // Adds what separates piece `before` from the next one: a space, or kerning across the break.
    void addGap(Pen& pen, const Piece& before) {
        if (before.spaceAfter) {
            addText(pen, before.spaceFace, before.spaceLink, before.spaceLevel, before.spaceStyle, 1, before.gapEm * style_.sizePx);
        } else if (pen.spanText != nullptr) {
            pen.spanWidth += before.gapEm * style_.sizePx;
            pen.x += before.gapEm * style_.sizePx;
        }
    }

    // Adds the bytes [from, to) of a piece that lie in `segment`.
    void addSegment(Pen& pen, const Segment& segment, std::uint32_t from, std::uint32_t to) {
        const std::uint32_t begin = std::max(from, segment.begin);
        const std::uint32_t end = std::min(to, segment.end);
        if (begin >= end) return;
        const bool whole = begin == segment.begin && end == segment.end;
        const float em = whole ? segment.em
                               : measureEm(metrics_, segment.face, unit_.text, begin, end, nullptr, segment.level & 1) *
                                     styleScale(segment.style);
        addText(pen, segment.face, segment.link, segment.level, segment.style, end - begin, em * style_.sizePx);
    }

    // Appends the next `bytes` bytes of the shown text to the open span when the style matches,
    // else closes it and opens one with them.
    void addText(Pen& pen, FontFace face, std::int32_t link, std::uint8_t level, std::uint8_t style, std::size_t bytes,
                 float width) {
        if (pen.spanText == nullptr || pen.spanFace != face || pen.spanLink != link || pen.spanLevel != level ||
            pen.spanStyle != style) {
            closeSpan(pen);
            pen.spanText = pen.next;
            pen.spanFace = face;
            pen.spanLink = link;
            pen.spanLevel = level;
            pen.spanStyle = style;
            pen.spanX = pen.x;
            pen.spanWidth = 0.0f;
        }
        pen.spanWidth += width;
        pen.x += width;
        pen.next += bytes;
    }

    // Appends the open span, if any, to the layout.
    void closeSpan(Pen& pen) {
        if (pen.spanText == nullptr) return;
        Span span;
        span.text = std::string_view(pen.spanText, static_cast<std::size_t>(pen.next - pen.spanText));
        span.face = pen.spanFace;
        span.x = pen.spanX;
        span.width = pen.spanWidth;
        span.sizePx = style_.sizePx * styleScale(pen.spanStyle);
        span.link = pen.spanLink;
        span.level = pen.spanLevel;
        span.style = pen.spanStyle;
        span.rise = styleRise(pen.spanStyle) * style_.sizePx;
        spans_.push_back(span);
        pen.spanText = nullptr;
    }

    const FontMetrics& metrics_;
    const Unit& unit_;
    const UnitStyle& style_;
    std::vector<Line>& lines_;
    std::vector<Span>& spans_;
    std::vector<std::uint8_t> levels_;  // scratch of placeVisually
    std::vector<std::size_t> order_;
    const char* next_;  // where the next text added starts in the shown text
    float y_;
    float height_ = 0.0f;
    float baselineOffset_ = 0.0f;
    float roomAbove_ = 0.0f;  // how far ink may reach above the baseline and below it, px
    float roomBelow_ = 0.0f;
    std::size_t last_ = static_cast<std::size_t>(-1);  // the last piece of the last line, none yet
    std::size_t tall_ = 0;  // the first of Unit::tall not before the next line's pieces
};

// Greedy line breaking of one unit.
class Breaker {
public:
    Breaker(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, LineSetter& setter)
        : metrics_(metrics), unit_(unit), size_(style.sizePx), width_(style.width), setter_(setter) {}

    // Sets all lines.
    void run() {
        const std::size_t count = unit_.pieces.size();
        for (std::size_t i = 0; i < count;) {
            const Piece& piece = unit_.pieces[i];
            const float pieceWidth = piece.em * size_;
            if (open_) {
                const Piece& before = unit_.pieces[i - 1];
                const float extended = lineWidth_ + before.gapEm * size_ + pieceWidth;
                if (!before.breakAfter && extended <= width_) {
                    lineWidth_ = extended;
                    ++i;
                } else {
                    setter_.emit(start_, i - 1, before.end, lineWidth_);
                    open_ = false;
                }
                continue;
            }
            if (pieceWidth <= width_) {
                start_ = {i, piece.begin};
                lineWidth_ = pieceWidth;
                open_ = true;
            } else {
                splitPiece(i);
            }
            ++i;
        }
        if (open_) setter_.emit(start_, count - 1, unit_.pieces[count - 1].end, lineWidth_);
    }

private:
    // Breaks piece `i`, wider than a line, between characters: each chunk as wide as fits (at least
    // one character). Full chunks become lines; the last one stays open for the next pieces.
    void splitPiece(std::size_t i) {
        const Piece& piece = unit_.pieces[i];
        std::uint32_t chunkBegin = piece.begin;
        bool chunkEmpty = true;
        float donePx = 0.0f;  // finished segment parts of the chunk
        unit_.forEachSegment(i, [&](const Segment& segment) {
            clusterWidths(segment);
            float em = 0.0f;
            for (const Cluster& cluster : clusters_) {
                if (!chunkEmpty && donePx + (em + cluster.em) * size_ > width_) {
                    setter_.emit({i, chunkBegin}, i, cluster.begin, donePx + em * size_);
                    chunkBegin = cluster.begin;
                    donePx = 0.0f;
                    em = cluster.em;
                } else {
                    em += cluster.em;
                }
                chunkEmpty = false;
            }
            donePx += em * size_;
        });
        start_ = {i, chunkBegin};
        lineWidth_ = donePx;
        open_ = true;
    }

    // A cluster of shaped glyphs (a character with its marks, a ligature, a conjunct): a line never
    // breaks inside one.
    struct Cluster {
        std::uint32_t begin = 0;  // its first byte in the unit's text
        float em = 0.0f;          // its glyphs' advances
    };

    // Fills clusters_ with the clusters of `segment` shaped on its own, in text order.
    void clusterWidths(const Segment& segment) {
        clusters_.clear();
        const std::string_view part = std::string_view(unit_.text).substr(segment.begin, segment.end - segment.begin);
        const float scale = styleScale(segment.style);
        for (const ShapedGlyph& glyph : metrics_.shape(segment.face, part, segment.level & 1).glyphs)
            clusters_.push_back({segment.begin + glyph.cluster, glyph.advance * scale});
        std::sort(clusters_.begin(), clusters_.end(),
                  [](const Cluster& a, const Cluster& b) { return a.begin < b.begin; });
        std::size_t kept = 0;
        for (std::size_t k = 0; k < clusters_.size(); ++k) {
            if (kept > 0 && clusters_[kept - 1].begin == clusters_[k].begin) clusters_[kept - 1].em += clusters_[k].em;
            else clusters_[kept++] = clusters_[k];
        }
        clusters_.resize(kept);
    }

    const FontMetrics& metrics_;
    const Unit& unit_;
    std::vector<Cluster> clusters_;
    float size_;
    float width_;
    LineSetter& setter_;
    bool open_ = false;      // a line has started
    Cursor start_;           // where it starts
    float lineWidth_ = 0.0f; // its width so far
};

}  // namespace

float setUnit(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, float y, Layout& out) {
    LineSetter setter(metrics, unit, style, y, out);
    Breaker(metrics, unit, style, setter).run();
    return setter.y();
}

}  // namespace folio::detail
