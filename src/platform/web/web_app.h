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
//  [X] Many viewers in one module instance: each is a WebApp with its own WebGL and Dear ImGui
//      contexts; the one selected (select) is the one the C API and the calls into the page are for.
#pragma once

#include <emscripten/html5.h>

#include <GLES3/gl3.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "folio/article.h"
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

// A touch being followed on the canvas (web_input.cpp).
struct TouchDrag {
    long identifier = -1;     // the finger being tracked; -1 when none
    bool onControls = false;  // it landed on the toolbar or a panel: it presses buttons, not scrolls
    float startX = 0.0f, startY = 0.0f;  // CSS px
    float lastY = 0.0f;       // CSS px
    bool moved = false;       // went further than kTapSlop
    double lastTime = 0;      // ms
    float velocity = 0.0f;    // CSS px per second, positive = scrolls down
};

// A mouse button held down on the canvas (web_input.cpp).
struct MousePress {
    bool down = false;
    bool onControls = false;
    float x = 0.0f, y = 0.0f;  // CSS px where it went down
};

// A picture asked of the browser (web_images.cpp).
struct PictureRequest {
    std::size_t content = 0;  // ReaderView::contentGeneration when asked
    int block = -1;
    int item = -1;            // a gallery's picture, -1 for the block's own (folio::ShownPicture)
    std::string src;
};

// What the page was last told of the view (folio_js_view_changed), to tell it only of changes.
struct ViewReported {
    std::size_t generation = ~std::size_t(0);
    float scrollY = -1.0f;
    float height = -1.0f;
    bool overlay = false;
    std::string theme;
    std::string coverings;  // JSON: [[x, y, width, height]…], CSS px of the canvas
};

// Without a canvas (folio_start failed: no WebGL 2) articles are still read, and the page shows
// them as HTML (folio_article_html): the plain page. What it shows, or why not.
struct PlainPage {
    std::optional<Article> article;
    std::string error;
};

// One viewer of the page: made by folio_create, given a canvas by folio_start (else it is a plain
// page), freed by folio_stop.
struct WebApp {
    int id = 0;                  // its number in the module, from 1 (folio_create)
    bool started = false;        // it has a canvas and a WebGL context (folio_start)
    ImGuiContext* imgui = nullptr;  // its own Dear ImGui context, from folio_start
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
    // The article's glyphs (ui::GlyphCache); its pages' textures are made at the first frame.
    ui::GlyphCache glyphs;
    bool textPageAllocated = false;   // the glyph pages' textures have their storage
    bool colorPageAllocated = false;
    std::vector<std::string> fallbacks;  // the fallback font files added (folio_add_fallback)
    float cssWidth = 0.0f, cssHeight = 0.0f;  // canvas size, CSS px
    float dpr = 1.0f;                         // device px per CSS px
    int dirtyFrames = 0;                      // frames still to draw; 0 = idle
    double framesRendered = 0;                // frames actually drawn since start
    double lastFrameTime = 0;                 // ms (performance.now()) when the last frame was drawn
    PdfPictures pdfPictures;                  // the shown content's pictures for its PDF, deflated

    // The frame loop (web_app.cpp).
    std::uint64_t layoutSeen = ~std::uint64_t(0);  // Viewer::fontsGeneration the atlas was last checked for
    float dprSeen = 0.0f;
    double lastTick = 0.0;        // ms, the previous animation frame callback
    bool contentDrawn = false;    // the current content has been drawn at least once
    bool frameRequested = false;  // an animation frame callback is pending
    bool canvasShown = false;     // the canvas has been made visible (after its first drawn frame)
    ViewReported reported;
    // A cache: the measured text scriptsShown was found in, and the scripts with word dictionaries
    // it has (folio::wordScriptsIn).
    mutable std::shared_ptr<const std::string> scriptsText;
    mutable unsigned scriptsShown = 0;
    // Articles: what the last folio_load_json showed otherwise than written; the plain page.
    std::vector<std::string> loadNotices;
    PlainPage plain;
    // Input (web_input.cpp).
    TouchDrag drag;
    MousePress press;
    bool pointerCursor = false;
    // Pictures (web_images.cpp): asked for, still to be kept for the PDF, and the shown content's textures.
    std::unordered_map<int, PictureRequest> pictureRequests;
    std::unordered_map<int, PictureRequest> pdfRequests;
    std::vector<GLuint> textures;

    // Asks for `frames` redraws in the next animation frames (Dear ImGui settles hover and new
    // windows in two). Schedules an animation frame: none runs while nothing is to be drawn.
    void invalidate(int frames = 2);
};

// The viewer selected, when it has a canvas (folio_start); nullptr otherwise (a plain page, or none).
WebApp* app();
// The viewer selected, with or without a canvas; nullptr when none is.
WebApp* selected();
// The viewer numbered `id`; nullptr when there is none (any more).
WebApp* viewerById(int id);
// Selects `a` (nullptr: none): its WebGL and Dear ImGui contexts become current, and the page's
// calls go to its host (folio_js_select).
void select(WebApp* a);

// Selects a viewer for a callback into the module (an animation frame, an input event, a picture)
// and selects again the one selected before when it ends (if it still exists).
class Selected {
public:
    explicit Selected(WebApp& a);
    ~Selected();
    Selected(const Selected&) = delete;
    Selected& operator=(const Selected&) = delete;

private:
    int previous_;
};

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

// Forgets the pictures asked for and the textures of the shown content of `a` (the context that held
// them is going away): pictures that arrive later are dropped.
void forgetPictures(WebApp& a);

// Installs the html5.h input callbacks on the app's canvas and text layer.
void installInput(WebApp& app);
// Stops listening to their input events.
void removeInput(WebApp& app);

}  // namespace folio::web
