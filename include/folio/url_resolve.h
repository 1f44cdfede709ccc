// Resolving the URLs an HTML article holds against the address of the post it comes from.
#pragma once

#include <string>
#include <string_view>

namespace folio {

// `reference` as a browser reads an href or src attribute: leading and trailing ASCII whitespace
// removed, tabs and line breaks inside removed, spaces inside percent-encoded (%20).
std::string cleanUrlAttribute(std::string_view reference);

// `reference` (cleaned as cleanUrlAttribute does) resolved against `base` (RFC 3986, section 5:
// "//host/x", "/x", "?q", "x", "../x"), with "." and ".." segments removed. When `base` is not an
// absolute http(s) URL (isHttpUrl) a relative reference comes back cleaned but unresolved; a
// reference with a scheme of its own comes back cleaned as it is. Whether the result is safe to use
// is url_rules.h's to say.
std::string resolveUrl(std::string_view base, std::string_view reference);

}  // namespace folio
