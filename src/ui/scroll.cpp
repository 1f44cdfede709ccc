#include "ui/scroll.h"

#include <algorithm>
#include <cmath>

namespace folio::ui {
namespace {
constexpr float kEaseRate = 14.0f;        // eased scroll: fraction of the distance closed per second (exp)
constexpr float kFriction = 3.5f;         // momentum: velocity decays by e^-kFriction per second
constexpr float kStopVelocity = 12.0f;    // momentum below this (CSS px/s) stops
constexpr float kMaxFlingVelocity = 8000.0f;
}  // namespace

void Scroller::setExtent(float contentHeight, float viewportHeight) {
    content_ = std::max(0.0f, contentHeight);
    viewport_ = std::max(0.0f, viewportHeight);
    y_ = clamp(y_);
    target_ = clamp(target_);
}

float Scroller::maxPosition() const { return std::max(0.0f, content_ - viewport_); }

float Scroller::clamp(float y) const { return std::clamp(y, 0.0f, maxPosition()); }

bool Scroller::scrollBy(float dy) {
    const float from = mode_ == Mode::Easing ? target_ : y_;
    mode_ = Mode::Still;
    const float to = clamp(from + dy);
    const bool moved = to != y_;
    y_ = to;
    return moved;
}

void Scroller::jumpTo(float y) {
    mode_ = Mode::Still;
    y_ = clamp(y);
}

void Scroller::animateTo(float y) {
    target_ = clamp(y);
    mode_ = target_ == y_ ? Mode::Still : Mode::Easing;
}

void Scroller::key(ScrollKey key, float lineHeight) {
    const float from = target();
    const float page = std::max(lineHeight, viewport_ - lineHeight);
    switch (key) {
        case ScrollKey::LineUp: animateTo(from - lineHeight); break;
        case ScrollKey::LineDown: animateTo(from + lineHeight); break;
        case ScrollKey::PageUp: animateTo(from - page); break;
        case ScrollKey::PageDown: animateTo(from + page); break;
        case ScrollKey::Home: animateTo(0.0f); break;
        case ScrollKey::End: animateTo(maxPosition()); break;
    }
}

void Scroller::fling(float velocity) {
    velocity_ = std::clamp(velocity, -kMaxFlingVelocity, kMaxFlingVelocity);
    mode_ = std::fabs(velocity_) < kStopVelocity ? Mode::Still : Mode::Momentum;
}

void Scroller::stop() { mode_ = Mode::Still; }

bool Scroller::step(float dt) {
    dt = std::clamp(dt, 0.0f, 0.1f);
    if (mode_ == Mode::Easing) {
        const float remaining = target_ - y_;
        y_ += remaining * (1.0f - std::exp(-kEaseRate * dt));
        if (std::fabs(target_ - y_) < 0.5f) {
            y_ = target_;
            mode_ = Mode::Still;
        }
    } else if (mode_ == Mode::Momentum) {
        const float next = clamp(y_ + velocity_ * dt);
        velocity_ *= std::exp(-kFriction * dt);
        if (next == y_ || std::fabs(velocity_) < kStopVelocity) mode_ = Mode::Still;
        y_ = next;
    }
    return moving();
}

}  // namespace folio::ui
