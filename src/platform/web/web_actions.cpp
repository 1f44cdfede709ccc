// What the viewer asks of the browser (share, open a link, copy, load a bookmarked article,
// export or import bookmarks), run inside the reader's gesture, and the viewer's events for the
// embedding page. The JS side is the host of web/folio.js (FolioViewer._makeHost: action, emit). Also the share
// menu and the bookmarks of the keyboard's dialogs (web/share-menu.js, web/bookmarks-dialog.js).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "folio/url_rules.h"
#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

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

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE void folio_share_sheet() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.shareSheet();
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE void folio_copied(int ok) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.copied(ok != 0);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_import_bookmarks(const char* json) {
    static std::string message;
    folio::web::WebApp* a = folio::web::app();
    if (!a) return "";
    message = a->viewer.importBookmarks(json);
    a->invalidate();
    return message.c_str();
}

EMSCRIPTEN_KEEPALIVE void folio_share() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.command(folio::ui::ViewerCommand::Share);
    folio::web::runViewerRequests(*a);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE int folio_toggle_bookmark() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return 0;
    a->viewer.command(folio::ui::ViewerCommand::ToggleBookmark);
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return a->viewer.bookmarked() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* folio_bookmarks_json() {
    static std::string json;
    folio::web::WebApp* a = folio::web::app();
    json = a ? a->viewer.bookmarks().toJson() : std::string("{\"version\":1,\"bookmarks\":[]}");
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE int folio_open_bookmark(const char* id) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.openBookmark(id)) return 0;
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return 1;
}

EMSCRIPTEN_KEEPALIVE int folio_remove_bookmark(const char* id) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.removeBookmark(id)) return 0;
    folio::web::runViewerRequests(*a);
    a->invalidate();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void folio_export_bookmarks() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.command(folio::ui::ViewerCommand::ExportBookmarks);
    folio::web::runViewerRequests(*a);
}

EMSCRIPTEN_KEEPALIVE const char* folio_share_links() {
    static std::string json;
    folio::web::WebApp* a = folio::web::app();
    json = a ? a->viewer.shareMenuJson() : std::string();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void folio_set_article_source(const char* url) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setArticleSource(url);
    char* page = folio_js_page_url();
    a->viewer.setPageUrl(page ? page : "");
    std::free(page);
}

EMSCRIPTEN_KEEPALIVE int folio_is_safe_link(const char* href) { return href && folio::isSafeLink(href) ? 1 : 0; }

}  // extern "C"
