// The URL rules of url_rules.h.
#include "folio/url_rules.h"

namespace folio {

namespace {

// True when `url` holds a space or an ASCII control character.
bool hasSpaceOrControl(std::string_view url) {
    for (char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F) return true;
    }
    return false;
}

// True when `url` has a scheme: a ':' before the first '/', '?' or '#'.
bool hasAnyScheme(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos) return false;
    const std::size_t delimiter = url.find_first_of("/?#");
    return delimiter == std::string_view::npos || colon < delimiter;
}

// True when `url` starts with `scheme` (lower case) followed by ':', the scheme in any case.
bool hasScheme(std::string_view url, std::string_view scheme) {
    if (url.size() <= scheme.size() || url[scheme.size()] != ':') return false;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
        char c = url[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != scheme[i]) return false;
    }
    return true;
}

}  // namespace

bool isHttpUrl(std::string_view url) {
    if (hasSpaceOrControl(url)) return false;
    std::size_t rest = 0;
    if (hasScheme(url, "http")) rest = 5;
    else if (hasScheme(url, "https")) rest = 6;
    else return false;
    return url.size() > rest + 2 && url.substr(rest, 2) == "//" && url.find_first_of("/?#", rest + 2) != rest + 2;
}

bool isSafeLink(std::string_view href) {
    if (hasSpaceOrControl(href)) return false;
    if (hasScheme(href, "mailto")) return href.size() > 7;
    return isHttpUrl(href);
}

std::string urlHost(std::string_view url) {
    if (!isHttpUrl(url)) return {};
    const std::size_t start = url.find("//") + 2;
    std::string_view authority = url.substr(start, url.find_first_of("/?#", start) - start);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
    const std::size_t close = authority.rfind(']');  // an IPv6 address keeps its colons
    if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos && (close == std::string_view::npos || colon > close))
        authority = authority.substr(0, colon);
    std::string host(authority);
    for (char& c : host) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (host.rfind("www.", 0) == 0 && host.size() > 4) host.erase(0, 4);
    return host;
}

bool isHttpOrRelativeUrl(std::string_view url) {
    if (url.empty() || hasSpaceOrControl(url)) return false;
    return hasAnyScheme(url) ? isHttpUrl(url) : true;
}

}  // namespace folio
