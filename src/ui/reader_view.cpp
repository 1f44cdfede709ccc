#include "ui/reader_view.h"

#include <algorithm>
#include <cmath>

#include "folio/article_meta.h"
#include "folio/article_words.h"
#include "folio/comments.h"
#include "folio/utf8.h"

namespace folio::ui {

namespace {

Block paragraphOf(RichText text) {
    Block block;
    block.text = std::move(text);
    return block;
}

// Appends one comment: author and date (and `status`, if any), then its text, in the words of the
// article's language.
void appendComment(Article& shown, const std::string& author, const std::string& posted, const std::string& text,
                   const std::string& status) {
    RichText byline{TextRun{author.empty() ? anonymousAuthor(shown.language) : author, false, true, {}}};
    const std::string date = formatDate(posted, shown.language);
    if (!date.empty()) byline.push_back(TextRun{" \u00B7 " + date, false, false, {}});
    // A reader's comment kept in this browser: nothing has moderated it yet, it has not even left.
    if (!status.empty()) byline.push_back(TextRun{" \u00B7 " + status, true, false, {}});
    shown.body.push_back(paragraphOf(std::move(byline)));
    shown.body.push_back(paragraphOf({TextRun{text, false, false, {}}}));
}

// `article` with a comments section after its body, in its language: a heading with the count,
// each comment (the reader's own unsent ones last), or "No comments yet.", then the link to the
// comment form.
Article withComments(const Article& article, const std::vector<PendingComment>& pending) {
    Article shown = article;
    const std::size_t count = article.comments.size() + pending.size();
    Block heading;
    heading.type = BlockType::Heading;
    heading.level = 2;
    heading.text.push_back(TextRun{commentsHeading(article.language, count), false, false, {}});
    shown.body.push_back(heading);
    if (count == 0) shown.body.push_back(paragraphOf({TextRun{noCommentsText(article.language), true, false, {}}}));
    for (const Comment& comment : article.comments) appendComment(shown, comment.author, comment.posted, comment.text, {});
    for (const PendingComment& comment : pending)
        appendComment(shown, comment.author, comment.posted, comment.text, unsentCommentText(article.language));
    shown.body.push_back(
        paragraphOf({TextRun{addCommentText(article.language), false, true, std::string(kAddCommentLink)}}));
    return shown;
}

}  // namespace

ReaderView::ReaderView(const TrueTypeMetrics& metrics) : metrics_(metrics) {}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(Article article) {
    error_.clear();
    show(std::move(article), false);
}

void ReaderView::showError(std::string message, std::string detail) {
    Article page;
    page.title = "This article could not be shown";
    page.body.push_back(Block{});
    page.body.back().text.push_back(TextRun{message, false, false, {}});
    error_ = detail.empty() ? std::move(message) : std::move(detail);
    show(std::move(page), true);
    alarming_ = true;
}

void ReaderView::showNothing() {
    Article page;
    page.title = "Nothing to read yet";
    page.body.push_back(Block{});
    page.body.back().text.push_back(TextRun{kNothingText, false, false, {}});
    error_.clear();
    show(std::move(page), true);
}

void ReaderView::show(Article article, bool isError) {
    // The typesetter refers to the article: drop it first, then replace both.
    typesetter_.reset();
    article_ = std::make_unique<Article>(std::move(article));
    pending_.clear();
    display_ = std::make_unique<Article>(isError || !commentsShown_ ? *article_ : withComments(*article_, pending_));
    ++contentGeneration_;
    ++measureGeneration_;
    pictures_.clear();
    showingError_ = isError;
    alarming_ = false;
    typesetter_ = std::make_unique<Typesetter>(*display_, metrics_, isError ? std::string() : metaLine(*article_));
    layout_ = typesetter_->layout(settings_);
    ++generation_;
    sidewaysScroll_.clear();  // the text layer builds its copy of the new layout unscrolled
    scroller_.setExtent(layout_.height, viewportHeight_);
    scroller_.jumpTo(0.0f);
    anchoredPosition_ = -1.0f;
}

void ReaderView::setPendingComments(std::vector<PendingComment> pending) {
    if (!article_ || showingError_ || pending == pending_) return;
    pending_ = std::move(pending);
    if (!commentsShown_) return;
    typesetter_.reset();
    display_ = std::make_unique<Article>(withComments(*article_, pending_));
    remeasure();
}

ReadingProgress ReaderView::progress() const {
    const Article* shown = article();
    if (!shown) return {};
    // The article ends where its comments begin (their heading is the first block after its body).
    const int commentsBlock = static_cast<int>(shown->body.size());
    float end = layout_.height;
    for (const Line& line : layout_.lines) {
        if (line.block == commentsBlock) {
            end = line.y;
            break;
        }
    }
    ReadingProgress progress;
    const float seen = scroller_.position() + viewportHeight_;
    progress.fraction = end <= 0.0f ? 1.0f : std::clamp(seen / end, 0.0f, 1.0f);
    progress.minutes = readingMinutes(*shown);
    progress.minutesLeft = static_cast<int>(std::ceil(static_cast<float>(progress.minutes) * (1.0f - progress.fraction) - 0.01f));
    return progress;
}

void ReaderView::setCommentsShown(bool shown) {
    if (shown == commentsShown_) return;
    commentsShown_ = shown;
    if (!article_ || showingError_) return;
    typesetter_.reset();
    display_ = std::make_unique<Article>(shown ? withComments(*article_, pending_) : *article_);
    remeasure();
}

void ReaderView::remeasure() {
    if (!article_) return;
    typesetter_ = std::make_unique<Typesetter>(*display_, metrics_, showingError_ ? std::string() : metaLine(*article_));
    ++measureGeneration_;
    relayout();
}

void ReaderView::setViewport(float widthPx, float heightPx) {
    if (widthPx == settings_.viewportWidthPx && heightPx == viewportHeight_) return;
    settings_.viewportWidthPx = std::max(1.0f, widthPx);
    viewportHeight_ = std::max(0.0f, heightPx);
    relayout();
}

void ReaderView::setReading(const ReadingSettings& reading) {
    LayoutSettings next = settings_;
    next.fontSizePx = clampFontSize(reading.fontSizePx);
    next.lineHeight = lineHeightFactor(reading.lineSpacing);
    next.measureEm = measureEm(reading.columnWidth);
    next.family = reading.family;
    if (next.fontSizePx == settings_.fontSizePx && next.lineHeight == settings_.lineHeight &&
        next.measureEm == settings_.measureEm && next.family == settings_.family) {
        return;
    }
    settings_ = next;
    relayout();
}

float ReaderView::lineStep() const { return std::round(settings_.fontSizePx * settings_.lineHeight * 2.0f); }

void ReaderView::relayout() {
    if (!typesetter_) return;
    // Keep the line at the top of the view at the top. Successive changes (A+ A+ A-) keep the
    // anchor taken before the first of them, so they never drift; a scroll in between renews it.
    const float position = scroller_.position();
    if (position != anchoredPosition_) anchor_ = layout_.anchorAt(position);
    const bool atTop = position <= 0.0f;
    layout_ = typesetter_->layout(settings_);
    ++generation_;
    sidewaysScroll_.clear();  // the text layer builds its copy of the new layout unscrolled
    scroller_.setExtent(layout_.height, viewportHeight_);
    scroller_.jumpTo(atTop ? 0.0f : layout_.yOf(anchor_));
    anchoredPosition_ = scroller_.position();
}

void ReaderView::draw(ImDrawList& list, GlyphCache& glyphs, float dpr, float originY, const Theme& theme) const {
    if (!article_ || !articleDrawn_) return;
    const float top = scroller_.position();
    const float bottom = top + viewportHeight_;
    const float offsetY = originY - top;  // content y + offsetY = canvas y, CSS px
    list.PushClipRect(ImVec2(0.0f, std::round(originY * dpr)),
                      ImVec2(settings_.viewportWidthPx * dpr, std::round((originY + viewportHeight_) * dpr)));
    for (const Box& box : layout_.boxes) {
        if (box.y + box.height < top || box.y > bottom) continue;
        // A table's rules and tints in its sideways area move with its text, cut at the area's edges.
        const auto area = box.kind == BoxKind::Image ? layout_.sideways.end()
                                                     : std::find_if(layout_.sideways.begin(), layout_.sideways.end(),
                                                                    [&box](const SidewaysArea& s) { return s.block == box.block; });
        const bool inArea = area != layout_.sideways.end() &&  // (a code block's tint is the area's own box)
                            !(box.kind == BoxKind::Tint && box.x == area->x && box.width == area->width);
        const float x = box.x - (inArea ? sidewaysScroll(box.block) : 0.0f);
        const ImVec2 a(std::round(x * dpr), std::round((box.y + offsetY) * dpr));
        const ImVec2 b(std::round((x + box.width) * dpr), std::round((box.y + box.height + offsetY) * dpr));
        const auto picture = box.kind == BoxKind::Image ? pictures_.find({box.block, box.item}) : pictures_.end();
        if (picture == pictures_.end()) {
            // (A code block's tint is as wide as the column; a table's header cells are square.)
            const bool rounded = box.kind == BoxKind::Image ||
                                 (box.kind == BoxKind::Tint && box.x == layout_.columnX && box.width == layout_.columnWidth);
            if (inArea)
                list.PushClipRect(ImVec2(std::round(area->x * dpr), std::round((area->y + offsetY) * dpr)),
                                  ImVec2(std::round((area->x + area->width) * dpr), std::round((area->y + area->height + offsetY) * dpr)),
                                  true);
            list.AddRectFilled(a, b, theme.boxColor(box.kind), rounded ? 4.0f * dpr : 0.0f);
            if (inArea) list.PopClipRect();
            continue;
        }
        drawPicture(list, picture->second, a, b, 4.0f * dpr);
    }
    for (std::size_t i = layout_.firstLineBelow(top); i < layout_.lines.size(); ++i) {
        const Line& line = layout_.lines[i];
        if (line.y > bottom) break;
        const auto area = std::find_if(layout_.sideways.begin(), layout_.sideways.end(),
                                       [&line](const SidewaysArea& a) { return a.block == line.block; });
        if (area == layout_.sideways.end()) {
            drawLine(list, glyphs, line, offsetY, dpr, theme);
            continue;
        }
        // In its sideways area: moved left as far as the area is scrolled, cut at the area's edges.
        list.PushClipRect(ImVec2(std::round(area->x * dpr), std::round((area->y + offsetY) * dpr)),
                          ImVec2(std::round((area->x + area->width) * dpr), std::round((area->y + area->height + offsetY) * dpr)),
                          true);
        drawLine(list, glyphs, line, offsetY, dpr, theme, -sidewaysScroll(line.block));
        list.PopClipRect();
    }
    list.PopClipRect();
}

void ReaderView::setSidewaysScroll(int block, float x) {
    const auto area = std::find_if(layout_.sideways.begin(), layout_.sideways.end(),
                                   [block](const SidewaysArea& a) { return a.block == block; });
    if (area == layout_.sideways.end()) return;
    const float most = std::max(0.0f, area->contentWidth - area->width);
    sidewaysScroll_[block] = std::isfinite(x) ? std::clamp(x, 0.0f, most) : 0.0f;
}

float ReaderView::sidewaysScroll(int block) const {
    const auto found = sidewaysScroll_.find(block);
    return found == sidewaysScroll_.end() ? 0.0f : found->second;
}

void ReaderView::setPicture(int block, int item, Picture picture) {
    if (picture.texture && picture.width > 0.0f && picture.height > 0.0f) pictures_[{block, item}] = picture;
}

std::string ReaderView::linkAt(float x, float y) const {
    if (!article_ || y < 0.0f || y > viewportHeight_) return {};
    const float contentY = y + scroller_.position();
    for (std::size_t i = layout_.firstLineBelow(contentY); i < layout_.lines.size(); ++i) {
        const Line& line = layout_.lines[i];
        if (line.y > contentY) break;
        for (const Span& span : layout_.spansOf(line)) {
            if (span.link >= 0 && x >= span.x && x < span.x + span.width) return std::string(layout_.links[span.link]);
        }
    }
    return {};
}

void ReaderView::drawLine(ImDrawList& list, GlyphCache& glyphs, const Line& line, float offsetY, float dpr,
                          const Theme& theme, float offsetX) const {
    for (Span span : layout_.spansOf(line)) {
        span.x += offsetX;
        ImU32 color = span.link >= 0 ? theme.link : theme.roleColor(line.role);
        if (alarming_ && line.role == LineRole::Title) color = theme.error;
        const float baseline = std::round((line.baseline - span.rise + offsetY) * dpr);
        const float size = span.sizePx * dpr;
        if (span.style & kSpanCode) {  // a tint behind inline code, a little wider than its glyphs
            const float pad = std::round(2.0f * dpr);
            list.AddRectFilled(ImVec2(span.x * dpr - pad, baseline - std::round(size * 0.95f)),
                               ImVec2((span.x + span.width) * dpr + pad, baseline + std::round(size * 0.3f)), theme.tint,
                               3.0f * dpr);
        }
        drawText(list, glyphs, metrics_, span.face, span.text, span.x * dpr, baseline, size, color, 0.0f, span.level & 1);
        const float thickness = std::max(1.0f, std::round(size / 18.0f));
        if (span.link >= 0) {
            const float y = baseline + std::max(1.0f, std::round(size * 0.1f));
            list.AddRectFilled(ImVec2(span.x * dpr, y), ImVec2((span.x + span.width) * dpr, y + thickness), color);
        }
        if (span.style & kSpanStrike) {  // through the middle of the lower-case letters
            const float y = baseline - std::round(size * 0.3f);
            list.AddRectFilled(ImVec2(span.x * dpr, y), ImVec2((span.x + span.width) * dpr, y + thickness), color);
        }
    }
}

}  // namespace folio::ui
