#include "ui/viewer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>

#include "ui/settings_store.h"

namespace folio::ui {
namespace {

constexpr float kUiFontPx = 15.0f;    // toolbar and panel text, CSS px
constexpr float kPanelWidth = 300.0f; // settings panel content width, CSS px
constexpr float kButtonHeight = 32.0f;

// Every character the toolbar and panels draw.
const std::u32string& uiGlyphs() {
    static const std::u32string glyphs = [] {
        std::u32string s;
        for (char32_t c = 0x20; c < 0x7F; ++c) s.push_back(c);
        s += U"\u2013\u2026\u00B7\u201C\u201D\u2019";
        return s;
    }();
    return glyphs;
}

// A row of buttons of equal width, one of which is selected; `record(i)` runs after button i.
// Returns true when the reader picked another one.
template <class Enum, std::size_t N, class Record>
bool segmented(const char* id, const std::array<const char*, N>& labels, Enum& value, float width, float dpr,
               const Theme& theme, Record record) {
    bool changed = false;
    const float spacing = 4.0f * dpr;
    const float each = std::floor((width - spacing * static_cast<float>(N - 1)) / static_cast<float>(N));
    ImGui::PushID(id);
    for (std::size_t i = 0; i < N; ++i) {
        if (i) ImGui::SameLine(0.0f, spacing);
        const bool on = static_cast<std::size_t>(value) == i;
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? theme.selected : theme.control));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                              ImGui::ColorConvertU32ToFloat4(on ? theme.selected : theme.controlHover));
        if (ImGui::Button(labels[i], ImVec2(each, kButtonHeight * dpr)) && !on) {
            value = static_cast<Enum>(i);
            changed = true;
        }
        record(i);
        ImGui::PopStyleColor(2);
    }
    ImGui::PopID();
    return changed;
}

void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

}  // namespace

Viewer::Viewer(const TrueTypeMetrics& metrics, KeyValueStore& store) : store_(store), reader_(metrics) {}

void Viewer::restoreSettings() {
    SettingsLoad loaded = loadSettings(store_);
    settings_ = loaded.settings;
    canSave_ = loaded.canSave;
    notice_ = loaded.notice;
    apply();
}

void Viewer::changeSettings(ReadingSettings settings) {
    settings.fontSizePx = clampFontSize(settings.fontSizePx);
    if (settings == settings_) return;
    settings_ = settings;
    apply();
    if (canSave_) saveSettings(store_, settings_, notice_);
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
        case ViewerCommand::ToggleSettings: settingsOpen_ = !settingsOpen_; break;
        case ViewerCommand::Close:
            if (settingsOpen_) settingsOpen_ = false;
            else notice_.clear();
            break;
    }
}

void Viewer::setPrefersDark(bool dark) { prefersDark_ = dark; }

void Viewer::setCanvas(float width, float height) {
    width_ = width;
    height_ = height;
    reader_.setViewport(width, std::max(0.0f, height - kToolbarHeight));
}

void Viewer::apply() { reader_.setReading(settings_); }

void Viewer::fontRequests(std::vector<FontRequest>& requests) const {
    requests.push_back(FontRequest{FontFace::Sans, kUiFontPx, uiGlyphs()});
    reader_.fontRequests(requests);
}

std::string Viewer::linkAt(float x, float y) const { return reader_.linkAt(x, y - kToolbarHeight); }

void Viewer::recordControl(const std::string& id, float dpr) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    controls_.push_back(ControlRect{id, min.x / dpr, min.y / dpr, (max.x - min.x) / dpr, (max.y - min.y) / dpr});
}

void Viewer::frame(const FontAtlas& atlas, float dpr) {
    controls_.clear();
    if (styledTheme_ != &theme() || styledDpr_ != dpr) {
        applyImGuiStyle(theme(), dpr);
        styledTheme_ = &theme();
        styledDpr_ = dpr;
    }
    ImFont* uiFont = atlas.find(FontFace::Sans, kUiFontPx);
    if (uiFont) ImGui::PushFont(uiFont);
    reader_.draw(*ImGui::GetBackgroundDrawList(), atlas, dpr, kToolbarHeight, theme());
    toolbar(dpr);
    if (settingsOpen_) settingsPanel(dpr);
    if (!notice_.empty()) noticeBanner(dpr);
    if (uiFont) ImGui::PopFont();
}

