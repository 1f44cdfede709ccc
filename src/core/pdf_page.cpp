// One PDF page: boxes and text runs as content stream operators in marked-content sequences, link
// areas as URI annotations.
#include "pdf_page.h"

#include <algorithm>
#include <cmath>

#include "folio/fit.h"
#include "folio/note_links.h"
#include "folio/palette.h"
#include "folio/url_rules.h"

namespace folio::pdf {

namespace {

// The operator that fills with a paper colour, or strokes with it (`stroke`): DeviceGray ("0.8 g",
// "0.8 G") for a grey, else DeviceRGB ("0.11 0.11 0.12 rg", "… RG"), each component to two decimals.
std::string fillOperator(Rgb colour, bool stroke = false) {
    const auto component = [colour](int shift) { return number(std::round(((colour >> shift) & 0xFF) / 2.55) / 100.0); };
    const std::string r = component(16), g = component(8), b = component(0);
    return r == g && g == b ? r + (stroke ? " G" : " g") : r + " " + g + " " + b + (stroke ? " RG" : " rg");
}

// The colour operators of a run of text: its fill, and the same stroke, with which synthetic bold
// glyphs are thickened (FontSet::showText): "0.11 g 0.11 G".
std::string textColourOperators(Rgb colour) { return fillOperator(colour) + " " + fillOperator(colour, true); }

// The colour operators of runs and the fill operators of boxes on paper, made once (they are set
// for every run).
const std::string& runFill(PrintRole role) {
    static const std::string body = textColourOperators(paperColour(PrintRole::Body));
    static const std::string muted = textColourOperators(paperColour(PrintRole::Muted));
    return paperColour(role) == paperColour(PrintRole::Body) ? body : muted;
}

const std::string& boxFill(BoxKind kind) {
    static const std::string image = fillOperator(paperColour(BoxKind::Image));
    static const std::string rule = fillOperator(paperColour(BoxKind::QuoteRule));
    static const std::string tint = fillOperator(paperColour(BoxKind::Tint));
    return kind == BoxKind::Image ? image : kind == BoxKind::Tint ? tint : rule;
}

// `target` with bytes that a PDF URI may not hold (non-ASCII, spaces, controls) percent-encoded.
std::string uriBytes(const std::string& target) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7F) {
            out += c;
        } else {
            out += '%';
            out += kDigits[byte >> 4];
            out += kDigits[byte & 0xF];
        }
    }
    return out;
}

// The marked-content sequences of one page's content stream: what is drawn goes into the sequence
// of its Mark, which starts when the Mark changes.
class MarkedContent {
public:
    MarkedContent(std::string& stream, StructureTree& structure, std::size_t page)
        : stream_(stream), structure_(structure), page_(page) {}

    // Puts what is drawn next in a sequence of `mark`: the open one when it is of `mark`.
    void enter(const Mark& mark) {
        if (open_ && mark == current_) return;
        end();
        stream_ += structure_.begin(page_, mark);
        current_ = mark;
        open_ = true;
    }

    // Ends the open sequence, if any.
    void end() {
        if (open_) stream_ += "EMC\n";
        open_ = false;
    }

private:
    std::string& stream_;
    StructureTree& structure_;
    std::size_t page_;
    Mark current_;
    bool open_ = false;
};

}  // namespace

