// Viewer: the print document is made only when asked for, and a read of it never paginates.
#include <doctest/doctest.h>

#include <vector>

#include "headless_imgui.h"
#include "memory_store.h"
#include "ui/viewer.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::test::MemoryStore;
using folio::ui::Viewer;

TEST_CASE("viewer print: paginatedDocument() never paginates, printDocument() does once per settings") {
    MemoryStore store;
    Viewer viewer{test::notoMetrics(), store};
    viewer.setCanvas(800.0f, 600.0f);
    CHECK(viewer.paginatedDocument() == nullptr);  // no article
    Article article;
    article.title = "Print";
    Block block;
    block.text.push_back(TextRun{"A paragraph for the page.", false, false, {}});
    article.body.push_back(block);
    viewer.reader().showArticle(article);
    CHECK(viewer.paginatedDocument() == nullptr);
    CHECK(viewer.paginatedDocument() == nullptr);  // still not: asking did not paginate
    const PrintDocument* made = viewer.printDocument();
    REQUIRE(made != nullptr);
    CHECK(made->pages.size() == 1);
    CHECK(viewer.paginatedDocument() == made);

    ReadingSettings larger = viewer.settings();
    larger.printFontSizePt = 14.0f;
    viewer.changeSettings(larger);
    CHECK(viewer.paginatedDocument() == nullptr);  // the pages of other settings are not these
    CHECK(viewer.printDocument() != nullptr);
    CHECK(viewer.paginatedDocument() != nullptr);
}

TEST_CASE("viewer print: the preview's toolbar fits a phone, its page buttons float below when the bar is too narrow") {
    for (const float width : {1000.0f, 390.0f, 320.0f, 280.0f})
    for (const bool touch : {false, true}) {
        CAPTURE(width);
        CAPTURE(touch);
        MemoryStore store;
        Viewer viewer{test::notoMetrics(), store};
        viewer.setTouch(touch);
        viewer.setCanvas(width, 640.0f);
        Article article;
        article.title = "Print";
        for (int i = 0; i < 40; ++i) {
            Block block;
            block.text.push_back(TextRun{"A paragraph long enough to take a few lines on the page, again and again.", false, false, {}});
            article.body.push_back(block);
        }
        viewer.reader().showArticle(article);
        viewer.command(ui::ViewerCommand::OpenPrintPreview);
        REQUIRE(viewer.previewing());
        std::vector<ui::FontRequest> requests;
        viewer.fontRequests(requests);
        test::HeadlessImGui imgui(requests, 1.0f);
        imgui.frame(width, 640.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
        imgui.frame(width, 640.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
        int found = 0;
        for (const ui::ControlRect& c : viewer.controls()) {
            CAPTURE(c.id);
            ++found;
            CHECK(c.x >= 0.0f);
            CHECK(c.x + c.width <= width);
            if (touch) CHECK(c.height >= 44.0f);
            if (touch && c.id != "page") CHECK(c.width >= 44.0f);
            for (const ui::ControlRect& other : viewer.controls()) {  // none covers another
                if (&other == &c) continue;
                const bool apart = other.x >= c.x + c.width || c.x >= other.x + other.width || other.y >= c.y + c.height ||
                                   c.y >= other.y + other.height;
                CHECK(apart);
            }
            const bool pageButton = c.id == "previous-page" || c.id == "next-page" || c.id == "page";
            if (pageButton && width >= 1000.0f) CHECK(c.y < viewer.toolbarHeight());  // in the bar
            if (pageButton && width < 340.0f) CHECK(c.y > 640.0f - 80.0f);           // floating at the bottom
        }
        CHECK(found == 7);
    }
}
