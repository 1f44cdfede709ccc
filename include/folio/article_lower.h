// What the typesetter, the PDF, the text layer and the HTML copy draw of format 1.1's footnotes:
// the notes as a list at the end of the article, linked both ways with their marks. Every other
// block and run of format 1.1 is drawn in a form of its own (docs/article-format.md).
#pragma once

#include "folio/article.h"

namespace folio {

// `article` with its footnotes made a "Notes" heading and a numbered list at the end: each
// footnote mark links to its note there, and each note ends with a link back to its first mark
// (folio/note_links.h). Article::notes is then empty. The blocks, their text and order stay.
// Never fails.
Article lowerForDrawing(Article article);

}  // namespace folio
