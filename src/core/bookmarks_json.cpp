// The JSON form of a bookmark list: writing, reading with a message for every refusal, size limits.
#include "bookmarks_json.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include "folio/url_rules.h"
#include "folio/iso_date.h"
#include "folio/number_text.h"
#include "stored_json.h"

namespace folio::bookmarks {

namespace {

using Json = nlohmann::json;

// {"version":1,"bookmarks":[]}: what a list costs besides its bookmarks and the commas between them.
constexpr std::size_t kEnvelopeBytes = 28;
// Most bytes the numbers of a bookmark take: a progress such as "1.17549435e-38" (14), a block up
// to 2147483647 (10), an offset up to 18446744073709551615 (20); 48 leaves room to spare.
constexpr std::size_t kNumbersBytes = 48;
// Largest offset read: what size_t holds, and no more than a JSON number keeps exactly (2^53).
constexpr std::int64_t kMaxOffset = static_cast<std::int64_t>(
    std::min<std::uint64_t>(std::numeric_limits<std::size_t>::max(), std::uint64_t{1} << 53));

// `value` as the shortest decimal that reads back as the same float: "0", "0.25", "0.3".
std::string formatProgress(float value) { return shortestDecimal(value); }

// One bookmark as a JSON object.
std::string bookmarkJson(const Bookmark& b) {
    std::string out = "{\"id\":" + stored::quoted(b.id);
    out += ",\"title\":" + stored::quoted(b.title);
    out += ",\"source\":" + stored::quoted(b.source);
    out += ",\"url\":" + stored::quoted(b.url);
    out += ",\"articleUrl\":" + stored::quoted(b.articleUrl);
    out += ",\"savedAt\":" + stored::quoted(b.savedAt);
    out += ",\"progress\":" + formatProgress(b.progress);
    out += ",\"block\":" + std::to_string(b.block);
    out += ",\"offset\":" + std::to_string(b.offset);
    out += '}';
    return out;
}

// The value of `v` when it is a whole JSON number from `low` to `high` (3.0 counts: JSON does not
// tell it from 3). `high` must be at most 2^53.
bool asInteger(const Json& v, std::int64_t low, std::int64_t high, std::int64_t& out) {
    if (v.is_number_unsigned()) {
        const std::uint64_t n = v.get<std::uint64_t>();
        out = static_cast<std::int64_t>(n);
        return n <= static_cast<std::uint64_t>(high);
    }
    if (v.is_number_integer()) {
        out = v.get<std::int64_t>();
        return out >= low && out <= high;
    }
    if (!v.is_number_float()) return false;
    const double d = v.get<double>();
    if (!(d == std::floor(d) && d >= static_cast<double>(low) && d <= static_cast<double>(high))) return false;
    out = static_cast<std::int64_t>(d);
    return true;
}

// Reads the bookmark object `v` into `out`; `path` ("bookmarks/3") prefixes messages.
bool readBookmark(const Json& v, const std::string& path, Bookmark& out, std::string& error) {
    if (!v.is_object()) {
        error = path + ": expected an object";
        return false;
    }
    struct StringMember {
        const char* key;
        std::string* field;
        bool required;
    };
    const StringMember strings[] = {{"id", &out.id, true},          {"title", &out.title, true},
                                    {"source", &out.source, false}, {"url", &out.url, false},
                                    {"articleUrl", &out.articleUrl, false}, {"savedAt", &out.savedAt, false}};
    for (const StringMember& member : strings) {
        const auto found = v.find(member.key);
        if (found == v.end() && !member.required) continue;
        if (found == v.end() || !found->is_string()) {
            error = path + "/" + member.key + (member.required ? ": expected a non-empty string" : ": expected a string");
            return false;
        }
        *member.field = found->get_ref<const std::string&>();
    }
    if (const std::string problem = checkBookmark(out); !problem.empty()) {
        error = path + "/" + problem;
        return false;
    }
    if (const auto found = v.find("progress"); found != v.end()) {
        const double progress = found->is_number() ? found->get<double>() : -1.0;
        if (!(progress >= 0.0 && progress <= 1.0)) {
            error = path + "/progress: expected a number from 0 to 1";
            return false;
        }
        out.progress = static_cast<float>(progress);
    }
    std::int64_t n = 0;
    if (const auto found = v.find("block"); found != v.end()) {
        if (!asInteger(*found, -1, std::numeric_limits<int>::max(), n)) {
            error = path + "/block: expected a whole number from -1 to " + std::to_string(std::numeric_limits<int>::max());
            return false;
        }
        out.block = static_cast<int>(n);
    }
    if (const auto found = v.find("offset"); found != v.end()) {
        if (!asInteger(*found, 0, kMaxOffset, n)) {
            error = path + "/offset: expected a whole number from 0 to " + std::to_string(kMaxOffset);
            return false;
        }
        out.offset = static_cast<std::size_t>(n);
    }
    return true;
}

// Why `s` cannot be the string `key` of a bookmark; empty when it can.
std::string checkLength(const char* key, const std::string& s) {
    if (s.size() <= kMaxBookmarkStringBytes) return {};
    return std::string(key) + ": longer than " + std::to_string(kMaxBookmarkStringBytes) + " bytes";
}

}  // namespace

std::string checkBookmark(const Bookmark& b) {
    if (b.id.empty()) return "id: expected a non-empty string";
    if (b.title.empty()) return "title: expected a non-empty string";
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"id", &b.id},
                                     {"title", &b.title},
                                     {"source", &b.source},
                                     {"url", &b.url},
                                     {"articleUrl", &b.articleUrl},
                                     {"savedAt", &b.savedAt}}) {
        if (std::string problem = checkLength(key, *value); !problem.empty()) return problem;
    }
    if (!b.url.empty() && !isHttpUrl(b.url)) return "url: expected an http(s) URL";
    if (!b.articleUrl.empty() && !isHttpOrRelativeUrl(b.articleUrl)) return "articleUrl: expected an http(s) or relative URL";
    if (!b.savedAt.empty() && !isIsoUtcTime(b.savedAt))
        return "savedAt: expected an ISO 8601 UTC time such as 2024-05-01T12:00:00Z";
    return {};
}

