// The browser platform layer: the only code that knows Emscripten, WebGL and the DOM.
//
// Implemented features:
//  [X] WebGL2 context on a given canvas, Dear ImGui's OpenGL3 backend (GLSL "#version 300 es").
//  [X] HiDPI: backing store in device pixels, fonts baked at size x devicePixelRatio, rebuilt when
//      the ratio changes (browser zoom, another monitor).
//  [X] Idle: animation frames are requested only while something is to be drawn (input, resize,
//      load, animation); an idle page runs no code at all.
//  [X] Wheel (pixel, line and page modes), keys (arrows, PageUp/PageDown, Space, Home/End, - + = 0,
//      Escape), touch drag with momentum, mouse for the toolbar and links; all on the canvas only.
//  [X] Clicks are handled inside the DOM event (a frame is drawn there), so links open in the
//      reader's gesture and no popup blocker stops them.
//  [X] localStorage for settings, every access guarded (private modes and full quotas throw).
//  [X] One bridge to JavaScript (web_bridge.h): the C API web/core-bridge.js wraps, and the calls
//      into the page (web_bridge_library.js).
#pragma once

#include <emscripten/html5.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "folio/font_metrics.h"
#include "folio/pdf_picture.h"
#include "ui/font_atlas.h"
#include "ui/glyph_cache.h"
#include "ui/storage.h"
#include "ui/viewer.h"

namespace folio::web {

// localStorage through the bridge (folio_js_storage_get/set); failures come back as messages, never as exceptions.
class BrowserStorage final : public ui::KeyValueStore {
public:
    std::optional<std::string> get(std::string_view key) override;
    bool set(std::string_view key, std::string_view value, std::string& error) override;
};

struct WebApp {
    std::string canvasSelector;  // CSS selector of the canvas, e.g. "#folio-canvas-1"
    std::string layerSelector;   // CSS selector of the text layer's scroll container, which takes the keys
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = 0;  // the canvas's WebGL 2 context (destroyed by folio_stop)
    TrueTypeMetrics metrics;
    BrowserStorage storage;
    ui::Viewer viewer{metrics, storage};
    // Font atlases for the last few font configurations (sizes, glyphs, pixel ratio), so that going
    // back to a recent text size only re-uploads a texture; `atlas` is the one in use.
    std::array<ui::FontAtlas, 3> atlases;
    std::array<std::uint64_t, 3> atlasLastUse{};
    ui::FontAtlas* atlas = &atlases[0];
    // The article's glyphs (ui::GlyphCache) and the GL texture that holds them (0 until the first frame).
    ui::GlyphCache glyphs;
    unsigned glyphTexture = 0;
    std::vector<std::string> fallbacks;  // the fallback font files added (folio_add_fallback)
    float cssWidth = 0.0f, cssHeight = 0.0f;  // canvas size, CSS px
    float dpr = 1.0f;                         // device px per CSS px
    int dirtyFrames = 0;                      // frames still to draw; 0 = idle
    double framesRendered = 0;                // frames actually drawn since start
    double lastFrameTime = 0;                 // ms (performance.now()) when the last frame was drawn
    PdfPictures pdfPictures;                  // the shown content's pictures for its PDF, deflated

    // Asks for `frames` redraws in the next animation frames (Dear ImGui settles hover and new
    // windows in two). Schedules an animation frame: none runs while nothing is to be drawn.
    void invalidate(int frames = 2);
};

// The one viewer of this module instance; nullptr before folio_start.
WebApp* app();

// Draws a frame now, inside the current DOM event (a click then acts in its user gesture, and a
// new text size shows without waiting for the next animation frame).
void drawFrameNow(WebApp& app);

// Runs what a button or key of the viewer asked for (print, share, …) inside the current event,
// and passes the viewer's events to the embedding page.
void runViewerRequests(WebApp& app);

// Passes the viewer's events (share, bookmark, notice) to the embedding page.
void sendViewerEvents(WebApp& app);

// Keeps `s` as the string the module returns to JavaScript and gives its characters: valid until
// the next call that returns a string (the bridge copies it at once).
const char* returnString(std::string s);

// The current time as ISO 8601 UTC, from the browser.
std::string nowIso();

// Writes the PDF of the print settings and prints it (`print`) or saves it.
void deliverPdf(WebApp& app, bool print);

// Asks the browser for the pictures of the shown article's image blocks (and frees the textures
// and PDF pictures of the previous content); each is drawn once it arrives, and then kept for the
// PDF too.
void loadPictures(WebApp& app);

// Forgets the pictures asked for and the textures of the shown content (the context that held them
// is going away): pictures that arrive later are dropped.
void forgetPictures();

// Installs the html5.h input callbacks on the app's canvas and text layer.
void installInput(WebApp& app);
// Stops listening to their input events.
void removeInput(WebApp& app);

}  // namespace folio::web
