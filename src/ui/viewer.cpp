// The viewer's frame and its reading controls. Sections, in order: settings (restore, change,
// text size) · commands and requests to the platform · fonts and the canvas · the frame (which
// alone orders what is drawn) · the toolbar and the print preview's toolbar · the print setup and
// reading settings panels · the notice banner. Bookmarks and sharing are in viewer_social.cpp,
// comments in viewer_comments.cpp.
#include "ui/viewer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "folio/reading_positions.h"
#include "ui/first_paint.h"
#include "ui/settings_store.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {
namespace {


// Every character the toolbar and panels draw.
const std::u32string& uiGlyphs() {
    static const std::u32string glyphs = [] {
        std::u32string s;
        for (char32_t c = 0x20; c < 0x7F; ++c) s.push_back(c);
        s += U"\u2013\u2026\u00B7\u201C\u201D\u2019\u2039\u203A";
        return s;
    }();
    return glyphs;
}


}  // namespace

Viewer::Viewer(const TrueTypeMetrics& metrics, KeyValueStore& store)
    : store_(store), reader_(metrics), preview_(metrics) {}

void Viewer::restoreSettings() {
    SettingsLoad loaded = loadSettings(store_);
    settings_ = loaded.settings;
    canSave_ = loaded.canSave;
    tell(loaded.notice);
    apply();
    bookmarks_.restore();
    positions_.restore();
    comments_.restore();
}

void Viewer::storedValueChanged(std::string_view key) {
    const bool all = key.empty();
    if (all || key == kSettingsStorageKey) {
        SettingsLoad loaded = loadSettings(store_);
        canSave_ = loaded.canSave;
        tell(loaded.notice);
        if (loaded.settings != settings_) {
            settings_ = loaded.settings;
            apply();
        }
    }
    if (all || key == kBookmarksStorageKey) bookmarks_.restore();
    if (all || key == kReadingPositionsStorageKey) positions_.restore();
    if (all || key == kCommentDraftsStorageKey || key == kPendingCommentsStorageKey) {
        comments_.restore();
        showPendingComments();
    }
}

void Viewer::changeSettings(ReadingSettings settings) {
    settings.fontSizePx = clampFontSize(settings.fontSizePx);
    if (settings == settings_) return;
    settings_ = settings;
    apply();
    std::string problem;
    if (canSave_ && !saveSettings(store_, settings_, problem)) tell(problem);
}

void Viewer::setFontSize(float px) {
    ReadingSettings next = settings_;
    next.fontSizePx = px;
    changeSettings(next);
}

void Viewer::command(ViewerCommand command) {
    switch (command) {
        case ViewerCommand::LargerText: setFontSize(largerFontSize(settings_.fontSizePx)); break;
        case ViewerCommand::SmallerText: setFontSize(smallerFontSize(settings_.fontSizePx)); break;
        case ViewerCommand::DefaultTextSize: setFontSize(kDefaultFontSizePx); break;
        case ViewerCommand::ToggleSettings: panel_ = panel_ == Panel::Settings ? Panel::None : Panel::Settings; break;
        case ViewerCommand::Close:
            if (panel_ != Panel::None) panel_ = Panel::None;
            else if (previewing_) previewing_ = false;
            else notices_.dismiss();
            break;
        case ViewerCommand::OpenPrintPreview:
            if (!printDocument()) break;
            previewing_ = true;
            panel_ = Panel::None;
            break;
        case ViewerCommand::NextPage: preview_.goToPage(preview_.currentPage() + 1); break;
        case ViewerCommand::PreviousPage: preview_.goToPage(preview_.currentPage() - 1); break;
        case ViewerCommand::Print:
            if (printDocument()) action_.kind = ViewerAction::Kind::Print;
            break;
        case ViewerCommand::DownloadPdf:
            if (printDocument()) action_.kind = ViewerAction::Kind::DownloadPdf;
            break;
        case ViewerCommand::Share: share(); break;
        case ViewerCommand::ToggleShareSheet: panel_ = panel_ == Panel::Share ? Panel::None : Panel::Share; break;
        case ViewerCommand::ToggleBookmark: toggleBookmark(); break;
        case ViewerCommand::ToggleBookmarks:
            panel_ = panel_ == Panel::Bookmarks ? Panel::None : Panel::Bookmarks;
            break;
        case ViewerCommand::ExportBookmarks:
            action_ = ViewerAction{ViewerAction::Kind::ExportBookmarks, {}, "folio-bookmarks.json", bookmarks_.list().toJson()};
            break;
        case ViewerCommand::ImportBookmarks: action_.kind = ViewerAction::Kind::ImportBookmarks; break;
        case ViewerCommand::OpenCommentForm:
            if (reader_.article()) action_.kind = ViewerAction::Kind::OpenCommentForm;
            break;
    }
}

