// HTML import: pictures (the largest candidate of src, srcset and <picture>, lazy-loading
// attributes), figures with their captions and credits, galleries, and embeds: iframes, videos,
// audio and social posts become cards that link out (a YouTube player's address becomes its watch
// page), never frames.
//
// Sections: picture candidates · pictures and figures · galleries · embeds.
#include "folio/url_resolve.h"
#include "folio/url_rules.h"
#include "html_import_internal.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>

namespace folio::html {

namespace {

// ---------------------------------------------------------------------------------------------------
// Picture candidates
// ---------------------------------------------------------------------------------------------------

// One candidate picture: its address and descriptor (a width in px, or a pixel density).
struct Candidate {
    std::string url;
    double width = 0;    // "800w"; 0 when not given
    double density = 1;  // "2x"; 1 when not given
};

// A positive integer attribute ("640"), else 0.
int positiveInt(const std::string* value) {
    if (value == nullptr || value->empty()) return 0;
    long long n = 0;
    for (char c : *value) {
        if (c < '0' || c > '9') return 0;
        n = std::min<long long>(n * 10 + (c - '0'), INT_MAX);
    }
    return static_cast<int>(n);
}

// The candidates of a srcset attribute: "a.jpg 800w, b.jpg 1600w", "a.jpg, b.jpg 2x".
void parseSrcset(std::string_view srcset, std::vector<Candidate>& out) {
    std::size_t i = 0;
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    while (i < srcset.size()) {
        while (i < srcset.size() && (space(srcset[i]) || srcset[i] == ',')) ++i;
        const std::size_t start = i;
        while (i < srcset.size() && !space(srcset[i])) ++i;
        std::string_view url = srcset.substr(start, i - start);
        Candidate candidate;
        bool descriptors = true;
        while (!url.empty() && url.back() == ',') {
            url.remove_suffix(1);
            descriptors = false;
        }
        if (descriptors) {
            const std::size_t end = srcset.find(',', i);
            const std::string_view text = srcset.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
            std::size_t d = 0;
            while (d < text.size()) {
                while (d < text.size() && space(text[d])) ++d;
                const std::size_t tokenStart = d;
                while (d < text.size() && !space(text[d])) ++d;
                const std::string token(text.substr(tokenStart, d - tokenStart));
                if (token.size() < 2) continue;
                char* parsedEnd = nullptr;
                const double value = std::strtod(token.c_str(), &parsedEnd);
                if (parsedEnd != token.c_str() + token.size() - 1 || !(value > 0) || !std::isfinite(value)) continue;
                if (token.back() == 'w') candidate.width = value;
                else if (token.back() == 'x') candidate.density = value;
            }
            i = end == std::string_view::npos ? srcset.size() : end + 1;
        }
        if (url.empty()) continue;
        candidate.url.assign(url);
        out.push_back(std::move(candidate));
    }
}

// The host of an http(s) URL, lower case, without "www." ("www.YouTube.com:443" -> "youtube.com").
std::string hostOf(std::string_view url) {
    const std::size_t start = url.find("//");
    if (start == std::string_view::npos) return {};
    std::size_t end = url.find_first_of("/?#", start + 2);
    if (end == std::string_view::npos) end = url.size();
    std::string host = lowerAscii(url.substr(start + 2, end - start - 2));
    if (const std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
    if (const std::size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos)
        host.erase(colon);
    for (std::string_view prefix : {"www.", "m."}) {
        if (host.rfind(prefix, 0) == 0) host.erase(0, prefix.size());
    }
    return host;
}

// The path of an http(s) URL ("/embed/abc"), without query or fragment.
std::string pathOf(std::string_view url) {
    const std::size_t start = url.find("//");
    const std::size_t slash = url.find('/', start + 2);
    if (start == std::string_view::npos || slash == std::string_view::npos) return "/";
    const std::size_t end = url.find_first_of("?#", slash);
    return std::string(url.substr(slash, end == std::string_view::npos ? std::string_view::npos : end - slash));
}

// The value of query parameter `name`, percent-decoded; empty when absent.
std::string queryValue(std::string_view url, std::string_view name) {
    const std::size_t query = url.find('?');
    if (query == std::string_view::npos) return {};
    std::string_view rest = url.substr(query + 1, url.find('#') == std::string_view::npos ? std::string_view::npos
                                                                                          : url.find('#') - query - 1);
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        if (pair.substr(0, pair.find('=')) != name || pair.find('=') == std::string_view::npos) continue;
        const std::string_view value = pair.substr(pair.find('=') + 1);
        std::string decoded;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                                                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
            if (value[i] == '%' && i + 2 < value.size() && hex(value[i + 1]) >= 0 && hex(value[i + 2]) >= 0) {
                decoded += static_cast<char>(hex(value[i + 1]) * 16 + hex(value[i + 2]));
                i += 2;
            } else {
                decoded += value[i] == '+' ? ' ' : value[i];
            }
        }
        return decoded;
    }
    return {};
}

// The segment of `path` after `prefix` ("/embed/abc?x" with "/embed/" -> "abc"), empty when the
// path does not start with it.
std::string segmentAfter(const std::string& path, std::string_view prefix) {
    if (path.rfind(prefix, 0) != 0) return {};
    const std::size_t start = prefix.size();
    const std::size_t end = path.find('/', start);
    return path.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Where an embedded player's item is for a reader, who hosts it and what it is.
struct LinkOut {
    std::string url;
    std::string provider;
    EmbedKind kind = EmbedKind::Link;
};

LinkOut linkOut(const std::string& url, EmbedKind hint) {
    const std::string host = hostOf(url);
    const std::string path = pathOf(url);
    const auto ends = [&](std::string_view domain) {
        return host == domain || (host.size() > domain.size() && host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
                                  host[host.size() - domain.size() - 1] == '.');
    };
    if (ends("youtube.com") || ends("youtube-nocookie.com")) {
        const std::string id = segmentAfter(path, "/embed/");
        return {id.empty() ? url : "https://www.youtube.com/watch?v=" + id, "YouTube", EmbedKind::Video};
    }
    if (host == "youtu.be") {
        const std::string id = segmentAfter(path, "/");
        return {id.empty() ? url : "https://www.youtube.com/watch?v=" + id, "YouTube", EmbedKind::Video};
    }
    if (ends("vimeo.com")) {
        const std::string id = segmentAfter(path, "/video/");
        return {id.empty() ? url : "https://vimeo.com/" + id, "Vimeo", EmbedKind::Video};
    }
    if (ends("dailymotion.com")) {
        const std::string id = segmentAfter(path, "/embed/video/");
        return {id.empty() ? url : "https://www.dailymotion.com/video/" + id, "Dailymotion", EmbedKind::Video};
    }
    if (host == "open.spotify.com") {
        std::string item = path.rfind("/embed/", 0) == 0 ? path.substr(6) : path;
        return {"https://open.spotify.com" + item, "Spotify", EmbedKind::Audio};
    }
    if (ends("soundcloud.com")) {
        const std::string track = queryValue(url, "url");
        return {isHttpUrl(track) ? track : url, "SoundCloud", EmbedKind::Audio};
    }
    if (ends("twitter.com") || ends("x.com")) return {url, "X", EmbedKind::Post};
    if (ends("instagram.com")) {
        std::string page = url.substr(0, url.find_first_of("?#"));
        if (page.size() > 7 && page.compare(page.size() - 7, 7, "/embed/") == 0) page.resize(page.size() - 6);
        else if (page.size() > 6 && page.compare(page.size() - 6, 6, "/embed") == 0) page.resize(page.size() - 5);
        return {page, "Instagram", EmbedKind::Post};
    }
    if (ends("tiktok.com")) return {url, "TikTok", EmbedKind::Post};
    if (ends("google.com") && path.rfind("/maps", 0) == 0) return {url, "Google Maps", EmbedKind::Link};
    return {url, host, hint};
}

// Social posts that publishers paste as a quote or box with the network's script: the class that
// marks each, and who hosts it (empty: the link's host).
constexpr std::pair<std::string_view, std::string_view> kSocialPosts[] = {
    {"twitter-tweet", "X"},          {"twitter-video", "X"},        {"instagram-media", "Instagram"},
    {"tiktok-embed", "TikTok"},      {"bluesky-embed", "Bluesky"},  {"mastodon-embed", ""},
    {"reddit-embed-bq", "Reddit"},   {"reddit-card", "Reddit"},     {"text-post-media", "Threads"},
    {"fb-post", "Facebook"},         {"imgur-embed-pub", "Imgur"},  {"tumblr-post", "Tumblr"},
};

}  // namespace

// ---------------------------------------------------------------------------------------------------
// Pictures and figures
// ---------------------------------------------------------------------------------------------------

// The picture of an <img>: the largest candidate (by width descriptor, else by density) of its
// srcset and lazy-loading srcsets, of the <source>s of its <picture> in formats every reader of
// the article decodes (JPEG, PNG, GIF, or no type given), and of its src (the lazy-loading
// data-src, data-lazy-src and data-original before src, which such pages fill with a placeholder).
// Addresses that are neither http(s) nor relative (data:, blob:) are not candidates.
bool Importer::pictureOf(NodeIndex img, GalleryImage& out) const {
    const HtmlNode& n = node(img);
    std::vector<Candidate> candidates;
    for (const char* attribute : {"data-lazy-srcset", "data-srcset", "srcset"}) {
        if (const std::string* srcset = n.attribute(attribute)) parseSrcset(*srcset, candidates);
    }
    if (n.parent != HtmlNode::kNone && node(n.parent).name == "picture") {
        for (NodeIndex s = node(n.parent).firstChild; s != HtmlNode::kNone; s = node(s).nextSibling) {
            if (node(s).name != "source") continue;
            const std::string* type = node(s).attribute("type");
            const std::string kind = type == nullptr ? std::string() : lowerAscii(*type);
            if (!kind.empty() && kind != "image/jpeg" && kind != "image/png" && kind != "image/gif") continue;
            for (const char* attribute : {"data-srcset", "srcset"}) {
                if (const std::string* srcset = node(s).attribute(attribute)) parseSrcset(*srcset, candidates);
            }
        }
    }
    for (const char* attribute : {"data-lazy-src", "data-src", "data-original", "src"}) {
        const std::string* src = n.attribute(attribute);
        if (src == nullptr) continue;
        const std::string url = resolved(*src);
        if (!isHttpOrRelativeUrl(url)) continue;
        candidates.push_back(Candidate{url, 0, 1});
        break;
    }
    const Candidate* best = nullptr;
    for (Candidate& candidate : candidates) {
        candidate.url = resolved(candidate.url);
        if (!isHttpOrRelativeUrl(candidate.url)) continue;
        const bool better = best == nullptr || (candidate.width > 0 && best->width == 0) ||
                            (candidate.width > 0 && candidate.width > best->width) ||
                            (candidate.width == 0 && best->width == 0 && candidate.density > best->density);
        if (better) best = &candidate;
    }
    if (best == nullptr) return false;
    out.src = best->url;
    if (const std::string* alt = n.attribute("alt")) out.alt = collapsedLine(*alt);
    const int width = positiveInt(n.attribute("width"));
    const int height = positiveInt(n.attribute("height"));
    const double scale = best->width > 0 ? (width > 0 ? best->width / width : 0) : best->density;
    const auto scaled = [](double v) { return v >= 1 && v <= INT_MAX ? static_cast<int>(std::lround(v)) : 0; };
    if (best->width > 0) {
        out.width = scaled(best->width);
        out.height = scale > 0 && height > 0 ? scaled(height * scale) : 0;
    } else {
        out.width = width > 0 ? scaled(width * scale) : 0;
        out.height = height > 0 ? scaled(height * scale) : 0;
    }
    if (out.width == 0 || out.height == 0) out.width = out.height = 0;  // a size is both or neither
    if (best->width > 0 && out.height == 0) out.width = 0;
    return true;
}

// An <img>: an image block (a WordPress emoji picture is its text instead). Pictures without a
// usable address are left out, with a notice.
void Importer::image(NodeIndex index, Context& ctx, const Style& style) {
    if (classContains(index, "emoji") || hasClass(index, "wp-smiley")) {
        if (const std::string* alt = node(index).attribute("alt")) ctx.sink->text(*alt, style);
        return;
    }
    GalleryImage picture;
    if (!pictureOf(index, picture)) {
        notice("a picture without an http(s) or relative address was left out");
        return;
    }
    emit(ctx, imageBlock(std::move(picture)));
}

// A figcaption's text: a <cite> in it, or an element whose class says "credit", is the credit.
void Importer::captionAndCredit(NodeIndex figcaption, std::string& caption, std::string& credit) const {
    NodeIndex creditNode = HtmlNode::kNone;
    for (NodeIndex i = figcaption + 1; i < facts_[figcaption].end && creditNode == HtmlNode::kNone; ++i) {
        if (!node(i).isText() && (node(i).name == "cite" || classContains(i, "credit"))) creditNode = i;
    }
    caption = plainOf(figcaption, creditNode);
    credit = creditNode == HtmlNode::kNone ? std::string() : plainOf(creditNode);
}

// A figure: one picture with its caption and credit; several pictures, a gallery; a player, an
// embed card; a table or a quote, with the caption as theirs. Anything else: its blocks in order,
// the caption a paragraph after them.
void Importer::figure(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    NodeIndex figcaption = HtmlNode::kNone;
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone; c = node(c).nextSibling) {
        if (node(c).name == "figcaption" && !skipped(c)) figcaption = c;
    }
    std::string caption, credit;
    if (figcaption != HtmlNode::kNone) captionAndCredit(figcaption, caption, credit);
    const SubtreeFacts& facts = facts_[index];
    const bool embedCard = hasClass(index, "wp-block-embed") || hasClass(index, "kg-embed-card");
    if (facts.images >= 2 && facts.tables == 0 && facts.media == 0) return gallery(index, ctx, style, depth);
    if (facts.media > 0 && facts.images == 0 && facts.tables == 0) {
        for (NodeIndex i = index + 1; i < facts.end; ++i) {
            if ((node(i).name == "iframe" || node(i).name == "video" || node(i).name == "audio") && !skipped(i)) {
                if (embed(i, ctx, caption.empty() ? caption : caption + (credit.empty() ? "" : " " + credit))) return;
                break;
            }
        }
    }
    if (embedCard && facts.images == 0 && facts.tables == 0) {
        // A WordPress embed the editor could not render: its address, as text.
        const std::string url = resolved(plainOf(index, figcaption));
        if (isHttpUrl(url) && embedFromUrl(url, ctx, caption)) return;
        for (NodeIndex i = index + 1; i < facts.end; ++i) {
            if ((node(i).name == "blockquote" || node(i).name == "div") && !skipped(i) && socialPost(i, ctx)) return;
        }
    }
    if (facts.images == 1 && facts.tables == 0 && facts.pres == 0 && facts.quotes == 0 &&
        plainOf(index, figcaption).empty()) {
        const NodeIndex img = firstDescendant(index, "img");
        GalleryImage picture;
        if (img != HtmlNode::kNone && pictureOf(img, picture)) {
            picture.caption = caption;
            picture.credit = credit;
            emit(ctx, imageBlock(std::move(picture)));
            return;
        }
    }
    // Its blocks in order; the caption goes to a table or quote among them, else after them.
    const std::size_t before = ctx.out->size();
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        if (c != figcaption) visit(c, ctx, style, depth + 1);
    }
    flush(ctx);
    if (failed_ || figcaption == HtmlNode::kNone) return;
    const std::string full = credit.empty() ? caption : caption.empty() ? credit : caption + " " + credit;
    for (std::size_t i = before; i < ctx.out->size(); ++i) {
        Block& block = (*ctx.out)[i];
        if (block.type == BlockType::Table && block.caption.empty()) {
            block.caption = full;
            return;
        }
        if ((block.type == BlockType::Quote || block.type == BlockType::Pullquote) && block.cite.empty()) {
            block.cite = withoutLeadingDash(full);
            return;
        }
        if (block.type == BlockType::Image && block.caption.empty()) {
            block.caption = caption;
            block.credit = credit;
            return;
        }
    }
    visit(figcaption, ctx, style, depth + 1);
}

