// Input from html5.h callbacks registered on the canvas element only (never the window, so the
// embedding page keeps its own keys and inputs). Each handler returns true to preventDefault.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstring>
#include <optional>

#include "platform/web/web_app.h"

namespace folio::web {
namespace {

constexpr double kFlingWindowMs = 100.0;  // a touch lifted later than this after its last move does not fling

struct TouchDrag {
    long identifier = -1;  // the finger that scrolls; -1 when none
    float lastY = 0.0f;    // CSS px
    double lastTime = 0;   // ms
    float velocity = 0.0f; // CSS px per second, positive = content moves up (scrolls down)
};
TouchDrag gDrag;

std::optional<ui::ScrollKey> scrollKeyFor(const EmscriptenKeyboardEvent& e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return std::nullopt;  // the browser's and the OS's shortcuts
    const char* k = e.key;
    if (!std::strcmp(k, "ArrowDown")) return ui::ScrollKey::LineDown;
    if (!std::strcmp(k, "ArrowUp")) return ui::ScrollKey::LineUp;
    if (!std::strcmp(k, "PageDown")) return ui::ScrollKey::PageDown;
    if (!std::strcmp(k, "PageUp")) return ui::ScrollKey::PageUp;
    if (!std::strcmp(k, " ")) return e.shiftKey ? ui::ScrollKey::PageUp : ui::ScrollKey::PageDown;
    if (!std::strcmp(k, "Home")) return ui::ScrollKey::Home;
    if (!std::strcmp(k, "End")) return ui::ScrollKey::End;
    return std::nullopt;
}

EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const std::optional<ui::ScrollKey> key = scrollKeyFor(*e);
    if (!key || !a.view.hasContent()) return EM_FALSE;
    a.view.scroller().key(*key, a.view.lineStep());
    a.invalidate();
    return EM_TRUE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    if (!a.view.hasContent()) return EM_FALSE;
    double unit = 1.0;  // DOM_DELTA_PIXEL
    if (e->deltaMode == DOM_DELTA_LINE) unit = a.view.lineStep() / 2.0;
    if (e->deltaMode == DOM_DELTA_PAGE) unit = a.cssHeight;
    const bool moved = a.view.scroller().scrollBy(static_cast<float>(e->deltaY * unit));
    if (moved) a.invalidate();
    return moved ? EM_TRUE : EM_FALSE;  // at either end, let the embedding page scroll
}

const EmscriptenTouchPoint* findTouch(const EmscriptenTouchEvent& e, long identifier) {
    for (int i = 0; i < e.numTouches; ++i)
        if (e.touches[i].identifier == identifier) return &e.touches[i];
    return nullptr;
}

EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    if (gDrag.identifier >= 0 || e->numTouches < 1) return EM_TRUE;
    const EmscriptenTouchPoint& t = e->touches[0];
    gDrag = TouchDrag{t.identifier, static_cast<float>(t.targetY), emscripten_get_now(), 0.0f};
    a.view.scroller().stop();
    return EM_TRUE;
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const EmscriptenTouchPoint* t = findTouch(*e, gDrag.identifier);
    if (!t) return EM_TRUE;
    const double now = emscripten_get_now();
    const float y = static_cast<float>(t->targetY);
    const float dy = gDrag.lastY - y;
    const double dt = std::max(1.0, now - gDrag.lastTime);
    // Smooth the velocity over the last few moves; a finger's samples are noisy.
    gDrag.velocity = 0.8f * static_cast<float>(dy * 1000.0 / dt) + 0.2f * gDrag.velocity;
    gDrag.lastY = y;
    gDrag.lastTime = now;
    if (a.view.scroller().scrollBy(dy)) a.invalidate();
    return EM_TRUE;
}

EM_BOOL onTouchEnd(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const EmscriptenTouchPoint* t = findTouch(*e, gDrag.identifier);
    if (!t || !t->isChanged) return EM_TRUE;
    const bool recent = emscripten_get_now() - gDrag.lastTime < kFlingWindowMs;
    a.view.scroller().fling(recent ? gDrag.velocity : 0.0f);
    a.invalidate();
    gDrag.identifier = -1;
    return EM_TRUE;
}

}  // namespace

void installInput(WebApp& app) {
    const char* target = app.canvasSelector.c_str();
    emscripten_set_keydown_callback(target, &app, EM_FALSE, onKeyDown);
    emscripten_set_wheel_callback(target, &app, EM_FALSE, onWheel);
    emscripten_set_touchstart_callback(target, &app, EM_FALSE, onTouchStart);
    emscripten_set_touchmove_callback(target, &app, EM_FALSE, onTouchMove);
    emscripten_set_touchend_callback(target, &app, EM_FALSE, onTouchEnd);
    emscripten_set_touchcancel_callback(target, &app, EM_FALSE, onTouchEnd);
}

}  // namespace folio::web
