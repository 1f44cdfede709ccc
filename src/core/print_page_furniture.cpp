// Pagination, the page furniture: the running header (title, source, a rule) on pages 2+, the
// footer (URL, date, "Page X of Y") on every page, the space they take, and the measuring and
// shortening of their text.
#include "folio/article_meta.h"
#include "folio/article_words.h"
#include "folio/utf8.h"
#include "paginate_internal.h"

namespace folio::detail {

namespace {

constexpr float kPointsPerMm = 72.0f / 25.4f;
constexpr float kSizePt = 8.0f;             // header and footer text
constexpr float kLineHeight = 1.4f;         // of that text
constexpr float kRuleGapPt = 3.0f;          // header text to its rule
constexpr float kRulePt = 0.5f;             // the rule's thickness
constexpr float kBodyGapPt = 14.0f;         // header rule to body, body to footer
constexpr float kColumnGapPt = 16.0f;       // the least room between two texts on one line
constexpr FontFace kFace = FontFace::Sans;
constexpr const char* kEllipsis = "\u2026";

constexpr float lineHeightPt() { return kSizePt * kLineHeight; }

// Baseline of furniture text whose line box starts at `top`, pt.
float baselineAt(const FontMetrics& metrics, float top) {
    const VerticalMetrics v = metrics.vertical(kFace);
    return top + (lineHeightPt() - (v.ascent + v.descent) * kSizePt) / 2.0f + v.ascent * kSizePt;
}

// Appends a run of `text` at `x` (nothing for empty text); returns its width.
float addRun(PrintPage& page, const FontMetrics& metrics, PrintRole role, const std::string& text, float x,
             float baseline, int link = -1) {
    if (text.empty()) return 0.0f;
    PrintRun run;
    run.text = text;
    run.face = kFace;
    run.role = role;
    run.x = x;
    run.baseline = baseline;
    run.sizePt = kSizePt;
    run.width = textWidthPt(metrics, kFace, text, kSizePt);
    run.link = link;
    page.runs.push_back(run);
    return run.width;
}

// The title at the left and the source at the right, a rule below them.
void addHeader(PrintPage& page, const PrintDocument& document, const FontMetrics& metrics, const PageFrame& frame) {
    const float content = frame.width - 2.0f * frame.margin;
    const float baseline = baselineAt(metrics, frame.margin);
    const std::string source = fitText(metrics, kFace, document.source, kSizePt, content / 2.0f);
    const float sourceWidth = textWidthPt(metrics, kFace, source, kSizePt);
    const float titleRoom = source.empty() ? content : content - sourceWidth - kColumnGapPt;
    addRun(page, metrics, PrintRole::Header, fitText(metrics, kFace, document.title, kSizePt, titleRoom),
           frame.margin, baseline);
    addRun(page, metrics, PrintRole::Header, source, frame.width - frame.margin - sourceWidth, baseline);
    PrintBox rule;
    rule.kind = BoxKind::QuoteRule;
    rule.block = -1;
    rule.x = frame.margin;
    rule.y = frame.margin + lineHeightPt() + kRuleGapPt;
    rule.width = content;
    rule.height = kRulePt;
    page.boxes.push_back(rule);
}

// The URL at the left (a link when `urlLink` >= 0), the date in the middle, the page number at
// the right; the URL and then the date give way to the page number.
void addFooter(PrintPage& page, const PrintDocument& document, const FontMetrics& metrics, const PageFrame& frame,
               std::size_t number, int urlLink) {
    const float top = frame.height - frame.margin - lineHeightPt();
    const float baseline = baselineAt(metrics, top);
    const std::string label = pageOfText(document.language, number, document.pages.size());
    const float labelX = frame.width - frame.margin - textWidthPt(metrics, kFace, label, kSizePt);
    const float middle = frame.width / 2.0f;
    const std::string date =
        fitText(metrics, kFace, formatDate(document.published, document.language), kSizePt, 2.0f * (labelX - kColumnGapPt - middle));
    const float dateX = middle - textWidthPt(metrics, kFace, date, kSizePt) / 2.0f;
    const float urlEnd = (date.empty() ? labelX : dateX) - kColumnGapPt;
    const std::string url = fitText(metrics, kFace, document.url, kSizePt, urlEnd - frame.margin);

    const int link = url.empty() ? -1 : urlLink;
    const int urlRun = static_cast<int>(page.runs.size());
    const float urlWidth = addRun(page, metrics, PrintRole::Footer, url, frame.margin, baseline, link);
    if (link >= 0) page.linkAreas.push_back({link, frame.margin, top, urlWidth, lineHeightPt(), urlRun});
    addRun(page, metrics, PrintRole::Footer, date, dateX, baseline);
    addRun(page, metrics, PrintRole::Footer, label, labelX, baseline);
}

}  // namespace

PageFrame pageFrame(const PageSpec& spec) {
    PageFrame frame;
    frame.width = paperWidthPt(spec.paper);
    frame.height = paperHeightPt(spec.paper);
    frame.margin = spec.marginMm * kPointsPerMm;
    frame.firstTop = frame.margin;
    frame.laterTop = frame.margin + lineHeightPt() + kRuleGapPt + kRulePt + kBodyGapPt;
    frame.bottom = frame.height - frame.margin - lineHeightPt() - kBodyGapPt;
    return frame;
}

float textWidthPt(const FontMetrics& metrics, FontFace face, std::string_view text, float sizePt) {
    float em = 0.0f;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        em += metrics.advance(face, cp) + (prev != 0 ? metrics.kerning(face, prev, cp) : 0.0f);
        prev = cp;
    }
    return em * sizePt;
}

std::string fitText(const FontMetrics& metrics, FontFace face, std::string_view text, float sizePt,
                    float maxWidthPt) {
    if (textWidthPt(metrics, face, text, sizePt) <= maxWidthPt) return std::string(text);
    const char32_t ellipsis = U'\u2026';
    const float ellipsisEm = metrics.advance(face, ellipsis);
    if (ellipsisEm * sizePt > maxWidthPt) return {};
    std::size_t end = 0;  // of the longest prefix that fits with the ellipsis
    float em = 0.0f;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        em += metrics.advance(face, cp) + (prev != 0 ? metrics.kerning(face, prev, cp) : 0.0f);
        prev = cp;
        if ((em + metrics.kerning(face, cp, ellipsis) + ellipsisEm) * sizePt > maxWidthPt) break;
        end = pos;
    }
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return std::string(text.substr(0, end)) + kEllipsis;
}

void addPageFurniture(PrintDocument& document, const FontMetrics& metrics, const PageFrame& frame, int urlLink) {
    for (std::size_t i = 0; i < document.pages.size(); ++i) {
        PrintPage& page = document.pages[i];
        if (i > 0) addHeader(page, document, metrics, frame);
        addFooter(page, document, metrics, frame, i + 1, urlLink);
    }
}

}  // namespace folio::detail
