// Vertical scrolling of the reader: position, limits, smooth key scrolling and touch momentum.
// Platform-free: the platform feeds it deltas and keys, the frame loop calls step().
#pragma once

namespace folio::ui {

// Keyboard scrolling commands (the platform maps its key names to these).
enum class ScrollKey { LineUp, LineDown, PageUp, PageDown, Home, End };

class Scroller {
public:
    // Sets the scrollable extent: content and viewport heights in CSS px. Keeps the position in range.
    void setExtent(float contentHeight, float viewportHeight);

    // Jumps by `dy` CSS px (positive = down), cancelling any animation. Returns false when the
    // position could not move (already at that end): the page may then scroll instead.
    bool scrollBy(float dy);
    // Jumps to `y` CSS px (clamped), cancelling any animation.
    void jumpTo(float y);
    // Starts a short eased scroll to `y` CSS px (clamped); a new target replaces the old one.
    void animateTo(float y);
    // Scrolls for a key: lines are `lineHeight` CSS px, pages one viewport less one line.
    void key(ScrollKey key, float lineHeight);
    // Starts momentum after a touch drag, `velocity` in CSS px per second (positive = down).
    void fling(float velocity);
    // Stops any animation or momentum (a new touch landed).
    void stop();

    // Advances animation by `dt` seconds. Returns true while something is still moving.
    bool step(float dt);
    bool moving() const { return mode_ != Mode::Still; }

    float position() const { return y_; }     // CSS px from the content top
    float viewportHeight() const { return viewport_; }  // CSS px
    float maxPosition() const;                // CSS px, >= 0
    // Where a running eased scroll will end (the position when still), CSS px.
    float target() const { return mode_ == Mode::Easing ? target_ : y_; }

private:
    enum class Mode { Still, Easing, Momentum };
    float clamp(float y) const;
    float y_ = 0.0f;
    float content_ = 0.0f;
    float viewport_ = 0.0f;
    Mode mode_ = Mode::Still;
    float target_ = 0.0f;
    float velocity_ = 0.0f;
};

}  // namespace folio::ui