bool pageContent(const PrintPage& page, std::size_t index, float heightPt, FontSet& fonts, PictureSet& pictures,
                 StructureTree& structure, PageContent& out, std::string& error) {
    std::string& s = out.stream;
    const std::string* colour = nullptr;  // the fill operator in effect
    const auto setColour = [&s, &colour](const std::string& wanted) {
        if (colour == &wanted) return;
        colour = &wanted;
        s += wanted;
        s += '\n';
    };
    MarkedContent marked(s, structure, index);
    for (const PrintBox& box : page.boxes) {
        if (!(box.width > 0.0f) || !(box.height > 0.0f)) continue;
        const int picture = box.kind == BoxKind::Image ? pictures.pictureFor(box.picture) : -1;
        marked.enter(structure.mark(box, picture >= 0));
        if (picture >= 0) {
            const PdfPicture& p = pictures.picture(picture);
            const Rect at = fitInside({box.x, box.y, box.width, box.height}, static_cast<float>(p.width),
                                      static_cast<float>(p.height));
            s += "q " + number(at.width) + " 0 0 " + number(at.height) + " " + number(at.x) + " " +
                 number(heightPt - at.y - at.height) + " cm /Im" + std::to_string(picture + 1) + " Do Q\n";
            if (std::find(out.pictures.begin(), out.pictures.end(), picture) == out.pictures.end())
                out.pictures.push_back(picture);
            continue;
        }
        setColour(boxFill(box.kind));
        s += number(box.x) + " " + number(heightPt - box.y - box.height) + " " + number(box.width) + " " +
             number(box.height) + " re f\n";
    }
    marked.end();  // a sequence begun outside a text object ends outside it
    int currentFont = -1;
    float currentSize = 0.0f;
    bool inText = false;
    out.runElements.assign(page.runs.size(), -1);
    for (std::size_t i = 0; i < page.runs.size(); ++i) {
        const PrintRun& run = page.runs[i];
        if (run.text.empty() || !(run.sizePt > 0.0f)) continue;
        if (!inText) {
            s += "BT\n";
            inText = true;
        }
        const Mark mark = structure.mark(run);
        out.runElements[i] = mark.element;
        marked.enter(mark);
        setColour(runFill(run.role));
        if (!fonts.showText(run.text, run.face, run.sizePt, run.x, heightPt - run.baseline, run.level & 1, run.spaceAfter,
                            s, currentFont, currentSize, out.fonts, error))
            return false;
    }
    marked.end();
    if (inText) s += "ET\n";
    // Lines through struck-through runs, in their text's colour: page furniture for the structure.
    for (const PrintRun& run : page.runs) {
        if (!(run.style & kSpanStrike) || !(run.width > 0.0f)) continue;
        marked.enter(Mark{-1, Artifact::Layout});
        setColour(runFill(run.role));
        s += number(run.x) + " " + number(heightPt - run.baseline + strikeRise(run.sizePt)) + " " + number(run.width) + " " +
             number(strikeThickness(run.sizePt)) + " re f\n";
    }
    marked.end();
    std::sort(out.fonts.begin(), out.fonts.end());
    std::sort(out.pictures.begin(), out.pictures.end());
    return true;
}

bool isLinkTarget(const std::string& target) {
    return isSafeLink(target) || noteLinkOf(target).has_value();
}

bool isAnnotated(const PrintLinkArea& area, const std::vector<std::string>& links) {
    return area.link >= 0 && static_cast<std::size_t>(area.link) < links.size() &&
           isLinkTarget(links[static_cast<std::size_t>(area.link)]) && area.width > 0.0f && area.height > 0.0f;
}

std::string linkAnnotation(const PrintLinkArea& area, const std::vector<std::string>& links, float heightPt,
                           int structParent, const std::optional<Destination>& destination) {
    const std::string& target = links[static_cast<std::size_t>(area.link)];
    std::string action;
    if (destination) {
        const std::optional<NoteLink> note = noteLinkOf(target);
        const std::string what = note && note->toNote ? "Go to note " + std::to_string(note->note + 1)
                                                      : "Back to the mark of note " + std::to_string(note ? note->note + 1 : 0);
        action = "/Contents " + textString(what) + " /A << /S /GoTo /D [" + ref(destination->pageObject) + " /XYZ null " +
                 number(destination->top) + " null] >>";
    } else {
        action = "/A << /S /URI /URI " + literalString(uriBytes(target)) + " >>";
    }
    return "<< /Type /Annot /Subtype /Link /Rect [" + number(area.x) + " " + number(heightPt - area.y - area.height) +
           " " + number(area.x + area.width) + " " + number(heightPt - area.y) + "] /Border [0 0 0] /F 4 " + action +
           " /StructParent " + std::to_string(structParent) + " >>";
}

}  // namespace folio::pdf
