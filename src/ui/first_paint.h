// The reader view as HTML and CSS, for a page to show before the viewer has drawn: the article is
// readable as soon as the page is, in the canvas's typeface, sizes, column and colours, and the
// canvas takes over once it has drawn its first frame (web/folio.js).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"
#include "folio/fallback_fonts.h"
#include "folio/font_metrics.h"

namespace folio::ui {

// The first paint's fonts.
struct FirstPaintFonts {
    std::string url = "fonts/";  // their folder, relative to the page
    // The files the article's text needs (firstPaintFontFiles), each with the characters it holds:
    // slices of the faces' own fonts (folio/font_files.h) and fallback fonts of other scripts, one
    // @font-face rule each with its unicode-range, so that the browser fetches only those the text
    // in view needs. Empty: one rule per face, its whole font file (folio::fontFileName).
    std::vector<FallbackCoverage> files;
};

// The files of `coverage` (the build's font manifest, fonts/fallbacks.json) that the text `text`
// (UTF-8) in language `language` needs in any face, chosen as the viewer chooses them: for each
// character and face, the face's own slice, else the best fallback (folio::wantedFallbackFiles). A
// font cut in slices of its own has a manifest of them ("<name>.json" in `coverage`): `readManifest`
// gives its JSON by name ("" when it cannot), and its slices are chosen in turn. Files a manifest
// names that are not fonts of the viewer's are left out.
std::vector<FallbackCoverage> firstPaintFontFiles(std::string_view manifestJson, std::string_view text,
                                                  std::string_view language,
                                                  const std::function<std::string(const std::string& name)>& readManifest);

// The faces the first screen of an article is drawn with in `family`: the family's regular and bold
// (body, title, headings) and the sans of the tools and the meta line. Text in other faces falls
// back to these until they arrive.
std::vector<FontFace> firstScreenFaces(FontFamily family);

// The first paint's stylesheet: it sets the first paint like the canvas (the toolbar's band, then
// the column with the proportions of folio::layout_style, the colours of the themes, and the
// fonts). Never fails.
std::string firstPaintStyles(const FirstPaintFonts& fonts);

// The first paint's script (classic, run before anything is painted): it applies the reader's
// stored settings (font size, family, line spacing, column width, theme). Never fails.
std::string firstPaintSettingsScript();

// What goes into the page's <head>: a <link> to the stylesheet at `stylesUrl` and a <script> of the
// settings script at `scriptUrl` (files, not inline, so that a page's Content-Security-Policy needs
// neither 'unsafe-inline' nor hashes), and a preload of each font in `preloads` (URLs relative to
// the page: the first screen's). The URLs are written as given (HTML-escaped).
std::string firstPaintHead(const std::string& stylesUrl, const std::string& scriptUrl,
                           const std::vector<std::string>& preloads = {});

// The article as the first paint: `<div class="folio-first-paint">` around the toolbar's band
// (its buttons' labels, inert, where the canvas will draw the buttons) and folio::articleHtml, to
// be placed inside the element the viewer is mounted on. `imageBase` is put in front of relative
// image sources (the article's folder, relative to the page). Never fails.
std::string firstPaintBody(const Article& article, const std::string& imageBase);

}  // namespace folio::ui
