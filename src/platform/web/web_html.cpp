// HTML article bodies in the browser: the core's importer (folio/html_import.h) reads them with the
// page's own HTML5 parser (folio_js_parse_html), installed before the module's main runs. So the
// wasm core carries no HTML parser of its own, and reads HTML exactly as the browser does.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "folio/html_tree.h"
#include "platform/web/web_bridge.h"

namespace folio::web {

namespace {

// The page's parse of `html`, from its items (web_bridge.h) into `out`.
bool parseHtmlInPage(std::string_view html, HtmlTree& out, std::string& error) {
    int size = 0;
    unsigned char* items = folio_js_parse_html(html.data(), static_cast<int>(html.size()), &size);
    if (items == nullptr) {
        error = "this page cannot read HTML";
        return false;
    }
    const std::string_view all(reinterpret_cast<const char*>(items), static_cast<std::size_t>(std::max(size, 0)));
    std::string_view attribute;
    for (std::size_t start = 0; start < all.size();) {
        std::size_t end = all.find('\0', start);
        if (end == std::string_view::npos) end = all.size();
        const std::string_view item = all.substr(start, end - start);
        start = end + 1;
        if (item.empty()) continue;
        const std::string_view text = item.substr(1);
        switch (item[0]) {
            case 'o': out.open(std::string(text)); break;
            case 'a': attribute = text; break;
            case 'v': out.attribute(attribute, text); break;
            case 't': out.text(text); break;
            case 'c': out.close(); break;
            default: break;
        }
    }
    std::free(items);
    return true;
}

[[maybe_unused]] const bool kInstalled = (setHtmlParser(parseHtmlInPage), true);

}  // namespace

}  // namespace folio::web
