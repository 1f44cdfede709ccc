// localStorage for the viewer. Every access is inside try/catch: Safari's private mode and full
// quotas throw, and storage may be disabled altogether.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/web/web_app.h"

// The value under `key` as a malloc'd UTF-8 string the caller frees; 0 when absent or unreadable.
EM_JS(char*, folio_js_storage_get, (const char* key), {
    try {
        const value = window.localStorage.getItem(UTF8ToString(key));
        if (value === null) return 0;
        const size = lengthBytesUTF8(value) + 1;
        const ptr = _malloc(size);
        stringToUTF8(value, ptr, size);
        return ptr;
    } catch (e) {
        return 0;
    }
});

// Stores `value` under `key`. Returns 0, or a malloc'd message the caller frees.
EM_JS(char*, folio_js_storage_set, (const char* key, const char* value), {
    let message;
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        message = e && e.name === 'QuotaExceededError' ? "the browser's storage is full"
                                                       : 'the browser does not allow storage here';
    }
    const size = lengthBytesUTF8(message) + 1;
    const ptr = _malloc(size);
    stringToUTF8(message, ptr, size);
    return ptr;
});

namespace folio::web {

std::optional<std::string> BrowserStorage::get(std::string_view key) {
    char* value = folio_js_storage_get(std::string(key).c_str());
    if (!value) return std::nullopt;
    std::string result(value);
    std::free(value);
    return result;
}

bool BrowserStorage::set(std::string_view key, std::string_view value, std::string& error) {
    char* message = folio_js_storage_set(std::string(key).c_str(), std::string(value).c_str());
    if (!message) return true;
    error = message;
    std::free(message);
    return false;
}

}  // namespace folio::web
