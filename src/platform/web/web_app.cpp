// The module's C API for starting, fonts, articles, settings and the view (declared in
// web_bridge.h), the WebGL2 context and the frame loop.
//
// Sections: the module's state (the viewer, the plain page without a canvas) · frames (canvas
// size, font atlases, drawing, the animation frame) · the C API: start and stop, fonts, articles,
// settings and the view, state().
#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_meta.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/article_sources.h"
#include "folio/design_tokens.h"
#include "folio/fallback_fonts.h"
#include "folio/utf8.h"
#include "folio/number_text.h"
#include "folio/reading_settings.h"
#include "folio/word_dictionary.h"

namespace folio::web {
namespace {

std::vector<std::unique_ptr<WebApp>> gViewers;  // every viewer of the module, by folio_create
WebApp* gSelected = nullptr;  // the one the C API is for now (select)
int gLastId = 0;
std::string gReturned;     // storage for strings returned to JS; valid until the next call

// The word dictionary files the shown content's text needs and the viewer lacks, as a JSON array
// of file names (folio::wordDictionaryFile).
nlohmann::json dictionariesWanted(const WebApp& a) {
    nlohmann::json wanted = nlohmann::json::array();
    const ui::ReaderView& reader = a.viewer.reader();
    if (!reader.hasContent() || !reader.layout().text) return wanted;
    if (a.scriptsText != reader.layout().text) {
        a.scriptsText = reader.layout().text;
        a.scriptsShown = wordScriptsIn(*a.scriptsText);
    }
    const WordDictionaries* have = a.metrics.wordDictionaries();
    for (std::size_t i = 0; i < kWordScriptCount; ++i) {
        const auto script = static_cast<WordScript>(i);
        if ((a.scriptsShown >> i & 1u) != 0 && (have == nullptr || have->find(script) == nullptr))
            wanted.push_back(wordDictionaryFile(script));
    }
    return wanted;
}

// Tells the page's text layer of a new layout, scroll position, overlay, theme or covering.
void reportView(WebApp& a) {
    const ui::ReaderView& reader = a.viewer.reader();
    std::string coverings = "[";
    for (const ui::ControlRect& c : a.viewer.coverings()) {
        if (coverings.size() > 1) coverings += ',';
        coverings += '[' + shortestDecimal(c.x) + ',' + shortestDecimal(c.y) + ',' + shortestDecimal(c.width) + ',' +
                     shortestDecimal(c.height) + ']';
    }
    coverings += ']';
    const ViewReported now{reader.layoutGeneration(), reader.scroller().position(),
                           reader.hasContent() ? reader.layout().height : 0.0f, a.viewer.overlayOpen(),
                           a.viewer.theme().name, std::move(coverings)};
    const ViewReported& told = a.reported;
    if (now.generation == told.generation && now.scrollY == told.scrollY && now.height == told.height &&
        now.overlay == told.overlay && now.theme == told.theme && now.coverings == told.coverings) {
        return;
    }
    a.reported = now;
    folio_js_view_changed(static_cast<double>(now.generation), now.scrollY, now.height, now.overlay ? 1 : 0,
                          now.theme.c_str(), now.coverings.c_str());
}

EM_BOOL onAnimationFrame(double timeMs, void* id);

// Requests one animation frame for `a` unless one is pending.
void requestFrame(WebApp& a) {
    if (a.frameRequested) return;
    a.frameRequested = true;
    // The viewer's number, not its address: a frame still pending when it is stopped finds nothing.
    emscripten_request_animation_frame(onAnimationFrame, reinterpret_cast<void*>(static_cast<std::intptr_t>(a.id)));
}

// Sizes the canvas backing store in device pixels.
void applyCanvasSize(const WebApp& a) {
    emscripten_set_canvas_element_size(a.canvasSelector.c_str(), static_cast<int>(std::lround(a.cssWidth * a.dpr)),
                                       static_cast<int>(std::lround(a.cssHeight * a.dpr)));
}

// Makes the fonts the frame needs current: a cached atlas when one holds them all, else the least
// recently used one rebaked. Either way the texture is uploaded again (the 1.86 GL backend keeps
// one font texture and does not notice a changed atlas by itself).
void ensureFonts(WebApp& a) {
    if (a.viewer.fontsGeneration() == a.layoutSeen && a.dpr == a.dprSeen) return;
    a.layoutSeen = a.viewer.fontsGeneration();
    a.dprSeen = a.dpr;
    std::vector<ui::FontRequest> requests;
    a.viewer.fontRequests(requests);
    static std::uint64_t useCounter = 0;
    std::size_t chosen = a.atlases.size();
    for (std::size_t i = 0; i < a.atlases.size() && chosen == a.atlases.size(); ++i)
        if (!a.atlases[i].needsRebuild(a.metrics, requests, a.dpr)) chosen = i;
    const bool rebake = chosen == a.atlases.size();
    if (rebake) {
        chosen = static_cast<std::size_t>(std::min_element(a.atlasLastUse.begin(), a.atlasLastUse.end()) - a.atlasLastUse.begin());
        a.atlases[chosen].rebuild(a.metrics, requests, a.dpr);
    }
    a.atlasLastUse[chosen] = ++useCounter;
    if (!rebake && a.atlas == &a.atlases[chosen]) return;
    a.atlas = &a.atlases[chosen];
    ImGui::GetIO().Fonts = &a.atlas->imgui();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Makes the glyph pages' textures exist before a frame draws from them (a page's storage comes
// with its first pixels), and starts the frame with room in them.
void prepareGlyphs(WebApp& a) {
    if (a.glyphs.full()) a.glyphs.clear();  // the last frame ran out of room: start again
    for (ui::GlyphCache::Page* page : {&a.glyphs.text(), &a.glyphs.color()}) {
        if (page->texture != nullptr) continue;
        GLuint texture = 0;
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        page->texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
    }
}

// Uploads the rows of the glyph pages that the frame added glyphs to; a frame that ran out of
// room is drawn again (with an emptied cache).
void uploadGlyphs(WebApp& a) {
    for (ui::GlyphCache::Page* page : {&a.glyphs.text(), &a.glyphs.color()}) {
        int top = 0;
        int bottom = 0;
        if (!page->takeDirty(top, bottom)) continue;
        const GLenum format = page->bytesPerPixel() == 4 ? GL_RGBA : GL_LUMINANCE_ALPHA;
        const int size = page->size();
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(page->texture)));
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        bool& allocated = page == &a.glyphs.text() ? a.textPageAllocated : a.colorPageAllocated;
        if (!allocated) {  // the whole page, the first time
            glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(format), size, size, 0, format, GL_UNSIGNED_BYTE,
                         page->pixels().data());
            allocated = true;
            continue;
        }
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, top, size, bottom - top, format, GL_UNSIGNED_BYTE,
                        page->pixels().data() + static_cast<std::size_t>(top) * static_cast<std::size_t>(size) *
                                                    static_cast<std::size_t>(page->bytesPerPixel()));
    }
    if (a.glyphs.full()) a.invalidate(1);
}

