// Input from html5.h callbacks registered on the canvas (pointer, wheel, touch) and the text layer's
// scroll container (keys) only (never the window, so the embedding page keeps its own keys and
// inputs). Over the article the
// pointer, wheel and touch reach the text layer, which the browser scrolls and selects in: the
// canvas hears them over its toolbar, and over the whole area while a panel or the print preview
// covers the article. Each handler returns true to preventDefault.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <optional>

#include "folio/url_rules.h"
#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

namespace folio::web {
namespace {

constexpr double kFlingWindowMs = 100.0;  // a touch lifted later than this after its last move does not fling
constexpr float kTapSlop = 8.0f;          // CSS px a press may move and still be a click or tap


std::optional<ui::ScrollKey> scrollKeyFor(const EmscriptenKeyboardEvent& e) {
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

std::optional<ui::ViewerCommand> commandFor(const EmscriptenKeyboardEvent& e) {
    const char* k = e.key;
    if (!std::strcmp(k, "+") || !std::strcmp(k, "=")) return ui::ViewerCommand::LargerText;
    if (!std::strcmp(k, "-")) return ui::ViewerCommand::SmallerText;
    if (!std::strcmp(k, "0")) return ui::ViewerCommand::DefaultTextSize;
    if (!std::strcmp(k, "Escape")) return ui::ViewerCommand::Close;
    return std::nullopt;
}

EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    // Ctrl/Cmd/Alt combinations are the browser's (zoom, find, …) and the system's.
    if (e->ctrlKey || e->metaKey || e->altKey || !a.viewer.reader().hasContent()) return EM_FALSE;
    if (const auto command = commandFor(*e)) {
        a.viewer.command(*command);
        runViewerRequests(a);
        drawFrameNow(a);  // a new size shows at once, not an animation frame later
        a.invalidate(1);  // the panel, when it opens, sizes itself in one more frame
    } else if (const auto key = scrollKeyFor(*e)) {
        a.viewer.scroller().key(*key, a.viewer.lineStep());
    } else {
        return EM_FALSE;
    }
    a.invalidate();
    return EM_TRUE;
}

// Keys on the text layer's scroll container: the viewer's, except that scrolling keys are the
// browser's own scrolling of the layer while nothing covers the article.
EM_BOOL onLayerKeyDown(int type, const EmscriptenKeyboardEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (!a.viewer.overlayOpen() && scrollKeyFor(*e)) return EM_FALSE;
    return onKeyDown(type, e, user);
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (!a.viewer.reader().hasContent()) return EM_FALSE;
    double unit = 1.0;  // DOM_DELTA_PIXEL
    if (e->deltaMode == DOM_DELTA_LINE) unit = a.viewer.lineStep() / 2.0;
    if (e->deltaMode == DOM_DELTA_PAGE) unit = a.viewer.scroller().viewportHeight();
    const bool moved = a.viewer.scroller().scrollBy(static_cast<float>(e->deltaY * unit));
    if (moved) a.invalidate(1);
    return moved ? EM_TRUE : EM_FALSE;  // at either end, let the embedding page scroll
}

// Points Dear ImGui at (x, y) CSS px and tells whether that is over the toolbar or a panel.
bool pointAt(WebApp& a, float x, float y) {
    ImGui::GetIO().MousePos = ImVec2(x * a.dpr, y * a.dpr);
    drawFrameNow(a);  // Dear ImGui finds the hovered window during a frame
    a.invalidate();   // and settles hover states in the next ones
    return ImGui::GetIO().WantCaptureMouse;
}

// Presses or releases Dear ImGui's left button and draws the frame that acts on it.
void pressButton(WebApp& a, bool down) {
    ImGui::GetIO().MouseDown[0] = down;
    drawFrameNow(a);
    runViewerRequests(a);
    a.invalidate();
}

// A click or tap that did not land on the controls: follow a link under it.
void clickContent(WebApp& a, float x, float y) {
    const std::string link = a.viewer.linkAt(x, y);
    if (link == ui::kAddCommentLink) {
        a.viewer.command(ui::ViewerCommand::OpenCommentForm);
        runViewerRequests(a);
    } else if (!link.empty()) {
        if (folio::isSafeLink(link)) {
            folio_js_open_link(link.c_str());
        } else if (const auto place = a.viewer.reader().layout().placeOfLink(link)) {  // a footnote's mark or note
            ui::ReaderView& reader = a.viewer.reader();
            reader.scroller().animateTo(reader.layout().lines[place->line].y - reader.scroller().viewportHeight() / 3.0f);
            a.invalidate();
        }
    }
}

void updateCursor(WebApp& a, float x, float y) {
    const bool pointer = !ImGui::GetIO().WantCaptureMouse && !a.viewer.linkAt(x, y).empty();
    if (pointer == a.pointerCursor) return;
    a.pointerCursor = pointer;
    folio_js_set_cursor(a.canvasSelector.c_str(), pointer ? "pointer" : "default");
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (!a.viewer.reader().hasContent()) return EM_FALSE;
    const float x = static_cast<float>(e->targetX), y = static_cast<float>(e->targetY);
    ImGui::GetIO().MousePos = ImVec2(x * a.dpr, y * a.dpr);
    // Hover only matters over the controls and links; elsewhere a move costs no frame.
    if (ImGui::GetIO().WantCaptureMouse || a.press.down || y < a.viewer.toolbarHeight() || a.viewer.settingsOpen()) {
        a.invalidate();
    }
    updateCursor(a, x, y);
    return EM_FALSE;
}

EM_BOOL onMouseDown(int, const EmscriptenMouseEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (e->button != 0 || !a.viewer.reader().hasContent()) return EM_FALSE;
    const float x = static_cast<float>(e->targetX), y = static_cast<float>(e->targetY);
    a.press = MousePress{true, pointAt(a, x, y), x, y};
    pressButton(a, true);
    return EM_FALSE;  // keep the browser's focus handling
}

EM_BOOL onMouseUp(int, const EmscriptenMouseEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (e->button != 0 || !a.press.down) return EM_FALSE;
    const float x = static_cast<float>(e->targetX), y = static_cast<float>(e->targetY);
    ImGui::GetIO().MousePos = ImVec2(x * a.dpr, y * a.dpr);
    pressButton(a, false);
    const bool click = std::hypot(x - a.press.x, y - a.press.y) <= kTapSlop;
    if (click && !a.press.onControls) clickContent(a, x, y);
    a.press.down = false;
    return EM_FALSE;
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (a.press.down) pressButton(a, false);
    a.press.down = false;
    a.invalidate();
    return EM_FALSE;
}

const EmscriptenTouchPoint* findTouch(const EmscriptenTouchEvent& e, long identifier) {
    for (int i = 0; i < e.numTouches; ++i)
        if (e.touches[i].identifier == identifier) return &e.touches[i];
    return nullptr;
}

EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    if (a.drag.identifier >= 0 || e->numTouches < 1 || !a.viewer.reader().hasContent()) return EM_TRUE;
    const EmscriptenTouchPoint& t = e->touches[0];
    const float x = static_cast<float>(t.targetX), y = static_cast<float>(t.targetY);
    a.drag = TouchDrag{t.identifier, pointAt(a, x, y), x, y, y, false, emscripten_get_now(), 0.0f};
    if (a.drag.onControls) {
        pressButton(a, true);
    } else {
        a.viewer.scroller().stop();
    }
    return EM_TRUE;
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    const EmscriptenTouchPoint* t = findTouch(*e, a.drag.identifier);
    if (!t) return EM_TRUE;
    const float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    if (std::hypot(x - a.drag.startX, y - a.drag.startY) > kTapSlop) a.drag.moved = true;
    if (a.drag.onControls) {
        ImGui::GetIO().MousePos = ImVec2(x * a.dpr, y * a.dpr);
        a.invalidate();
        return EM_TRUE;
    }
    const double now = emscripten_get_now();
    const float dy = a.drag.lastY - y;
    const double dt = std::max(1.0, now - a.drag.lastTime);
    // Smooth the velocity over the last few moves; a finger's samples are noisy.
    a.drag.velocity = 0.8f * static_cast<float>(dy * 1000.0 / dt) + 0.2f * a.drag.velocity;
    a.drag.lastY = y;
    a.drag.lastTime = now;
    if (a.viewer.scroller().scrollBy(dy)) a.invalidate(1);
    return EM_TRUE;
}

EM_BOOL onTouchEnd(int, const EmscriptenTouchEvent* e, void* user) {
    WebApp& a = *static_cast<WebApp*>(user);
    const Selected selected(a);
    const EmscriptenTouchPoint* t = findTouch(*e, a.drag.identifier);
    if (!t || !t->isChanged) return EM_TRUE;
    if (a.drag.onControls) {
        pressButton(a, false);
        ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // a finger leaves no hover behind
    } else if (!a.drag.moved && a.viewer.panelOpen()) {
        a.viewer.command(ui::ViewerCommand::Close);  // a tap beside an open panel closes it, as a click does
    } else if (!a.drag.moved) {
        clickContent(a, a.drag.startX, a.drag.startY);
    } else {
        const bool recent = emscripten_get_now() - a.drag.lastTime < kFlingWindowMs;
        a.viewer.scroller().fling(recent ? a.drag.velocity : 0.0f);
    }
    a.invalidate();
    a.drag.identifier = -1;
    return EM_TRUE;
}

}  // namespace

