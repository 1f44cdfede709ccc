// PDF output: a PrintDocument (folio/print_layout.h) written as a tagged PDF 1.7 file with vector
// text in embedded, subset TrueType fonts, text that copies and searches as Unicode, clickable
// links, and a structure tree of the article for screen readers, reflow and text export.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "folio/font_metrics.h"
#include "folio/pdf_picture.h"
#include "folio/print_layout.h"

namespace folio {

// The most pages writePdf writes into one file. A PDF is made in memory, and a browser tab's memory
// is bounded (measured: 2,858 pages took 275 MB of the viewer's heap, 14,000 pages over 1 GB); 3,000
// A4 pages hold over a million words at the default print size.
constexpr std::size_t kMaxPdfPages = 3000;

struct PdfResult {
    bool ok = false;
    std::vector<unsigned char> bytes;  // the whole PDF file when ok, empty otherwise
    std::string error;                 // why it failed when !ok, e.g. "no font for SerifBold"
};

// Writes `doc` as a PDF. A document of more than kMaxPdfPages pages is refused ("this article would
// take 4120 pages to print; …") before any of the file is made. Every face a run uses must have a font in `fonts` (after fallback),
// else the result is !ok with "no font for <face>". `fonts` should be the metrics `doc` was set with:
// glyph advances and kerning come from it so that text lands where the layout put it.
// `creationDate` is ISO 8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.fff]](Z|+hh:mm|-hh:mm), e.g.
// "2026-11-26T19:30:00Z") and becomes the document's creation date; empty leaves it out, anything
// else is an error. An image box draws the picture of its source (PrintBox::picture) in
// `pictures`, fitted inside and centred; a box without one stays grey. The structure follows the
// runs' and boxes' blocks and tags: the title as H1, paragraphs as P, headings as H2-H4, quotes as
// BlockQuote, lists as L, images with a text alternative (PrintBox::alt) as Figure and their
// captions as Caption, linked text as Link; the running header, the footer and rules are
// artifacts. The document's language is PrintDocument::language, "en" when empty. The output
// depends only on the arguments (no clock, no randomness).
PdfResult writePdf(const PrintDocument& doc, const TrueTypeMetrics& fonts, const std::string& creationDate,
                   const PdfPictures& pictures = {});

}  // namespace folio