void Viewer::sizeButtons(float dpr) {
    const float size = settings_.fontSizePx;
    const ImVec2 square(40.0f * dpr, kButtonHeight * dpr);
    ImGui::BeginDisabled(size <= kFontSizeSteps.front());
    if (ImGui::Button("A\u2013", square)) command(ViewerCommand::SmallerText);
    ImGui::EndDisabled();
    recordControl("smaller", dpr);
    tooltip("Smaller text ( - )");
    ImGui::SameLine(0.0f, 4.0f * dpr);
    char label[24];
    std::snprintf(label, sizeof label, "%g px##size", static_cast<double>(size));
    if (ImGui::Button(label, ImVec2(64.0f * dpr, kButtonHeight * dpr))) command(ViewerCommand::DefaultTextSize);
    recordControl("size", dpr);
    tooltip("Default size, 20 px ( 0 )");
    ImGui::SameLine(0.0f, 4.0f * dpr);
    ImGui::BeginDisabled(size >= kFontSizeSteps.back());
    if (ImGui::Button("A+", square)) command(ViewerCommand::LargerText);
    ImGui::EndDisabled();
    recordControl("larger", dpr);
    tooltip("Larger text ( + )");
}

void Viewer::toolbar(float dpr) {
    const Theme& t = theme();
    const float height = kToolbarHeight * dpr;
    const float width = width_ * dpr;
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.background));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##folio-toolbar", nullptr, flags);
    toolbarHovered_ = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRectFullScreen();
    list->AddLine(ImVec2(0.0f, height - dpr * 0.5f), ImVec2(width, height - dpr * 0.5f), t.rule, std::max(1.0f, std::round(dpr)));
    list->PopClipRect();
    // Right-aligned: A-, size, A+ and the settings toggle.
    const float group = (40.0f + 4.0f + 64.0f + 4.0f + 40.0f + 12.0f + 48.0f + 12.0f) * dpr;
    ImGui::SetCursorPos(ImVec2(std::max(8.0f * dpr, width - group), (height - kButtonHeight * dpr) / 2.0f));
    sizeButtons(dpr);
    ImGui::SameLine(0.0f, 12.0f * dpr);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(settingsOpen_ ? t.selected : t.control));
    if (ImGui::Button("Aa", ImVec2(48.0f * dpr, kButtonHeight * dpr))) command(ViewerCommand::ToggleSettings);
    recordControl("settings", dpr);
    ImGui::PopStyleColor();
    tooltip("Reading settings");
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

void Viewer::settingsPanel(float dpr) {
    const Theme& t = theme();
    const float margin = 8.0f * dpr;
    const float width = std::min(kPanelWidth * dpr, width_ * dpr - 2.0f * margin - 2.0f * ImGui::GetStyle().WindowPadding.x);
    ImGui::SetNextWindowPos(ImVec2(width_ * dpr - margin, kToolbarHeight * dpr + margin), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoCollapse;
    ImGui::Begin("##folio-settings", nullptr, flags);
    ReadingSettings next = settings_;
    bool changed = false;
    // Each row records its buttons as "<row>-<choice>", e.g. "theme-dark".
    auto row = [&](const char* title, const char* id, auto labels, auto& value) {
        ImGui::TextDisabled("%s", title);
        changed |= segmented(id, labels, value, width, dpr, t, [&](std::size_t i) {
            std::string name = std::string(id) + "-" + labels[i];
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            recordControl(name, dpr);
        });
    };
    row("Typeface", "family", std::array<const char*, 2>{"Serif", "Sans"}, next.family);
    row("Line spacing", "spacing", std::array<const char*, 3>{"Tight", "Normal", "Loose"}, next.lineSpacing);
    row("Column width", "width", std::array<const char*, 3>{"Narrow", "Medium", "Wide"}, next.columnWidth);
    row("Theme", "theme", std::array<const char*, 4>{"Auto", "Light", "Sepia", "Dark"}, next.theme);
    ImGui::Spacing();
    if (ImGui::Button("Reset to defaults", ImVec2(width, kButtonHeight * dpr))) {
        next = ReadingSettings{};
        changed = true;
    }
    recordControl("reset", dpr);
    // A click anywhere else closes the panel (the toolbar's own buttons excepted).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && !toolbarHovered_) {
        settingsOpen_ = false;
    }
    ImGui::End();
    if (changed) changeSettings(next);
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
    ImGui::TextUnformatted(notice_.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Dismiss", ImVec2(0.0f, kButtonHeight * dpr))) notice_.clear();
    recordControl("dismiss", dpr);
    ImGui::End();
}

}  // namespace folio::ui
