// The eight font files Folio ships with (Noto Serif and Noto Sans), read from a folder on disk.
// Native only: the web viewer receives font bytes from the page instead.
#pragma once

#include <string>
#include <vector>

#include "folio/font_metrics.h"

namespace folio {

// File name of the font used for `face`, e.g. "NotoSerif-Regular.ttf" for FontFace::Serif.
const char* fontFileName(FontFace face);

// The whole file at `path`; empty when it cannot be read.
std::vector<unsigned char> readFileBytes(const std::string& path);

// Loads every face from its file (fontFileName) in the folder `dir` into `metrics`. Returns true when
// all eight loaded; otherwise the faces that did load are kept (the others fall back) and `error`
// names the files that are missing or not fonts, e.g. "cannot load /fonts/NotoSans-Bold.ttf".
bool loadFontDirectory(TrueTypeMetrics& metrics, const std::string& dir, std::string& error);

}  // namespace folio
