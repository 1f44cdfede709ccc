// Scroller: limits, keys, eased scrolling and touch momentum.
#include <doctest/doctest.h>

#include "ui/scroll.h"

using folio::ui::ScrollKey;
using folio::ui::Scroller;

namespace {
// Runs the animation to its end at 60 frames a second; returns the frames it took.
int settle(Scroller& s) {
    int frames = 0;
    while (s.step(1.0f / 60.0f) && frames < 1000) ++frames;
    return frames;
}
}  // namespace

TEST_CASE("scrollBy stays within the content and says when it could not move") {
    Scroller s;
    s.setExtent(1000.0f, 400.0f);
    CHECK(s.maxPosition() == 600.0f);
    CHECK_FALSE(s.scrollBy(-50.0f));  // already at the top: the page may scroll instead
    CHECK(s.scrollBy(100.0f));
    CHECK(s.position() == 100.0f);
    CHECK(s.scrollBy(10000.0f));
    CHECK(s.position() == 600.0f);
    CHECK_FALSE(s.scrollBy(1.0f));
}

TEST_CASE("a shorter content or a taller viewport pulls the position back in range") {
    Scroller s;
    s.setExtent(1000.0f, 400.0f);
    s.jumpTo(600.0f);
    s.setExtent(800.0f, 400.0f);
    CHECK(s.position() == 400.0f);
    s.setExtent(300.0f, 400.0f);
    CHECK(s.position() == 0.0f);
    CHECK(s.maxPosition() == 0.0f);
}

TEST_CASE("keys ease to lines, pages and the ends") {
    Scroller s;
    s.setExtent(5000.0f, 500.0f);
    s.key(ScrollKey::LineDown, 40.0f);
    CHECK(s.moving());
    CHECK(s.target() == 40.0f);
    const int frames = settle(s);
    CHECK(frames > 2);   // eased, not a jump
    CHECK(frames < 40);  // and quick
    CHECK(s.position() == 40.0f);
    s.key(ScrollKey::PageDown, 40.0f);
    s.key(ScrollKey::PageDown, 40.0f);  // a second press adds to the target, not the position
    CHECK(s.target() == 40.0f + 2 * 460.0f);
    settle(s);
    s.key(ScrollKey::End, 40.0f);
    settle(s);
    CHECK(s.position() == 4500.0f);
    s.key(ScrollKey::PageUp, 40.0f);
    settle(s);
    CHECK(s.position() == 4040.0f);
    s.key(ScrollKey::Home, 40.0f);
    settle(s);
    CHECK(s.position() == 0.0f);
    s.key(ScrollKey::LineUp, 40.0f);
    CHECK_FALSE(s.moving());
}

TEST_CASE("a fling coasts, slows down and stops at the end") {
    Scroller s;
    s.setExtent(100000.0f, 500.0f);
    s.fling(2000.0f);
    s.step(1.0f / 60.0f);
    const float first = s.position();
    CHECK(first > 30.0f);
    s.step(1.0f / 60.0f);
    const float second = s.position() - first;
    CHECK(second < first);  // decelerating
    settle(s);
    CHECK_FALSE(s.moving());
    CHECK(s.position() > 400.0f);   // 2000 px/s coasts a good distance
    CHECK(s.position() < 1000.0f);  // but not forever

    s.jumpTo(99400.0f);
    s.fling(5000.0f);
    settle(s);
    CHECK(s.position() == 99500.0f);  // stops at the end
}

TEST_CASE("a touch on a coasting view stops it - a tiny fling does not start") {
    Scroller s;
    s.setExtent(10000.0f, 500.0f);
    s.fling(3000.0f);
    s.step(1.0f / 60.0f);
    s.stop();
    CHECK_FALSE(s.moving());
    s.fling(5.0f);
    CHECK_FALSE(s.moving());
}
