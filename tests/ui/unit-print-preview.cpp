// PrintPreview under a headless Dear ImGui context: image boxes show their pictures as the PDF does.
#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <limits>

#include "headless_imgui.h"
#include "ui/print_preview.h"
#include "unit/test_fonts.h"

using namespace folio;

namespace {

const ImTextureID kTexture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(7));
const ImU32 kImageGrey = ui::packed(kPaperPalette.placeholder);  // the PDF's placeholder grey too

// A paragraph, an image of 400 x 300 px (block 1), a paragraph.
Article pictureArticle() {
    Article article;
    article.title = "Pictures on paper";
    Block before;
    before.text.push_back(TextRun{"Before the picture.", false, false, {}});
    Block image;
    image.type = BlockType::Image;
    image.src = "images/view.png";
    image.width = 400;
    image.height = 300;
    Block after;
    after.text.push_back(TextRun{"After the picture.", false, false, {}});
    article.body = {before, image, after};
    return article;
}

struct Bounds {
    float minX = std::numeric_limits<float>::max(), minY = std::numeric_limits<float>::max();
    float maxX = std::numeric_limits<float>::lowest(), maxY = std::numeric_limits<float>::lowest();
    bool empty() const { return minX > maxX; }
    float width() const { return maxX - minX; }
    float height() const { return maxY - minY; }
};

// Bounds of what the preview draws with `kTexture`, and of what it fills in the image grey, in
// one frame at devicePixelRatio 1.
std::pair<Bounds, Bounds> drawn(const ui::PrintPreview& preview, const ui::Pictures& pictures) {
    test::HeadlessImGui imgui({{FontFace::Sans, 14.0f, U""}}, 1.0f);
    Bounds picture, grey;
    imgui.frame(800.0f, 1200.0f, [&] {
        ImDrawList* list = ImGui::GetBackgroundDrawList();
        preview.draw(*list, imgui.glyphs, pictures, 1.0f, 0.0f, ui::themeFor(ThemeChoice::Light, false));
        unsigned first = 0;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            for (unsigned i = first; i < first + cmd.ElemCount; ++i) {
                const ImDrawVert& v = list->VtxBuffer[list->IdxBuffer[static_cast<int>(i)]];
                Bounds* into = cmd.TextureId == kTexture ? &picture : v.col == kImageGrey ? &grey : nullptr;
                if (!into) continue;
                into->minX = std::min(into->minX, v.pos.x);
                into->maxX = std::max(into->maxX, v.pos.x);
                into->minY = std::min(into->minY, v.pos.y);
                into->maxY = std::max(into->maxY, v.pos.y);
            }
            first += cmd.ElemCount;
        }
    });
    return {picture, grey};
}

}  // namespace

TEST_CASE("print preview: an image box shows its block's picture, fitted and centred as in the PDF") {
    const Article article = pictureArticle();
    ui::PrintPreview preview(test::notoMetrics());
    preview.show(article, 1, PageSpec{});
    preview.setViewport(800.0f, 1200.0f);

    const auto [noPicture, box] = drawn(preview, {});
    CHECK(noPicture.empty());
    REQUIRE_FALSE(box.empty());  // without a picture the box is grey
    CHECK(box.width() / box.height() == doctest::Approx(4.0 / 3.0).epsilon(0.01));

    // A 2:1 picture in the 4:3 box: as wide as the box, half as high, centred top to bottom.
    const ui::Pictures pictures{{{1, -1}, ui::Picture{kTexture, 200.0f, 100.0f}}};
    const auto [picture, grey] = drawn(preview, pictures);
    REQUIRE_FALSE(picture.empty());
    CHECK(grey.empty());
    CHECK(picture.width() == doctest::Approx(box.width()).epsilon(0.01));
    CHECK(picture.height() == doctest::Approx(box.width() / 2.0f).epsilon(0.02));
    CHECK((picture.minY + picture.maxY) / 2.0f == doctest::Approx((box.minY + box.maxY) / 2.0f).epsilon(0.01));

    // A picture of another block changes nothing here.
    const auto [other, stillGrey] = drawn(preview, {{{2, -1}, ui::Picture{kTexture, 200.0f, 100.0f}}});
    CHECK(other.empty());
    CHECK_FALSE(stillGrey.empty());
}
