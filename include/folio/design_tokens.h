// The values the browser side needs from the core, defined there once: colours (folio/palette.h),
// the settings' choices and labels, the text size and print steps (folio/reading_settings.h). The
// web viewer asks for them once (folio_design_tokens) and makes its CSS custom properties and
// dialogs from them, so no copy can drift.
#pragma once

#include <string>

namespace folio {

// The design tokens as JSON:
// {"themes":{"light":"--folio-background:#ffffff;--folio-text:#1b1b1f;…","sepia":…,"dark":…},
//  "paper":"--folio-paper:#ffffff;--folio-paper-text:#1c1c1f;…",
//  "settings":[{"key":"family","title":"Typeface","choices":[{"value":"serif","label":"Serif"},…]},…],
//  "fontSizePx":{"steps":[12,…,40],"default":20},
//  "print":{"paper":{"key":"paper",…},"marginMm":{"steps":[10,15,20,25],"default":20},
//           "fontSizePt":{"steps":[9,…,14],"default":11}}}
// "themes" and "paper" hold cssProperties() of each palette (the custom properties of kPaletteRoles and
// kPaperRoles); numbers are CSS px, mm and pt. Never fails.
std::string designTokensJson();

}  // namespace folio
