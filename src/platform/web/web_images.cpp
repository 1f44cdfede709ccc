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

struct PictureRequest {
    std::size_t content = 0;  // ReaderView::contentGeneration when asked
    int block = -1;
    int item = -1;            // a gallery's picture, -1 for the block's own (folio::ShownPicture)
    std::string src;
};
std::unordered_map<int, PictureRequest> gRequests;
std::unordered_map<int, PictureRequest> gPdfRequests;  // pictures still to be kept for the PDF
int gNextRequest = 1;
std::vector<GLuint> gTextures;  // textures of the shown content

// Request `request` needs nothing more for the PDF; tells JS when none is left.
void pdfRequestDone(int request) {
    if (gPdfRequests.erase(request) && gPdfRequests.empty()) folio_js_pdf_pictures_kept();
}

}  // namespace

void forgetPictures() {
    gRequests.clear();
    gPdfRequests.clear();
    gTextures.clear();  // deleted with their context
}

void loadPictures(WebApp& a) {
    if (!gTextures.empty()) glDeleteTextures(static_cast<GLsizei>(gTextures.size()), gTextures.data());
    gTextures.clear();
    a.pdfPictures.clear();
    gPdfRequests.clear();
    const Article* article = a.viewer.reader().article();
    if (!article) return;
    for (const ShownPicture& shown : shownPictures(*article)) {
        const int request = gNextRequest++;
        gRequests[request] = PictureRequest{a.viewer.reader().contentGeneration(), shown.block, shown.item, shown.src};
        gPdfRequests[request] = gRequests[request];
        folio_js_load_picture(request, shown.src.c_str());
    }
}

}  // namespace folio::web

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE void folio_picture_loaded(int request, unsigned texture, int width, int height) {
    using namespace folio::web;
    const auto found = gRequests.find(request);
    if (found == gRequests.end()) return;
    const PictureRequest asked = found->second;
    gRequests.erase(found);
    WebApp* a = app();
    if (!texture) {
        pdfRequestDone(request);  // no picture, so none for the PDF either
        return;
    }
    if (!a || a->viewer.reader().contentGeneration() != asked.content) {
        glDeleteTextures(1, &texture);  // the article changed meanwhile
        pdfRequestDone(request);
        return;
    }
    gTextures.push_back(texture);
    a->viewer.reader().setPicture(asked.block, asked.item, folio::ui::Picture{
        reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), static_cast<float>(width),
        static_cast<float>(height)});
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE int folio_pdf_picture(int request, int kind, int width, int height, const unsigned char* data,
                                           int size) {
    using namespace folio::web;
    const auto found = gPdfRequests.find(request);
    WebApp* a = app();
    if (found == gPdfRequests.end() || !a) return 0;
    const PictureRequest asked = found->second;
    const folio::Article* article = a->viewer.reader().article();
    if (kind == 0 || !article || a->viewer.reader().contentGeneration() != asked.content) {
        pdfRequestDone(request);
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
    pdfRequestDone(request);
    return kept ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int folio_pdf_pictures_pending() { return static_cast<int>(folio::web::gPdfRequests.size()); }

}  // extern "C"
