// The viewer's share sheet and bookmarks: what is shared and where, bookmarks kept in storage
// (a bad stored list is kept aside, never lost), their panel, and events for the embedding page.
#include <nlohmann/json.hpp>

#include "folio/share.h"
#include "ui/stored_value.h"
#include "ui/viewer.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {
namespace {

constexpr float kReopenSlack = 0.5f;  // a stored position is renewed after moving this many screens

// The control id of a share target's button in the share sheet.
std::string targetId(ShareTarget target) { return std::string("share-") + shareTargetName(target); }

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

void Viewer::shareSheet() {
    copiedLabel_.clear();
    panel_ = Panel::Share;
}

void Viewer::copied(bool ok) {
    copiedLabel_ = ok ? "Link copied" : "The browser did not allow copying: select the link and copy it.";
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

void Viewer::shareSheetPanel(float dpr) {
    const Article* article = reader_.article();
    if (!article) {
        panel_ = Panel::None;
        return;
    }
    const ShareText text = shareTextFor(*article, pageUrl_);
    const float width = beginPanel("##folio-share", width_, toolbarHeight(), dpr, panelSide(PanelSide::Right));
    panelHeading("Share", width, dpr);
    ImGui::BeginDisabled(text.url.empty());
    if (ImGui::Button("Copy link", ImVec2(width, buttonHeight() * dpr))) {
        action_ = ViewerAction{ViewerAction::Kind::CopyLink, text.url, {}, {}};
        emit("share", nlohmann::json{{"target", "copy"}, {"url", text.url}}.dump());
    }
    recordControl("share-copy", dpr);
    ImGui::EndDisabled();
    if (!copiedLabel_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(copiedLabel_.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!text.url.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextDisabled("%s", text.url.c_str());
        ImGui::PopTextWrapPos();
    }
    const float half = std::floor((width - 4.0f * dpr) / 2.0f);
    for (std::size_t i = 0; i < kShareTargets.size(); ++i) {
        const ShareTarget target = kShareTargets[i];
        const std::string link = shareUrl(target, text);
        if (i % 2) ImGui::SameLine(0.0f, 4.0f * dpr);
        ImGui::BeginDisabled(link.empty());
        if (ImGui::Button(shareTargetLabel(target), ImVec2(half, buttonHeight() * dpr)) && isSafeLink(link)) {
            action_ = ViewerAction{ViewerAction::Kind::OpenUrl, link, {}, {}};
            emit("share", nlohmann::json{{"target", shareTargetName(target)}, {"url", link}}.dump());
        }
        recordControl(targetId(target), dpr);
        ImGui::EndDisabled();
    }
    closePanelOnClickOutside();
    ImGui::End();
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
    panel_ = Panel::None;
    return true;
}

bool Viewer::removeBookmark(const std::string& id) {
    if (!bookmarks_.remove(id)) return false;
    emit("bookmark", nlohmann::json{{"bookmarked", false}, {"id", id}}.dump());
    return true;
}

void Viewer::bookmarksPanel(float dpr) {
    const float width = beginPanel("##folio-bookmarks", width_, toolbarHeight(), dpr, panelSide(PanelSide::Left));
    panelHeading("Bookmarks", width, dpr);
    if (bookmarks_.list().items().empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted("No bookmarks yet. Save an article to find it here, at the place you stopped reading.");
        ImGui::PopTextWrapPos();
    }
    std::string remove;
    int row = 0;
    for (const Bookmark& mark : bookmarks_.list().items()) {
        ImGui::PushID(row);
        const float removeWidth = 76.0f * dpr;
        const float textWidth = width - removeWidth - 4.0f * dpr - 2.0f * ImGui::GetStyle().FramePadding.x;
        char label[64];
        std::snprintf(label, sizeof label, "%d%% read", static_cast<int>(std::lround(mark.progress * 100.0f)));
        const std::string date = mark.savedAt.size() >= 10 ? mark.savedAt.substr(0, 10) : mark.savedAt;
        const std::string line = ellipsize(mark.title, textWidth) + "\n" +
                                 ellipsize((mark.source.empty() ? "" : mark.source + " \u00B7 ") + date + " \u00B7 " + label,
                                           textWidth);
        ImGui::BeginDisabled(mark.articleUrl.empty());
        if (ImGui::Button(line.c_str(), ImVec2(width - removeWidth - 4.0f * dpr, 0.0f))) openBookmark(mark.id);
        ImGui::EndDisabled();
        recordControl("bookmark-open-" + std::to_string(row), dpr);
        ImGui::SameLine(0.0f, 4.0f * dpr);
        const float rowHeight = std::max(ImGui::GetItemRectSize().y, buttonHeight() * dpr);  // as tall as its row
        if (ImGui::Button("Remove", ImVec2(removeWidth, rowHeight))) remove = mark.id;
        recordControl("bookmark-remove-" + std::to_string(row), dpr);
        ImGui::PopID();
        ++row;
    }
    if (!remove.empty()) removeBookmark(remove);
    ImGui::Spacing();
    const float half = std::floor((width - 4.0f * dpr) / 2.0f);
    ImGui::BeginDisabled(bookmarks_.list().items().empty());
    if (ImGui::Button("Export", ImVec2(half, buttonHeight() * dpr))) command(ViewerCommand::ExportBookmarks);
    ImGui::EndDisabled();
    recordControl("bookmarks-export", dpr);
    ImGui::SameLine(0.0f, 4.0f * dpr);
    if (ImGui::Button("Import", ImVec2(half, buttonHeight() * dpr))) command(ViewerCommand::ImportBookmarks);
    recordControl("bookmarks-import", dpr);
    closePanelOnClickOutside();
    ImGui::End();
}

}  // namespace folio::ui
