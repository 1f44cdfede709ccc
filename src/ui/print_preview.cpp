#include "ui/print_preview.h"

#include <algorithm>
#include <cmath>

#include "folio/utf8.h"

namespace folio::ui {
namespace {

constexpr float kGap = 24.0f;          // around and between sheets, CSS px
constexpr float kMaxScale = 96.0f / 72.0f;  // a sheet is never shown larger than life (CSS px per pt)

// Preview font sizes are kept to 1/4 CSS px so that small changes of width do not rebake fonts.
float quantize(float px) { return std::max(1.0f, std::round(px * 4.0f) / 4.0f); }

}  // namespace

PageSpec pageSpecFor(const ReadingSettings& settings) {
    PageSpec spec;
    spec.paper = settings.paper;
    spec.marginMm = clampPrintMargin(settings.printMarginMm);
    spec.fontSizePt = clampPrintFontSize(settings.printFontSizePt);
    spec.family = settings.family;
    return spec;
}

PrintPreview::PrintPreview(const TrueTypeMetrics& metrics) : metrics_(metrics) {}

bool PrintPreview::shows(const Article& article, std::size_t revision, const PageSpec& spec) const {
    return article_ == &article && revision_ == revision && spec.paper == spec_.paper && spec.marginMm == spec_.marginMm &&
           spec.fontSizePt == spec_.fontSizePt && spec.family == spec_.family && spec.lineHeight == spec_.lineHeight;
}

void PrintPreview::show(const Article& article, std::size_t revision, const PageSpec& spec) {
    if (shows(article, revision, spec)) return;
    const int page = article_ == &article && revision_ == revision ? currentPage() : 0;
    article_ = &article;
    revision_ = revision;
    spec_ = spec;
    document_ = paginate(article, metrics_, spec);
    relayout();
    goToPage(std::min(page, pageCount() - 1));
}

void PrintPreview::setViewport(float widthPx, float heightPx) {
    if (widthPx == width_ && heightPx == height_) return;
    const int page = currentPage();
    width_ = widthPx;
    height_ = heightPx;
    relayout();
    goToPage(page);
}

void PrintPreview::relayout() {
    const float scale = document_.widthPt > 0.0f
                            ? std::clamp((width_ - 2.0f * kGap) / document_.widthPt, 0.1f, kMaxScale)
                            : 1.0f;
    scale_ = scale;
    ++generation_;
    scroller_.setExtent(pageTop(pageCount()) + kGap, height_);
}

float PrintPreview::pageTop(int page) const {
    return kGap + static_cast<float>(page) * (document_.heightPt * scale_ + kGap);
}

int PrintPreview::currentPage() const {
    if (pageCount() == 0) return 0;
    const float pitch = document_.heightPt * scale_ + kGap;
    const int page = static_cast<int>((scroller_.position() + pitch / 2.0f - kGap) / pitch);
    return std::clamp(page, 0, pageCount() - 1);
}

void PrintPreview::goToPage(int page) {
    if (pageCount() == 0) return;
    scroller_.jumpTo(pageTop(std::clamp(page, 0, pageCount() - 1)) - kGap);
}

void PrintPreview::draw(ImDrawList& list, GlyphCache& glyphs, const Pictures& pictures, float dpr, float originY,
                        const Theme& theme) const {
    const float top = scroller_.position();
    const float pageWidth = document_.widthPt * scale_;
    const float pageHeight = document_.heightPt * scale_;
    const float left = std::round(std::max(kGap, (width_ - pageWidth) / 2.0f));
    list.PushClipRect(ImVec2(0.0f, std::round(originY * dpr)), ImVec2(width_ * dpr, std::round((originY + height_) * dpr)));
    list.AddRectFilled(ImVec2(0.0f, originY * dpr), ImVec2(width_ * dpr, (originY + height_) * dpr), theme.surface);
    for (int i = 0; i < pageCount(); ++i) {
        const float y = pageTop(i) - top + originY;  // CSS px in the canvas
        if (y > originY + height_ || y + pageHeight < originY) continue;
        const ImVec2 a(left * dpr, std::round(y * dpr));
        const ImVec2 b((left + pageWidth) * dpr, std::round((y + pageHeight) * dpr));
        list.AddRectFilled(ImVec2(a.x + 2 * dpr, a.y + 3 * dpr), ImVec2(b.x + 2 * dpr, b.y + 3 * dpr), theme.rule);  // shadow
        list.AddRectFilled(a, b, packed(kPaperPalette.paper));  // paper looks the same in every theme
        const PrintPage& page = document_.pages[static_cast<std::size_t>(i)];
        for (const PrintBox& box : page.boxes) {
            const ImVec2 min((left + box.x * scale_) * dpr, (y + box.y * scale_) * dpr);
            const ImVec2 max((left + (box.x + box.width) * scale_) * dpr, (y + (box.y + box.height) * scale_) * dpr);
            const auto picture = box.kind == BoxKind::Image ? pictures.find({box.block, box.item}) : pictures.end();
            if (picture != pictures.end()) {
                drawPicture(list, picture->second, min, max, 0.0f);
                continue;
            }
            list.AddRectFilled(min, max, packed(paperColour(box.kind)));
        }
        for (const PrintRun& run : page.runs) {
            const ImU32 color = packed(paperColour(run.role));
            // Glyphs are drawn at the size rounded to a quarter px (fewer to cache while zooming);
            // positions use the exact one.
            drawText(list, glyphs, metrics_, run.face, run.text, (left + run.x * scale_) * dpr,
                     std::round((y + run.baseline * scale_) * dpr), run.sizePt * scale_ * dpr, color,
                     quantize(run.sizePt * scale_) * dpr, run.level & 1);
            if (run.style & kSpanStrike) {
                const float through = (y + (run.baseline - strikeRise(run.sizePt)) * scale_) * dpr;
                const float thickness = std::max(1.0f, strikeThickness(run.sizePt) * scale_ * dpr);
                list.AddRectFilled(ImVec2((left + run.x * scale_) * dpr, through),
                                   ImVec2((left + (run.x + run.width) * scale_) * dpr, through + thickness), color);
            }
        }
    }
    list.PopClipRect();
}

}  // namespace folio::ui
