#include "ui/theme.h"

namespace folio::ui {
namespace {

constexpr Theme themeOf(const char* name, const Palette& p) {
    return {name,      packed(p.background), packed(p.text),    packed(p.muted),   packed(p.link),
            packed(p.rule), packed(p.placeholder), packed(p.error), packed(p.surface), packed(p.control),
            packed(p.controlHover), packed(p.selected), packed(p.tint)};
}

constexpr Theme kLight = themeOf("light", kLightPalette);
constexpr Theme kSepia = themeOf("sepia", kSepiaPalette);
constexpr Theme kDark = themeOf("dark", kDarkPalette);

ImVec4 color(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Theme& themeFor(ThemeChoice choice, bool prefersDark) {
    const Palette& palette = paletteFor(choice, prefersDark);  // the core decides what Auto is
    if (&palette == &kDarkPalette) return kDark;
    return &palette == &kSepiaPalette ? kSepia : kLight;
}

void applyImGuiStyle(const Theme& theme, float dpr) {
    ImGuiStyle style;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(8, 8);
    style.ItemInnerSpacing = ImVec2(6, 6);
    style.WindowRounding = 10;
    style.FrameRounding = kControlRounding;
    style.PopupRounding = 10;
    style.WindowBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.ScaleAllSizes(dpr);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = color(theme.text);
    c[ImGuiCol_TextDisabled] = color(theme.muted);
    c[ImGuiCol_WindowBg] = color(theme.surface);
    c[ImGuiCol_PopupBg] = color(theme.surface);
    c[ImGuiCol_Border] = color(theme.rule);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Button] = color(theme.control);
    c[ImGuiCol_ButtonHovered] = color(theme.controlHover);
    c[ImGuiCol_ButtonActive] = color(theme.selected);
    c[ImGuiCol_Header] = color(theme.selected);
    c[ImGuiCol_HeaderHovered] = color(theme.controlHover);
    c[ImGuiCol_HeaderActive] = color(theme.selected);
    c[ImGuiCol_Separator] = color(theme.rule);
    c[ImGuiCol_NavHighlight] = color(theme.link);
    ImGui::GetStyle() = style;
}

}  // namespace folio::ui
