// Share links and the shared text.
#include "folio/share.h"

#include "folio/utf8.h"

namespace folio {

namespace {

// The unreserved characters of RFC 3986, section 2.3.
bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// `text` with runs of ASCII whitespace made single spaces, none at either end.
std::string collapseSpaces(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (char c : text) {
        if (isAsciiSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

// `text` (collapsed) cut to at most kShareSummaryMaxChars code points, "…" included, at a space
// in its second half when there is one.
std::string shortenSummary(const std::string& text) {
    std::size_t pos = 0;
    std::size_t chars = 0;
    std::size_t limit = 0;  // byte offset after the first kShareSummaryMaxChars - 1 characters
    while (pos < text.size()) {
        nextCodepoint(text, pos);
        ++chars;
        if (chars == kShareSummaryMaxChars - 1) limit = pos;
    }
    if (chars <= kShareSummaryMaxChars) return text;
    std::size_t cut = limit;
    if (text[limit] != ' ') {
        const std::size_t space = text.rfind(' ', limit);
        if (space != std::string::npos && space > limit / 2) cut = space;
    }
    while (cut > 0 && (text[cut - 1] == ' ' || text[cut - 1] == ',' || text[cut - 1] == ';' || text[cut - 1] == ':'))
        --cut;
    return text.substr(0, cut) + "\u2026";
}

// The collapsed plain text of the first paragraph that is not blank; empty when there is none.
std::string firstParagraph(const Article& article) {
    for (const Block& block : article.body) {
        if (block.type != BlockType::Paragraph) continue;
        std::string text = collapseSpaces(plainText(block.text));
        if (!text.empty()) return text;
    }
    return {};
}

}  // namespace

std::string percentEncode(std::string_view utf8) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (isUnreserved(c)) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += kHex[byte >> 4];
        out += kHex[byte & 0x0F];
    }
    return out;
}

const char* shareTargetLabel(ShareTarget target) {
    switch (target) {
        case ShareTarget::Email: return "E-mail";
        case ShareTarget::X: return "X";
        case ShareTarget::Facebook: return "Facebook";
        case ShareTarget::LinkedIn: return "LinkedIn";
        case ShareTarget::Weibo: return "Weibo";
        case ShareTarget::WhatsApp: return "WhatsApp";
    }
    return "";
}

const char* shareTargetName(ShareTarget target) {
    switch (target) {
        case ShareTarget::Email: return "email";
        case ShareTarget::X: return "x";
        case ShareTarget::Facebook: return "facebook";
        case ShareTarget::LinkedIn: return "linkedin";
        case ShareTarget::Weibo: return "weibo";
        case ShareTarget::WhatsApp: return "whatsapp";
    }
    return "";
}

std::string shareUrl(ShareTarget target, const ShareText& text) {
    const std::string title = percentEncode(text.title);
    const std::string url = percentEncode(text.url);
    switch (target) {
        case ShareTarget::Email: {
            std::string body = text.summary;
            if (!body.empty() && !text.url.empty()) body += "\r\n\r\n";
            body += text.url;
            std::string out = "mailto:?subject=" + title;
            if (!body.empty()) out += "&body=" + percentEncode(body);
            return out;
        }
        case ShareTarget::X:
            return "https://x.com/intent/tweet?text=" + title + (url.empty() ? "" : "&url=" + url);
        case ShareTarget::Facebook:
            return url.empty() ? "" : "https://www.facebook.com/sharer/sharer.php?u=" + url;
        case ShareTarget::LinkedIn:
            return url.empty() ? "" : "https://www.linkedin.com/sharing/share-offsite/?url=" + url;
        case ShareTarget::Weibo:
            return url.empty() ? "" : "https://service.weibo.com/share/share.php?url=" + url + "&title=" + title;
        case ShareTarget::WhatsApp:
            return "https://wa.me/?text=" + title + (url.empty() ? "" : "%20" + url);
    }
    return "";
}

ShareText shareTextFor(const Article& article, const std::string& pageUrl) {
    ShareText out;
    out.title = article.title;
    if (isHttpUrl(article.url)) out.url = article.url;
    else if (isHttpUrl(pageUrl)) out.url = pageUrl;
    if (!collapseSpaces(article.summary).empty()) out.summary = article.summary;
    else out.summary = shortenSummary(firstParagraph(article));
    return out;
}

}  // namespace folio
