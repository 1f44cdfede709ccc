// The reader: what is shown (an article or an error page), its layout at the current size and
// width, the scroll position, and drawing of the visible lines with Dear ImGui.
// Platform-free; all lengths are CSS px unless a name says device px.
#pragma once

#include <array>
#include <memory>
#include <string_view>
#include <string>
#include <unordered_map>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "folio/article.h"
#include "folio/comments.h"
#include "folio/font_metrics.h"
#include "folio/layout.h"
#include "folio/reading_settings.h"
#include "ui/glyph_cache.h"
#include "ui/picture.h"
#include "ui/scroll.h"
#include "ui/theme.h"

namespace folio::ui {

// The link target of "Add your comment" under the comments: the viewer opens its comment form.
constexpr std::string_view kAddCommentLink = "folio:add-comment";

// How far the reader has come in the shown article (its comments left out).
struct ReadingProgress {
    float fraction = 0.0f;  // of the article's height above the bottom of the view, 0-1
    int minutes = 0;        // the whole article's reading time (readingMinutes)
    int minutesLeft = 0;    // what is left of it at that pace, rounded up
};

class ReaderView {
public:
    // `metrics` measures and supplies the font bytes; it must outlive the view.
    explicit ReaderView(const TrueTypeMetrics& metrics);
    ~ReaderView();

    // Shows `article` from its top. The faces must already be in the metrics.
    void showArticle(Article article);
    // Replaces what is shown with an error page that says `message` (one or more sentences, for
    // the reader); error() is then `detail` (what went wrong, for the page's developers), or the
    // message when `detail` is empty.
    void showError(std::string message, std::string detail = {});
    // What a viewer given no article says.
    static constexpr const char* kNothingText = "There is no article here yet.";
    // Shows a page saying that there is nothing to read yet (kNothingText): the viewer's own page,
    // neither an article (article() is null) nor an error.
    void showNothing();

    // The area the view fills, CSS px. Keeps the reading position.
    void setViewport(float widthPx, float heightPx);
    // Applies the size, family, line spacing and column width of `reading` (the font size clamped
    // to 12-40 CSS px). Keeps the reading position; does nothing when nothing changes.
    void setReading(const ReadingSettings& reading);
    float fontSize() const { return settings_.fontSizePx; }

    Scroller& scroller() { return scroller_; }
    const Scroller& scroller() const { return scroller_; }
    // Distance of one arrow-key or wheel-line step, CSS px.
    float lineStep() const;

    // Number of comments shown under the article (the article's and the reader's not sent yet); 0
    // when comments are not shown.
    std::size_t commentCount() const {
        return showingError_ || !article_ || !commentsShown_ ? 0 : article_->comments.size() + pending_.size();
    }
    // How far the reader has come; all zero when no article is shown.
    ReadingProgress progress() const;
    // Whether the comments section (with "Add your comment") follows the article; true at first.
    void setCommentsShown(bool shown);
    // Whether the article is drawn (true at first). False: only the background is, while the page
    // shows the article itself (its text layer, once a translation has rewritten the text).
    void setArticleDrawn(bool drawn) { articleDrawn_ = drawn; }
    bool commentsShown() const { return commentsShown_; }
    // Shows `pending` (comments of this reader's, not sent yet) under the article's comments.
    void setPendingComments(std::vector<PendingComment> pending);

    // The article shown; nullptr while there is none (nothing loaded yet, or an error page).
    const Article* article() const { return showingError_ ? nullptr : article_.get(); }
    // The error shown; empty when an article is shown.
    const std::string& error() const { return error_; }
    bool hasContent() const { return article_ != nullptr; }
    const Layout& layout() const { return layout_; }
    // What is laid out: the article with its comments as blocks after the body, or the viewer's own
    // page (an error, nothing to read yet); nullptr before anything was shown.
    const Article* laidOut() const { return display_.get(); }
    // Changes whenever the layout is replaced (new content, size or width).
    std::size_t layoutGeneration() const { return generation_; }
    // Changes whenever the content is replaced (showArticle, showError).
    std::size_t contentGeneration() const { return contentGeneration_; }
    // Changes whenever the content is replaced or measured again (remeasure).
    std::size_t measureGeneration() const { return measureGeneration_; }

    // Measures the shown content again, keeping the reading position: call after fonts were added
    // to the metrics (until then their faces were measured with a fallback face's metrics).
    void remeasure();

    // Adds a request for every (face, size) the layout uses, with every glyph the content needs in
    // that face (all of it: a scroll never waits for a rebuild). The glyphs are collected once per
    // content and family; a new size or width only looks for new (face, size) pairs.


    // Draws the visible part into `list`, in device px (`dpr` device px per CSS px), with the top
    // of the view `originY` CSS px below the top of the canvas.
    void draw(ImDrawList& list, GlyphCache& glyphs, float dpr, float originY, const Theme& theme) const;

    // Sets picture `item` of block `block` of the shown content (folio::ShownPicture: -1 for the
    // block's own), drawn fitted into its box; cleared by show().
    void setPicture(int block, int item, Picture picture);
    std::size_t pictureCount() const { return pictures_.size(); }
    const Pictures& pictures() const { return pictures_; }

    // Scrolls the sideways area of block `block` (Layout::sideways: a code block's lines wider than
    // the column) to `x` CSS px from its left edge, clamped to what it holds; the page's text layer
    // tells it where its copy of the area is scrolled. Nothing for a block without one.
    void setSidewaysScroll(int block, float x);
    // Where the sideways area of `block` is scrolled to, CSS px; 0 when it has none or is not scrolled.
    float sidewaysScroll(int block) const;

    // The link target under (x, y) CSS px of the view (not the content); empty when none.
    std::string linkAt(float x, float y) const;

private:
    void show(Article article, bool isError);
    void relayout();
    // Draws `line` `offsetY` CSS px down and `offsetX` across (a sideways area's scroll).
    void drawLine(ImDrawList& list, GlyphCache& glyphs, const Line& line, float offsetY, float dpr,
                  const Theme& theme, float offsetX = 0.0f) const;

    const TrueTypeMetrics& metrics_;
    std::unique_ptr<Article> article_;
    std::vector<PendingComment> pending_;
    bool commentsShown_ = true;
    bool articleDrawn_ = true;
    std::unique_ptr<Article> display_;  // article_ with its comments as blocks after the body: what is laid out
    std::unique_ptr<Typesetter> typesetter_;
    std::string error_;
    bool showingError_ = false;  // a page of the viewer's own: an error, or nothing to read yet
    bool alarming_ = false;      // that page is an error: its headline in the error colour
    LayoutSettings settings_;
    float viewportHeight_ = 0.0f;
    Layout layout_;
    std::size_t generation_ = 0;
    Scroller scroller_;
    std::size_t contentGeneration_ = 0;                 // changes with each show()
    std::size_t measureGeneration_ = 0;                 // changes with each show() and remeasure()
    Pictures pictures_;
    std::unordered_map<int, float> sidewaysScroll_;  // by block: how far its sideways area is scrolled, CSS px
    Anchor anchor_;                    // the reading position kept across re-layouts
    float anchoredPosition_ = -1.0f;   // scroll position right after the last re-layout, CSS px
};

}  // namespace folio::ui
