// The viewer's controls. Sections, in order: their characters · the share sheet's state · draw (which orders the
// toolbar, the open panel and the notice banner) · shared pieces (placing, recording, headings) ·
// the reading toolbar and its progress · the print preview's toolbar · the notice banner. The
// reading settings and print setup panels are in viewer_panels_reading.cpp, the share sheet and
// bookmarks panel in viewer_panels_social.cpp.
#include "ui/viewer_panels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/viewer_widgets.h"

namespace folio::ui {

const std::u32string& ViewerPanels::characters() {
    static const std::u32string glyphs = [] {
        std::u32string s;
        for (char32_t c = 0x20; c < 0x7F; ++c) s.push_back(c);
        s += U"\u2013\u2026\u00B7\u201C\u201D\u2019\u2039\u203A";
        return s;
    }();
    return glyphs;
}

// ---- The share sheet's state ----

void ViewerPanels::openShareSheet() {
    copiedLabel_.clear();
    panel_ = Panel::Share;
}

void ViewerPanels::copied(bool ok) {
    copiedLabel_ = ok ? "Link copied" : "The browser did not allow copying: select the link and copy it.";
}

// ---- Draw ----

void ViewerPanels::draw(const PanelsView& view, PanelRequests& requests, float dpr) {
    controls_.clear();
    coverings_.clear();
    view_ = &view;
    requests_ = &requests;
    dpr_ = dpr;
    if (view.previewing) {
        previewToolbar();
        if (panel_ == Panel::Settings) printOptionsPanel();
    } else {
        toolbar();
        if (panel_ == Panel::Settings) settingsPanel();
        if (panel_ == Panel::Share) shareSheetPanel();
        if (panel_ == Panel::Bookmarks) bookmarksPanel();
    }
    if (view.notices && !view.notices->current().empty()) noticeBanner();
    view_ = nullptr;
    requests_ = nullptr;
}

// ---- Shared pieces ----

void ViewerPanels::recordControl(const std::string& id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    controls_.push_back(ControlRect{id, min.x / dpr_, min.y / dpr_, (max.x - min.x) / dpr_, (max.y - min.y) / dpr_});
}

namespace {

// Opens the full-width bar at the top of the canvas; returns whether the pointer is over it.
// `sizes` are the toolbar's (toolbar_layout::sizes).
bool beginToolbar(const Theme& t, float width, float dpr, const toolbar_layout::Sizes& sizes) {
    const float height = sizes.toolbar * dpr;
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.background));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##folio-toolbar", nullptr, flags);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRectFullScreen();
    list->AddLine(ImVec2(0.0f, height - dpr * 0.5f), ImVec2(width, height - dpr * 0.5f), t.rule, std::max(1.0f, std::round(dpr)));
    list->PopClipRect();
    return ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
}

void endToolbar() {
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

// Puts the next toolbar item `x` device px from the left, centred vertically.
void toolbarCursor(float x, float dpr, const toolbar_layout::Sizes& sizes) {
    ImGui::SetCursorPos(ImVec2(x, (sizes.toolbar - sizes.button) * dpr / 2.0f));
}

}  // namespace

void ViewerPanels::toolbarPlace(float& x, const toolbar_layout::Button& button, bool gap) const {
    if (gap) x += button.gapBefore;
    toolbarCursor((view_->mirrored ? view_->width - x - button.width : x) * dpr_, dpr_, view_->sizes);
    x += button.width;
}

PanelSide ViewerPanels::panelSide(PanelSide ltr) const {
    if (!view_->mirrored) return ltr;
    return ltr == PanelSide::Left ? PanelSide::Right : PanelSide::Left;
}

bool ViewerPanels::toolbarButton(const char* label, const char* id, float widthPx, bool selected) {
    const Theme& t = *view_->theme;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(selected ? t.selected : t.control));
    const bool pressed = ImGui::Button(label, ImVec2(widthPx * dpr_, buttonPx()));
    recordControl(id);
    ImGui::PopStyleColor();
    return pressed;
}

void ViewerPanels::panelHeading(const char* title, float width) {
    const float height = buttonPx();
    const float closeWidth = 64.0f * dpr_;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top + (height - ImGui::GetTextLineHeight()) / 2.0f);
    ImGui::TextDisabled("%s", title);
    ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width - closeWidth);
    ImGui::SetCursorPosY(top);
    if (ImGui::Button("Close##panel", ImVec2(closeWidth, height))) panel_ = Panel::None;
    recordControl("close-panel");
    tooltip("Close ( Esc )");
}

void ViewerPanels::closePanelOnClickOutside() {
    // A click anywhere else closes the panel (the toolbar's own buttons excepted).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && !toolbarHovered_) {
        panel_ = Panel::None;
    }
}

// ---- The reading toolbar ----

