// Internal to the PDF writer: what one page draws (its content stream, marked for the structure
// tree) and its link annotations. Not part of the public API.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "folio/print_layout.h"
#include "pdf_fonts.h"
#include "pdf_images.h"
#include "pdf_structure.h"

namespace folio::pdf {

// The drawing of one page.
struct PageContent {
    std::string stream;         // content stream operators, uncompressed
    std::vector<int> fonts;     // FontSet indices the stream selects as /F<index + 1>, ascending
    std::vector<int> pictures;  // PictureSet indices the stream draws as /Im<index + 1>, ascending
    std::vector<int> runElements;  // per PrintPage::runs: the StructureTree element its text went in,
                                   //   -1 for artifacts and runs not drawn
};

// Draws page `index` (0-based) `page` (of height `heightPt`, pt): its image boxes with their pictures
// fitted inside (grey boxes for those without one) and its rules in grey, then its runs in the
// colour of their role, glyphs placed as the layout placed them (y turned to PDF's bottom-left
// origin). All of it is marked content: as part of the elements `structure` gives it or as an
// artifact. False (and `error` set) when a run's face has no usable font.
bool pageContent(const PrintPage& page, std::size_t index, float heightPt, FontSet& fonts, PictureSet& pictures,
                 StructureTree& structure, PageContent& out, std::string& error);

// True when `target` (a PrintDocument::links entry) becomes a link annotation: a link isSafeLink
// (folio/url_rules.h) accepts, or a footnote's internal target (folio/note_links.h).
bool isLinkTarget(const std::string& target);

// True when `area` of a page becomes a link annotation: it has an area and its target in `links`
// is one isLinkTarget() takes.
bool isAnnotated(const PrintLinkArea& area, const std::vector<std::string>& links);

// Where an internal link goes in the document: a page object and a height on that page, pt above
// its bottom edge.
struct Destination {
    int pageObject = 0;
    float top = 0.0f;
};

// The link annotation dictionary ("<< /Type /Annot ... >>") of `area`, one isAnnotated() takes,
// on a page of height `heightPt` (pt), with /StructParent `structParent`: it opens its URI, or goes
// to `destination` when it has one (an internal target; one without is never given here).
std::string linkAnnotation(const PrintLinkArea& area, const std::vector<std::string>& links, float heightPt,
                           int structParent, const std::optional<Destination>& destination);

}  // namespace folio::pdf
