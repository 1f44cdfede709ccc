// Pictures of image blocks: the browser fetches and decodes them (JPEG, PNG, WebP, SVG, …) and
// they go straight into WebGL textures that the reader draws. Then, one at a time and off the
// critical path, each is kept for the PDF: a JPEG file as it is, any other picture as the pixels
// the browser decoded (an SVG drawn at a size fit for paper).
#include <GLES3/gl3.h>
#include <emscripten.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

namespace folio::web {
namespace {

// Which viewer asked for each picture (request numbers are the module's, for all its viewers).
std::unordered_map<int, int> gRequestViewer;
int gNextRequest = 1;

// Request `request` of `a` needs nothing more for the PDF; tells JS when none is left.
void pdfRequestDone(WebApp& a, int request) {
    if (!a.pictureRequests.count(request)) gRequestViewer.erase(request);  // nothing more is asked of it
    if (a.pdfRequests.erase(request) && a.pdfRequests.empty()) folio_js_pdf_pictures_kept();
}

// The viewer that asked for picture `request`, selected; nullptr when it is gone.
WebApp* requester(int request) {
    const auto found = gRequestViewer.find(request);
    WebApp* a = found == gRequestViewer.end() ? nullptr : viewerById(found->second);
    if (a) select(a);
    return a;
}

}  // namespace

void forgetPictures(WebApp& a) {
    for (const auto& request : a.pictureRequests) gRequestViewer.erase(request.first);
    for (const auto& request : a.pdfRequests) gRequestViewer.erase(request.first);
    a.pictureRequests.clear();
    a.pdfRequests.clear();
    a.textures.clear();  // deleted with their context
}

void loadPictures(WebApp& a) {
    if (!a.textures.empty()) glDeleteTextures(static_cast<GLsizei>(a.textures.size()), a.textures.data());
    a.textures.clear();
    a.pdfPictures.clear();
    for (const auto& request : a.pdfRequests)
        if (!a.pictureRequests.count(request.first)) gRequestViewer.erase(request.first);
    a.pdfRequests.clear();
    const Article* article = a.viewer.reader().article();
    if (!article) return;
    for (const ShownPicture& shown : shownPictures(*article)) {
        const int request = gNextRequest++;
        a.pictureRequests[request] = PictureRequest{a.viewer.reader().contentGeneration(), shown.block, shown.item, shown.src};
        a.pdfRequests[request] = a.pictureRequests[request];
        gRequestViewer[request] = a.id;
        folio_js_load_picture(request, shown.src.c_str());
    }
}

}  // namespace folio::web

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE void folio_picture_loaded(int request, unsigned texture, int width, int height) {
    using namespace folio::web;
    WebApp* a = requester(request);  // selected by the page before it made the texture
    if (!a) return;
    const auto found = a->pictureRequests.find(request);
    if (found == a->pictureRequests.end()) return;
    const PictureRequest asked = found->second;
    a->pictureRequests.erase(found);
    if (!a->pdfRequests.count(request)) gRequestViewer.erase(request);
    if (!texture) {
        pdfRequestDone(*a, request);  // no picture, so none for the PDF either
        return;
    }
    if (a->viewer.reader().contentGeneration() != asked.content) {
        glDeleteTextures(1, &texture);  // the article changed meanwhile
        pdfRequestDone(*a, request);
        return;
    }
    a->textures.push_back(texture);
    a->viewer.reader().setPicture(asked.block, asked.item, folio::ui::Picture{
        reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), static_cast<float>(width),
        static_cast<float>(height)});
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE int folio_pdf_picture(int request, int kind, int width, int height, const unsigned char* data,
                                           int size) {
    using namespace folio::web;
    WebApp* a = requester(request);
    if (!a) return 0;
    const auto found = a->pdfRequests.find(request);
    if (found == a->pdfRequests.end()) return 0;
    const PictureRequest asked = found->second;
    const folio::Article* article = a->viewer.reader().article();
    if (kind == 0 || !article || a->viewer.reader().contentGeneration() != asked.content) {
        pdfRequestDone(*a, request);
        return 0;
    }
    folio::PdfPicture picture;
    if (kind == 1) {
        std::string notTaken;
        if (!folio::jpegPicture(std::vector<unsigned char>(data, data + size), picture, notTaken)) return 0;
    } else if (kind == 2 && width > 0 && height > 0 && size == width * height * 4) {
        picture = folio::rgbaPicture(width, height, data);
        if (!folio::deflatePicture(picture)) picture = folio::PdfPicture{};
    }
    const bool kept = picture.width > 0;
    if (kept) a->pdfPictures[asked.src] = std::move(picture);
    pdfRequestDone(*a, request);
    return kept ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int folio_select_picture_viewer(int request) { return folio::web::requester(request) ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE int folio_pdf_pictures_pending() {
    const folio::web::WebApp* a = folio::web::app();
    return a ? static_cast<int>(a->pdfRequests.size()) : 0;
}

}  // extern "C"
