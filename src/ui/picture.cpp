#include "ui/picture.h"

#include <cmath>

#include "folio/fit.h"

namespace folio::ui {

void drawPicture(ImDrawList& list, const Picture& picture, ImVec2 min, ImVec2 max, float rounding) {
    const Rect at = fitInside({min.x, min.y, max.x - min.x, max.y - min.y}, picture.width, picture.height);
    const ImVec2 a(std::round(at.x), std::round(at.y));
    list.AddImageRounded(picture.texture, a, ImVec2(a.x + std::round(at.width), a.y + std::round(at.height)),
                         ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, rounding);
}

}  // namespace folio::ui
