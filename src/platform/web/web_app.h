// The browser platform layer: the only code that knows Emscripten, WebGL and the DOM.
//
// Implemented features:
//  [X] WebGL2 context on a given canvas, Dear ImGui's OpenGL3 backend (GLSL "#version 300 es").
//  [X] HiDPI: backing store in device pixels, fonts baked at size x devicePixelRatio.
//  [X] Idle: a frame is drawn only when something changed (input, resize, load, animation).
//  [X] Wheel (pixel, line and page modes), keys (arrows, PageUp/PageDown, Space, Home/End),
//      touch drag with momentum, all on the canvas element only.
//  [X] A C API for web/folio.js: fonts, article JSON, errors, font size, viewport, state.
#pragma once

#include <memory>
#include <string>

#include "folio/font_metrics.h"
#include "ui/font_atlas.h"
#include "ui/reader_view.h"

namespace folio::web {

struct WebApp {
    std::string canvasSelector;  // CSS selector of the canvas, e.g. "#folio-canvas-1"
    TrueTypeMetrics metrics;
    ui::ReaderView view{metrics};
    ui::FontAtlas atlas;
    float cssWidth = 0.0f, cssHeight = 0.0f;  // canvas size, CSS px
    float dpr = 1.0f;                         // device px per CSS px
    int dirtyFrames = 0;                      // frames still to draw; 0 = idle
    double framesRendered = 0;                // frames actually drawn since start
    double lastFrameTime = 0;                 // ms (performance.now()) when the last frame was drawn
    bool fontsChanged = true;                 // the atlas must be rebuilt before the next frame

    // Asks for a redraw: the next few animation frames draw.
    void invalidate() { dirtyFrames = 2; }
};

// The one viewer of this module instance; nullptr before folio_start.
WebApp* app();

// Installs the html5.h input callbacks on the app's canvas.
void installInput(WebApp& app);

}  // namespace folio::web