const PrintDocument* Viewer::printDocument() {
    const Article* article = reader_.article();
    if (!article) return nullptr;
    preview_.show(*article, reader_.measureGeneration(), pageSpecFor(settings_));
    return &preview_.document();
}

const PrintDocument* Viewer::paginatedDocument() const {
    const Article* article = reader_.article();
    if (!article || !preview_.shows(*article, reader_.measureGeneration(), pageSpecFor(settings_))) return nullptr;
    return &preview_.document();
}

ViewerAction Viewer::takeAction() {
    ViewerAction action = std::move(action_);
    action_ = ViewerAction{};
    return action;
}

std::uint64_t Viewer::fontsGeneration() const {
    return (static_cast<std::uint64_t>(reader_.layoutGeneration()) << 33) ^
           (static_cast<std::uint64_t>(preview_.generation()) << 1) ^ (previewing_ ? 1u : 0u);
}

void Viewer::setPrefersDark(bool dark) { prefersDark_ = dark; }

void Viewer::setCanvas(float width, float height) {
    width_ = width;
    height_ = height;
    reader_.setViewport(width, std::max(0.0f, height - toolbarHeight()));
    preview_.setViewport(width, std::max(0.0f, height - toolbarHeight()));
}

void Viewer::setTouch(bool touch) {
    if (touch == touch_) return;
    touch_ = touch;
    setCanvas(width_, height_);
}

void Viewer::apply() {
    reader_.setReading(settings_);
    if (previewing_) printDocument();
}

void Viewer::fontRequests(std::vector<FontRequest>& requests) const {
    requests.push_back(FontRequest{FontFace::Sans, kUiFontPx, uiGlyphs()});
}

std::vector<FontFace> Viewer::firstFrameFaces() const { return firstScreenFaces(settings_.family); }

std::vector<FontFace> Viewer::facesWanted() const {
    std::uint32_t used = 1u << static_cast<unsigned>(FontFace::Sans);
    if (reader_.hasContent() && reader_.layout().missing) used |= reader_.layout().missing->facesUsed;
    if (const PrintDocument* document = paginatedDocument()) used |= document->missing.facesUsed;
    std::vector<FontFace> faces;
    for (std::size_t i = 0; i < kFontFaceCount; ++i)
        if (used & (1u << i)) faces.push_back(static_cast<FontFace>(i));
    return faces;
}

std::string Viewer::linkAt(float x, float y) const { return reader_.linkAt(x, y - toolbarHeight()); }

void Viewer::recordControl(const std::string& id, float dpr) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    controls_.push_back(ControlRect{id, min.x / dpr, min.y / dpr, (max.x - min.x) / dpr, (max.y - min.y) / dpr});
}

void Viewer::frame(const FontAtlas& atlas, GlyphCache& glyphs, float dpr) {
    controls_.clear();
    coverings_.clear();
    if (styledTheme_ != &theme() || styledDpr_ != dpr) {
        applyImGuiStyle(theme(), dpr);
        styledTheme_ = &theme();
        styledDpr_ = dpr;
    }
    ImFont* uiFont = atlas.find(FontFace::Sans, kUiFontPx);
    if (uiFont) ImGui::PushFont(uiFont);
    if (previewing_ && !reader_.article()) previewing_ = false;  // the article was replaced by an error
    if (previewing_) {
        preview_.draw(*ImGui::GetBackgroundDrawList(), glyphs, reader_.pictures(), dpr, toolbarHeight(), theme());
        previewToolbar(dpr);
        if (panel_ == Panel::Settings) printOptionsPanel(dpr);
    } else {
        reader_.draw(*ImGui::GetBackgroundDrawList(), glyphs, dpr, toolbarHeight(), theme());
        toolbar(dpr);
        if (panel_ == Panel::Settings) settingsPanel(dpr);
        if (panel_ == Panel::Share) shareSheetPanel(dpr);
        if (panel_ == Panel::Bookmarks) bookmarksPanel(dpr);
        keepReadingPosition();
    }
    if (!notice().empty()) noticeBanner(dpr);
    announceNotice();
    if (uiFont) ImGui::PopFont();
}

