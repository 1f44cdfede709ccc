// The viewer's social actions: what is shared and where, bookmarks kept in storage (a bad stored
// list is kept aside, never lost), the reading position kept in a bookmark, and events for the
// embedding page. Their panels are ViewerPanels' (viewer_panels_social.cpp).
#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "folio/share.h"
#include "ui/stored_value.h"
#include "ui/viewer.h"

namespace folio::ui {
namespace {

constexpr float kReopenSlack = 0.5f;  // a stored position is renewed after moving this many screens

}  // namespace

void Viewer::emit(const std::string& name, const std::string& detailJson) {
    events_.push_back(ViewerEvent{name, detailJson});
}

std::vector<ViewerEvent> Viewer::takeEvents() {
    std::vector<ViewerEvent> events;
    events.swap(events_);
    return events;
}

// ---- Sharing ----

void Viewer::share() {
    const Article* article = reader_.article();
    if (!article) return;
    const ShareText text = shareTextFor(*article, pageUrl_);
    action_ = ViewerAction{ViewerAction::Kind::NativeShare, text.url, text.title, text.summary};
}

void Viewer::shareSheet() { panels_.openShareSheet(); }

void Viewer::copied(bool ok) { panels_.copied(ok); }

void Viewer::shareTo(ViewerAction action, const std::string& target) {
    const std::string url = action.url;
    action_ = std::move(action);
    emit("share", nlohmann::json{{"target", target}, {"url", url}}.dump());
}

std::string Viewer::shareMenuJson() const {
    const Article* article = reader_.article();
    if (!article) return {};
    const ShareText text = shareTextFor(*article, pageUrl_);
    nlohmann::json links = nlohmann::json::array();
    for (ShareTarget target : kShareTargets) {
        const std::string link = shareUrl(target, text);
        links.push_back({{"target", shareTargetName(target)},
                         {"label", shareTargetLabel(target)},
                         {"url", isSafeLink(link) ? link : std::string()}});
    }
    const nlohmann::json menu{{"title", text.title}, {"url", text.url}, {"links", std::move(links)}};
    return menu.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// ---- Bookmarks ----

bool Viewer::bookmarked() const {
    const Article* article = reader_.article();
    return article && bookmarks_.list().contains(articleId());
}

void Viewer::toggleBookmark() {
    const Article* article = reader_.article();
    if (!article) return;
    Bookmark mark = bookmarkFor(*article, articleSource_, clock_ ? clock_() : std::string());
    mark.id = articleId();
    const Anchor top = reader_.layout().anchorAt(reader_.scroller().position());
    mark.block = top.block;
    mark.offset = top.offset;
    const float range = reader_.scroller().maxPosition();
    mark.progress = range > 0.0f ? reader_.scroller().position() / range : 0.0f;
    const bool now = bookmarks_.toggle(mark);
    if (now) {
        savedBlock_ = mark.block;
        savedOffset_ = mark.offset;
    }
    emit("bookmark", nlohmann::json{{"bookmarked", now}, {"id", mark.id}, {"title", mark.title}}.dump());
}

void Viewer::keepReadingPosition() {
    if (!reader_.article() || reader_.scroller().moving()) return;
    const std::string id = articleId();
    const Anchor top = reader_.layout().anchorAt(reader_.scroller().position());
    // Where the reader is, for the next time the article opens (nothing kept for its very top).
    const ReadingPosition* kept = positions_.find(id);
    if (kept ? kept->block != top.block || kept->offset != top.offset : top.block >= 0 || top.offset != 0)
        positions_.remember(id, top.block, top.offset);
    // The bookmark's reading position, when it moved far enough.
    const Bookmark* mark = bookmarks_.list().find(id);
    if (!mark || (top.block == savedBlock_ && top.offset == savedOffset_)) return;
    const float range = reader_.scroller().maxPosition();
    const float progress = range > 0.0f ? reader_.scroller().position() / range : 0.0f;
    const float screens = std::fabs(progress - mark->progress) * range / std::max(1.0f, height_);
    if (screens < kReopenSlack && progress < 1.0f) return;
    bookmarks_.updatePosition(id, progress, top.block, top.offset);
    savedBlock_ = top.block;
    savedOffset_ = top.offset;
}

void Viewer::articleShown() {
    showPendingComments();
    const Article* article = reader_.article();
    savedBlock_ = -2;
    if (!article || opening_.id.empty() || opening_.id != articleId()) {
        opening_ = Bookmark{};
        // Where the reader was in it last time (a reload, or coming back to it).
        const ReadingPosition* place = article ? positions_.find(articleId()) : nullptr;
        if (place) reader_.scroller().jumpTo(reader_.layout().yOf(Anchor{place->block, -1, place->offset}));
        return;
    }
    reader_.scroller().jumpTo(reader_.layout().yOf(Anchor{opening_.block, -1, opening_.offset}));
    savedBlock_ = opening_.block;
    savedOffset_ = opening_.offset;
    opening_ = Bookmark{};
}

std::string Viewer::importBookmarks(const std::string& json) { return bookmarks_.import(json); }

bool Viewer::openBookmark(const std::string& id) {
    const Bookmark* mark = bookmarks_.list().find(id);
    if (!mark || mark->articleUrl.empty()) return false;
    opening_ = *mark;
    action_ = ViewerAction{ViewerAction::Kind::OpenArticle, mark->articleUrl, mark->title, {}};
    panels_.close();
    return true;
}

bool Viewer::removeBookmark(const std::string& id) {
    if (!bookmarks_.remove(id)) return false;
    emit("bookmark", nlohmann::json{{"bookmarked", false}, {"id", id}}.dump());
    return true;
}

}  // namespace folio::ui
