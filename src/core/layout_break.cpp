// Typesetting, step 2: greedy (first-fit) line breaking of one measured unit, and the spans of
// each line. Widths are the prepared em widths times the size; only a piece wider than the whole
// line is measured again, character by character, to break it where it must.
#include <algorithm>

#include "folio/utf8.h"
#include "layout_prepared.h"

namespace folio::detail {

namespace {

// A position in a unit: a piece and a byte inside it.
struct Cursor {
    std::size_t piece = 0;
    std::uint32_t byte = 0;
};

// Turns line ranges of one unit into Lines with spans.
class LineSetter {
public:
    LineSetter(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, float y,
               std::vector<Line>& out)
        : metrics_(metrics), unit_(unit), style_(style), out_(out), y_(y) {
        const VerticalMetrics v = metrics.vertical(unit.face);
        height_ = style.sizePx * style.lineHeight;
        baselineOffset_ = (height_ - (v.ascent + v.descent) * style.sizePx) / 2.0f + v.ascent * style.sizePx;
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
        line.height = height_;
        line.baseline = y_ + baselineOffset_;
        cursorX_ = style_.x;
        current_ = nullptr;
        for (std::size_t p = start.piece; p <= last; ++p) {
            if (p > start.piece) addGap(unit_.pieces[p - 1], line);
            const std::uint32_t from = p == start.piece ? start.byte : unit_.pieces[p].begin;
            const std::uint32_t to = p == last ? endByte : unit_.pieces[p].end;
            addPiece(p, from, to, line);
        }
        out_.push_back(std::move(line));
        y_ = out_.back().y + out_.back().height;  // the next top is exactly this bottom
    }

    float y() const { return y_; }

private:
    // Adds what separates piece `before` from the next one: a space, or kerning across the break.
    void addGap(const Piece& before, Line& line) {
        if (before.spaceAfter) {
            addText(before.spaceFace, before.spaceLink, " ", before.gapEm * style_.sizePx, line);
        } else if (current_ != nullptr) {
            current_->width += before.gapEm * style_.sizePx;
            cursorX_ += before.gapEm * style_.sizePx;
        }
    }

    // Adds the bytes [from, to) of piece `p`, segment by segment.
    void addPiece(std::size_t p, std::uint32_t from, std::uint32_t to, Line& line) {
        for (std::uint32_t s = unit_.pieces[p].firstSegment; s < unit_.segmentsEnd(p); ++s) {
            const Segment& segment = unit_.segments[s];
            const std::uint32_t begin = std::max(from, segment.begin);
            const std::uint32_t end = std::min(to, segment.end);
            if (begin >= end) continue;
            const bool whole = begin == segment.begin && end == segment.end;
            const float em = whole ? segment.em : measureEm(metrics_, segment.face, unit_.text, begin, end);
            const std::string_view text = std::string_view(unit_.text).substr(begin, end - begin);
            addText(segment.face, segment.link, text, em * style_.sizePx, line);
        }
    }

    // Appends text to the current span when the style matches, else starts a span.
    void addText(FontFace face, std::int32_t link, std::string_view text, float width, Line& line) {
        if (current_ == nullptr || current_->face != face || current_->link != link) {
            Span span;
            span.face = face;
            span.link = link;
            span.x = cursorX_;
            span.sizePx = style_.sizePx;
            line.spans.push_back(std::move(span));
            current_ = &line.spans.back();
        }
        current_->text.append(text);
        current_->width += width;
        cursorX_ += width;
    }

    const FontMetrics& metrics_;
    const Unit& unit_;
    const UnitStyle& style_;
    std::vector<Line>& out_;
    float y_;
    float height_ = 0.0f;
    float baselineOffset_ = 0.0f;
    float cursorX_ = 0.0f;
    Span* current_ = nullptr;
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
                if (extended <= width_) {
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
        for (std::uint32_t s = piece.firstSegment; s < unit_.segmentsEnd(i); ++s) {
            const Segment& segment = unit_.segments[s];
            float em = 0.0f;
            char32_t prev = 0;
            std::size_t pos = segment.begin;
            while (pos < segment.end) {
                const auto charBegin = static_cast<std::uint32_t>(pos);
                const char32_t cp = nextCodepoint(unit_.text, pos);
                const float add = charEm(metrics_, segment.face, prev, cp);
                if (!chunkEmpty && donePx + (em + add) * size_ > width_) {
                    setter_.emit({i, chunkBegin}, i, charBegin, donePx + em * size_);
                    chunkBegin = charBegin;
                    donePx = 0.0f;
                    em = charEm(metrics_, segment.face, 0, cp);
                } else {
                    em += add;
                }
                chunkEmpty = false;
                prev = cp;
            }
            donePx += em * size_;
        }
        start_ = {i, chunkBegin};
        lineWidth_ = donePx;
        open_ = true;
    }

    const FontMetrics& metrics_;
    const Unit& unit_;
    float size_;
    float width_;
    LineSetter& setter_;
    bool open_ = false;      // a line has started
    Cursor start_;           // where it starts
    float lineWidth_ = 0.0f; // its width so far
};

}  // namespace

float setUnit(const FontMetrics& metrics, const Unit& unit, const UnitStyle& style, float y,
              std::vector<Line>& out) {
    LineSetter setter(metrics, unit, style, y, out);
    Breaker(metrics, unit, style, setter).run();
    return setter.y();
}

}  // namespace folio::detail
