// Glyph-by-glyph text drawing with Dear ImGui: positions come from the core's font metrics (the same
// advances and kerning layout measured with), so drawn text matches its layout to the sub-pixel.
#pragma once

#include <imgui.h>

#include <string_view>

#include "folio/font_metrics.h"

namespace folio::ui {

// Draws `text` (UTF-8) of `face` with `font`, which must be baked for `face` at `sizeDevicePx`.
// `x` is the pen position and `baseline` the baseline, device px (round the baseline to a whole
// pixel for crisp text). Returns the pen position after the last glyph, device px.
float drawText(ImDrawList& list, const ImFont& font, const FontMetrics& metrics, FontFace face, std::string_view text,
               float x, float baseline, float sizeDevicePx, ImU32 color);

}  // namespace folio::ui
