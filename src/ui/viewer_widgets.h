// Widgets shared by the viewer's toolbar and panels (Dear ImGui). Internal to src/ui.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/theme.h"
#include "ui/viewer_types.h"

namespace folio::ui {

constexpr float kPanelWidth = 300.0f;   // content width of a panel, CSS px
constexpr float kUiFontPx = 15.0f;      // toolbar and panel text (Noto Sans), CSS px

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;

// Opens a panel window `id` under the toolbar (`toolbarHeight` CSS px) at the left or right of a
// canvas `canvasWidth` CSS px wide; returns the width its content may use, device px. Close it
// with ImGui::End().
inline float beginPanel(const char* id, float canvasWidth, float toolbarHeight, float dpr, PanelSide side) {
    const float margin = 8.0f * dpr;
    const float width =
        std::min(kPanelWidth * dpr, canvasWidth * dpr - 2.0f * margin - 2.0f * ImGui::GetStyle().WindowPadding.x);
    const bool right = side == PanelSide::Right;
    ImGui::SetNextWindowPos(ImVec2(right ? canvasWidth * dpr - margin : margin, toolbarHeight * dpr + margin),
                            ImGuiCond_Always, ImVec2(right ? 1.0f : 0.0f, 0.0f));
    ImGui::Begin(id, nullptr, kPanelFlags);
    return width;
}

// A row of buttons of equal width, one of which is selected; `record(i)` runs after button i.
// `width` and `height` are the row's, device px. Returns true when the reader picked another one.
template <class Enum, std::size_t N, class Record>
bool segmented(const char* id, const std::array<const char*, N>& labels, Enum& value, float width, float height,
               float dpr, const Theme& theme, Record record) {
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
        if (ImGui::Button(labels[i], ImVec2(each, height)) && !on) {
            value = static_cast<Enum>(i);
            changed = true;
        }
        record(i);
        ImGui::PopStyleColor(2);
    }
    ImGui::PopID();
    return changed;
}


// A row of equal buttons, one per value of `values` (labelled with `format`), the one equal to
// `value` selected; recorded as "<id>-<value>". Returns true when the reader picked another one.
template <std::size_t N, class Record>
bool stepRow(const char* id, const std::array<float, N>& values, const char* format, float& value, float width,
             float height, float dpr, const Theme& theme, Record record) {
    std::array<std::string, N> labels;
    std::array<const char*, N> pointers;
    std::size_t current = N;
    for (std::size_t i = 0; i < N; ++i) {
        char text[32];
        std::snprintf(text, sizeof text, format, static_cast<double>(values[i]));
        labels[i] = text;
        pointers[i] = labels[i].c_str();
        if (values[i] == value) current = i;
    }
    std::size_t picked = current;
    const bool changed = segmented(id, pointers, picked, width, height, dpr, theme, record);
    if (changed) value = values[picked];
    return changed;
}

// `text` shortened with "…" to fit `width` device px in the current font.
inline std::string ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        // Drop the last character: its UTF-8 continuation bytes, then its lead byte.
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty()) cut.pop_back();
        const std::string candidate = cut + "\u2026";
        if (ImGui::CalcTextSize(candidate.c_str()).x <= width) return candidate;
    }
    return "\u2026";
}

inline void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

}  // namespace folio::ui
