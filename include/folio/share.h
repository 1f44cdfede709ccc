// Sharing an article: the text that is shared, the share links of e-mail and social sites, and the
// check every link target passes before the viewer opens it.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "folio/article.h"
#include "folio/url_rules.h"  // isHttpUrl, isSafeLink: the link rules share links obey

namespace folio {

// `utf8` percent-encoded as RFC 3986 asks of a URI component: the unreserved characters
// A-Z a-z 0-9 - . _ ~ are kept, every other byte becomes %XX (upper-case hex), so a non-ASCII
// character becomes the %XX of each of its UTF-8 bytes ("ü" -> "%C3%BC", " " -> "%20").
std::string percentEncode(std::string_view utf8);

enum class ShareTarget { Email, X, Facebook, LinkedIn, Weibo, WhatsApp };

// Every target, in the order the share menu lists them.
constexpr std::array<ShareTarget, 6> kShareTargets = {ShareTarget::Email,    ShareTarget::X,
                                                      ShareTarget::Facebook, ShareTarget::LinkedIn,
                                                      ShareTarget::Weibo,    ShareTarget::WhatsApp};

// The name the share menu shows for `target`: "E-mail", "X", "Facebook", "LinkedIn", "Weibo", "WhatsApp".
const char* shareTargetLabel(ShareTarget target);
// The name of `target` in the viewer's "share" events: "email", "x", "facebook", "linkedin", "weibo",
// "whatsapp".
const char* shareTargetName(ShareTarget target);

// What is shared, UTF-8, not encoded.
struct ShareText {
    std::string title;    // the article's title
    std::string url;      // an http(s) URL of the article; empty when there is none
    std::string summary;  // a sentence or a paragraph about the article; may be empty
};

// The link that shares `text` on `target`, every value percent-encoded:
//   Email     mailto:?subject=<title>&body=<summary>%0D%0A%0D%0A<url>  (no recipient)
//   X         https://x.com/intent/tweet?text=<title>&url=<url>
//   Facebook  https://www.facebook.com/sharer/sharer.php?u=<url>
//   LinkedIn  https://www.linkedin.com/sharing/share-offsite/?url=<url>
//   Weibo     https://service.weibo.com/share/share.php?url=<url>&title=<title>
//   WhatsApp  https://wa.me/?text=<title>%20<url>
// Empty parts are left out (an e-mail body of only the summary or only the URL, no "&url=" for X,
// only the title for WhatsApp). Facebook, LinkedIn and Weibo share a URL: "" when text.url is empty.
std::string shareUrl(ShareTarget target, const ShareText& text);

// Longest summary shareTextFor makes from the first paragraph, in characters (code points), "…" included.
constexpr std::size_t kShareSummaryMaxChars = 300;

// What sharing `article` shares. url: article.url when it is an http(s) URL, else `pageUrl` (the
// address the viewer shows it at) when that is one, else empty. summary: article.summary when it
// is not blank, else the plain text of the first non-blank paragraph with its whitespace collapsed,
// shortened at a word boundary to at most kShareSummaryMaxChars with "…" when it is longer (cut
// between characters when it has no space late enough, as Chinese or Japanese text has none);
// empty when the article has no paragraph.
ShareText shareTextFor(const Article& article, const std::string& pageUrl);

}  // namespace folio
