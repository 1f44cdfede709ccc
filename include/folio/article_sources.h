// Articles as publishers have them: one entry point that reads a Folio article or a post in the
// formats publishing systems serve (docs/article-format.md, "Other sources"). What it reads is the
// same folio::Article that parseArticle makes, with the same kind of errors and notices.
#pragma once

#include <string_view>

#include "folio/article_parse.h"

namespace folio {

// Reads `json` as whichever of these it is:
//   - a Folio article (format 1 or 1.1; parseArticle);
//   - a JSON Feed (1.0 or 1.1) item, or a whole feed: its first item, with a notice saying so
//     (content_html, else content_text as paragraphs; title, url, date_published, authors,
//     language, image, summary, tags; the feed's title as the source);
//   - a WordPress REST API post (title.rendered, content.rendered, excerpt, date_gmt, link, and
//     from _embedded its featured media, author and tags);
//   - a Ghost Content API post or {"posts": [...]} (html, title, feature_image with its alt text and
//     caption, authors, published_at, url, custom_excerpt, tags).
// HTML goes through importHtml (relative addresses resolved against the post's link); a featured
// image becomes the first image block. A date, address or language tag that Folio cannot take is
// left out with a notice. Fails (ParseResult::error, "<JSON Pointer>: <what>" or a syntax or limit
// error) when the document is not JSON, not one of these, or has no text to show.
ParseResult readArticle(std::string_view json, const ParseLimits& limits = {});

}  // namespace folio
