#include "ui/theme.h"

namespace folio::ui {
namespace {

constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b) { return IM_COL32(r, g, b, 0xff); }

const Theme kLight{"light",          rgb(0xff, 0xff, 0xff), rgb(0x1b, 0x1b, 0x1f), rgb(0x5b, 0x5b, 0x66),
                   rgb(0x00, 0x5a, 0xc8), rgb(0xd7, 0xd7, 0xdb), rgb(0xee, 0xee, 0xf2), rgb(0xb0, 0x1c, 0x1c),
                   rgb(0xf9, 0xf9, 0xfb), rgb(0xf0, 0xf0, 0xf4), rgb(0xe0, 0xe0, 0xe6), rgb(0xcf, 0xe0, 0xfa)};
const Theme kSepia{"sepia",          rgb(0xf4, 0xec, 0xd8), rgb(0x5b, 0x46, 0x36), rgb(0x7a, 0x66, 0x55),
                   rgb(0x8a, 0x3c, 0x10), rgb(0xd9, 0xc9, 0xa8), rgb(0xe8, 0xdc, 0xc0), rgb(0xa3, 0x1d, 0x12),
                   rgb(0xef, 0xe5, 0xcd), rgb(0xe6, 0xd9, 0xbb), rgb(0xdc, 0xcc, 0xa8), rgb(0xd8, 0xc0, 0x90)};
const Theme kDark{"dark",            rgb(0x1c, 0x1b, 0x22), rgb(0xe8, 0xe8, 0xed), rgb(0xa8, 0xa8, 0xb4),
                  rgb(0x7c, 0xb8, 0xff), rgb(0x42, 0x41, 0x4d), rgb(0x2b, 0x2a, 0x33), rgb(0xff, 0x84, 0x84),
                  rgb(0x23, 0x22, 0x2b), rgb(0x2f, 0x2e, 0x38), rgb(0x3d, 0x3c, 0x48), rgb(0x2b, 0x4a, 0x7a)};

ImVec4 color(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Theme& themeFor(ThemeChoice choice, bool prefersDark) {
    switch (choice) {
        case ThemeChoice::Light: return kLight;
        case ThemeChoice::Sepia: return kSepia;
        case ThemeChoice::Dark: return kDark;
        case ThemeChoice::Auto: break;
    }
    return prefersDark ? kDark : kLight;
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
