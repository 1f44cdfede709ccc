// Internal to the PDF writer: what one page draws (its content stream) and its link annotations.
// Not part of the public API.
#pragma once

#include <string>
#include <vector>

#include "folio/print_layout.h"
#include "pdf_fonts.h"
#include "pdf_images.h"

namespace folio::pdf {

// The drawing of one page.
struct PageContent {
    std::string stream;         // content stream operators, uncompressed
    std::vector<int> fonts;     // FontSet indices the stream selects as /F<index + 1>, ascending
    std::vector<int> pictures;  // PictureSet indices the stream draws as /Im<index + 1>, ascending
};

// Draws `page` (of height `heightPt`, pt): its image boxes with their pictures fitted inside (grey
// boxes for those without one) and its rules in grey, then its runs in the colour of their role,
// glyphs placed as the layout placed them (y turned to PDF's bottom-left origin). False (and
// `error` set) when a run's face has no usable font.
bool pageContent(const PrintPage& page, float heightPt, FontSet& fonts, PictureSet& pictures, PageContent& out,
                 std::string& error);

// The link annotation dictionaries ("<< /Type /Annot ... >>") of `page`'s link areas whose target
// in `links` is an http, https or mailto URI; other areas are left out.
std::vector<std::string> linkAnnotations(const PrintPage& page, const std::vector<std::string>& links, float heightPt);

}  // namespace folio::pdf