void clearToBackground(const WebApp& a, int width, int height) {
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(a.viewer.theme().background);
    glViewport(0, 0, width, height);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void render(WebApp& a, float dt) {
    const int width = static_cast<int>(std::lround(a.cssWidth * a.dpr));
    const int height = static_cast<int>(std::lround(a.cssHeight * a.dpr));
    // Until there is something to show, the canvas stays hidden and costs no GL work at all.
    if (!a.viewer.reader().hasContent()) return;
    ensureFonts(a);
    if (a.atlas->imgui().Fonts.empty()) return;  // no face at all yet (Dear ImGui cannot draw without a font)
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = std::max(dt, 1.0f / 1000.0f);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    prepareGlyphs(a);
    a.viewer.frame(*a.atlas, a.glyphs, a.dpr);
    ImGui::Render();
    uploadGlyphs(a);
    clearToBackground(a, width, height);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!a.canvasShown) {
        folio_js_show_canvas(a.canvasSelector.c_str());
        a.canvasShown = true;
    }
    a.contentDrawn = true;
    a.framesRendered += 1;
    a.lastFrameTime = emscripten_get_now();
    reportView(a);
    sendViewerEvents(a);  // e.g. a notice the frame shows; last, as a listener may call the viewer
}

// An animation frame: advance animations, draw what changed, and ask for another one only while
// something is left to draw.
EM_BOOL onAnimationFrame(double timeMs, void* id) {
    WebApp* found = viewerById(static_cast<int>(reinterpret_cast<std::intptr_t>(id)));
    if (!found || !found->started) return EM_FALSE;  // stopped (folio_stop) while the frame was pending
    WebApp& a = *found;
    const Selected selected(a);
    a.frameRequested = false;
    const float dt = a.lastTick > 0.0 ? static_cast<float>((timeMs - a.lastTick) / 1000.0) : 0.0f;
    a.lastTick = timeMs;
    if (a.viewer.scroller().moving()) {
        a.viewer.scroller().step(dt);
        a.invalidate(1);
    }
    if (a.dirtyFrames > 0) {
        --a.dirtyFrames;
        render(a, dt);
    }
    if (a.dirtyFrames > 0) requestFrame(a);
    if (!a.frameRequested) a.lastTick = 0.0;  // idle: the next animation starts from dt = 0
    return EM_FALSE;
}

