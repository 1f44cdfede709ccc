// HTML article bodies in the browser: the core's importer (folio/html_import.h) reads them with the
// page's own HTML5 parser (folio_js_parse_html), installed before the module's main runs. So the
// wasm core carries no HTML parser of its own, and reads HTML exactly as the browser does.
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "folio/html_tree.h"
#include "platform/web/web_bridge.h"

namespace folio::web {

namespace {

// The page's parse of `html`, from its flat JSON (web_bridge.h) into `out`.
bool parseHtmlInPage(std::string_view html, HtmlTree& out, std::string& error) {
    char* flat = folio_js_parse_html(html.data(), static_cast<int>(html.size()));
    if (flat == nullptr) {
        error = "this page cannot read HTML";
        return false;
    }
    const nlohmann::json items = nlohmann::json::parse(flat, nullptr, false);
    std::free(flat);
    if (!items.is_array()) {
        error = "this page cannot read HTML";
        return false;
    }
    for (const nlohmann::json& item : items) {
        if (const auto* text = item.get_ptr<const std::string*>()) {
            out.text(*text);
        } else if (item.is_array() && !item.empty() && item[0].is_string()) {
            out.open(item[0].get<std::string>());
            for (std::size_t i = 1; i + 1 < item.size(); i += 2) {
                const auto* name = item[i].get_ptr<const std::string*>();
                const auto* value = item[i + 1].get_ptr<const std::string*>();
                if (name != nullptr && value != nullptr) out.attribute(*name, *value);
            }
        } else {
            out.close();
        }
    }
    return true;
}

[[maybe_unused]] const bool kInstalled = (setHtmlParser(parseHtmlInPage), true);

}  // namespace

}  // namespace folio::web
