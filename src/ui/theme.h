// Reader colour themes (ImGui packed ABGR, see IM_COL32): light, sepia and dark, close to what
// Firefox Reader View offers, each with the colours of the toolbar and panels drawn over it.
#pragma once

#include <imgui.h>

#include "folio/layout.h"
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

// Corner radius of buttons and other controls, CSS px.
constexpr float kControlRounding = 6.0f;

// The theme for `choice`; Auto picks dark when `prefersDark`, light otherwise.
const Theme& themeFor(ThemeChoice choice, bool prefersDark);

// Sets Dear ImGui's style colours and sizes for `theme` at `dpr` device px per CSS px.
void applyImGuiStyle(const Theme& theme, float dpr);

}  // namespace folio::ui
