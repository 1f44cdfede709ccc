// Pictures of image blocks: the browser fetches and decodes them (JPEG, PNG, WebP, SVG, …) and
// they go straight into WebGL textures that the reader draws.
#include <GLES3/gl3.h>
#include <emscripten.h>

#include <cstdint>
#include <unordered_map>

#include "platform/web/web_app.h"

// Loads `src` (resolved against the article's URL; http(s) only) into a new texture and reports to
// folio_picture_loaded(request, texture, width, height), texture 0 on failure. Pictures larger
// than the GPU takes are scaled down first.
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
    };
    image.onerror = () => _folio_picture_loaded(request, 0, 0, 0);
    image.src = url.href;
});

namespace folio::web {
namespace {

struct PictureRequest {
    std::size_t content = 0;  // ReaderView::contentGeneration when asked
    int block = -1;
};
std::unordered_map<int, PictureRequest> gRequests;
int gNextRequest = 1;
std::vector<GLuint> gTextures;  // textures of the shown content

}  // namespace

void loadPictures(WebApp& a) {
    if (!gTextures.empty()) glDeleteTextures(static_cast<GLsizei>(gTextures.size()), gTextures.data());
    gTextures.clear();
    const Article* article = a.viewer.reader().article();
    if (!article) return;
    for (std::size_t i = 0; i < article->body.size(); ++i) {
        const Block& block = article->body[i];
        if (block.type != BlockType::Image || block.src.empty()) continue;
        const int request = gNextRequest++;
        gRequests[request] = PictureRequest{a.viewer.reader().contentGeneration(), static_cast<int>(i)};
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
    if (!texture) return;
    if (!a || a->viewer.reader().contentGeneration() != asked.content) {
        glDeleteTextures(1, &texture);  // the article changed meanwhile
        return;
    }
    gTextures.push_back(texture);
    a->viewer.reader().setPicture(asked.block, folio::ui::ReaderView::Picture{
        reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)), static_cast<float>(width),
        static_cast<float>(height)});
    a->invalidate();
}

}  // extern "C"
