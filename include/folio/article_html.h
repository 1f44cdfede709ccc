// An article as semantic HTML (h1, p, h2-h4, blockquote, ul/ol, figure, a): what the browser
// prints for Ctrl/Cmd+P, and what assistive technology and find-in-page can read.
#pragma once

#include <string>

#include "folio/article.h"

namespace folio {

// `<article>…</article>` for `article`, every text escaped. Only http(s) and mailto links and the
// links between footnote marks and their notes (folio/note_links.h: the mark and note get the ids
// they name) become <a href>; images keep their src when it is http(s) or relative, and a relative src that is not
// rooted ("/...") gets `imageBase` in front (e.g. "articles/" for a page that shows
// articles/story.json). `metaLine` (may be empty) is shown under the headline. Never fails.
std::string articleHtml(const Article& article, const std::string& metaLine, const std::string& imageBase = {});

// `text` with & < > " ' replaced by character references.
std::string escapeHtml(const std::string& text);

}  // namespace folio
