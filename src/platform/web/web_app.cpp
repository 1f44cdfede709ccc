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

std::unique_ptr<WebApp> gApp;
std::string gReturned;     // storage for strings returned to JS; valid until the next call
std::uint64_t gLayoutSeen = ~std::uint64_t(0);  // Viewer::fontsGeneration the atlas was last checked for
float gDprSeen = 0.0f;
double gLastTick = 0.0;    // ms, the previous animation frame callback
bool gContentDrawn = false;  // the current content has been drawn at least once
bool gFrameRequested = false;  // an animation frame callback is pending
bool gCanvasShown = false;     // the canvas has been made visible (after its first drawn frame)
std::vector<std::string> gLoadNotices;  // what the last folio_load_json showed otherwise than written

// The scripts with word dictionaries (folio::wordScriptsIn) that the shown text has, found once
// per measured text (Layout::text is shared by the layouts of one measuring).
struct ShownScripts {
    std::shared_ptr<const std::string> text;
    unsigned scripts = 0;
};
ShownScripts gShownScripts;

// The word dictionary files the shown content's text needs and the viewer lacks, as a JSON array
// of file names (folio::wordDictionaryFile).
nlohmann::json dictionariesWanted(const WebApp& a) {
    nlohmann::json wanted = nlohmann::json::array();
    const ui::ReaderView& reader = a.viewer.reader();
    if (!reader.hasContent() || !reader.layout().text) return wanted;
    if (gShownScripts.text != reader.layout().text) {
        gShownScripts.text = reader.layout().text;
        gShownScripts.scripts = wordScriptsIn(*gShownScripts.text);
    }
    const WordDictionaries* have = a.metrics.wordDictionaries();
    for (std::size_t i = 0; i < kWordScriptCount; ++i) {
        const auto script = static_cast<WordScript>(i);
        if ((gShownScripts.scripts >> i & 1u) != 0 && (have == nullptr || have->find(script) == nullptr))
            wanted.push_back(wordDictionaryFile(script));
    }
    return wanted;
}

// What the page was last told of the view (folio_js_view_changed), to tell it only of changes.
struct ViewReported {
    std::size_t generation = ~std::size_t(0);
    float scrollY = -1.0f;
    float height = -1.0f;
    bool overlay = false;
    std::string theme;
    std::string coverings;  // JSON: [[x, y, width, height]…], CSS px of the canvas
};
ViewReported gReported;

// Tells the page's text layer of a new layout, scroll position, overlay, theme or covering.
void reportView(const WebApp& a) {
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
    if (now.generation == gReported.generation && now.scrollY == gReported.scrollY && now.height == gReported.height &&
        now.overlay == gReported.overlay && now.theme == gReported.theme && now.coverings == gReported.coverings) {
        return;
    }
    gReported = now;
    folio_js_view_changed(static_cast<double>(now.generation), now.scrollY, now.height, now.overlay ? 1 : 0,
                          now.theme.c_str(), now.coverings.c_str());
}

// Without a canvas (folio_start failed: no WebGL 2) articles are still read, and the page shows
// them as HTML (folio_article_html): the plain page. What it shows, or why not.
struct PlainPage {
    std::optional<Article> article;
    std::string error;
};
PlainPage gPlain;

EM_BOOL onAnimationFrame(double timeMs, void*);

// Requests one animation frame unless one is pending.
void requestFrame() {
    if (gFrameRequested) return;
    gFrameRequested = true;
    emscripten_request_animation_frame(onAnimationFrame, nullptr);
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
    if (a.viewer.fontsGeneration() == gLayoutSeen && a.dpr == gDprSeen) return;
    gLayoutSeen = a.viewer.fontsGeneration();
    gDprSeen = a.dpr;
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

// Makes the glyph texture exist before a frame draws from it, and starts the frame with room in it.
void prepareGlyphs(WebApp& a) {
    if (a.glyphs.full()) a.glyphs.clear();  // the last frame ran out of room: start again
    if (a.glyphTexture != 0) return;
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, ui::GlyphCache::kSize, ui::GlyphCache::kSize, 0, GL_LUMINANCE_ALPHA,
                 GL_UNSIGNED_BYTE, nullptr);
    a.glyphTexture = texture;
    a.glyphs.texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
}

