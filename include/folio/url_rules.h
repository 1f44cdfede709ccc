// Which URLs the viewer accepts, one rule each for the core, the web platform and JavaScript (which
// asks the core through the web bridge instead of repeating them).
//
// Every rule refuses a URL holding a space or an ASCII control character anywhere: browsers silently
// drop some of them (" javascript:" or "java\tscript:" would still run). Schemes match in any case.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// True for an absolute "http://" or "https://" URL with a non-empty host.
bool isHttpUrl(std::string_view url);

// True for a link the viewer may open or put in a PDF: an http(s) URL as isHttpUrl accepts, or
// "mailto:" followed by at least one character. Every other scheme (javascript:, data:, file:,
// vbscript:, …) and every relative reference is refused.
bool isSafeLink(std::string_view href);

// The host of an http(s) URL that isHttpUrl accepts, as a reader would name the site: lower case,
// without user information, port and a leading "www."; empty for any other URL.
std::string urlHost(std::string_view url);

// True for a URL a page may fetch an article or a picture from: an http(s) URL as isHttpUrl accepts,
// or a relative reference (no scheme, not empty). Whether its origin is allowed is the embedder's rule.
bool isHttpOrRelativeUrl(std::string_view url);

}  // namespace folio
