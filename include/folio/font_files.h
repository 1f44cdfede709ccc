// The ten font files Folio ships with (Noto Serif, Noto Sans, Noto Sans Mono), their names, and reading them
// from a folder on disk (native: the web viewer receives font bytes from the page instead). The web
// serves each face's font in unicode-range slices (tools/face_slices.py cuts them at build time):
// the viewer fetches a face's core slice as the face and its other slices as fallbacks of that face
// when an article's characters need them. The build reads the names below (CMakeLists.txt).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "folio/font_metrics.h"

namespace folio {

// File name of the font used for `face`, e.g. "NotoSerif-Regular.ttf" for FontFace::Serif.
const char* fontFileName(FontFace face);

// The slice of each face's font that the web viewer fetches as the face: Latin letters, the
// combining diacritics, punctuation and the viewer's own labels.
inline constexpr std::string_view kFaceCoreSlice = "latin";

// File name of the slice `slice` of `face`'s font: "NotoSerif-Italic.greek.ttf".
std::string faceSliceFile(FontFace face, std::string_view slice);

// Whether `file` names a slice of one of the faces' fonts ("<font file without .ttf>.<slice>.ttf",
// the slice's name of letters, digits and '-'); sets `face` when it does, else leaves it.
bool faceSliceOf(std::string_view file, FontFace& face);

// The whole file at `path`; empty when it cannot be read (or is empty).
std::vector<unsigned char> readFileBytes(const std::string& path);

// Loads every face from its file (fontFileName) in the folder `dir` into `metrics`. Returns true when
// all ten loaded; otherwise the faces that did load are kept (the others fall back) and `error`
// names the files that are missing or not fonts, e.g. "cannot load /fonts/NotoSans-Bold.ttf".
bool loadFontDirectory(TrueTypeMetrics& metrics, const std::string& dir, std::string& error);

}  // namespace folio
