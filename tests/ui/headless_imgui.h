// A Dear ImGui context without a window or GPU, with a font atlas baked for the given requests,
// for driving the views in tests.
#pragma once

#include <doctest/doctest.h>
#include <imgui.h>

#include <vector>

#include "ui/font_atlas.h"
#include "ui/glyph_cache.h"
#include "unit/test_fonts.h"

namespace folio::test {

struct HeadlessImGui {
    ui::FontAtlas atlas;
    ui::GlyphCache glyphs;  // the article's glyphs (pixels only: no GPU)

    HeadlessImGui(const std::vector<ui::FontRequest>& requests, float dpr) {
        REQUIRE(atlas.rebuild(notoMetrics(), requests, dpr));
        ImGui::CreateContext(&atlas.imgui());
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DeltaTime = 1.0f / 60.0f;
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // Runs one frame of `draw()` at `width` x `height` device px.
    template <class Draw>
    void frame(float width, float height, Draw draw) {
        ImGui::GetIO().DisplaySize = ImVec2(width, height);
        ImGui::NewFrame();
        draw();
        ImGui::Render();
    }
};

}  // namespace folio::test