// ---------------------------------------------------------------------------------------------------
// Galleries
// ---------------------------------------------------------------------------------------------------

// A gallery (WordPress, Ghost, classic WordPress): every picture in it, each with the caption of
// its own figure or gallery item; the gallery's own caption is its figcaption. One picture is an
// image block.
void Importer::gallery(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    Block block;
    block.type = BlockType::Gallery;
    NodeIndex ownCaption = HtmlNode::kNone;
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone; c = node(c).nextSibling) {
        if ((node(c).name == "figcaption" || classContains(c, "gallery-caption")) && !skipped(c)) ownCaption = c;
    }
    if (ownCaption != HtmlNode::kNone) {
        std::string caption, credit;
        captionAndCredit(ownCaption, caption, credit);
        block.caption = credit.empty() ? caption : caption.empty() ? credit : caption + " " + credit;
    }
    const NodeIndex end = facts_[index].end;
    for (NodeIndex i = index + 1; i < end && !failed_; ++i) {
        if (node(i).isText()) continue;
        if (skipped(i) || i == ownCaption) {
            i = facts_[i].end - 1;
            continue;
        }
        if (node(i).name != "img") continue;
        GalleryImage picture;
        if (!pictureOf(i, picture)) continue;
        // The picture's own caption: of its figure, or of its classic gallery item (a few levels up).
        NodeIndex up = node(i).parent;
        for (int level = 0; level < 6 && up != index && up != HtmlNode::kNone; ++level, up = node(up).parent) {
            const bool item = node(up).name == "figure" || classContains(up, "gallery-item");
            if (!item) continue;
            for (NodeIndex c = node(up).firstChild; c != HtmlNode::kNone; c = node(c).nextSibling) {
                if (!node(c).isText() && (node(c).name == "figcaption" || classContains(c, "caption"))) {
                    captionAndCredit(c, picture.caption, picture.credit);
                    break;
                }
            }
            break;
        }
        if (block.images.size() >= limits_.maxListItems) {
            fail("a gallery of more than " + std::to_string(limits_.maxListItems) + " pictures");
            return;
        }
        block.images.push_back(std::move(picture));
    }
    if (block.images.empty()) {
        for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling)
            visit(c, ctx, style, depth + 1);
        flush(ctx);
        return;
    }
    if (block.images.size() == 1) {
        GalleryImage& only = block.images.front();
        if (only.caption.empty()) only.caption = block.caption;
        emit(ctx, imageBlock(std::move(only)));
        return;
    }
    emit(ctx, std::move(block));
}

