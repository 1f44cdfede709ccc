// HTML article bodies to Folio blocks (format 1.1): what publishers have (a JSON Feed item's
// content_html, a WordPress post's content.rendered, a Ghost post's html) becomes folio::Block
// values by an allow-list of elements; docs/article-format.md has the whole mapping.
//
// Nothing from the HTML runs or loads: scripts, styles, templates, form controls and hidden
// elements never pass; attributes are read only for what the mapping needs (never event
// handlers); links follow the rules of folio/url_rules.h after relative ones are resolved against
// the post's address; iframes, videos and social posts become cards that link out. Text in
// elements the mapping does not know is kept. Bounded by folio::ParseLimits, linear in the input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"
#include "folio/article_parse.h"

namespace folio {

// What an HTML body became.
struct HtmlImport {
    bool ok = false;
    std::vector<Block> body;               // when ok: at least one block
    std::vector<RichText> notes;           // footnotes, marked by runs' TextRun::note (indices into this)
    std::vector<std::string> notices;      // what was shown otherwise than written, in plain words
    std::string error;                     // when !ok: why, in plain words (no pointer)
};

// Maps `html` onto blocks. Relative links and pictures are resolved against `baseUrl` (the post's
// address; when it is not an http(s) URL, relative links are dropped and relative pictures kept as
// they are). Errors: no HTML parser in this build, more than limits.maxInputBytes of HTML, more
// blocks, list items or table cells than the limits allow, or no text or picture at all.
HtmlImport importHtml(std::string_view html, std::string_view baseUrl, const ParseLimits& limits = {});

// The text of an HTML fragment as a browser shows it on one line: tags dropped, character
// references decoded, whitespace collapsed, trimmed ("Tom &amp; Jerry&#8217;s" -> "Tom & Jerry’s").
// Empty when there is no parser or no text.
std::string htmlText(std::string_view html);

}  // namespace folio
