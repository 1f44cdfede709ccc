// localStorage for the viewer. Every access is inside try/catch: Safari's private mode and full
// quotas throw, and storage may be disabled altogether.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

// Strings cross here with their length, never as C strings: a stored value may hold a NUL, and
// everything after it must survive (kept aside whole when the value cannot be read).

namespace folio::web {

std::optional<std::string> BrowserStorage::get(std::string_view key) {
    int length = 0;
    unsigned char* value = folio_js_storage_get(key.data(), static_cast<int>(key.size()), &length);
    if (!value) return std::nullopt;
    std::string result(reinterpret_cast<const char*>(value), static_cast<std::size_t>(length));
    std::free(value);
    return result;
}

bool BrowserStorage::set(std::string_view key, std::string_view value, std::string& error) {
    switch (folio_js_storage_set(key.data(), static_cast<int>(key.size()), value.data(), static_cast<int>(value.size()))) {
        case 0: return true;
        case 1: error = "the browser's storage is full"; return false;
        default: error = "the browser does not allow storage here"; return false;
    }
}

}  // namespace folio::web
