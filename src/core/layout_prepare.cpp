// Typesetting, step 1: split every text of the article into pieces between break opportunities and
// measure them in em, once per font family. Layout at any size then only scales and breaks lines.
//
// Sections: break opportunities (spaces, letters, CJK, punctuation rules) · UnitBuilder (a text
// into measured pieces) · the word dictionaries' breaks of a unit · faces and links ·
// ArticleMeasurer (every block, list item, caption and comment) · prepareUnit and measureArticle ·
// the Typesetter's measured articles per family.
#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "folio/layout_style.h"
#include "folio/url_rules.h"
#include "folio/utf8.h"
#include "bidi.h"
#include "layout_prepared.h"
#include "text_breaks.h"

namespace folio::detail {

namespace {

// Builds a Unit character by character.
class UnitBuilder {
public:
    // `levels`: the bidi level of each byte of the unit's text (bidiLevels), empty when all are 0.
    // `words`: the unit's breaks between words (DictionaryBreaks), found in the whole unit's text.
    // `preformatted`: white space kept, no break opportunities (prepareUnit).
    UnitBuilder(const FontMetrics& metrics, FontFace face, std::string& shown, MissingGlyphs* missing,
                std::vector<std::uint8_t> levels, bool rtl, DictionaryBreaks& words, bool preformatted)
        : metrics_(metrics), shown_(shown), missing_(missing), levels_(std::move(levels)), vertical_(metrics.vertical(face)),
          words_(words), preformatted_(preformatted) {
        unit_.rtl = rtl;
        unit_.bidi = !levels_.empty();
        unit_.face = face;
        unit_.shown = static_cast<std::uint32_t>(shown.size());
    }

    // Appends one styled run.
    void add(const StyledText& run) {
        const auto base = static_cast<std::uint32_t>(unit_.text.size());
        unit_.text.append(run.text);
        std::size_t pos = 0;
        while (pos < run.text.size()) {
            const std::size_t begin = pos;
            const char32_t cp = nextCodepoint(run.text, pos);
            addChar(cp, base + static_cast<std::uint32_t>(begin), base + static_cast<std::uint32_t>(pos), run);
        }
    }

    // The finished unit; trailing white space is dropped.
    Unit finish() {
        if (inPiece_) closePiece(false, 0.0f);
        return std::move(unit_);
    }

private:
    // Handles one code point at bytes [begin, end) of the unit's text.
    void addChar(char32_t cp, std::uint32_t begin, std::uint32_t end, const StyledText& run) {
        const std::uint8_t level = levels_.empty() ? 0 : levels_[begin];
        if (cp == kLineSeparator) {  // a line break: the line ends after the piece before it
            if (inPiece_) {
                if (!pendingSpace_) {
                    spaceFace_ = run.face;
                    spaceLink_ = run.link;
                    spaceLevel_ = level;
                    spaceStyle_ = run.style;
                }
                closePiece(true, 0.0f);  // a space in the shown text between the two lines, never drawn
                unit_.pieces.back().breakAfter = true;
            }
            return;
        }
        if (isCollapsibleSpace(cp) && !preformatted_) {
            if (inPiece_ && !pendingSpace_) {
                pendingSpace_ = true;
                spaceFace_ = run.face;
                spaceLink_ = run.link;
                spaceLevel_ = level;
                spaceStyle_ = run.style;
            }
            return;
        }
        const bool sameStyle = inPiece_ && segment().face == run.face && segment().link == run.link &&
                               segment().level == level && segment().style == run.style;
        if (inPiece_ && pendingSpace_) {
            closePiece(true, metrics_.advance(spaceFace_, ' ') * styleScale(spaceStyle_));
        } else if (inPiece_ && !preformatted_ && (breakBetween(beforePrev_, prev_, cp) || words_.before(begin))) {
            closePiece(false, 0.0f);  // shaped apart, as drawing shapes them: nothing across the break
        }
        if (!inPiece_) {
            Piece piece;
            piece.begin = begin;
            piece.firstSegment = static_cast<std::uint32_t>(unit_.segments.size());
            unit_.pieces.push_back(piece);
            inPiece_ = true;
            prev_ = 0;
        }
        if (unit_.segments.size() == unit_.pieces.back().firstSegment || !sameStyle) {
            Segment next;
            next.begin = begin;
            next.face = run.face;
            next.link = run.link;
            next.level = level;
            next.style = run.style;
            unit_.segments.push_back(next);
        }
        segment().end = end;
        unit_.pieces.back().end = end;
        beforePrev_ = prev_;
        prev_ = cp;
    }

