// Resolving relative URLs (folio/url_resolve.h).
#include "folio/url_resolve.h"

#include "folio/url_rules.h"

namespace folio {

namespace {

bool isAsciiWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool isSchemeChar(char c, bool first) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return letter || (!first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
}

// True when `url` opens with a scheme ("https:", "mailto:", "javascript:").
bool hasScheme(std::string_view url) {
    std::size_t i = 0;
    while (i < url.size() && isSchemeChar(url[i], i == 0)) ++i;
    return i > 0 && i < url.size() && url[i] == ':';
}

// `path` without "." and ".." segments (RFC 3986, 5.2.4).
std::string withoutDotSegments(std::string_view path) {
    std::string out;
    std::size_t i = 0;
    while (i < path.size()) {
        std::size_t end = path.find('/', i + 1);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view segment = path.substr(i, end - i);  // "/name" (or "name" at the start)
        const std::string_view name = segment.front() == '/' ? segment.substr(1) : segment;
        if (name == "..") {
            const std::size_t slash = out.rfind('/');
            out.erase(slash == std::string::npos ? 0 : slash);
            if (end == path.size()) out += '/';
        } else if (name == ".") {
            if (end == path.size()) out += '/';
        } else {
            out.append(segment);
        }
        i = end;
    }
    return out;
}

}  // namespace

std::string cleanUrlAttribute(std::string_view reference) {
    std::size_t begin = 0, end = reference.size();
    while (begin < end && isAsciiWhitespace(reference[begin])) ++begin;
    while (end > begin && isAsciiWhitespace(reference[end - 1])) --end;
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        const char c = reference[i];
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (c == ' ') out += "%20";
        else out += c;
    }
    return out;
}

std::string resolveUrl(std::string_view base, std::string_view reference) {
    const std::string ref = cleanUrlAttribute(reference);
    if (hasScheme(ref) || !isHttpUrl(base)) return ref;
    // base = scheme "://" authority path [?query] [#fragment]
    const std::size_t authorityStart = base.find("//") + 2;
    std::size_t pathStart = base.find_first_of("/?#", authorityStart);
    if (pathStart == std::string_view::npos) pathStart = base.size();
    const std::string_view scheme = base.substr(0, base.find(':') + 1);        // "https:"
    const std::string_view origin = base.substr(0, pathStart);                 // "https://host"
    std::size_t pathEnd = base.find_first_of("?#", pathStart);
    if (pathEnd == std::string_view::npos) pathEnd = base.size();
    const std::string_view basePath = base.substr(pathStart, pathEnd - pathStart);
    if (ref.rfind("//", 0) == 0) return std::string(scheme) + ref;
    if (ref.empty()) return std::string(base.substr(0, base.find('#')));
    if (ref[0] == '#') return std::string(base.substr(0, base.find('#'))) + ref;
    if (ref[0] == '?') return std::string(base.substr(0, pathEnd)) + ref;
    std::size_t tail = ref.find_first_of("?#");
    if (tail == std::string::npos) tail = ref.size();
    std::string path;
    if (ref[0] == '/') {
        path = ref.substr(0, tail);
    } else {
        const std::size_t slash = basePath.rfind('/');
        path = (slash == std::string_view::npos ? std::string("/") : std::string(basePath.substr(0, slash + 1))) +
               ref.substr(0, tail);
    }
    std::string resolved = withoutDotSegments(path);
    if (resolved.empty() || resolved[0] != '/') resolved.insert(0, 1, '/');
    return std::string(origin) + resolved + ref.substr(tail);
}

}  // namespace folio
