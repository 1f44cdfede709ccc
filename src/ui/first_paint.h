// The reader view as HTML and CSS, for a page to show before the viewer has drawn: the article is
// readable as soon as the page is, in the canvas's typeface, sizes, column and colours, and the
// canvas takes over once it has drawn its first frame (web/folio.js).
#pragma once

#include <string>

#include "folio/article.h"

namespace folio::ui {

// Where the first paint's fonts are, relative to the page.
struct FirstPaintFonts {
    std::string url = "fonts/";   // folder of the eight font files (folio::fontFileName)
    std::string subsetUrl;        // folder of subsets of them under the same names; "" when none
    std::string subsetRanges;     // the characters the subsets hold, a CSS unicode-range value
                                  //   ("U+0020-007E,U+00A0-00FF"); the full files serve the others
};

// The first paint's stylesheet: it sets the first paint like the canvas (the toolbar's band, then
// the column with the proportions of folio::layout_style, the colours of the themes, and the
// fonts). Never fails.
std::string firstPaintStyles(const FirstPaintFonts& fonts);

// The first paint's script (classic, run before anything is painted): it applies the reader's
// stored settings (font size, family, line spacing, column width, theme). Never fails.
std::string firstPaintSettingsScript();

// What goes into the page's <head>: a <link> to the stylesheet at `stylesUrl` and a <script> of the
// settings script at `scriptUrl` (files, not inline, so that a page's Content-Security-Policy needs
// neither 'unsafe-inline' nor hashes). The URLs are written as given (HTML-escaped).
std::string firstPaintHead(const std::string& stylesUrl, const std::string& scriptUrl);

// The article as the first paint: `<div class="folio-first-paint">` around the toolbar's band
// (its buttons' labels, inert, where the canvas will draw the buttons) and folio::articleHtml, to
// be placed inside the element the viewer is mounted on. `imageBase` is put in front of relative
// image sources (the article's folder, relative to the page). Never fails.
std::string firstPaintBody(const Article& article, const std::string& imageBase);

}  // namespace folio::ui
