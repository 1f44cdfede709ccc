// Reader colours (ImGui packed ABGR, see IM_COL32). One Theme per colour scheme.
#pragma once

#include <imgui.h>

#include "folio/layout.h"

namespace folio::ui {

struct Theme {
    ImU32 background;  // canvas and page
    ImU32 text;        // body, headings, title
    ImU32 muted;       // meta line, captions, quote attribution
    ImU32 link;        // link text and underline
    ImU32 rule;        // quote rule
    ImU32 placeholder; // image box while there is no image
    ImU32 error;       // the headline of an error page

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

// Light: near-black on white, like a printed page.
inline const Theme& lightTheme() {
    static const Theme theme{IM_COL32(0xff, 0xff, 0xff, 0xff), IM_COL32(0x1b, 0x1b, 0x1f, 0xff),
                             IM_COL32(0x5b, 0x5b, 0x66, 0xff), IM_COL32(0x00, 0x5a, 0xc8, 0xff),
                             IM_COL32(0xcf, 0xcf, 0xd8, 0xff), IM_COL32(0xee, 0xee, 0xf2, 0xff),
                             IM_COL32(0xb0, 0x1c, 0x1c, 0xff)};
    return theme;
}

}  // namespace folio::ui