void installInput(WebApp& app) {
    const char* target = app.canvasSelector.c_str();
    // Keys reach the text layer, which holds the focus (the canvas never takes it).
    emscripten_set_keydown_callback(app.layerSelector.c_str(), &app, EM_FALSE, onLayerKeyDown);
    emscripten_set_wheel_callback(target, &app, EM_FALSE, onWheel);
    emscripten_set_mousemove_callback(target, &app, EM_FALSE, onMouseMove);
    emscripten_set_mousedown_callback(target, &app, EM_FALSE, onMouseDown);
    emscripten_set_mouseup_callback(target, &app, EM_FALSE, onMouseUp);
    emscripten_set_mouseleave_callback(target, &app, EM_FALSE, onMouseLeave);
    emscripten_set_touchstart_callback(target, &app, EM_FALSE, onTouchStart);
    emscripten_set_touchmove_callback(target, &app, EM_FALSE, onTouchMove);
    emscripten_set_touchend_callback(target, &app, EM_FALSE, onTouchEnd);
    emscripten_set_touchcancel_callback(target, &app, EM_FALSE, onTouchEnd);
}

void removeInput(WebApp& app) {
    const char* target = app.canvasSelector.c_str();
    emscripten_set_keydown_callback(app.layerSelector.c_str(), nullptr, EM_FALSE, nullptr);
    emscripten_set_wheel_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_mousemove_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_mousedown_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_mouseup_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_mouseleave_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_touchstart_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_touchmove_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_touchend_callback(target, nullptr, EM_FALSE, nullptr);
    emscripten_set_touchcancel_callback(target, nullptr, EM_FALSE, nullptr);
}

}  // namespace folio::web