// ---------------------------------------------------------------------------------------------------
// Embeds
// ---------------------------------------------------------------------------------------------------

// An <iframe>, <video> or <audio>: a card that links to the item (an iframe's player address
// becomes the item's page). Always taken (a player's fallback text is not shown by browsers);
// without a usable http(s) address it is left out, with a notice.
bool Importer::embed(NodeIndex index, Context& ctx, std::string_view caption) {
    const HtmlNode& n = node(index);
    std::string address;
    const auto take = [&](const HtmlNode& element) {
        for (const char* attribute : {"data-src", "data-lazy-src", "src"}) {
            const std::string* src = element.attribute(attribute);
            if (src == nullptr) continue;
            const std::string url = resolved(*src);
            if (isHttpUrl(url)) {
                address = url;
                return;
            }
        }
    };
    take(n);
    if (address.empty() && n.name != "iframe") {
        for (NodeIndex s = n.firstChild; s != HtmlNode::kNone && address.empty(); s = node(s).nextSibling) {
            if (node(s).name == "source") take(node(s));
        }
    }
    if (address.empty()) {
        notice("a player without an http(s) address was left out");
        return true;
    }
    std::string title(caption);
    if (title.empty()) {
        if (const std::string* own = n.attribute("title")) title = collapsedLine(*own);
    }
    if (n.name == "iframe") return embedFromUrl(address, ctx, title);
    Block block;
    block.type = BlockType::Embed;
    block.embed = n.name == "audio" ? EmbedKind::Audio : EmbedKind::Video;
    block.href = address;
    block.provider = hostOf(address);
    block.title = title;
    if (const std::string* poster = n.attribute("poster")) {
        const std::string url = resolved(*poster);
        if (isHttpOrRelativeUrl(url)) block.src = url;
    }
    if (!block.src.empty()) {
        block.width = positiveInt(n.attribute("width"));
        block.height = positiveInt(n.attribute("height"));
        if (block.width == 0 || block.height == 0) block.width = block.height = 0;
    }
    emit(ctx, std::move(block));
    return true;
}

