// Reader colour themes as Dear ImGui draws them (packed ABGR, see IM_COL32): the core's palettes
// (folio/palette.h) for light, sepia and dark, with the colours of the toolbar and panels.
#pragma once

#include <imgui.h>

#include "folio/layout.h"
#include "folio/palette.h"
#include "folio/reading_settings.h"

namespace folio::ui {

struct Theme {
    const char* name;   // "light", "sepia" or "dark"
    ImU32 background;   // canvas and page
    ImU32 text;         // body, headings, title
    ImU32 muted;        // meta line, captions, quote attribution
    ImU32 link;         // link text and underline
    ImU32 rule;         // quote rule, separators, toolbar border
    ImU32 placeholder;  // image box while there is no image
    ImU32 error;        // the headline of an error page
    ImU32 surface;      // toolbar and panel background
    ImU32 control;      // button background
    ImU32 controlHover; // button background under the pointer
    ImU32 selected;     // the chosen option in a group
    ImU32 tint;         // behind code, asides and table headers

    // Colour of a box of `kind` without a picture.
    ImU32 boxColor(BoxKind kind) const {
        switch (kind) {
            case BoxKind::Image: return placeholder;
            case BoxKind::Tint: return tint;
            case BoxKind::QuoteRule:
            case BoxKind::Rule: return rule;
        }
        return rule;
    }

    // Colour of text in a line of `role`.
    ImU32 roleColor(LineRole role) const {
        switch (role) {
            case LineRole::Meta:
            case LineRole::QuoteCite:
            case LineRole::Caption: return muted;
            default: return text;
        }
    }
};

// A palette colour (0xRRGGBB, folio/palette.h) as Dear ImGui packs it (IM_COL32: ABGR), opaque.
constexpr ImU32 packed(Rgb c) { return IM_COL32((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff, 0xff); }

// Corner radius of buttons and other controls, CSS px.
constexpr float kControlRounding = 6.0f;

// The theme for `choice`; Auto picks dark when `prefersDark`, light otherwise.
const Theme& themeFor(ThemeChoice choice, bool prefersDark);

// Sets Dear ImGui's style colours and sizes for `theme` at `dpr` device px per CSS px.
void applyImGuiStyle(const Theme& theme, float dpr);

}  // namespace folio::ui