std::size_t reservedBytes(const Bookmark& bookmark) {
    Bookmark zeroed = bookmark;  // numbers written "0", "0", "0": 3 bytes
    zeroed.progress = 0.0f;
    zeroed.block = 0;
    zeroed.offset = 0;
    return bookmarkJson(zeroed).size() - 3 + kNumbersBytes + 1;
}

bool fitsInJsonLimit(std::size_t reserved) { return kEnvelopeBytes + reserved <= kMaxBookmarksJsonBytes; }

std::string listJson(const std::vector<Bookmark>& items) {
    std::string out = "{\"version\":1,\"bookmarks\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        out += bookmarkJson(items[i]);
    }
    out += "]}";
    return out;
}

bool readList(std::string_view json, std::vector<Bookmark>& items, std::string& error) {
    Json root;
    if (!stored::parseVersion1(json, kMaxBookmarksJsonBytes, root, error)) return false;
    const auto list = root.find("bookmarks");
    if (list == root.end() || !list->is_array()) {
        error = "bookmarks: expected an array";
        return false;
    }
    if (list->size() > kMaxBookmarks) {
        error = "bookmarks: more than " + std::to_string(kMaxBookmarks);
        return false;
    }
    std::unordered_map<std::string, std::size_t> seen;  // id -> index of its bookmark
    std::size_t reserved = 0;
    items.clear();
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "bookmarks/" + std::to_string(i);
        Bookmark bookmark;
        if (!readBookmark((*list)[i], path, bookmark, error)) return false;
        const auto [at, added] = seen.emplace(bookmark.id, i);
        if (!added) {
            error = path + "/id: the same as bookmarks/" + std::to_string(at->second) + "/id";
            return false;
        }
        reserved += reservedBytes(bookmark);
        items.push_back(std::move(bookmark));
    }
    if (!fitsInJsonLimit(reserved)) {
        error = "bookmarks: more than " + std::to_string(kMaxBookmarksJsonBytes) + " bytes when saved";
        return false;
    }
    return true;
}

}  // namespace folio::bookmarks
