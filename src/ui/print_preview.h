// The print preview: the article's pages (folio::paginate) drawn as sheets of paper, scaled to the
// view, with page navigation. Platform-free; lengths are CSS px unless a name says pt.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "folio/article.h"
#include "folio/font_metrics.h"
#include "folio/print_layout.h"
#include "folio/reading_settings.h"
#include "ui/glyph_cache.h"
#include "ui/picture.h"
#include "ui/scroll.h"
#include "ui/theme.h"

namespace folio::ui {

// The page layout `settings` asks for (paper, margins, text size and family).
PageSpec pageSpecFor(const ReadingSettings& settings);

class PrintPreview {
public:
    // `metrics` must outlive the preview.
    explicit PrintPreview(const TrueTypeMetrics& metrics);

    // Paginates `article` for `spec` unless that was the last thing done; `article` must stay
    // unchanged and alive while the preview shows it (call again after it changes, with `revision`
    // changed). Keeps the page at the top of the view.
    void show(const Article& article, std::size_t revision, const PageSpec& spec);
    // True when show() with these arguments would paginate nothing: document() is theirs already.
    bool shows(const Article& article, std::size_t revision, const PageSpec& spec) const;
    const PrintDocument& document() const { return document_; }
    int pageCount() const { return static_cast<int>(document_.pages.size()); }

    // The area the preview fills, CSS px.
    void setViewport(float widthPx, float heightPx);
    Scroller& scroller() { return scroller_; }
    // The page at the top of the view, 0-based.
    int currentPage() const;
    // Scrolls so that `page` (0-based, clamped) is at the top.
    void goToPage(int page);

    // Changes whenever what the pages draw changes (new document or scale).
    std::size_t generation() const { return generation_; }

    // Draws the visible pages, device px, the view's top `originY` CSS px below the canvas top;
    // an image box shows its block's picture from `pictures` (as the PDF does), else grey. Text
    // comes from `glyphs`.
    void draw(ImDrawList& list, GlyphCache& glyphs, const Pictures& pictures, float dpr, float originY,
              const Theme& theme) const;

private:
    float pageTop(int page) const;   // CSS px from the top of the preview content
    void relayout();

    const TrueTypeMetrics& metrics_;
    const Article* article_ = nullptr;
    std::size_t revision_ = 0;
    PageSpec spec_;
    PrintDocument document_;
    float width_ = 0.0f, height_ = 0.0f;
    float scale_ = 1.0f;   // CSS px per pt
    std::size_t generation_ = 0;
    Scroller scroller_;
};

}  // namespace folio::ui
