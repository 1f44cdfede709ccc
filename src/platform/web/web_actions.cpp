// What the viewer asks of the browser (share, open a link, copy, load a bookmarked article,
// export or import bookmarks), run inside the reader's gesture, and the viewer's events for the
// embedding page. The JS side is FolioViewer._runAction and folioEmit in web/folio.js. Also the share
// menu and the bookmarks of the keyboard's dialogs (web/share-menu.js, web/bookmarks-dialog.js).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "folio/url_rules.h"
#include "platform/web/web_app.h"

// Hands an action to web/folio.js: `kind` is one of "share", "open", "copy", "article", "export",
// "import", "comment".
EM_JS(void, folio_js_action, (const char* kind, const char* url, const char* title, const char* text), {
    Module.folioAction(UTF8ToString(kind), UTF8ToString(url), UTF8ToString(title), UTF8ToString(text));
});

// Dispatches the viewer event `name` with `detailJson` on the FolioViewer.
EM_JS(void, folio_js_emit, (const char* name, const char* detailJson), {
    Module.folioEmit(UTF8ToString(name), UTF8ToString(detailJson));
});

// The page's address, for sharing an article that has no URL of its own; malloc'd, the caller frees;
// 0 when no memory could be had for it.
EM_JS(char*, folio_js_page_url, (), {
    const text = location.href;
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    if (ptr) stringToUTF8(text, ptr, size);
    return ptr;
});

namespace folio::web {
namespace {

const char* actionName(ui::ViewerAction::Kind kind) {
    using Kind = ui::ViewerAction::Kind;
    switch (kind) {
        case Kind::NativeShare: return "share";
        case Kind::OpenUrl: return "open";
        case Kind::CopyLink: return "copy";
        case Kind::OpenArticle: return "article";
        case Kind::ExportBookmarks: return "export";
        case Kind::ImportBookmarks: return "import";
        case Kind::OpenCommentForm: return "comment";
        default: return nullptr;
    }
}

}  // namespace

void runViewerRequests(WebApp& a) {
    const ui::ViewerAction action = a.viewer.takeAction();
    using Kind = ui::ViewerAction::Kind;
    if (action.kind == Kind::Print || action.kind == Kind::DownloadPdf) {
        deliverPdf(a, action.kind == Kind::Print);
    } else if (const char* name = actionName(action.kind)) {
        folio_js_action(name, action.url.c_str(), action.title.c_str(), action.text.c_str());
    }
    sendViewerEvents(a);
}

void sendViewerEvents(WebApp& a) {
    for (const ui::ViewerEvent& event : a.viewer.takeEvents()) folio_js_emit(event.name.c_str(), event.detailJson.c_str());
}

}  // namespace folio::web

extern "C" {

// The system's share dialog is not available (or failed): show the viewer's share sheet.
EMSCRIPTEN_KEEPALIVE void folio_share_sheet() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.shareSheet();
    a->invalidate();
}

// The link was copied (`ok` 1) or could not be (0).
EMSCRIPTEN_KEEPALIVE void folio_copied(int ok) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.copied(ok != 0);
    a->invalidate();
}

// Merges an exported bookmarks file (UTF-8 JSON). Returns what happened, which the viewer's notice
// also says ("" before folio_start); the string is the module's, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_import_bookmarks(const char* json) {
    static std::string message;
    folio::web::WebApp* a = folio::web::app();
    if (!a) return "";
    message = a->viewer.importBookmarks(json);
    a->invalidate();
    return message.c_str();
}

// Shares the shown article (the embedding page's share()): the system's dialog, else the sheet.
EMSCRIPTEN_KEEPALIVE void folio_share() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.command(folio::ui::ViewerCommand::Share);
    folio::web::runViewerRequests(*a);
    a->invalidate();
}

// Bookmarks or un-bookmarks the shown article; returns 1 when it is now bookmarked.
EMSCRIPTEN_KEEPALIVE int folio_toggle_bookmark() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return 0;
    a->viewer.command(folio::ui::ViewerCommand::ToggleBookmark);
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return a->viewer.bookmarked() ? 1 : 0;
}

// The bookmarks as JSON (the stored and exported form).
EMSCRIPTEN_KEEPALIVE const char* folio_bookmarks_json() {
    static std::string json;
    folio::web::WebApp* a = folio::web::app();
    json = a ? a->viewer.bookmarks().toJson() : std::string("{\"version\":1,\"bookmarks\":[]}");
    return json.c_str();
}

// Reopens the bookmark with `id` (UTF-8) as the bookmarks panel does: its article is loaded
// (folioAction "article") and shown at the bookmark's reading position. Returns 1, or 0 when there
// is no such bookmark or it has no address to load it from.
EMSCRIPTEN_KEEPALIVE int folio_open_bookmark(const char* id) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.openBookmark(id)) return 0;
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return 1;
}

// Removes the bookmark with `id` (UTF-8) and stores the list (a "bookmark" event follows). Returns
// 1, or 0 when there is no such bookmark.
EMSCRIPTEN_KEEPALIVE int folio_remove_bookmark(const char* id) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.removeBookmark(id)) return 0;
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return 1;
}

// Saves the bookmarks as folio-bookmarks.json (folioAction "export"), as the panel's Export does.
EMSCRIPTEN_KEEPALIVE void folio_export_bookmarks() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.command(folio::ui::ViewerCommand::ExportBookmarks);
    folio::web::runViewerRequests(*a);
}

// The shown article's share menu as a JSON object: {"title", "url", "links": [{"target", "label",
// "url"}]}, the links exactly as the share sheet opens them, one for each target, "url" "" where a
// target has nothing to share. "" when no article is shown. The string is the module's, valid
// until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_share_links() {
    static std::string json;
    folio::web::WebApp* a = folio::web::app();
    json = a ? a->viewer.shareMenuJson() : std::string();
    return json.c_str();
}

// Where the next article comes from (for its bookmark); call before folio_load_json. Also notes
// the page's address, shared for an article without a URL of its own.
EMSCRIPTEN_KEEPALIVE void folio_set_article_source(const char* url) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setArticleSource(url);
    char* page = folio_js_page_url();
    a->viewer.setPageUrl(page ? page : "");
    std::free(page);
}

// 1 when the viewer may open `href` (folio::isSafeLink: http(s) or mailto:), else 0. JavaScript
// asks this instead of repeating the rule.
EMSCRIPTEN_KEEPALIVE int folio_is_safe_link(const char* href) { return href && folio::isSafeLink(href) ? 1 : 0; }

}  // extern "C"