bool Importer::embedFromUrl(std::string_view url, Context& ctx, std::string_view title) {
    LinkOut target = linkOut(std::string(url), EmbedKind::Link);
    if (!isHttpUrl(target.url)) return false;
    Block block;
    block.type = BlockType::Embed;
    block.embed = target.kind;
    block.href = std::move(target.url);
    block.provider = std::move(target.provider);
    block.title = std::string(title);
    emit(ctx, std::move(block));
    return true;
}

// A social post pasted with its network's script (a blockquote.twitter-tweet, …): a card with
// the post's text as its title, linking to the post (its permalink attribute, else its last link).
bool Importer::socialPost(NodeIndex index, Context& ctx) {
    const auto found = std::find_if(std::begin(kSocialPosts), std::end(kSocialPosts),
                                    [&](const auto& post) { return hasClass(index, post.first); });
    if (found == std::end(kSocialPosts)) return false;
    std::string address;
    for (const char* attribute : {"data-instgrm-permalink", "data-text-post-permalink", "data-href", "cite"}) {
        if (const std::string* value = node(index).attribute(attribute)) {
            address = resolved(*value);
            if (isHttpUrl(address)) break;
            address.clear();
        }
    }
    if (address.empty()) {  // the last link: a post's own address follows its text and author
        for (NodeIndex j = index + 1; j < facts_[index].end; ++j) {
            const std::string* href = node(j).name == "a" ? node(j).attribute("href") : nullptr;
            if (href == nullptr) continue;
            std::string url = resolved(*href);
            if (isHttpUrl(url)) address = std::move(url);
        }
    }
    if (address.empty()) return false;
    LinkOut target = linkOut(address, EmbedKind::Post);
    Block block;
    block.type = BlockType::Embed;
    block.embed = EmbedKind::Post;
    block.href = std::move(target.url);
    block.provider = found->second.empty() ? hostOf(block.href) : std::string(found->second);
    block.title = plainOf(index);
    emit(ctx, std::move(block));
    return true;
}

}  // namespace folio::html