// Uploads the rows of the glyph texture that the frame added glyphs to; a frame that ran out of
// room is drawn again (with an emptied cache).
void uploadGlyphs(WebApp& a) {
    int top = 0;
    int bottom = 0;
    if (a.glyphs.takeDirty(top, bottom)) {
        glBindTexture(GL_TEXTURE_2D, a.glyphTexture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, top, ui::GlyphCache::kSize, bottom - top, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE,
                        a.glyphs.pixels().data() + static_cast<std::size_t>(top) * ui::GlyphCache::kSize * 2);
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
    if (!gCanvasShown) {
        folio_js_show_canvas(a.canvasSelector.c_str());
        gCanvasShown = true;
    }
    gContentDrawn = true;
    a.framesRendered += 1;
    a.lastFrameTime = emscripten_get_now();
    reportView(a);
    sendViewerEvents(a);  // e.g. a notice the frame shows; last, as a listener may call the viewer
}

// An animation frame: advance animations, draw what changed, and ask for another one only while
// something is left to draw.
EM_BOOL onAnimationFrame(double timeMs, void*) {
    gFrameRequested = false;
    if (!gApp) return EM_FALSE;  // stopped (folio_stop) while the frame was pending
    WebApp& a = *gApp;
    const float dt = gLastTick > 0.0 ? static_cast<float>((timeMs - gLastTick) / 1000.0) : 0.0f;
    gLastTick = timeMs;
    if (a.viewer.scroller().moving()) {
        a.viewer.scroller().step(dt);
        a.invalidate(1);
    }
    if (a.dirtyFrames > 0) {
        --a.dirtyFrames;
        render(a, dt);
    }
    if (a.dirtyFrames > 0) requestFrame();
    if (!gFrameRequested) gLastTick = 0.0;  // idle: the next animation starts from dt = 0
    return EM_FALSE;
}

void contentChanged(WebApp& a) {
    gContentDrawn = false;
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

WebApp* app() { return gApp.get(); }

void WebApp::invalidate(int frames) {
    dirtyFrames = std::max(dirtyFrames, frames);
    requestFrame();
}

void drawFrameNow(WebApp& a) { render(a, 0.0f); }

}  // namespace folio::web

using folio::web::WebApp;
using folio::web::gApp;

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE int folio_start(const char* selector, const char* layerSelector) {
    if (gApp) return 0;
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
    gApp = std::make_unique<WebApp>();
    gApp->canvasSelector = selector;
    gApp->layerSelector = layerSelector;
    gApp->context = context;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(&gApp->atlases[0].imgui());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    folio::web::installInput(*gApp);
    gApp->viewer.setClock(folio::web::nowIso);
    return 0;
}

EMSCRIPTEN_KEEPALIVE void folio_stop() {
    if (!gApp) return;
    folio::web::removeInput(*gApp);
    folio::web::forgetPictures();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    emscripten_webgl_destroy_context(gApp->context);
    gApp.reset();
    folio::web::gContentDrawn = false;
    folio::web::gCanvasShown = false;
    folio::web::gReported = {};
    folio::web::gShownScripts = {};
}

EMSCRIPTEN_KEEPALIVE int folio_add_font(int face, const unsigned char* data, int size) {
    if (!gApp || face < 0 || face >= static_cast<int>(folio::kFontFaceCount) || size <= 0) return 0;
    return gApp->metrics.setFace(static_cast<folio::FontFace>(face), std::vector<unsigned char>(data, data + size)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* folio_fallbacks_wanted(const char* coverageJson) {
    if (!gApp || !gApp->viewer.reader().article()) return folio::web::returnString("[]");
    std::vector<folio::FallbackCoverage> coverage;
    std::string error;
    if (!folio::parseFallbackCoverage(coverageJson, coverage, error)) {
        std::fprintf(stderr, "Folio: %s\n", error.c_str());
        return folio::web::returnString("[]");
    }
    const folio::Layout& layout = gApp->viewer.reader().layout();
    if (!layout.missing || layout.missing->count == 0) return folio::web::returnString("[]");
    const std::string& language = gApp->viewer.reader().article()->language;
    nlohmann::json wanted = nlohmann::json::array();
    for (const std::string& file : folio::wantedFallbackFiles(coverage, *layout.missing, language, gApp->fallbacks)) {
        folio::FallbackFontFile font;
        folio::fallbackFontFile(file, font);
        const char* style = font.style == folio::FallbackStyle::Serif ? "serif" : font.style == folio::FallbackStyle::Sans ? "sans" : "any";
        wanted.push_back({{"file", file}, {"style", style}, {"bold", font.bold}, {"face", font.sliceOf}});
    }
    return folio::web::returnString(wanted.dump());
}

EMSCRIPTEN_KEEPALIVE int folio_add_fallback(const char* file, const unsigned char* data, int size) {
    folio::FallbackFontFile known;
    if (!gApp || !folio::fallbackFontFile(file, known) || size <= 0) return 0;
    std::string error;
    if (!gApp->metrics.addFallback(std::vector<unsigned char>(data, data + size), known.style, known.bold, error,
                                   known.collection, known.language, known.sliceOf)) {
        std::fprintf(stderr, "Folio: the font %s cannot be used (%s)\n", file, error.c_str());
        return 0;
    }
    gApp->fallbacks.push_back(file);
    return 1;
}

EMSCRIPTEN_KEEPALIVE int folio_add_word_dictionary(const unsigned char* data, int size) {
    if (!gApp || size <= 0) return 0;
    std::string error;
    if (!gApp->metrics.addWordDictionary(std::vector<unsigned char>(data, data + size), error)) {
        std::fprintf(stderr, "Folio: a word dictionary cannot be used (%s)\n", error.c_str());
        return 0;
    }
    return 1;
}

EMSCRIPTEN_KEEPALIVE int folio_first_frame_faces() {
    if (!gApp) return 0;
    int mask = 0;
    for (folio::FontFace face : gApp->viewer.firstFrameFaces()) mask |= 1 << static_cast<int>(face);
    return mask;
}

EMSCRIPTEN_KEEPALIVE int folio_faces_wanted() {
    if (!gApp) return 0;
    int mask = 0;
    for (folio::FontFace face : gApp->viewer.facesWanted()) mask |= 1 << static_cast<int>(face);
    return mask;
}

EMSCRIPTEN_KEEPALIVE void folio_fonts_added() {
    if (!gApp) return;
    gApp->viewer.reader().remeasure();
    if (gApp->viewer.previewing()) gApp->viewer.printDocument();
    gApp->invalidate();
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
    folio::web::gLoadNotices = result.notices;
    if (!gApp) {  // the plain page
        folio::web::gPlain = {};
        if (result.ok) folio::web::gPlain.article = folio::lowerForDrawing(std::move(result.article));
        else folio::web::gPlain.error = result.error.message;
        return folio::web::returnString(result.ok ? std::string() : result.error.message);
    }
    if (result.ok) {
        gApp->metrics.setLanguage(result.article.language);  // Chinese, Japanese or Korean forms
        gApp->viewer.reader().showArticle(folio::lowerForDrawing(std::move(result.article)));
        gApp->viewer.articleShown();
    } else {
        gApp->viewer.reader().showError(result.error.message);
    }
    folio::web::contentChanged(*gApp);
    return folio::web::returnString(result.ok ? std::string() : result.error.message);
}

EMSCRIPTEN_KEEPALIVE const char* folio_load_notices() {
    return folio::web::returnString(nlohmann::json(folio::web::gLoadNotices).dump());
}

EMSCRIPTEN_KEEPALIVE const char* folio_article_html() {
    const folio::Article* article = gApp                          ? gApp->viewer.reader().article()
                                    : folio::web::gPlain.article ? &*folio::web::gPlain.article
                                                                 : nullptr;
    return folio::web::returnString(article ? folio::articleHtml(*article, folio::metaLine(*article)) : std::string());
}

EMSCRIPTEN_KEEPALIVE void folio_scroll_to_block(int block, float offsetPx) {
    if (!gApp || !gApp->viewer.reader().article()) return;
    folio::ui::ReaderView& reader = gApp->viewer.reader();
    const float top = block < 0 ? 0.0f : reader.layout().yOf(folio::Anchor{block, -1, 0});
    reader.scroller().jumpTo(top + std::max(0.0f, offsetPx));
    gApp->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_show_nothing() {
    if (gApp) {
        gApp->viewer.reader().showNothing();
        folio::web::contentChanged(*gApp);
    }
    return folio::ui::ReaderView::kNothingText;
}

EMSCRIPTEN_KEEPALIVE void folio_show_error(const char* message, const char* detail) {
    if (!gApp) {
        folio::web::gPlain = {std::nullopt, detail};
        return;
    }
    gApp->viewer.reader().showError(message, detail);
    folio::web::contentChanged(*gApp);
}

EMSCRIPTEN_KEEPALIVE void folio_set_font_size(float px) {
    if (!gApp) return;
    gApp->viewer.setFontSize(px);
    folio::web::drawFrameNow(*gApp);
}

EMSCRIPTEN_KEEPALIVE void folio_step_font_size(int direction) {
    if (!gApp) return;
    using folio::ui::ViewerCommand;
    gApp->viewer.command(direction > 0   ? ViewerCommand::LargerText
                         : direction < 0 ? ViewerCommand::SmallerText
                                         : ViewerCommand::DefaultTextSize);
    folio::web::drawFrameNow(*gApp);
}

EMSCRIPTEN_KEEPALIVE void folio_restore_settings() {
    if (!gApp) return;
    gApp->viewer.restoreSettings();
    gApp->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_set_prefers_dark(int dark) {
    if (!gApp) return;
    gApp->viewer.setPrefersDark(dark != 0);
    gApp->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_stored_value_changed(const char* key) {
    if (!gApp) return;
    gApp->viewer.storedValueChanged(key);
    gApp->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_set_touch(int touch) {
    if (!gApp) return;
    gApp->viewer.setTouch(touch != 0);
    gApp->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_apply_settings(const char* json) {
    if (!gApp) return folio::web::returnString("the viewer is not started");
    folio::SettingsParseResult parsed = folio::parseSettings(json);
    if (!parsed.ok) return folio::web::returnString(parsed.error);
    gApp->viewer.changeSettings(parsed.settings);
    folio::web::drawFrameNow(*gApp);
    return folio::web::returnString({});
}

EMSCRIPTEN_KEEPALIVE void folio_set_viewport(float width, float height, float dpr) {
    if (!gApp) return;
    WebApp& a = *gApp;
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
    const WebApp* a = gApp.get();
    const folio::ui::ReaderView* reader = a ? &a->viewer.reader() : nullptr;
    const folio::web::PlainPage& plain = folio::web::gPlain;
    const folio::Article* article = reader ? reader->article() : plain.article ? &*plain.article : nullptr;
    state["plain"] = a == nullptr;
    state["ready"] = article != nullptr && (a == nullptr || folio::web::gContentDrawn);
    state["title"] = article ? json(article->title) : json(nullptr);
    const std::string& error = reader ? reader->error() : plain.error;
    state["error"] = !error.empty() ? json(error) : json(nullptr);
    state["blocks"] = article ? article->body.size() : 0;
    const folio::MissingGlyphs* missing = reader && reader->hasContent() ? reader->layout().missing.get() : nullptr;
    state["missingGlyphs"] = missing ? missing->count : 0;
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
