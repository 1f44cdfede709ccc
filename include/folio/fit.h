// Where a picture goes in its box: the one placement rule of the reader, the print preview and
// the PDF.
#pragma once

#include <algorithm>

namespace folio {

// A rectangle; the units are the caller's (CSS px, pt), y growing down.
struct Rect {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

// The largest rectangle with the proportions of a `width` x `height` picture inside `box`,
// centred in it. `box` itself when a side of the picture or of the box is not positive.
inline Rect fitInside(const Rect& box, float width, float height) {
    if (!(width > 0.0f) || !(height > 0.0f) || !(box.width > 0.0f) || !(box.height > 0.0f)) return box;
    const float scale = std::min(box.width / width, box.height / height);
    const float w = width * scale, h = height * scale;
    return Rect{box.x + (box.width - w) / 2.0f, box.y + (box.height - h) / 2.0f, w, h};
}

}  // namespace folio
