// The module's C API for the text layer over the canvas (declared in web_bridge.h): the layer's
// outline and runs, and the scroll position the layer's own scrolling gives the canvas.
#include <emscripten.h>

#include <cmath>
#include <string>

#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"
#include "ui/text_layer.h"

using folio::web::returnString;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* folio_text_layer_outline() {
    folio::web::WebApp* a = folio::web::app();
    const folio::Article* shown = a ? a->viewer.reader().laidOut() : nullptr;
    if (!shown) return returnString({});
    const folio::ui::ReaderView& reader = a->viewer.reader();
    return returnString(folio::ui::textLayerOutline(reader.layout(), *shown, reader.layoutGeneration(),
                                                          a->viewer.toolbarHeight()));
}

EMSCRIPTEN_KEEPALIVE const char* folio_text_layer_groups(int first, int end) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.reader().laidOut()) return returnString({});
    const folio::ui::ReaderView& reader = a->viewer.reader();
    return returnString(folio::ui::textLayerGroups(reader.layout(), first, end, reader.layoutGeneration(), reader.laidOut()));
}

EMSCRIPTEN_KEEPALIVE void folio_set_scroll(float y) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !std::isfinite(y)) return;
    folio::ui::Scroller& scroller = a->viewer.reader().scroller();
    if (std::fabs(scroller.position() - y) < 0.5f) return;
    scroller.jumpTo(y);
    folio::web::drawFrameNow(*a);
    a->invalidate(1);  // hover settles in the next frame
}

EMSCRIPTEN_KEEPALIVE void folio_set_sideways_scroll(int block, float x) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !std::isfinite(x)) return;
    folio::ui::ReaderView& reader = a->viewer.reader();
    if (std::fabs(reader.sidewaysScroll(block) - x) < 0.25f) return;
    reader.setSidewaysScroll(block, x);
    folio::web::drawFrameNow(*a);
}

EMSCRIPTEN_KEEPALIVE void folio_set_article_drawn(int drawn) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.reader().setArticleDrawn(drawn != 0);
    a->invalidate();
}

EMSCRIPTEN_KEEPALIVE const char* folio_link_target(const char* target) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !target || !a->viewer.reader().laidOut()) return returnString({});
    return returnString(folio::ui::textLayerLinkPlace(a->viewer.reader().layout(), target));
}

}  // extern "C"