void Viewer::announceNotice() {
    for (const std::string& message : notices_.takeUnannounced())
        emit("notice", nlohmann::json{{"message", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void Viewer::sizeButtons(float dpr, float* toolbarX) {
    namespace tl = toolbar_layout;
    const float size = settings_.fontSizePx;
    const auto box = [this, dpr](const char* id) { return ImVec2(tl::button(id).width * dpr, buttonHeight() * dpr); };
    const auto next = [&](const char* id) {
        if (toolbarX) toolbarPlace(*toolbarX, tl::button(id), true, dpr);
        else ImGui::SameLine(0.0f, tl::button(id).gapBefore * dpr);
    };
    if (toolbarX) toolbarPlace(*toolbarX, tl::button("smaller"), true, dpr);
    ImGui::BeginDisabled(size <= kFontSizeSteps.front());
    if (ImGui::Button(tl::button("smaller").label, box("smaller"))) command(ViewerCommand::SmallerText);
    ImGui::EndDisabled();
    recordControl("smaller", dpr);
    tooltip("Smaller text ( - )");
    next("size");
    char label[24];
    std::snprintf(label, sizeof label, "%g px##size", static_cast<double>(size));
    if (ImGui::Button(label, box("size"))) command(ViewerCommand::DefaultTextSize);
    recordControl("size", dpr);
    tooltip("Default size, 20 px ( 0 )");
    next("larger");
    ImGui::BeginDisabled(size >= kFontSizeSteps.back());
    if (ImGui::Button(tl::button("larger").label, box("larger"))) command(ViewerCommand::LargerText);
    ImGui::EndDisabled();
    recordControl("larger", dpr);
    tooltip("Larger text ( + )");
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

bool Viewer::mirrored() const {
    return reader_.article() != nullptr && articleDirection(*reader_.article()) == TextDirection::Rtl;
}

void Viewer::toolbarPlace(float& x, const toolbar_layout::Button& button, bool gap, float dpr) const {
    if (gap) x += button.gapBefore;
    toolbarCursor((mirrored() ? width_ - x - button.width : x) * dpr, dpr, sizes());
    x += button.width;
}

PanelSide Viewer::panelSide(PanelSide ltr) const {
    if (!mirrored()) return ltr;
    return ltr == PanelSide::Left ? PanelSide::Right : PanelSide::Left;
}

bool Viewer::toolbarButton(const char* label, const char* id, float widthPx, float dpr, bool selected) {
    const Theme& t = theme();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(selected ? t.selected : t.control));
    const bool pressed = ImGui::Button(label, ImVec2(widthPx * dpr, buttonHeight() * dpr));
    recordControl(id, dpr);
    ImGui::PopStyleColor();
    return pressed;
}

void Viewer::toolbar(float dpr) {
    namespace tl = toolbar_layout;
    // Left to right as laid out in toolbar_layout, mirrored for a right-to-left article.
    float x = tl::kMargin;
    const auto next = [&](const char* id) { toolbarPlace(x, tl::button(id), true, dpr); };
    toolbarHovered_ = beginToolbar(theme(), width_ * dpr, dpr, sizes());
    if (!tl::tiny(width_)) {  // on the smallest phones Bookmarks is in the Aa panel
        toolbarPlace(x, tl::kLeft[0], false, dpr);
        if (toolbarButton("Bookmarks", "bookmarks", tl::kLeft[0].width, dpr, panel_ == Panel::Bookmarks)) {
            command(ViewerCommand::ToggleBookmarks);
        }
        if (panel_ != Panel::Bookmarks) tooltip("Your bookmarks");  // an open panel needs no caption
    }
    x = tl::rightGroupX(width_);
    toolbarPlace(x, tl::button("share"), false, dpr);
    if (toolbarButton("Share", "share", tl::button("share").width, dpr, panel_ == Panel::Share)) command(ViewerCommand::Share);
    if (panel_ != Panel::Share) tooltip("Share this article");
    next("bookmark");
    const bool marked = bookmarked();
    if (toolbarButton(marked ? "Saved##bookmark" : "Save##bookmark", "bookmark", tl::button("bookmark").width, dpr, marked)) {
        command(ViewerCommand::ToggleBookmark);
    }
    tooltip(marked ? "Remove the bookmark" : "Bookmark this article");
    if (!tl::narrow(width_)) {  // on the smallest phones Print is in the Aa panel
        next("print");
        if (toolbarButton("Print", "print", tl::button("print").width, dpr, false)) command(ViewerCommand::OpenPrintPreview);
        tooltip("Print preview and PDF");
    }
    if (!tl::compact(width_)) sizeButtons(dpr, &x);  // on a phone the text size is in the Aa panel
    next("settings");
    if (toolbarButton("Aa", "settings", tl::button("settings").width, dpr, panel_ == Panel::Settings)) {
        command(ViewerCommand::ToggleSettings);
    }
    if (panel_ != Panel::Settings) tooltip("Reading settings");
    readingProgress(dpr);
    endToolbar();
}

void Viewer::readingProgress(float dpr) {
    namespace tl = toolbar_layout;
    const ReadingProgress progress = reader_.progress();
    if (progress.minutes == 0 || reader_.layout().height <= reader_.scroller().viewportHeight()) return;  // one view
    const Theme& t = theme();
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRectFullScreen();
    // A bar along the toolbar's lower edge, filled as far as the reader has come (from the right
    // in a right-to-left article).
    const float bottom = toolbarHeight() * dpr;
    const float thickness = std::max(2.0f, std::round(kProgressBarPx * dpr));
    const float filled = std::round(width_ * dpr * progress.fraction);
    const float left = mirrored() ? width_ * dpr - filled : 0.0f;
    list->AddRectFilled(ImVec2(left, bottom - thickness), ImVec2(left + filled, bottom), t.link);
    // The minutes left of a long article, between the toolbar's groups when there is room.
    if (progress.minutes >= kProgressLabelMinutes && progress.minutesLeft > 0) {
        char label[32];
        std::snprintf(label, sizeof label, "%d min left", progress.minutesLeft);
        const float from = (tl::tiny(width_) ? 0.0f : tl::kLeft[0].width) + tl::kMargin;
        const float to = tl::rightGroupX(width_);
        const ImVec2 size = ImGui::CalcTextSize(label);
        if (size.x + 2.0f * kProgressLabelGapPx * dpr <= (to - from) * dpr) {
            float x = std::round(((from + to) * dpr - size.x) / 2.0f);
            if (mirrored()) x = width_ * dpr - x - size.x;
            list->AddText(ImVec2(x, std::round((bottom - size.y) / 2.0f)), t.muted, label);
        }
    }
    list->PopClipRect();
}

namespace {

// The print preview's toolbar: its buttons' widths and the space between them, CSS px.
constexpr float kPreviewMargin = 8.0f, kPreviewGap = 4.0f;
constexpr float kPreviewClose = 52.0f, kPreviewPage = 52.0f, kPreviewSetup = 56.0f, kPreviewPdf = 44.0f,
                kPreviewPrint = 52.0f;

}  // namespace

void Viewer::pageNavigation(float dpr) {
    const float arrow = std::max(32.0f, buttonHeight());  // a finger's target on a touch screen
    ImGui::BeginDisabled(preview_.currentPage() <= 0);
    if (toolbarButton("\u2039", "previous-page", arrow, dpr, false)) command(ViewerCommand::PreviousPage);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, kPreviewGap * dpr);
    char label[32];
    std::snprintf(label, sizeof label, "%d / %d##pages", preview_.currentPage() + 1, preview_.pageCount());
    ImGui::BeginDisabled();
    toolbarButton(label, "page", kPreviewPage, dpr, false);
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, kPreviewGap * dpr);
    ImGui::BeginDisabled(preview_.currentPage() + 1 >= preview_.pageCount());
    if (toolbarButton("\u203A", "next-page", arrow, dpr, false)) command(ViewerCommand::NextPage);
    ImGui::EndDisabled();
}

void Viewer::previewToolbar(float dpr) {
    const float width = width_ * dpr;
    const float gap = kPreviewGap * dpr;
    const float arrow = std::max(32.0f, buttonHeight());
    // Page navigation is centred when there is room, else after Close; on a phone too narrow for
    // the whole bar it floats at the bottom of the preview instead.
    const float nav = (2.0f * arrow + kPreviewPage + 2.0f * kPreviewGap) * dpr;
    const float right = (kPreviewSetup + kPreviewPdf + kPreviewPrint + 2.0f * kPreviewGap + kPreviewMargin) * dpr;
    const float left = (kPreviewMargin + kPreviewClose + kPreviewMargin) * dpr;
    const bool navBelow = left + nav + kPreviewMargin * dpr + right > width;
    toolbarHovered_ = beginToolbar(theme(), width, dpr, sizes());
    toolbarCursor(kPreviewMargin * dpr, dpr, sizes());
    if (toolbarButton("Close", "close-preview", kPreviewClose, dpr, false)) command(ViewerCommand::Close);
    tooltip("Back to the article ( Esc )");
    const float navX = std::max(left, std::min((width - nav) / 2.0f, width - right - nav - kPreviewMargin * dpr));
    if (!navBelow) {
        toolbarCursor(navX, dpr, sizes());
        pageNavigation(dpr);
    }
    toolbarCursor(navBelow ? std::max(left, width - right) : std::max(navX + nav + kPreviewMargin * dpr, width - right), dpr,
                  sizes());
    if (toolbarButton("Setup", "print-setup", kPreviewSetup, dpr, panel_ == Panel::Settings)) command(ViewerCommand::ToggleSettings);
    if (panel_ != Panel::Settings) tooltip("Paper, margins and text size");
    ImGui::SameLine(0.0f, gap);
    if (toolbarButton("PDF", "download-pdf", kPreviewPdf, dpr, false)) command(ViewerCommand::DownloadPdf);
    tooltip("Download as PDF");
    ImGui::SameLine(0.0f, gap);
    if (toolbarButton("Print", "print-now", kPreviewPrint, dpr, false)) command(ViewerCommand::Print);
    tooltip("Print");
    endToolbar();
    if (!navBelow) return;
    const float margin = 12.0f * dpr;
    ImGui::SetNextWindowPos(ImVec2(width / 2.0f, height_ * dpr - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::Begin("##folio-page-navigation", nullptr, kPanelFlags | ImGuiWindowFlags_NoFocusOnAppearing);
    pageNavigation(dpr);
    ImGui::End();
}

void Viewer::printOptionsPanel(float dpr) {
    const Theme& t = theme();
    const float width = beginPanel("##folio-print-setup", width_, toolbarHeight(), dpr, panelSide(PanelSide::Right));
    ReadingSettings next = settings_;
    bool changed = false;
    panelHeading("Print setup", width, dpr);
    ImGui::TextDisabled("%s", kPaperChoices.title);
    changed |= segmented("paper", kPaperChoices.labels, next.paper, width, buttonHeight() * dpr, dpr, t,
                         [&](std::size_t i) { recordControl(i ? "paper-letter" : "paper-a4", dpr); });
    ImGui::TextDisabled("Margins");
    changed |= stepRow("margin", kPrintMarginMm, "%g mm", next.printMarginMm, width, buttonHeight() * dpr, dpr, t, [&](std::size_t i) {
        recordControl("margin-" + std::to_string(static_cast<int>(kPrintMarginMm[i])), dpr);
    });
    ImGui::TextDisabled("Text size");
    changed |= stepRow("print-size", kPrintFontSizePt, "%g pt", next.printFontSizePt, width, buttonHeight() * dpr, dpr, t, [&](std::size_t i) {
        recordControl("print-size-" + std::to_string(static_cast<int>(kPrintFontSizePt[i])), dpr);
    });
    closePanelOnClickOutside();
    ImGui::End();
    if (changed) changeSettings(next);
}

void Viewer::settingsPanel(float dpr) {
    const Theme& t = theme();
    const float width = beginPanel("##folio-settings", width_, toolbarHeight(), dpr, panelSide(PanelSide::Right));
    ReadingSettings next = settings_;
    bool changed = false;
    panelHeading("Reading settings", width, dpr);
    if (toolbar_layout::compact(width_)) {  // the toolbar has no room for the text size on a phone
        ImGui::TextDisabled("Text size");
        sizeButtons(dpr);
    }
    if (toolbar_layout::narrow(width_)) {  // nor for Print on the smallest phones
        const bool both = toolbar_layout::tiny(width_);  // nor for Bookmarks on the very smallest
        const float each = both ? std::floor((width - 4.0f * dpr) / 2.0f) : width;
        if (both) {
            if (ImGui::Button("Bookmarks\u2026", ImVec2(each, buttonHeight() * dpr))) command(ViewerCommand::ToggleBookmarks);
            recordControl("panel-bookmarks", dpr);
            ImGui::SameLine(0.0f, 4.0f * dpr);
        }
        if (ImGui::Button("Print\u2026", ImVec2(each, buttonHeight() * dpr))) command(ViewerCommand::OpenPrintPreview);
        recordControl("panel-print", dpr);
    }
    // Each row records its buttons as "<row>-<choice>", e.g. "theme-dark".
    auto row = [&](const char* id, const auto& group, auto& value) {
        ImGui::TextDisabled("%s", group.title);
        changed |= segmented(id, group.labels, value, width, buttonHeight() * dpr, dpr, t, [&](std::size_t i) {
            std::string name = std::string(id) + "-" + group.labels[i];
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            recordControl(name, dpr);
        });
    };
    row("family", kFamilyChoices, next.family);
    row("spacing", kLineSpacingChoices, next.lineSpacing);
    row("width", kColumnWidthChoices, next.columnWidth);
    row("theme", kThemeChoices, next.theme);
    ImGui::Spacing();
    if (ImGui::Button("Reset to defaults", ImVec2(width, buttonHeight() * dpr))) {
        next = ReadingSettings{};
        changed = true;
    }
    recordControl("reset", dpr);
    closePanelOnClickOutside();
    ImGui::End();
    if (changed) changeSettings(next);
}

void Viewer::panelHeading(const char* title, float width, float dpr) {
    const float height = buttonHeight() * dpr;
    const float closeWidth = 64.0f * dpr;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top + (height - ImGui::GetTextLineHeight()) / 2.0f);
    ImGui::TextDisabled("%s", title);
    ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width - closeWidth);
    ImGui::SetCursorPosY(top);
    if (ImGui::Button("Close##panel", ImVec2(closeWidth, height))) panel_ = Panel::None;
    recordControl("close-panel", dpr);
    tooltip("Close ( Esc )");
}

void Viewer::closePanelOnClickOutside() {
    // A click anywhere else closes the panel (the toolbar's own buttons excepted).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && !toolbarHovered_) {
        panel_ = Panel::None;
    }
}

void Viewer::noticeBanner(float dpr) {
    const float margin = 12.0f * dpr;
    const float width = std::min(560.0f * dpr, width_ * dpr - 2.0f * margin);
    ImGui::SetNextWindowPos(ImVec2(width_ * dpr / 2.0f, height_ * dpr - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("##folio-notice", nullptr, flags);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(notice().c_str());
    ImGui::PopTextWrapPos();
    // With more waiting, the reader sees that Dismiss shows the next one.
    const std::string dismiss = notices_.size() > 1 ? "Dismiss (" + std::to_string(notices_.size() - 1) + " more)" : "Dismiss";
    if (ImGui::Button(dismiss.c_str(), ImVec2(0.0f, buttonHeight() * dpr))) notices_.dismiss();
    recordControl("dismiss", dpr);
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    coverings_.push_back(ControlRect{"notice", at.x / dpr, at.y / dpr, size.x / dpr, size.y / dpr});
    ImGui::End();
}

}  // namespace folio::ui
