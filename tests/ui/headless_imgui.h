// A Dear ImGui context without a window or GPU, with a font atlas baked for the given requests,
// for driving the views in tests.
#pragma once

#include <doctest/doctest.h>
#include <imgui.h>

#include <vector>

#include "ui/font_atlas.h"
#include "ui/glyph_cache.h"
#include "ui/viewer_types.h"
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

    // A click on `control` as the platform gives one: the pointer moves there in one frame, the
    // button goes down in the next and up in the one after; `frame()` runs a frame.
    template <class Frame>
    static void click(const ui::ControlRect& control, Frame frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(control.x + control.width / 2, control.y + control.height / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }

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
