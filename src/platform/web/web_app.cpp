// The module's C API (called by web/folio.js), the WebGL2 context and the frame loop.
#include "platform/web/web_app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "folio/article_parse.h"

namespace folio::web {
namespace {

std::unique_ptr<WebApp> gApp;
std::string gReturned;     // storage for strings returned to JS; valid until the next call
std::size_t gLayoutSeen = ~std::size_t(0);  // layout generation the atlas was last checked against
float gDprSeen = 0.0f;
double gLastTick = 0.0;    // ms, the previous animation frame callback
bool gContentDrawn = false;  // the current content has been drawn at least once

const char* returnString(std::string s) {
    gReturned = std::move(s);
    return gReturned.c_str();
}

// Sizes the canvas backing store in device pixels.
void applyCanvasSize(const WebApp& a) {
    emscripten_set_canvas_element_size(a.canvasSelector.c_str(), static_cast<int>(std::lround(a.cssWidth * a.dpr)),
                                       static_cast<int>(std::lround(a.cssHeight * a.dpr)));
}

// Rebakes the font atlas when the layout or the pixel ratio asks for faces, sizes or glyphs it
// does not hold, and uploads the new texture (the 1.86 GL backend does not notice by itself).
void ensureFonts(WebApp& a) {
    if (a.view.layoutGeneration() == gLayoutSeen && a.dpr == gDprSeen) return;
    gLayoutSeen = a.view.layoutGeneration();
    gDprSeen = a.dpr;
    std::vector<ui::FontRequest> requests;
    requests.push_back(ui::FontRequest{FontFace::Sans, 14.0f, U"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"});
    a.view.fontRequests(requests);
    if (!a.atlas.needsRebuild(requests, a.dpr)) return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    a.atlas.rebuild(*ImGui::GetIO().Fonts, a.metrics, requests, a.dpr);
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void clearToBackground(int width, int height) {
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::lightTheme().background);
    glViewport(0, 0, width, height);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void render(WebApp& a, float dt) {
    const int width = static_cast<int>(std::lround(a.cssWidth * a.dpr));
    const int height = static_cast<int>(std::lround(a.cssHeight * a.dpr));
    if (!a.view.hasContent()) {
        clearToBackground(width, height);
        return;
    }
    ensureFonts(a);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = std::max(dt, 1.0f / 1000.0f);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    a.view.draw(*ImGui::GetBackgroundDrawList(), a.atlas, a.dpr, ui::lightTheme());
    ImGui::Render();
    clearToBackground(width, height);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    gContentDrawn = true;
}

// Every animation frame: advance animations; draw only when something changed.
EM_BOOL onAnimationFrame(double timeMs, void*) {
    WebApp& a = *gApp;
    const float dt = gLastTick > 0.0 ? static_cast<float>((timeMs - gLastTick) / 1000.0) : 0.0f;
    gLastTick = timeMs;
    if (a.view.scroller().moving()) {
        a.view.scroller().step(dt);
        a.invalidate();
    }
    if (a.dirtyFrames <= 0) return EM_TRUE;
    --a.dirtyFrames;
    render(a, dt);
    a.framesRendered += 1;
    a.lastFrameTime = emscripten_get_now();
    return EM_TRUE;
}

void contentChanged(WebApp& a) {
    gContentDrawn = false;
    a.invalidate();
}

}  // namespace

WebApp* app() { return gApp.get(); }

}  // namespace folio::web

using folio::web::WebApp;
using folio::web::gApp;

extern "C" {

// Creates the viewer on the canvas `selector` ("#id"). Returns 0, or 1 when WebGL2 is unavailable.
EMSCRIPTEN_KEEPALIVE int folio_start(const char* selector) {
    if (gApp) return 0;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(selector, &attributes);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);
    gApp = std::make_unique<WebApp>();
    gApp->canvasSelector = selector;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    folio::web::installInput(*gApp);
    emscripten_request_animation_frame_loop(folio::web::onAnimationFrame, nullptr);
    return 0;
}

// Adds a TTF font for `face` (a folio::FontFace value); copies the bytes. Returns 1, or 0 when the
// bytes are not a font.
EMSCRIPTEN_KEEPALIVE int folio_add_font(int face, const unsigned char* data, int size) {
    if (!gApp || face < 0 || face >= static_cast<int>(folio::kFontFaceCount) || size <= 0) return 0;
    return gApp->metrics.setFace(static_cast<folio::FontFace>(face), std::vector<unsigned char>(data, data + size)) ? 1 : 0;
}

// Parses article JSON (`size` bytes of UTF-8) and shows it. Returns "" on success, else the error
// message, which the viewer then shows. The string stays valid until the next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_load_json(const char* data, int size) {
    if (!gApp) return folio::web::returnString("the viewer is not started");
    folio::ParseResult result = folio::parseArticle(std::string_view(data, static_cast<std::size_t>(std::max(size, 0))));
    if (result.ok) {
        gApp->view.showArticle(std::move(result.article));
    } else {
        gApp->view.showError(result.error.message);
    }
    folio::web::contentChanged(*gApp);
    return folio::web::returnString(result.ok ? std::string() : result.error.message);
}

// Shows an error page with `message` (UTF-8).
EMSCRIPTEN_KEEPALIVE void folio_show_error(const char* message) {
    if (!gApp) return;
    gApp->view.showError(message);
    folio::web::contentChanged(*gApp);
}

// Sets the body text size in CSS px (clamped to the supported range).
EMSCRIPTEN_KEEPALIVE void folio_set_font_size(float px) {
    if (!gApp) return;
    gApp->view.setFontSize(px);
    gApp->invalidate();
}

// The canvas is `width` x `height` CSS px at `dpr` device px per CSS px.
EMSCRIPTEN_KEEPALIVE void folio_set_viewport(float width, float height, float dpr) {
    if (!gApp) return;
    WebApp& a = *gApp;
    a.cssWidth = std::max(1.0f, width);
    a.cssHeight = std::max(1.0f, height);
    a.dpr = dpr > 0.0f ? dpr : 1.0f;
    folio::web::applyCanvasSize(a);
    a.view.setViewport(a.cssWidth, a.cssHeight);
    a.invalidate();
}

// The viewer's state as a JSON object (see web/folio.js, state()).
EMSCRIPTEN_KEEPALIVE const char* folio_state() {
    nlohmann::json state = nlohmann::json::object();
    const WebApp* a = gApp.get();
    const folio::Article* article = a ? a->view.article() : nullptr;
    state["ready"] = article != nullptr && folio::web::gContentDrawn;
    state["title"] = article ? nlohmann::json(article->title) : nlohmann::json(nullptr);
    state["error"] = a && !a->view.error().empty() ? nlohmann::json(a->view.error()) : nlohmann::json(nullptr);
    state["blocks"] = article ? article->body.size() : 0;
    state["fontSizePx"] = a ? a->view.fontSize() : folio::ui::kDefaultFontSizePx;
    state["scrollY"] = a ? a->view.scroller().position() : 0.0f;
    state["contentHeight"] = a && a->view.hasContent() ? a->view.layout().height : 0.0f;
    state["viewportHeight"] = a ? a->cssHeight : 0.0f;
    state["devicePixelRatio"] = a ? a->dpr : 1.0f;
    state["framesRendered"] = a ? a->framesRendered : 0.0;
    state["lastFrameMs"] = a ? a->lastFrameTime : 0.0;
    return folio::web::returnString(state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // extern "C"
