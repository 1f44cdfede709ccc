// The viewer's share sheet (copy the link, or share it on each of kShareTargets) and bookmarks
// panel (reopen, remove, export, import), asking the viewer through PanelRequests.
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/viewer_panels.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {
namespace {

// The control id of a share target's button in the share sheet.
std::string targetId(ShareTarget target) { return std::string("share-") + shareTargetName(target); }

}  // namespace

void ViewerPanels::shareSheetPanel() {
    if (!view_->share) {  // no article: nothing to share
        panel_ = Panel::None;
        return;
    }
    const ShareText& text = *view_->share;
    const float dpr = dpr_;
    const float width = beginPanel("##folio-share", view_->width, view_->sizes.toolbar, dpr, panelSide(PanelSide::Right));
    panelHeading("Share", width);
    ImGui::BeginDisabled(text.url.empty());
    if (ImGui::Button("Copy link", ImVec2(width, buttonPx()))) {
        requests_->shareTo(ViewerAction{ViewerAction::Kind::CopyLink, text.url, {}, {}}, "copy");
    }
    recordControl("share-copy");
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
        if (ImGui::Button(shareTargetLabel(target), ImVec2(half, buttonPx())) && isSafeLink(link)) {
            requests_->shareTo(ViewerAction{ViewerAction::Kind::OpenUrl, link, {}, {}}, shareTargetName(target));
        }
        recordControl(targetId(target));
        ImGui::EndDisabled();
    }
    closePanelOnClickOutside();
    ImGui::End();
}

void ViewerPanels::bookmarksPanel() {
    const float dpr = dpr_;
    const BookmarkList& bookmarks = *view_->bookmarks;
    const float width = beginPanel("##folio-bookmarks", view_->width, view_->sizes.toolbar, dpr, panelSide(PanelSide::Left));
    panelHeading("Bookmarks", width);
    if (bookmarks.items().empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted("No bookmarks yet. Save an article to find it here, at the place you stopped reading.");
        ImGui::PopTextWrapPos();
    }
    std::string open, remove;
    int row = 0;
    for (const Bookmark& mark : bookmarks.items()) {
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
        if (ImGui::Button(line.c_str(), ImVec2(width - removeWidth - 4.0f * dpr, 0.0f))) open = mark.id;
        ImGui::EndDisabled();
        recordControl("bookmark-open-" + std::to_string(row));
        ImGui::SameLine(0.0f, 4.0f * dpr);
        const float rowHeight = std::max(ImGui::GetItemRectSize().y, buttonPx());  // as tall as its row
        if (ImGui::Button("Remove", ImVec2(removeWidth, rowHeight))) remove = mark.id;
        recordControl("bookmark-remove-" + std::to_string(row));
        ImGui::PopID();
        ++row;
    }
    // Asked once the list is drawn: either changes it.
    if (!open.empty()) requests_->openBookmark(open);
    if (!remove.empty()) requests_->removeBookmark(remove);
    ImGui::Spacing();
    const float half = std::floor((width - 4.0f * dpr) / 2.0f);
    ImGui::BeginDisabled(bookmarks.items().empty());
    if (ImGui::Button("Export", ImVec2(half, buttonPx()))) requests_->command(ViewerCommand::ExportBookmarks);
    ImGui::EndDisabled();
    recordControl("bookmarks-export");
    ImGui::SameLine(0.0f, 4.0f * dpr);
    if (ImGui::Button("Import", ImVec2(half, buttonPx()))) requests_->command(ViewerCommand::ImportBookmarks);
    recordControl("bookmarks-import");
    closePanelOnClickOutside();
    ImGui::End();
}

}  // namespace folio::ui
