// localStorage for the viewer. Every access is inside try/catch: Safari's private mode and full
// quotas throw, and storage may be disabled altogether.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/web/web_app.h"

// Strings cross here with their length, never as C strings: a stored value may hold a NUL, and
// everything after it must survive (kept aside whole when the value cannot be read).

// The value under `key` (`keyLength` bytes of UTF-8) as malloc'd bytes the caller frees, their
// count in `*length`; 0 when absent or unreadable, or when no memory could be had for it.
EM_JS(unsigned char*, folio_js_storage_get, (const char* key, int keyLength, int* length), {
    try {
        const value = window.localStorage.getItem(new TextDecoder().decode(HEAPU8.subarray(key, key + keyLength)));
        if (value === null) return 0;
        const bytes = new TextEncoder().encode(value);
        const ptr = _malloc(Math.max(1, bytes.length));
        if (!ptr) return 0;
        HEAPU8.set(bytes, ptr);
        HEAP32[length >> 2] = bytes.length;
        return ptr;
    } catch (e) {
        return 0;
    }
});

// Stores `valueLength` bytes at `value` under `key`: 0 when stored, 1 when the storage is full, 2 when
// the browser allows no storage here.
EM_JS(int, folio_js_storage_set, (const char* key, int keyLength, const char* value, int valueLength), {
    try {
        const decoder = new TextDecoder();
        window.localStorage.setItem(decoder.decode(HEAPU8.subarray(key, key + keyLength)),
                                    decoder.decode(HEAPU8.subarray(value, value + valueLength)));
        return 0;
    } catch (e) {
        return e && e.name === 'QuotaExceededError' ? 1 : 2;
    }
});

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
