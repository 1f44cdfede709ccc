// Pictures of image blocks: the browser fetches and decodes them (JPEG, PNG, WebP, SVG, …) and
// they go straight into WebGL textures that the reader draws. Then, one at a time and off the
// critical path, each is kept for the PDF: a JPEG file as it is, any other picture as the pixels
// the browser decoded (an SVG drawn at a size fit for paper).
#include <GLES3/gl3.h>
#include <emscripten.h>

#include <cstdint>
#include <unordered_map>

#include "platform/web/web_app.h"

// Loads `src` (resolved against the article's URL; http(s) only) into a new texture and reports to
// folio_picture_loaded(request, texture, width, height), texture 0 on failure. Pictures larger
// than the GPU takes are scaled down first.
// Then keeps the picture for the PDF, one after the other: the file's bytes when it is a JPEG (the PDF holds it as it is), else
// the picture drawn into a canvas, an SVG at 1600 px on its longer side (or its own size if
// larger), any picture at most 2400 px: folio_pdf_picture(request, 1, 0, 0, bytes) or (request, 2,
// width, height, RGBA pixels). A picture that cannot be had is left out (its box stays grey).
EM_JS(void, folio_js_load_picture, (int request, const char* src), {
    let url;
    try {
        url = new URL(UTF8ToString(src), Module.folioArticleBase || document.baseURI);
    } catch (e) {
        _folio_picture_loaded(request, 0, 0, 0);
        return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        _folio_picture_loaded(request, 0, 0, 0);
        return;
    }
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.onload = () => {
        const limit = Math.min(4096, GLctx.getParameter(GLctx.MAX_TEXTURE_SIZE));
        let source = image;
        let width = image.naturalWidth || 1;
        let height = image.naturalHeight || 1;
        if (width > limit || height > limit) {
            const scale = limit / Math.max(width, height);
            width = Math.max(1, Math.round(width * scale));
            height = Math.max(1, Math.round(height * scale));
            source = document.createElement('canvas');
            source.width = width;
            source.height = height;
            source.getContext('2d').drawImage(image, 0, 0, width, height);
        }
        const texture = GLctx.createTexture();
        GLctx.bindTexture(GLctx.TEXTURE_2D, texture);
        GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_MIN_FILTER, GLctx.LINEAR);
        GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_MAG_FILTER, GLctx.LINEAR);
        GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_WRAP_S, GLctx.CLAMP_TO_EDGE);
        GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_WRAP_T, GLctx.CLAMP_TO_EDGE);
        GLctx.texImage2D(GLctx.TEXTURE_2D, 0, GLctx.RGBA, GLctx.RGBA, GLctx.UNSIGNED_BYTE, source);
        const id = GL.getNewId(GL.textures);
        texture.name = id;
        GL.textures[id] = texture;
        _folio_picture_loaded(request, id, width, height);
        Module.folioPdfPictureQueue = (Module.folioPdfPictureQueue || Promise.resolve()).then(keepForPdf);
    };
    const withHeap = (bytes, use) => {
        const ptr = _malloc(bytes.length);
        if (!ptr) return null;  // no memory for it
        HEAPU8.set(bytes, ptr);
        try {
            return use(ptr);
        } finally {
            _free(ptr);
        }
    };
    const keepForPdf = async () => {
        let bytes = null;
        let type = "";
        try {
            const response = await fetch(url.href, { credentials: 'same-origin' });
            if (response.ok) {
                type = response.headers.get('content-type') || "";
                bytes = new Uint8Array(await response.arrayBuffer());
            }
        } catch (e) {
            bytes = null;
        }
        if (bytes && bytes[0] === 0xFF && bytes[1] === 0xD8 && bytes[2] === 0xFF &&
            withHeap(bytes, (ptr) => _folio_pdf_picture(request, 1, 0, 0, ptr, bytes.length))) return;
        const natural = [image.naturalWidth || 1, image.naturalHeight || 1];
        const longer = Math.max(natural[0], natural[1]);
        const wanted = Math.min(2400, /svg/i.test(type) ? Math.max(1600, longer) : longer);
        const width = Math.max(1, Math.round(natural[0] * wanted / longer));
        const height = Math.max(1, Math.round(natural[1] * wanted / longer));
        let pixels;
        try {
            const context = new OffscreenCanvas(width, height).getContext('2d');
            context.drawImage(image, 0, 0, width, height);
            pixels = new Uint8Array(context.getImageData(0, 0, width, height).data.buffer);
        } catch (e) {
            _folio_pdf_picture(request, 0, 0, 0, 0, 0);
            return;
        }
        if (withHeap(pixels, (ptr) => _folio_pdf_picture(request, 2, width, height, ptr, pixels.length)) === null) {
            _folio_pdf_picture(request, 0, 0, 0, 0, 0);  // the picture's box stays grey in the PDF
        }
    };
    image.onerror = () => _folio_picture_loaded(request, 0, 0, 0);
    image.src = url.href;
});

// Every picture asked for has been kept for the PDF or given up: resolves those waiting for that
// (web/folio.js exportPdf()).
EM_JS(void, folio_js_pdf_pictures_kept, (), {
    (Module.folioPdfPicturesWaiting || []).splice(0).forEach((resolve) => resolve());
});

namespace folio::web {
namespace {

struct PictureRequest {
    std::size_t content = 0;  // ReaderView::contentGeneration when asked
    int block = -1;
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

void loadPictures(WebApp& a) {
    if (!gTextures.empty()) glDeleteTextures(static_cast<GLsizei>(gTextures.size()), gTextures.data());
    gTextures.clear();
    a.pdfPictures.clear();
    gPdfRequests.clear();
    const Article* article = a.viewer.reader().article();
    if (!article) return;
    for (std::size_t i = 0; i < article->body.size(); ++i) {
        const Block& block = article->body[i];
        if (block.type != BlockType::Image || block.src.empty()) continue;
        const int request = gNextRequest++;
        gRequests[request] = PictureRequest{a.viewer.reader().contentGeneration(), static_cast<int>(i)};
        gPdfRequests[request] = gRequests[request];
        folio_js_load_picture(request, block.src.c_str());
    }
}

}  // namespace folio::web

extern "C" {

// A picture asked for by loadPictures arrived (texture > 0) or failed (texture 0).
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
    a->viewer.reader().setPicture(asked.block, folio::ui::Picture{
        reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), static_cast<float>(width),
        static_cast<float>(height)});
    a->invalidate();
}

// The picture of request `request` for the PDF: `kind` 1, the `size` bytes at `data` are a JPEG
// file; 2, they are `width` x `height` RGBA pixels; 0, it could not be had. Copies what it keeps.
// Returns 1 when kept, 0 when refused (a JPEG the PDF cannot hold as it is: send its pixels then)
// or no longer wanted (the article changed).
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
    if (kept) a->pdfPictures[article->body[static_cast<std::size_t>(asked.block)].src] = std::move(picture);
    pdfRequestDone(request);
    return kept ? 1 : 0;
}

// How many pictures of the shown content are still on their way to the PDF.
EMSCRIPTEN_KEEPALIVE int folio_pdf_pictures_pending() { return static_cast<int>(folio::web::gPdfRequests.size()); }

}  // extern "C"
