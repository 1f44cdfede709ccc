// The viewer's reading settings panel (under Aa) and the print preview's print setup panel: each
// row a group of choices from folio/reading_settings.h, changed through PanelRequests.
#include <cctype>
#include <cmath>
#include <string>

#include "ui/viewer_panels.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {

void ViewerPanels::printOptionsPanel() {
    const Theme& t = *view_->theme;
    const float dpr = dpr_;
    const float width = beginPanel("##folio-print-setup", view_->width, view_->sizes.toolbar, dpr, panelSide(PanelSide::Right));
    ReadingSettings next = view_->settings;
    bool changed = false;
    panelHeading("Print setup", width);
    ImGui::TextDisabled("%s", kPaperChoices.title);
    changed |= segmented("paper", kPaperChoices.labels, next.paper, width, buttonPx(), dpr, t,
                         [&](std::size_t i) { recordControl(i ? "paper-letter" : "paper-a4"); });
    ImGui::TextDisabled("Margins");
    changed |= stepRow("margin", kPrintMarginMm, "%g mm", next.printMarginMm, width, buttonPx(), dpr, t, [&](std::size_t i) {
        recordControl("margin-" + std::to_string(static_cast<int>(kPrintMarginMm[i])));
    });
    ImGui::TextDisabled("Text size");
    changed |= stepRow("print-size", kPrintFontSizePt, "%g pt", next.printFontSizePt, width, buttonPx(), dpr, t, [&](std::size_t i) {
        recordControl("print-size-" + std::to_string(static_cast<int>(kPrintFontSizePt[i])));
    });
    closePanelOnClickOutside();
    ImGui::End();
    if (changed) requests_->changeSettings(next);
}

void ViewerPanels::settingsPanel() {
    const Theme& t = *view_->theme;
    const float dpr = dpr_;
    const float canvasWidth = view_->width;
    const float width = beginPanel("##folio-settings", canvasWidth, view_->sizes.toolbar, dpr, panelSide(PanelSide::Right));
    ReadingSettings next = view_->settings;
    bool changed = false;
    panelHeading("Reading settings", width);
    if (toolbar_layout::compact(canvasWidth)) {  // the toolbar has no room for the text size on a phone
        ImGui::TextDisabled("Text size");
        sizeButtons();
    }
    if (toolbar_layout::narrow(canvasWidth)) {  // nor for Print on the smallest phones
        const bool both = toolbar_layout::tiny(canvasWidth);  // nor for Bookmarks on the very smallest
        const float each = both ? std::floor((width - 4.0f * dpr) / 2.0f) : width;
        if (both) {
            if (ImGui::Button("Bookmarks\u2026", ImVec2(each, buttonPx()))) requests_->command(ViewerCommand::ToggleBookmarks);
            recordControl("panel-bookmarks");
            ImGui::SameLine(0.0f, 4.0f * dpr);
        }
        if (ImGui::Button("Print\u2026", ImVec2(each, buttonPx()))) requests_->command(ViewerCommand::OpenPrintPreview);
        recordControl("panel-print");
    }
    // Each row records its buttons as "<row>-<choice>", e.g. "theme-dark".
    auto row = [&](const char* id, const auto& group, auto& value) {
        ImGui::TextDisabled("%s", group.title);
        changed |= segmented(id, group.labels, value, width, buttonPx(), dpr, t, [&](std::size_t i) {
            std::string name = std::string(id) + "-" + group.labels[i];
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            recordControl(name);
        });
    };
    row("family", kFamilyChoices, next.family);
    row("spacing", kLineSpacingChoices, next.lineSpacing);
    row("width", kColumnWidthChoices, next.columnWidth);
    row("theme", kThemeChoices, next.theme);
    ImGui::Spacing();
    if (ImGui::Button("Reset to defaults", ImVec2(width, buttonPx()))) {
        next = ReadingSettings{};
        changed = true;
    }
    recordControl("reset");
    closePanelOnClickOutside();
    ImGui::End();
    if (changed) requests_->changeSettings(next);
}

}  // namespace folio::ui