    // Ends the current piece, shaping its segments; `gapEm` is the width of the space after it.
    void closePiece(bool space, float gapEm) {
        Piece& piece = unit_.pieces.back();
        float em = 0.0f;
        Ink ink;
        for (std::size_t i = piece.firstSegment; i < unit_.segments.size(); ++i) {
            Segment& s = unit_.segments[i];
            const float scale = styleScale(s.style), rise = styleRise(s.style);
            Ink own;
            s.em = measureEm(metrics_, s.face, unit_.text, s.begin, s.end, missing_, s.level & 1, &own) * scale;
            ink.top = std::max(ink.top, own.top * scale + rise);
            ink.bottom = std::max(ink.bottom, own.bottom * scale - rise);
            em += s.em;
        }
        piece.em = em;
        if (ink.top > vertical_.ascent || ink.bottom > vertical_.descent)
            unit_.tall.push_back({static_cast<std::uint32_t>(unit_.pieces.size() - 1), ink});
        shown_.append(unit_.text, piece.begin, piece.end - piece.begin);
        if (space) shown_ += ' ';
        if (unit_.segments.size() - piece.firstSegment == 1) {  // one style: the piece is its segment
            piece.face = unit_.segments.back().face;
            piece.link = unit_.segments.back().link;
            piece.level = unit_.segments.back().level;
            piece.style = unit_.segments.back().style;
            unit_.segments.pop_back();
            piece.firstSegment = kOwnSegment;
        }
        piece.spaceAfter = space;
        piece.gapEm = gapEm;
        piece.spaceFace = spaceFace_;
        piece.spaceLink = spaceLink_;
        piece.spaceLevel = spaceLevel_;
        piece.spaceStyle = spaceStyle_;
        inPiece_ = false;
        pendingSpace_ = false;
        beforePrev_ = 0;
    }

    Segment& segment() { return unit_.segments.back(); }

    const FontMetrics& metrics_;
    std::string& shown_;
    MissingGlyphs* missing_;
    std::vector<std::uint8_t> levels_;
    VerticalMetrics vertical_;  // of the unit's face
    DictionaryBreaks& words_;
    bool preformatted_;
    Unit unit_;
    bool inPiece_ = false;
    bool pendingSpace_ = false;
    FontFace spaceFace_ = FontFace::Serif;
    std::int32_t spaceLink_ = -1;
    std::uint8_t spaceLevel_ = 0;
    std::uint8_t spaceStyle_ = 0;
    char32_t prev_ = 0;         // last character of the current piece
    char32_t beforePrev_ = 0;   // the one before it in the same piece
};

// The breaks between words of `runs` (DictionaryBreaks), whose text is `text` and bidi levels
// `levels` (per byte, empty when all are 0): found in each stretch of one face, link and level,
// which drawing sees as one span.
DictionaryBreaks wordBreaks(const FontMetrics& metrics, const std::vector<StyledText>& runs, std::string_view text,
                            const std::vector<std::uint8_t>& levels) {
    DictionaryBreaks words;
    const WordDictionaries* dictionaries = metrics.wordDictionaries();
    if (dictionaries == nullptr) return words;
    std::size_t stretch = 0;
    std::size_t at = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (const std::size_t end = at + runs[r].text.size(); at < end; ++at) {
            if (!levels.empty() && levels[at] != levels[stretch]) {
                words.find(dictionaries, text, stretch, at);
                stretch = at;
            }
        }
        const bool sameStyle = r + 1 < runs.size() && runs[r + 1].face == runs[r].face &&
                               runs[r + 1].link == runs[r].link && runs[r + 1].style == runs[r].style;
        if (!sameStyle) {
            words.find(dictionaries, text, stretch, at);
            stretch = at;
        }
    }
    return words;
}

// How inline styles map to faces in a kind of block.
enum class FaceScheme { Body, Heading, Quote };

// The face of a run with emphasis `em` and strong importance `strong` in `family`.
FontFace runFace(FontFamily family, FaceScheme scheme, bool em, bool strong) {
    if (scheme == FaceScheme::Heading) return familyFace(family, true, em);
    const bool italic = scheme == FaceScheme::Quote ? !em : em;  // em inside a quote sets upright
    return familyFace(family, strong, italic);
}

// Collects link targets, one index per distinct target.
class LinkTable {
public:
    explicit LinkTable(std::vector<std::string>& links) : links_(links) {}

