// Where the reading toolbar's buttons are: the one description that the canvas draws the toolbar
// from and that the first paint (ui/first_paint.h) shows it with, so the two line up. CSS px.
#pragma once

#include <cstddef>

namespace folio::ui::toolbar_layout {

// A button of the reading toolbar.
struct Button {
    const char* id;      // the control's id (Viewer::controls), e.g. "share"
    const char* label;   // its label as first drawn ("20 px": the default text size)
    float width;         // CSS px
    float gapBefore;     // space after the button before it in its group, CSS px
    bool textSize;       // one of the text size buttons, left out of the compact toolbar
    bool narrowMoves;    // moves into the Aa panel when even the compact toolbar does not fit
};

// Heights of the toolbar and of every button of the toolbar and panels, CSS px.
struct Sizes {
    float toolbar;
    float button;
};
constexpr Sizes kPointerSizes{48.0f, 32.0f};  // with a mouse or a pen
constexpr Sizes kTouchSizes{56.0f, 44.0f};    // on a touch screen: a finger's target is 44 px at least
// The sizes for a touch screen (`touch`: the primary pointer is coarse) or a mouse.
constexpr const Sizes& sizes(bool touch) { return touch ? kTouchSizes : kPointerSizes; }

constexpr float kMargin = 8.0f;              // from the canvas's left and right edges to the buttons
constexpr float kMinRightGroupX = 112.0f;    // the right group starts here at the least
constexpr float kCompactWidth = 600.0f;      // narrower canvases (phones) get the compact toolbar

// At the left edge.
constexpr Button kLeft[] = {{"bookmarks", "Bookmarks", 96.0f, 0.0f, false, false}};

// At the right edge, left to right.
constexpr Button kRight[] = {
    {"share", "Share", 56.0f, 0.0f, false, false},   {"bookmark", "Save", 56.0f, 4.0f, false, false},
    {"print", "Print", 52.0f, 4.0f, false, true},    {"smaller", "A\u2013", 40.0f, 12.0f, true, false},
    {"size", "20 px", 64.0f, 4.0f, true, false},     {"larger", "A+", 40.0f, 4.0f, true, false},
    {"settings", "Aa", 44.0f, 8.0f, false, false},
};

// Whether a canvas `widthPx` CSS px wide gets the compact toolbar (the text size in the Aa panel).
constexpr bool compact(float widthPx) { return widthPx < kCompactWidth; }

// Width of the right group, margin included, in the full toolbar, the compact one, or the compact
// one without the buttons that move into the Aa panel (`narrowBar`), CSS px.
constexpr float rightGroupWidth(bool compactBar, bool narrowBar = false) {
    float width = kMargin;
    for (const Button& button : kRight)
        if ((!compactBar || !button.textSize) && (!narrowBar || !button.narrowMoves)) width += button.gapBefore + button.width;
    return width;
}

// Narrower canvases (the smallest phones) do not fit even the compact toolbar: Print moves into
// the Aa panel there. CSS px.
constexpr float kNarrowWidth = kMinRightGroupX + rightGroupWidth(true);

// Whether a canvas `widthPx` CSS px wide moves Print into the Aa panel.
constexpr bool narrow(float widthPx) { return widthPx < kNarrowWidth; }

// The smallest canvases (280 px) do not fit even that: Bookmarks moves into the Aa panel too. CSS px.
constexpr float kTinyWidth = kMinRightGroupX + rightGroupWidth(true, true);

// Whether a canvas `widthPx` CSS px wide moves Bookmarks into the Aa panel.
constexpr bool tiny(float widthPx) { return widthPx < kTinyWidth; }

// Left edge of the right group in a canvas `widthPx` CSS px wide.
constexpr float rightGroupX(float widthPx) {
    const float x = widthPx - rightGroupWidth(compact(widthPx), narrow(widthPx));
    const float least = tiny(widthPx) ? kMargin : kMinRightGroupX;  // without Bookmarks, from the margin
    return x > least ? x : least;
}

// The button of `id` (one of those above; the first button for any other id).
constexpr const Button& button(const char* id) {
    const auto same = [](const char* a, const char* b) {
        while (*a != '\0' && *a == *b) ++a, ++b;
        return *a == *b;
    };
    for (const Button& b : kRight)
        if (same(b.id, id)) return b;
    return kLeft[0];
}

}  // namespace folio::ui::toolbar_layout
