// What the typesetter, the PDF, the text layer and the HTML copy draw of format 1.1: the blocks
// and runs they do not yet draw in a form of their own are given the nearest form of format 1, so
// that every article shows all its text (docs/article-format.md says which).
#pragma once

#include "folio/article.h"

namespace folio {

// `article` with the blocks of format 1.1 that are not drawn in their own form yet made into those
// of format 1: a gallery into its pictures, footnotes into a list at the end. Each
// footnote mark links to its note there, and each note ends with a link back (folio/note_links.h).
// Code blocks, tables, rules, pull quotes, asides, embeds and the runs of format 1.1 are drawn as they are. The text and order
// stay. Never fails.
Article lowerForDrawing(Article article);

}  // namespace folio
