// Article to Folio JSON (format 1.1): what parseArticle reads back as the same article. For
// converted articles a reviewer can read (tests/fixtures/import) and for saving what was imported.
#pragma once

#include <string>

#include "folio/article.h"

namespace folio {

// `article` as a Folio JSON document (UTF-8, two-space indents, "version": 1.1, members in the order
// of docs/article-format.md, empty and default members left out, a plain paragraph as a string).
// parseArticle of the result gives back `article`, except that a footnote marked twice is written
// (and read back) as two notes of the same text, and list numbering restarts at 1 in each list.
// Text that is not valid UTF-8 is written with U+FFFD in place of the bad bytes.
std::string articleJson(const Article& article);

}  // namespace folio