void ViewerPanels::sizeButtons(float* toolbarX) {
    namespace tl = toolbar_layout;
    const float size = view_->settings.fontSizePx;
    const auto box = [this](const char* id) { return ImVec2(tl::button(id).width * dpr_, buttonPx()); };
    const auto next = [&](const char* id) {
        if (toolbarX) toolbarPlace(*toolbarX, tl::button(id), true);
        else ImGui::SameLine(0.0f, tl::button(id).gapBefore * dpr_);
    };
    if (toolbarX) toolbarPlace(*toolbarX, tl::button("smaller"), true);
    ImGui::BeginDisabled(size <= kFontSizeSteps.front());
    if (ImGui::Button(tl::button("smaller").label, box("smaller"))) requests_->command(ViewerCommand::SmallerText);
    ImGui::EndDisabled();
    recordControl("smaller");
    tooltip("Smaller text ( - )");
    next("size");
    char label[24];
    std::snprintf(label, sizeof label, "%g px##size", static_cast<double>(size));
    if (ImGui::Button(label, box("size"))) requests_->command(ViewerCommand::DefaultTextSize);
    recordControl("size");
    tooltip("Default size, 20 px ( 0 )");
    next("larger");
    ImGui::BeginDisabled(size >= kFontSizeSteps.back());
    if (ImGui::Button(tl::button("larger").label, box("larger"))) requests_->command(ViewerCommand::LargerText);
    ImGui::EndDisabled();
    recordControl("larger");
    tooltip("Larger text ( + )");
}

void ViewerPanels::toolbar() {
    namespace tl = toolbar_layout;
    const float width = view_->width;
    // Left to right as laid out in toolbar_layout, mirrored for a right-to-left article.
    float x = tl::kMargin;
    const auto next = [&](const char* id) { toolbarPlace(x, tl::button(id), true); };
    toolbarHovered_ = beginToolbar(*view_->theme, width * dpr_, dpr_, view_->sizes);
    if (!tl::tiny(width)) {  // on the smallest phones Bookmarks is in the Aa panel
        toolbarPlace(x, tl::kLeft[0], false);
        if (toolbarButton("Bookmarks", "bookmarks", tl::kLeft[0].width, panel_ == Panel::Bookmarks)) {
            requests_->command(ViewerCommand::ToggleBookmarks);
        }
        if (panel_ != Panel::Bookmarks) tooltip("Your bookmarks");  // an open panel needs no caption
    }
    x = tl::rightGroupX(width);
    toolbarPlace(x, tl::button("share"), false);
    if (toolbarButton("Share", "share", tl::button("share").width, panel_ == Panel::Share)) requests_->command(ViewerCommand::Share);
    if (panel_ != Panel::Share) tooltip("Share this article");
    next("bookmark");
    const bool marked = view_->bookmarked;
    if (toolbarButton(marked ? "Saved##bookmark" : "Save##bookmark", "bookmark", tl::button("bookmark").width, marked)) {
        requests_->command(ViewerCommand::ToggleBookmark);
    }
    tooltip(marked ? "Remove the bookmark" : "Bookmark this article");
    if (!tl::narrow(width)) {  // on the smallest phones Print is in the Aa panel
        next("print");
        if (toolbarButton("Print", "print", tl::button("print").width, false)) requests_->command(ViewerCommand::OpenPrintPreview);
        tooltip("Print preview and PDF");
    }
    if (!tl::compact(width)) sizeButtons(&x);  // on a phone the text size is in the Aa panel
    next("settings");
    if (toolbarButton("Aa", "settings", tl::button("settings").width, panel_ == Panel::Settings)) {
        requests_->command(ViewerCommand::ToggleSettings);
    }
    if (panel_ != Panel::Settings) tooltip("Reading settings");
    readingProgress();
    endToolbar();
}

void ViewerPanels::readingProgress() {
    namespace tl = toolbar_layout;
    const ReadingProgress& progress = view_->progress;
    if (progress.minutes == 0 || !view_->longerThanView) return;  // no article, or one view
    const Theme& t = *view_->theme;
    const float width = view_->width;
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRectFullScreen();
    // A bar along the toolbar's lower edge, filled as far as the reader has come (from the right
    // in a right-to-left article).
    const float bottom = view_->sizes.toolbar * dpr_;
    const float thickness = std::max(2.0f, std::round(kProgressBarPx * dpr_));
    const float filled = std::round(width * dpr_ * progress.fraction);
    const float left = view_->mirrored ? width * dpr_ - filled : 0.0f;
    list->AddRectFilled(ImVec2(left, bottom - thickness), ImVec2(left + filled, bottom), t.link);
    // The minutes left of a long article, between the toolbar's groups when there is room.
    if (progress.minutes >= kProgressLabelMinutes && progress.minutesLeft > 0) {
        char label[32];
        std::snprintf(label, sizeof label, "%d min left", progress.minutesLeft);
        const float from = (tl::tiny(width) ? 0.0f : tl::kLeft[0].width) + tl::kMargin;
        const float to = tl::rightGroupX(width);
        const ImVec2 size = ImGui::CalcTextSize(label);
        if (size.x + 2.0f * kProgressLabelGapPx * dpr_ <= (to - from) * dpr_) {
            float x = std::round(((from + to) * dpr_ - size.x) / 2.0f);
            if (view_->mirrored) x = width * dpr_ - x - size.x;
            list->AddText(ImVec2(x, std::round((bottom - size.y) / 2.0f)), t.muted, label);
        }
    }
    list->PopClipRect();
}