    // Index of `href`, -1 for an empty target.
    std::int32_t indexOf(const std::string& href) {
        if (href.empty()) return -1;
        const auto found = index_.find(href);
        if (found != index_.end()) return found->second;
        const auto index = static_cast<std::int32_t>(links_.size());
        links_.push_back(href);
        index_.emplace(href, index);
        return index;
    }

private:
    std::vector<std::string>& links_;
    std::unordered_map<std::string, std::int32_t> index_;
};

// Measures the texts of an article in the faces of one family.
class ArticleMeasurer {
public:
    // Collects link targets into `links` and appends the shown text of what it measures to `shown`.
    ArticleMeasurer(const FontMetrics& metrics, FontFamily family, TextDirection direction,
                    std::vector<std::string>& links, std::string& shown, MissingGlyphs& missing)
        : metrics_(metrics), family_(family), direction_(direction), links_(links), shown_(shown), missing_(missing) {}

    // Measures a body block.
    PreparedBlock block(const Block& block) {
        PreparedBlock prepared;
        switch (block.type) {
            case BlockType::Table:
                for (const std::vector<TableCell>& row : block.rows) {
                    for (const TableCell& cell : row) {
                        if (!cell.header) {
                            prepared.items.push_back(rich(cell.text, FaceScheme::Body));
                            continue;
                        }
                        RichText strong = cell.text;  // header cells are set bold
                        for (TextRun& run : strong) run.strong = true;
                        prepared.items.push_back(rich(strong, FaceScheme::Body));
                    }
                }
                prepared.caption = plain(block.caption, FontFace::Sans);
                break;
            case BlockType::Rule:
                break;
            case BlockType::Aside:  // its title bold, its paragraphs as the body's
                if (!block.title.empty()) prepared.text = rich({TextRun{block.title, false, false, {}}}, FaceScheme::Heading);
                for (const RichText& paragraph : block.items) prepared.items.push_back(rich(paragraph, FaceScheme::Body));
                break;
            case BlockType::Embed: {  // its card: what it is, its title (a link), where it is (a link)
                const std::string host = urlHost(block.href);
                prepared.items.push_back(plain(embedLabel(block), FontFace::Sans));
                prepared.items.push_back(rich({TextRun{block.title.empty() ? host : block.title, false, false, block.href}}, FaceScheme::Heading));
                prepared.items.push_back(block.title.empty() ? Unit{}
                                                             : prepareUnit(metrics_, {StyledText{host, FontFace::Sans, links_.indexOf(block.href)}},
                                                                           FontFace::Sans, shown_, &missing_, direction_));
                break;
            }
            case BlockType::Paragraph:
                prepared.text = rich(block.text, FaceScheme::Body);
                break;
            case BlockType::Code:
                code(block.code, prepared);
                break;
            case BlockType::Heading:
                prepared.text = rich(block.text, FaceScheme::Heading);
                break;
            case BlockType::Quote: case BlockType::Pullquote:
                prepared.text = rich(block.text, FaceScheme::Quote);
                if (!block.cite.empty()) {
                    prepared.cite = plain("\u2014 " + block.cite, FontFace::Sans);
                    prepared.cite.offsetBase = prepared.text.text.size();
                }
                break;
            case BlockType::List:
                for (std::size_t i = 0; i < block.items.size(); ++i) {
                    prepared.items.push_back(rich(block.items[i], FaceScheme::Body));
                    // A bullet by depth (disc, circle, square, as browsers mark nested lists), or its number.
                    static const char* const kBullets[] = {"\u2022", "\u25E6", "\u25AA"};
                    const ListItemPlace place = i < block.places.size()
                                                    ? block.places[i]
                                                    : ListItemPlace{0, block.ordered, static_cast<int>(i) + 1};
                    const std::string marker = place.ordered ? std::to_string(place.number) + "." : kBullets[place.depth % 3];
                    prepared.markerEm.push_back(
                        measureEm(metrics_, bodyFace(), marker, 0, marker.size(), &missing_, prepared.items.back().rtl));
                    prepared.markers.push_back({static_cast<std::uint32_t>(shown_.size()),
                                                static_cast<std::uint32_t>(marker.size())});
                    shown_ += marker;
                }
                break;
            case BlockType::Image:
                prepared.caption = caption(block.caption, block.credit);
                break;
            case BlockType::Gallery:  // each picture's caption, then its own
                for (const GalleryImage& image : block.images) prepared.items.push_back(caption(image.caption, image.credit));
                prepared.caption = plain(block.caption, FontFace::Sans);
                break;
        }
        return prepared;
    }

