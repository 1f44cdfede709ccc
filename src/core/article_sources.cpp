// Reading an article from whichever format it comes in (folio/article_sources.h): Folio, JSON Feed,
// WordPress REST API, Ghost Content API.
//
// Sections: reading members (types checked, null taken as absent) · what a post gives (Post) ·
// JSON Feed · WordPress · Ghost · from a post to an article · readArticle.
#include "folio/article_sources.h"

#include "article_parse_internal.h"
#include "folio/html_import.h"
#include "folio/iso_date.h"
#include "folio/url_resolve.h"
#include "folio/url_rules.h"
#include "folio/utf8.h"
#include "html_import_internal.h"

#include <climits>
#include <utility>
#include <vector>

namespace folio {

namespace {

using Json = nlohmann::json;

// ---------------------------------------------------------------------------------------------------
// Reading members
// ---------------------------------------------------------------------------------------------------

// Fails with "<pointer>: <what>".
struct Failure {
    ParseError error;
    bool failed = false;

    bool fail(const std::string& pointer, const std::string& what) {
        if (!failed) {
            error.pointer = pointer;
            error.message = (pointer.empty() ? std::string("(document)") : pointer) + ": " + what;
        }
        failed = true;
        return false;
    }
};

// An optional string member: absent or null leaves `out` as it is; another type fails.
bool text(const Json& obj, const std::string& ptr, const char* key, std::string& out, Failure& f) {
    const Json* v = member(obj, key);
    if (v == nullptr || v->is_null()) return true;
    const std::string* s = asString(*v);
    if (s == nullptr) return f.fail(ptr + "/" + key, "expected a string");
    out = *s;
    return true;
}

// An optional positive integer member (picture sizes): anything else is taken as unknown (0).
int positive(const Json* v) {
    if (v == nullptr) return 0;
    if (v->is_number_unsigned() && v->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX))
        return static_cast<int>(v->get<std::uint64_t>());
    if (v->is_number_integer() && v->get<std::int64_t>() > 0 && v->get<std::int64_t>() <= INT_MAX)
        return static_cast<int>(v->get<std::int64_t>());
    return 0;
}

// The "name" of each object of an array member (authors, tags), in order.
std::vector<std::string> names(const Json* array) {
    std::vector<std::string> out;
    if (array == nullptr || !array->is_array()) return out;
    for (const Json& item : *array) {
        const Json* name = member(item, "name");
        if (const std::string* s = name == nullptr ? nullptr : asString(*name); s != nullptr && !s->empty())
            out.push_back(*s);
    }
    return out;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

// ---------------------------------------------------------------------------------------------------
// What a post gives
// ---------------------------------------------------------------------------------------------------

struct Post {
    std::string format;        // "a JSON Feed item", … (for messages)
    std::string title;         // plain text
    std::string titlePointer;  // where it is (for messages)
    std::string html;          // the body as HTML, or
    std::string plain;         // the body as plain text (JSON Feed's content_text)
    std::string bodyPointer;   // where the body is
    std::string url, published, author, language, summary, source;
    std::vector<std::string> tags;
    GalleryImage featured;     // its src empty when none
    std::vector<std::string> notices;
};

// ---------------------------------------------------------------------------------------------------
// JSON Feed (https://jsonfeed.org/version/1.1)
// ---------------------------------------------------------------------------------------------------

bool isFeed(const Json& root) {
    const Json* version = member(root, "version");
    const std::string* v = version == nullptr ? nullptr : asString(*version);
    return (v != nullptr && v->rfind("https://jsonfeed.org/version/", 0) == 0) ||
           (member(root, "items") != nullptr && member(root, "body") == nullptr);
}

bool isFeedItem(const Json& root) {
    return member(root, "content_html") != nullptr || member(root, "content_text") != nullptr;
}

// The authors of a feed or item: "authors" (1.1) or "author" (1.0).
std::string feedAuthors(const Json& obj) {
    std::vector<std::string> list = names(member(obj, "authors"));
    if (list.empty()) {
        const Json* author = member(obj, "author");
        const Json* name = author == nullptr ? nullptr : member(*author, "name");
        if (const std::string* s = name == nullptr ? nullptr : asString(*name); s != nullptr && !s->empty())
            list.push_back(*s);
    }
    return joined(list, ", ");
}

bool readFeedItem(const Json& item, const std::string& ptr, const Json* feed, Post& post, Failure& f) {
    if (!item.is_object()) return f.fail(ptr, "expected a feed item object");
    post.format = "a JSON Feed item";
    post.titlePointer = ptr + "/title";
    if (!text(item, ptr, "title", post.title, f) || !text(item, ptr, "content_html", post.html, f) ||
        !text(item, ptr, "content_text", post.plain, f) || !text(item, ptr, "url", post.url, f) ||
        !text(item, ptr, "date_published", post.published, f) || !text(item, ptr, "summary", post.summary, f) ||
        !text(item, ptr, "language", post.language, f) || !text(item, ptr, "image", post.featured.src, f)) {
        return false;
    }
    if (post.featured.src.empty() && !text(item, ptr, "banner_image", post.featured.src, f)) return false;
    post.bodyPointer = ptr + (!post.html.empty() ? "/content_html" : "/content_text");
    if (post.html.empty() && post.plain.empty()) return f.fail(ptr + "/content_html", "required (or \"content_text\")");
    post.author = feedAuthors(item);
    if (const Json* tags = member(item, "tags"); tags != nullptr && tags->is_array()) {
        for (const Json& tag : *tags)
            if (const std::string* s = asString(tag)) post.tags.push_back(*s);
    }
    if (feed != nullptr) {
        if (post.author.empty()) post.author = feedAuthors(*feed);
        if (post.language.empty() && !text(*feed, "", "language", post.language, f)) return false;
        if (!text(*feed, "", "title", post.source, f)) return false;
    }
    return true;
}

bool readFeed(const Json& root, Post& post, Failure& f) {
    const Json* items = member(root, "items");
    if (items == nullptr) return f.fail("/items", "required");
    if (!items->is_array()) return f.fail("/items", "expected an array of items");
    if (items->empty()) return f.fail("/items", "the feed has no items");
    if (!readFeedItem(items->front(), "/items/0", &root, post, f)) return false;
    if (items->size() > 1) {
        post.notices.push_back("/items: the feed has " + std::to_string(items->size()) + " items; the first, \"" +
                               shortenUtf8(post.title.empty() ? post.summary : post.title, 60) + "\", is shown");
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// WordPress REST API (/wp-json/wp/v2/posts/<id>, with or without ?_embed)
// ---------------------------------------------------------------------------------------------------

bool isWordPress(const Json& root) {
    const Json* content = member(root, "content");
    return content != nullptr && member(*content, "rendered") != nullptr;
}

// "rendered" of member `key` (an object), as plain text (WordPress renders titles as HTML).
bool rendered(const Json& root, const char* key, std::string& out, bool html, Failure& f) {
    const Json* outer = member(root, key);
    if (outer == nullptr || outer->is_null()) return true;
    std::string value;
    if (!text(*outer, std::string("/") + key, "rendered", value, f)) return false;
    out = html ? value : htmlText(value);
    return true;
}

// The first object of _embedded's array member `key`, or nullptr.
const Json* embedded(const Json& root, const char* key) {
    const Json* all = member(root, "_embedded");
    const Json* list = all == nullptr ? nullptr : member(*all, key);
    if (list == nullptr || !list->is_array() || list->empty() || !list->front().is_object()) return nullptr;
    return &list->front();
}

bool readWordPress(const Json& root, Post& post, Failure& f) {
    post.format = "a WordPress post";
    post.titlePointer = "/title/rendered";
    post.bodyPointer = "/content/rendered";
    if (!rendered(root, "title", post.title, false, f) || !rendered(root, "content", post.html, true, f) ||
        !rendered(root, "excerpt", post.summary, false, f) || !text(root, "", "link", post.url, f)) {
        return false;
    }
    std::string date;
    if (!text(root, "", "date_gmt", date, f)) return false;
    // date_gmt is UTC without a zone ("2025-04-03T08:30:00"): say so.
    if (!date.empty()) post.published = isIsoDateTime(date) ? date : date + "Z";
    if (const Json* author = embedded(root, "author")) {
        const Json* name = member(*author, "name");
        if (const std::string* s = name == nullptr ? nullptr : asString(*name)) post.author = *s;
    }
    if (const Json* media = embedded(root, "wp:featuredmedia")) {
        Failure ignored;  // a damaged featured image is left out, not an error
        text(*media, "", "source_url", post.featured.src, ignored);
        text(*media, "", "alt_text", post.featured.alt, ignored);
        rendered(*media, "caption", post.featured.caption, false, ignored);
        if (const Json* details = member(*media, "media_details")) {
            post.featured.width = positive(member(*details, "width"));
            post.featured.height = positive(member(*details, "height"));
            if (const Json* meta = member(*details, "image_meta")) text(*meta, "", "credit", post.featured.credit, ignored);
        }
    }
    // Tags: _embedded["wp:term"] holds one array per taxonomy.
    const Json* all = member(root, "_embedded");
    const Json* terms = all == nullptr ? nullptr : member(*all, "wp:term");
    if (terms != nullptr && terms->is_array()) {
        for (const Json& taxonomy : *terms) {
            if (!taxonomy.is_array()) continue;
            for (const Json& term : taxonomy) {
                const Json* kind = member(term, "taxonomy");
                const Json* name = member(term, "name");
                const std::string* k = kind == nullptr ? nullptr : asString(*kind);
                const std::string* n = name == nullptr ? nullptr : asString(*name);
                if (k != nullptr && *k == "post_tag" && n != nullptr) post.tags.push_back(htmlText(*n));
            }
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Ghost Content API (/ghost/api/content/posts/…/?formats=html)
// ---------------------------------------------------------------------------------------------------

bool isGhost(const Json& root) {
    const Json* posts = member(root, "posts");
    return (posts != nullptr && posts->is_array()) || member(root, "html") != nullptr;
}

bool readGhostPost(const Json& post, const std::string& ptr, Post& out, Failure& f) {
    if (!post.is_object()) return f.fail(ptr, "expected a post object");
    out.format = "a Ghost post";
    out.titlePointer = ptr + "/title";
    out.bodyPointer = ptr + "/html";
    std::string caption, excerpt;
    if (!text(post, ptr, "title", out.title, f) || !text(post, ptr, "html", out.html, f) ||
        !text(post, ptr, "url", out.url, f) || !text(post, ptr, "published_at", out.published, f) ||
        !text(post, ptr, "feature_image", out.featured.src, f) ||
        !text(post, ptr, "feature_image_alt", out.featured.alt, f) ||
        !text(post, ptr, "feature_image_caption", caption, f) || !text(post, ptr, "custom_excerpt", out.summary, f) ||
        !text(post, ptr, "excerpt", excerpt, f)) {
        return false;
    }
    if (out.html.empty()) return f.fail(ptr + "/html", "expected a string of HTML (ask the Content API for formats=html)");
    out.featured.caption = htmlText(caption);
    if (out.summary.empty()) out.summary = excerpt;
    std::vector<std::string> authors = names(member(post, "authors"));
    if (const Json* primary = member(post, "primary_author"); authors.empty() && primary != nullptr) {
        const Json* name = member(*primary, "name");
        if (const std::string* s = name == nullptr ? nullptr : asString(*name); s != nullptr && !s->empty())
            authors.push_back(*s);
    }
    out.author = joined(authors, ", ");
    out.tags = names(member(post, "tags"));
    return true;
}

bool readGhost(const Json& root, Post& post, Failure& f) {
    const Json* posts = member(root, "posts");
    if (posts == nullptr) return readGhostPost(root, "", post, f);
    if (posts->empty()) return f.fail("/posts", "there are no posts");
    if (!readGhostPost(posts->front(), "/posts/0", post, f)) return false;
    if (posts->size() > 1) {
        post.notices.push_back("/posts: " + std::to_string(posts->size()) + " posts; the first, \"" +
                               shortenUtf8(post.title, 60) + "\", is shown");
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// From a post to an article
// ---------------------------------------------------------------------------------------------------

// Plain text as paragraphs: blank lines part them, a single line break is a break in the line.
bool plainParagraphs(const std::string& text, const ParseLimits& limits, std::vector<Block>& body) {
    std::string paragraph;
    int newlines = 0;
    const auto finish = [&] {
        while (!paragraph.empty() && (paragraph.back() == ' ' || paragraph.back() == '\t')) paragraph.pop_back();
        if (paragraph.empty()) return true;
        if (body.size() >= limits.maxBlocks) return false;
        Block block;
        block.text.push_back(html::plainRun(std::move(paragraph)));
        body.push_back(std::move(block));
        paragraph.clear();
        return true;
    };
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') {
            ++newlines;
            continue;
        }
        if (newlines >= 2 && !finish()) return false;
        if (newlines == 1 && !paragraph.empty()) {
            while (!paragraph.empty() && (paragraph.back() == ' ' || paragraph.back() == '\t')) paragraph.pop_back();
            paragraph += "\xE2\x80\xA8";  // U+2028, a line break
        }
        newlines = 0;
        if (paragraph.empty() && (c == ' ' || c == '\t')) continue;
        if (!paragraph.empty() && paragraph.size() >= 3 && paragraph.compare(paragraph.size() - 3, 3, "\xE2\x80\xA8") == 0 &&
            (c == ' ' || c == '\t')) {
            continue;
        }
        paragraph += c;
    }
    return finish();
}

// A title for a post without one: the start of its summary or first paragraph, up to 80 bytes at a
// word's end, with "…".
std::string titleFrom(const std::string& summary, const std::vector<Block>& body) {
    std::string text = summary;
    for (const Block& block : body) {
        if (!text.empty()) break;
        text = plainText(block.text);
    }
    std::string line;
    for (char c : text) line += c == '\n' ? ' ' : c;
    const std::size_t lineSeparator = line.find("\xE2\x80\xA8");
    if (lineSeparator != std::string::npos) line.erase(lineSeparator);
    if (line.size() <= 80) return line;
    std::size_t cut = line.rfind(' ', 80);
    if (cut == std::string::npos || cut < 20) return shortenUtf8(line, 80);
    return line.substr(0, cut) + "\xE2\x80\xA6";
}

bool toArticle(Post& post, const ParseLimits& limits, ParseResult& result, Failure& f) {
    Article& a = result.article;
    if (!post.url.empty() && !isHttpUrl(post.url)) {
        post.notices.push_back("the post's address \"" + shortenUtf8(post.url, 60) + "\" is not an http(s) URL: left out");
        post.url.clear();
    }
    if (!post.html.empty()) {
        HtmlImport imported = importHtml(post.html, post.url, limits);
        if (!imported.ok) return f.fail(post.bodyPointer, imported.error);
        a.body = std::move(imported.body);
        a.notes = std::move(imported.notes);
        for (const std::string& notice : imported.notices) post.notices.push_back(post.bodyPointer + ": " + notice);
    } else if (!plainParagraphs(post.plain, limits, a.body)) {
        return f.fail(post.bodyPointer, "more than " + std::to_string(limits.maxBlocks) + " blocks");
    }
    if (a.body.empty()) return f.fail(post.bodyPointer, "the post has no text to show");
    // The featured image first, unless the body opens with it.
    GalleryImage& featured = post.featured;
    if (!featured.src.empty()) {
        featured.src = resolveUrl(post.url, featured.src);
        const bool opens = a.body.front().type == BlockType::Image && a.body.front().src == featured.src;
        if (!isHttpOrRelativeUrl(featured.src)) {
            post.notices.push_back("the featured image has no http(s) or relative address: left out");
        } else if (!opens) {
            if (featured.width == 0 || featured.height == 0) featured.width = featured.height = 0;
            Block image = imageBlock(featured);
            a.body.insert(a.body.begin(), std::move(image));
        }
    }
    a.title = html::collapsedLine(post.title);
    if (a.title.empty()) a.title = titleFrom(html::collapsedLine(post.summary), a.body);
    if (a.title.empty()) return f.fail(post.titlePointer, "the post has no title");
    a.url = post.url;
    a.author = post.author;
    a.source = post.source;
    a.summary = html::collapsedLine(post.summary);
    a.tags = std::move(post.tags);
    if (!post.published.empty()) {
        if (isIsoDateTime(post.published)) a.published = post.published;
        else post.notices.push_back("the date \"" + shortenUtf8(post.published, 40) + "\" is not an ISO 8601 date: left out");
    }
    if (!post.language.empty()) {
        if (isLanguageTag(post.language)) a.language = post.language;
        else post.notices.push_back("the language \"" + shortenUtf8(post.language, 40) + "\" is not a language tag: left out");
    }
    result.notices = std::move(post.notices);
    return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// readArticle
// ---------------------------------------------------------------------------------------------------

ParseResult readArticle(std::string_view json, const ParseLimits& limits) {
    ParseResult result;
    Json root;
    if (!parseJsonDocument(json, limits, root, result.error)) return result;
    if (!root.is_object() || member(root, "body") != nullptr) return articleFromJson(root, limits);
    Post post;
    Failure f;
    bool read = false;
    if (isWordPress(root)) read = readWordPress(root, post, f);
    else if (isGhost(root)) read = readGhost(root, post, f);
    else if (isFeed(root)) read = readFeed(root, post, f);
    else if (isFeedItem(root)) read = readFeedItem(root, "", nullptr, post, f);
    else return articleFromJson(root, limits);  // a Folio article without a body: its errors
    if (read && toArticle(post, limits, result, f)) {
        result.ok = true;
        return result;
    }
    result.article = Article{};
    result.notices.clear();
    result.error = f.error;
    return result;
}

}  // namespace folio