// ---- The print preview's toolbar ----

namespace {

// The print preview's toolbar: its buttons' widths and the space between them, CSS px.
constexpr float kPreviewMargin = 8.0f, kPreviewGap = 4.0f;
constexpr float kPreviewClose = 52.0f, kPreviewPage = 52.0f, kPreviewSetup = 56.0f, kPreviewPdf = 44.0f,
                kPreviewPrint = 52.0f;

}  // namespace

void ViewerPanels::pageNavigation() {
    const float arrow = std::max(32.0f, view_->sizes.button);  // a finger's target on a touch screen
    ImGui::BeginDisabled(view_->page <= 0);
    if (toolbarButton("\u2039", "previous-page", arrow, false)) requests_->command(ViewerCommand::PreviousPage);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, kPreviewGap * dpr_);
    char label[32];
    std::snprintf(label, sizeof label, "%d / %d##pages", view_->page + 1, view_->pages);
    ImGui::BeginDisabled();
    toolbarButton(label, "page", kPreviewPage, false);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, kPreviewGap * dpr_);
    ImGui::BeginDisabled(view_->page + 1 >= view_->pages);
    if (toolbarButton("\u203A", "next-page", arrow, false)) requests_->command(ViewerCommand::NextPage);
    ImGui::EndDisabled();
}

void ViewerPanels::previewToolbar() {
    const float dpr = dpr_;
    const float width = view_->width * dpr;
    const float gap = kPreviewGap * dpr;
    const float arrow = std::max(32.0f, view_->sizes.button);
    // Page navigation is centred when there is room, else after Close; on a phone too narrow for
    // the whole bar it floats at the bottom of the preview instead.
    const float nav = (2.0f * arrow + kPreviewPage + 2.0f * kPreviewGap) * dpr;
    const float right = (kPreviewSetup + kPreviewPdf + kPreviewPrint + 2.0f * kPreviewGap + kPreviewMargin) * dpr;
    const float left = (kPreviewMargin + kPreviewClose + kPreviewMargin) * dpr;
    const bool navBelow = left + nav + kPreviewMargin * dpr + right > width;
    toolbarHovered_ = beginToolbar(*view_->theme, width, dpr, view_->sizes);
    toolbarCursor(kPreviewMargin * dpr, dpr, view_->sizes);
    if (toolbarButton("Close", "close-preview", kPreviewClose, false)) requests_->command(ViewerCommand::Close);
    tooltip("Back to the article ( Esc )");
    const float navX = std::max(left, std::min((width - nav) / 2.0f, width - right - nav - kPreviewMargin * dpr));
    if (!navBelow) {
        toolbarCursor(navX, dpr, view_->sizes);
        pageNavigation();
    }
    toolbarCursor(navBelow ? std::max(left, width - right) : std::max(navX + nav + kPreviewMargin * dpr, width - right), dpr,
                  view_->sizes);
    if (toolbarButton("Setup", "print-setup", kPreviewSetup, panel_ == Panel::Settings)) {
        requests_->command(ViewerCommand::ToggleSettings);
    }
    if (panel_ != Panel::Settings) tooltip("Paper, margins and text size");
    ImGui::SameLine(0.0f, gap);
    if (toolbarButton("PDF", "download-pdf", kPreviewPdf, false)) requests_->command(ViewerCommand::DownloadPdf);
    tooltip("Download as PDF");
    ImGui::SameLine(0.0f, gap);
    if (toolbarButton("Print", "print-now", kPreviewPrint, false)) requests_->command(ViewerCommand::Print);
    tooltip("Print");
    endToolbar();
    if (!navBelow) return;
    const float margin = 12.0f * dpr;
    ImGui::SetNextWindowPos(ImVec2(width / 2.0f, view_->height * dpr - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::Begin("##folio-page-navigation", nullptr, kPanelFlags | ImGuiWindowFlags_NoFocusOnAppearing);
    pageNavigation();
    ImGui::End();
}

// ---- The notice banner ----

void ViewerPanels::noticeBanner() {
    const Notices& notices = *view_->notices;
    const float dpr = dpr_;
    const float margin = 12.0f * dpr;
    const float width = std::min(560.0f * dpr, view_->width * dpr - 2.0f * margin);
    ImGui::SetNextWindowPos(ImVec2(view_->width * dpr / 2.0f, view_->height * dpr - margin), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("##folio-notice", nullptr, flags);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(notices.current().c_str());
    ImGui::PopTextWrapPos();
    // With more waiting, the reader sees that Dismiss shows the next one.
    const std::string dismiss = notices.size() > 1 ? "Dismiss (" + std::to_string(notices.size() - 1) + " more)" : "Dismiss";
    if (ImGui::Button(dismiss.c_str(), ImVec2(0.0f, buttonPx()))) requests_->dismissNotice();
    recordControl("dismiss");
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    coverings_.push_back(ControlRect{"notice", at.x / dpr, at.y / dpr, size.x / dpr, size.y / dpr});
    ImGui::End();
}

}  // namespace folio::ui