void contentChanged(WebApp& a) {
    a.contentDrawn = false;
    loadPictures(a);
    a.invalidate();
}

}  // namespace

// Dear ImGui's ImFontAtlas::AddFontDefault, which the link (-Wl,--wrap, CMakeLists.txt) replaces
// with this: the built-in font it would add is left out of the module. An atlas built with no font
// stays empty, and no frame is drawn from it (render).
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    return nullptr;
}

const char* returnString(std::string s) {
    gReturned = std::move(s);
    return gReturned.c_str();
}

WebApp* app() { return gSelected && gSelected->started ? gSelected : nullptr; }

WebApp* selected() { return gSelected; }

WebApp* viewerById(int id) {
    for (const std::unique_ptr<WebApp>& viewer : gViewers)
        if (viewer->id == id) return viewer.get();
    return nullptr;
}

void select(WebApp* a) {
    if (a == gSelected) return;
    gSelected = a;
    if (a && a->started) {
        emscripten_webgl_make_context_current(a->context);
        ImGui::SetCurrentContext(a->imgui);
    }
    folio_js_select(a ? a->id : 0);
}

Selected::Selected(WebApp& a) : previous_(gSelected ? gSelected->id : 0) { select(&a); }

Selected::~Selected() { select(viewerById(previous_)); }

void WebApp::invalidate(int frames) {
    dirtyFrames = std::max(dirtyFrames, frames);
    requestFrame(*this);
}

void drawFrameNow(WebApp& a) { render(a, 0.0f); }

}  // namespace folio::web

using folio::web::WebApp;

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE int folio_create() {
    using namespace folio::web;
    auto viewer = std::make_unique<WebApp>();
    viewer->id = ++gLastId;
    gViewers.push_back(std::move(viewer));
    select(gViewers.back().get());
    return gLastId;
}