    // A code block's lines, each a preformatted unit in the monospace face, left to right, tabs set
    // to spaces; and the mark of a wrapped line's continuation.
    void code(const std::string& code, PreparedBlock& prepared) {
        std::string line;
        for (std::size_t start = 0; start < code.size();) {
            std::size_t end = std::min(code.find('\n', start), code.size());
            line.clear();
            for (std::size_t pos = start; pos < end;) {
                const std::size_t at = pos;
                const char32_t cp = nextCodepoint(code, pos);
                if (cp == '\t') {
                    std::size_t column = 0;  // in code points: monospace
                    for (std::size_t i = 0; i < line.size(); ++i) column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
                    line.append(layout_style::kCodeTabColumns - column % layout_style::kCodeTabColumns, ' ');
                } else if (cp != '\r') {
                    line.append(code, at, pos - at);
                }
            }
            prepared.items.push_back(prepareUnit(metrics_, {StyledText{line, FontFace::Mono, -1}}, FontFace::Mono, shown_,
                                                 &missing_, TextDirection::Ltr, true));
            start = end + 1;
        }
        const std::string mark = "\u21AA";  // RIGHTWARDS ARROW WITH HOOK
        prepared.markerEm.push_back(measureEm(metrics_, FontFace::Mono, mark, 0, mark.size(), &missing_));
        prepared.markers.push_back({static_cast<std::uint32_t>(shown_.size()), static_cast<std::uint32_t>(mark.size())});
        shown_ += mark;
    }

    // Measures a plain string in one face.
    // A picture's caption, with its credit after it in italics.
    Unit caption(const std::string& text, const std::string& credit) const {
        if (credit.empty()) return plain(text, FontFace::Sans);
        const std::string lead = text.empty() ? std::string() : text + " ";
        return prepareUnit(metrics_, {StyledText{lead, FontFace::Sans, -1}, StyledText{credit, FontFace::SansItalic, -1}},
                           FontFace::Sans, shown_, &missing_, direction_);
    }

    Unit plain(std::string_view text, FontFace face) const {
        return prepareUnit(metrics_, {StyledText{text, face, -1}}, face, shown_, &missing_, direction_);
    }

    // The family's regular face.
    FontFace bodyFace() const { return familyFace(family_, false, false); }

    // The family's face for a title: bold.
    FontFace titleFace() const { return familyFace(family_, true, false); }

private:
    // Measures rich text with the faces of `scheme`; the unit's own face is the scheme's plain face.
    Unit rich(const RichText& text, FaceScheme scheme) {
        std::vector<StyledText> runs;
        runs.reserve(text.size());
        for (const TextRun& run : text) {
            // Inline code in the monospace face (bold in a heading or strong); a footnote's mark raised.
            const FontFace face = run.code ? monoFace(run.strong || scheme == FaceScheme::Heading)
                                           : runFace(family_, scheme, run.em, run.strong);
            const auto style = static_cast<std::uint8_t>(
                (run.code ? kSpanCode : 0) | (run.strike ? kSpanStrike : 0) | (run.shift == RunShift::Sub ? kSpanSub : 0) |
                (run.shift == RunShift::Sup || run.note >= 0 ? kSpanSup : 0));
            runs.push_back({run.text, face, links_.indexOf(run.href), style});
        }
        return prepareUnit(metrics_, runs, runFace(family_, scheme, false, false), shown_, &missing_, direction_);
    }

    const FontMetrics& metrics_;
    FontFamily family_;
    TextDirection direction_;
    LinkTable links_;
    std::string& shown_;
    MissingGlyphs& missing_;
};

}  // namespace

float styleScale(std::uint8_t style) {
    return (style & (kSpanSub | kSpanSup) ? layout_style::kShiftScale : 1.0f) * (style & kSpanCode ? layout_style::kCodeScale : 1.0f);
}

float styleRise(std::uint8_t style) {
    if (style & kSpanSup) return layout_style::kSupRise;
    return style & kSpanSub ? -layout_style::kSubDrop : 0.0f;
}

