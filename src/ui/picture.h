// Pictures of image blocks on screen: a texture of the platform's and its size, drawn fitted into
// a box the way the PDF places it (folio/fit.h). Platform-free.
#pragma once

#include <map>
#include <utility>

#include <imgui.h>

namespace folio::ui {

// A picture for an image block: a texture of the platform's (an ImTextureID) and its size, px.
struct Picture {
    ImTextureID texture = nullptr;
    float width = 0.0f, height = 0.0f;
};

// Pictures by block (Article::body index) and item: -1 for the block's own picture (an image's, an
// embed's poster), a gallery's picture (Block::images index) otherwise (folio::ShownPicture).
using Pictures = std::map<std::pair<int, int>, Picture>;

// Draws `picture` fitted into the box from `min` to `max` (device px), centred, its corners
// rounded by `rounding` device px; whole device pixels at the edges.
void drawPicture(ImDrawList& list, const Picture& picture, ImVec2 min, ImVec2 max, float rounding);

}  // namespace folio::ui