EMSCRIPTEN_KEEPALIVE int folio_select(int id) {
    folio::web::WebApp* a = folio::web::viewerById(id);
    folio::web::select(a);
    return a ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int folio_start(const char* selector, const char* layerSelector) {
    WebApp* a = folio::web::selected();
    if (!a) return 1;
    if (a->started) return 0;
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    // The viewer uses only core WebGL 2. Enabling every extension the browser offers (Emscripten's
    // default) costs a synchronous round trip to the GPU process for each of them.
    attributes.enableExtensionsByDefault = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(selector, &attributes);
    if (context <= 0) return 1;
    emscripten_webgl_make_context_current(context);
    a->canvasSelector = selector;
    a->layerSelector = layerSelector;
    a->context = context;
    IMGUI_CHECKVERSION();
    a->imgui = ImGui::CreateContext(&a->atlases[0].imgui());
    ImGui::SetCurrentContext(a->imgui);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    a->started = true;
    folio::web::installInput(*a);
    a->viewer.setClock(folio::web::nowIso);
    return 0;
}

EMSCRIPTEN_KEEPALIVE void folio_stop() {
    using namespace folio::web;
    WebApp* a = selected();
    if (!a) return;
    forgetPictures(*a);
    if (a->started) {
        removeInput(*a);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(a->imgui);
        emscripten_webgl_destroy_context(a->context);
    }
    select(nullptr);
    gViewers.erase(std::find_if(gViewers.begin(), gViewers.end(), [a](const auto& viewer) { return viewer.get() == a; }));
}

EMSCRIPTEN_KEEPALIVE int folio_add_font(int face, const unsigned char* data, int size) {
    WebApp* a = folio::web::app();
    if (!a || face < 0 || face >= static_cast<int>(folio::kFontFaceCount) || size <= 0) return 0;
    return a->metrics.setFace(static_cast<folio::FontFace>(face), std::vector<unsigned char>(data, data + size)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* folio_fallbacks_wanted(const char* coverageJson) {
    WebApp* a = folio::web::app();
    if (!a || !a->viewer.reader().article()) return folio::web::returnString("[]");
    std::vector<folio::FallbackCoverage> coverage;
    std::string error;
    if (!folio::parseFallbackCoverage(coverageJson, coverage, error)) {
        std::fprintf(stderr, "Folio: %s\n", error.c_str());
        return folio::web::returnString("[]");
    }
    const folio::Layout& layout = a->viewer.reader().layout();
    if (!layout.missing || (layout.missing->count == 0 && layout.missing->emoji.empty())) return folio::web::returnString("[]");
    const std::string& language = a->viewer.reader().article()->language;
    nlohmann::json wanted = nlohmann::json::array();
    for (const std::string& file : folio::wantedFallbackFiles(coverage, *layout.missing, language, a->fallbacks)) {
        folio::FallbackFontFile font;
        folio::fallbackFontFile(file, font);
        const char* style = font.style == folio::FallbackStyle::Serif ? "serif" : font.style == folio::FallbackStyle::Sans ? "sans" : "any";
        wanted.push_back({{"file", file}, {"style", style}, {"bold", font.bold}, {"face", font.sliceOf}});
    }
    return folio::web::returnString(wanted.dump());
}

EMSCRIPTEN_KEEPALIVE int folio_add_fallback(const char* file, const unsigned char* data, int size) {
    WebApp* a = folio::web::app();
    folio::FallbackFontFile known;
    if (!a || !folio::fallbackFontFile(file, known) || size <= 0) return 0;
    std::string error;
    if (!a->metrics.addFallback(std::vector<unsigned char>(data, data + size), known.style, known.bold, error,
                                   known.collection, known.language, known.sliceOf)) {
        std::fprintf(stderr, "Folio: the font %s cannot be used (%s)\n", file, error.c_str());
        return 0;
    }
    a->fallbacks.push_back(file);
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* folio_color_glyphs_wanted() {
    WebApp* a = folio::web::app();
    nlohmann::json wanted = nlohmann::json::array();
    if (a) {
        for (const auto& [font, glyph] : a->metrics.colorGlyphsWanted()) {
            const std::size_t fallback = font - folio::kFontFaceCount;
            if (font >= folio::kFontFaceCount && fallback < a->fallbacks.size())
                wanted.push_back({{"file", a->fallbacks[fallback]}, {"glyph", glyph}});
        }
    }
    return folio::web::returnString(wanted.dump());
}

EMSCRIPTEN_KEEPALIVE int folio_add_color_glyph(const char* file, int glyph, int width, int height,
                                               const unsigned char* data, int size) {
    WebApp* a = folio::web::app();
    if (!a || glyph < 0 || glyph > 0xFFFF || size <= 0) return 0;
    const auto found = std::find(a->fallbacks.begin(), a->fallbacks.end(), file);
    if (found == a->fallbacks.end()) return 0;
    const std::size_t font = folio::kFontFaceCount + static_cast<std::size_t>(found - a->fallbacks.begin());
    std::string error;
    if (!a->metrics.addColorGlyph(font, static_cast<std::uint16_t>(glyph), width, height,
                                  std::vector<unsigned char>(data, data + size), error)) {
        std::fprintf(stderr, "Folio: the picture of glyph %d of %s cannot be used (%s)\n", glyph, file, error.c_str());
        return 0;
    }
    a->invalidate(1);  // drawn in the next frame
    return 1;
}

EMSCRIPTEN_KEEPALIVE int folio_add_word_dictionary(const unsigned char* data, int size) {
    WebApp* a = folio::web::app();
    if (!a || size <= 0) return 0;
    std::string error;
    if (!a->metrics.addWordDictionary(std::vector<unsigned char>(data, data + size), error)) {
        std::fprintf(stderr, "Folio: a word dictionary cannot be used (%s)\n", error.c_str());
        return 0;
    }
    return 1;
}

EMSCRIPTEN_KEEPALIVE int folio_first_frame_faces() {
    WebApp* a = folio::web::app();
    if (!a) return 0;
    int mask = 0;
    for (folio::FontFace face : a->viewer.firstFrameFaces()) mask |= 1 << static_cast<int>(face);
    return mask;
}

EMSCRIPTEN_KEEPALIVE int folio_faces_wanted() {
    WebApp* a = folio::web::app();
    if (!a) return 0;
    int mask = 0;
    for (folio::FontFace face : a->viewer.facesWanted()) mask |= 1 << static_cast<int>(face);
    return mask;
}

EMSCRIPTEN_KEEPALIVE void folio_fonts_added() {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.reader().remeasure();
    if (a->viewer.previewing()) a->viewer.printDocument();
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE unsigned folio_max_article_bytes() {
    return static_cast<unsigned>(folio::ParseLimits{}.maxInputBytes);
}

EMSCRIPTEN_KEEPALIVE const char* folio_design_tokens() {
    nlohmann::ordered_json tokens = nlohmann::ordered_json::parse(folio::designTokensJson());  // in the core's order
    tokens["touchTargetPx"] = folio::ui::toolbar_layout::kTouchSizes.button;  // the canvas's buttons on a touch screen
    return folio::web::returnString(tokens.dump());
}

EMSCRIPTEN_KEEPALIVE const char* folio_load_json(const char* data, int size) {
    folio::ParseResult result = folio::readArticle(std::string_view(data, static_cast<std::size_t>(std::max(size, 0))));
    WebApp* viewer = folio::web::selected();
    if (!viewer) return folio::web::returnString("the viewer is not started");
    viewer->loadNotices = result.notices;
    if (!viewer->started) {  // the plain page
        viewer->plain = {};
        if (result.ok) viewer->plain.article = folio::lowerForDrawing(std::move(result.article));
        else viewer->plain.error = result.error.message;
        return folio::web::returnString(result.ok ? std::string() : result.error.message);
    }
    if (result.ok) {
        viewer->metrics.setLanguage(result.article.language);  // Chinese, Japanese or Korean forms
        viewer->viewer.reader().showArticle(folio::lowerForDrawing(std::move(result.article)));
        viewer->viewer.articleShown();
    } else {
        viewer->viewer.reader().showError(result.error.message);
    }
    folio::web::contentChanged(*viewer);
    return folio::web::returnString(result.ok ? std::string() : result.error.message);
}

EMSCRIPTEN_KEEPALIVE const char* folio_load_notices() {
    const WebApp* viewer = folio::web::selected();
    return folio::web::returnString(viewer ? nlohmann::json(viewer->loadNotices).dump() : "[]");
}

EMSCRIPTEN_KEEPALIVE const char* folio_article_html() {
    const WebApp* viewer = folio::web::selected();
    const folio::Article* article = !viewer                 ? nullptr
                                    : viewer->started       ? viewer->viewer.reader().article()
                                    : viewer->plain.article ? &*viewer->plain.article
                                                            : nullptr;
    return folio::web::returnString(article ? folio::articleHtml(*article, folio::metaLine(*article)) : std::string());
}

EMSCRIPTEN_KEEPALIVE void folio_scroll_to_block(int block, float offsetPx) {
    WebApp* a = folio::web::app();
    if (!a || !a->viewer.reader().article()) return;
    folio::ui::ReaderView& reader = a->viewer.reader();
    const float top = block < 0 ? 0.0f : reader.layout().yOf(folio::Anchor{block, -1, 0});
    reader.scroller().jumpTo(top + std::max(0.0f, offsetPx));
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_show_nothing() {
    WebApp* a = folio::web::app();
    if (a) {
        a->viewer.reader().showNothing();
        folio::web::contentChanged(*a);
    }
    return folio::ui::ReaderView::kNothingText;
}

EMSCRIPTEN_KEEPALIVE void folio_show_error(const char* message, const char* detail) {
    WebApp* a = folio::web::app();
    if (!a) {
        if (WebApp* viewer = folio::web::selected()) viewer->plain = {std::nullopt, detail};
        return;
    }
    a->viewer.reader().showError(message, detail);
    folio::web::contentChanged(*a);
}

EMSCRIPTEN_KEEPALIVE void folio_set_font_size(float px) {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setFontSize(px);
    folio::web::drawFrameNow(*a);
}

EMSCRIPTEN_KEEPALIVE void folio_step_font_size(int direction) {
    WebApp* a = folio::web::app();
    if (!a) return;
    using folio::ui::ViewerCommand;
    a->viewer.command(direction > 0   ? ViewerCommand::LargerText
                      : direction < 0 ? ViewerCommand::SmallerText
                                      : ViewerCommand::DefaultTextSize);
    folio::web::drawFrameNow(*a);
}

EMSCRIPTEN_KEEPALIVE void folio_restore_settings() {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.restoreSettings();
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_set_prefers_dark(int dark) {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setPrefersDark(dark != 0);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_stored_value_changed(const char* key) {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.storedValueChanged(key);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_set_touch(int touch) {
    WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setTouch(touch != 0);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_apply_settings(const char* json) {
    WebApp* a = folio::web::app();
    if (!a) return folio::web::returnString("the viewer is not started");
    folio::SettingsParseResult parsed = folio::parseSettings(json);
    if (!parsed.ok) return folio::web::returnString(parsed.error);
    a->viewer.changeSettings(parsed.settings);
    folio::web::drawFrameNow(*a);
    return folio::web::returnString({});
}

EMSCRIPTEN_KEEPALIVE void folio_set_viewport(float width, float height, float dpr) {
    if (!folio::web::app()) return;
    WebApp& a = *folio::web::app();
    a.cssWidth = std::max(1.0f, width);
    a.cssHeight = std::max(1.0f, height);
    a.dpr = dpr > 0.0f ? dpr : 1.0f;
    folio::web::applyCanvasSize(a);
    a.viewer.setCanvas(a.cssWidth, a.cssHeight);
    a.invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_state() {
    using nlohmann::json;
    json state = json::object();
    const WebApp* a = folio::web::app();
    const folio::ui::ReaderView* reader = a ? &a->viewer.reader() : nullptr;
    static const folio::web::PlainPage none;
    const WebApp* viewer = folio::web::selected();
    const folio::web::PlainPage& plain = viewer ? viewer->plain : none;
    const folio::Article* article = reader ? reader->article() : plain.article ? &*plain.article : nullptr;
    state["plain"] = a == nullptr;
    state["ready"] = article != nullptr && (a == nullptr || a->contentDrawn);
    state["title"] = article ? json(article->title) : json(nullptr);
    const std::string& error = reader ? reader->error() : plain.error;
    state["error"] = !error.empty() ? json(error) : json(nullptr);
    state["blocks"] = article ? article->body.size() : 0;
    const folio::MissingGlyphs* missing = reader && reader->hasContent() ? reader->layout().missing.get() : nullptr;
    state["missingGlyphs"] = missing ? missing->count : 0;
    state["emojiWithoutColor"] = missing ? missing->emoji.size() : 0;
    std::string missingCharacters;
    if (missing)
        for (const char32_t cp : missing->characters) folio::appendUtf8(missingCharacters, cp);
    state["missingCharacters"] = missingCharacters;
    state["dictionariesWanted"] = a ? folio::web::dictionariesWanted(*a) : json::array();
    state["pictures"] = article && reader ? reader->pictureCount() : 0;
    state["fontSizePx"] = a ? a->viewer.settings().fontSizePx : folio::kDefaultFontSizePx;
    state["settings"] = a ? json::parse(folio::settingsToJson(a->viewer.settings()), nullptr, false) : json(nullptr);
    state["theme"] = a ? a->viewer.theme().name : "light";
    state["settingsOpen"] = a && a->viewer.settingsOpen();
    state["notice"] = a && !a->viewer.notice().empty() ? json(a->viewer.notice()) : json(nullptr);
    state["comments"] = reader ? reader->commentCount() : 0;
    state["bookmarked"] = a && a->viewer.bookmarked();
    state["bookmarks"] = a ? a->viewer.bookmarks().items().size() : 0;
    state["shareSheetOpen"] = a && a->viewer.shareSheetOpen();
    state["bookmarksOpen"] = a && a->viewer.bookmarksOpen();
    // Never paginated here (a read must stay cheap): null until the preview or a print has made the pages.
    const folio::PrintDocument* print = a ? a->viewer.paginatedDocument() : nullptr;
    state["pages"] = print ? json(print->pages.size()) : json(nullptr);
    state["previewing"] = a && a->viewer.previewing();
    state["previewPage"] = a && a->viewer.previewing() ? a->viewer.preview().currentPage() + 1 : 0;
    json controls = json::array();
    if (a) {
        for (const folio::ui::ControlRect& c : a->viewer.controls())
            controls.push_back({{"id", c.id}, {"x", c.x}, {"y", c.y}, {"width", c.width}, {"height", c.height}});
    }
    state["controls"] = std::move(controls);
    state["scrollY"] = reader ? reader->scroller().position() : 0.0f;
    if (reader && reader->article()) {
        const folio::ui::ReadingProgress progress = reader->progress();
        state["progress"] = {{"fraction", progress.fraction}, {"minutes", progress.minutes}, {"minutesLeft", progress.minutesLeft}};
    } else {
        state["progress"] = nullptr;
    }
    if (reader && reader->hasContent()) {
        const folio::Anchor top = reader->layout().anchorAt(reader->scroller().position());
        state["position"] = {{"block", top.block}, {"item", top.item}, {"offset", top.offset}};
    } else {
        state["position"] = nullptr;
    }
    state["contentHeight"] = reader && reader->hasContent() ? reader->layout().height : 0.0f;
    state["viewportHeight"] = reader ? reader->scroller().viewportHeight() : 0.0f;
    state["devicePixelRatio"] = a ? a->dpr : 1.0f;
    state["framesRendered"] = a ? a->framesRendered : 0.0;
    state["lastFrameMs"] = a ? a->lastFrameTime : 0.0;
    return folio::web::returnString(state.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // extern "C"