float measureEm(const FontMetrics& metrics, FontFace face, std::string_view text, std::size_t begin,
                std::size_t end, MissingGlyphs* missing, bool rtl, Ink* ink) {
    const std::string_view part = text.substr(begin, end - begin);
    const ShapedText& shaped = metrics.shape(face, part, rtl);
    if (ink != nullptr) {
        ink->top = std::max(ink->top, shaped.top);
        ink->bottom = std::max(ink->bottom, shaped.bottom);
    }
    if (missing != nullptr && !part.empty()) missing->facesUsed |= static_cast<std::uint16_t>(1u << static_cast<unsigned>(face));
    if (missing != nullptr && shaped.wantsColor) {
        for (const ShapedGlyph& glyph : shaped.glyphs) {
            if (!glyph.wantsColor) continue;
            std::size_t at = glyph.cluster;
            const char32_t cp = nextCodepoint(part, at);
            if (missing->emoji.find(cp) == std::u32string::npos) missing->emoji += cp;
        }
    }
    if (missing != nullptr && shaped.missing > 0) {
        for (const ShapedGlyph& glyph : shaped.glyphs) {
            if (!glyph.missing) continue;
            std::size_t at = glyph.cluster;
            const char32_t cp = nextCodepoint(part, at);
            ++missing->count;
            std::size_t index = missing->characters.find(cp);
            if (index == std::u32string::npos) {
                index = missing->characters.size();
                missing->characters += cp;
                missing->faces.push_back(0);
            }
            missing->faces[index] |= static_cast<std::uint16_t>(1u << static_cast<unsigned>(face));
        }
    }
    return shaped.em;
}

Unit prepareUnit(const FontMetrics& metrics, const std::vector<StyledText>& runs, FontFace face,
                 std::string& shown, MissingGlyphs* missing, TextDirection direction, bool preformatted) {
    std::string text;
    for (const StyledText& run : runs) text.append(run.text);
    bool rtl = false;
    std::vector<std::uint8_t> levels = bidiLevels(text, direction, rtl);
    DictionaryBreaks words = preformatted ? DictionaryBreaks{} : wordBreaks(metrics, runs, text, levels);
    UnitBuilder builder(metrics, face, shown, missing, std::move(levels), rtl, words, preformatted);
    for (const StyledText& run : runs) builder.add(run);
    return builder.finish();
}

MeasuredArticle measureArticle(const FontMetrics& metrics, const Article& article, std::string_view metaLine,
                               FontFamily family) {
    MeasuredArticle measured;
    std::vector<std::string> links;
    std::string shown;
    auto missing = std::make_shared<MissingGlyphs>();
    ArticleMeasurer measurer(metrics, family, articleDirection(article), links, shown, *missing);
    measured.bodyFace = measurer.bodyFace();
    measured.title = measurer.plain(article.title, measurer.titleFace());
    measured.meta = measurer.plain(metaLine, FontFace::Sans);
    measured.blocks.reserve(article.body.size());
    for (const Block& block : article.body) measured.blocks.push_back(measurer.block(block));
    std::size_t linkBegin = shown.size();
    for (const std::string& link : links) shown += link;
    measured.shown = std::make_shared<const std::string>(std::move(shown));
    measured.missing = std::move(missing);
    measured.links.reserve(links.size());
    for (const std::string& link : links) {
        measured.links.push_back(std::string_view(*measured.shown).substr(linkBegin, link.size()));
        linkBegin += link.size();
    }
    return measured;
}

}  // namespace folio::detail

namespace folio {

// Measures the article in the Serif faces now; the Sans faces wait for a layout that uses them.
Typesetter::Typesetter(const Article& article, const FontMetrics& metrics, std::string metaLine)
    : prepared_(new Prepared{article, metrics, std::move(metaLine), {}}) {
    prepared_->measured(FontFamily::Serif);
}

const detail::MeasuredArticle& Typesetter::Prepared::measured(FontFamily family) const {
    std::unique_ptr<detail::MeasuredArticle>& slot = families[static_cast<std::size_t>(family)];
    if (!slot) {
        slot = std::make_unique<detail::MeasuredArticle>(detail::measureArticle(metrics, article, metaLine, family));
    }
    return *slot;
}

Typesetter::~Typesetter() = default;

}  // namespace folio
