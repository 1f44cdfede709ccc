// Viewer: settings kept in storage (and recovered when bad), commands, themes, and the toolbar
// driven with Dear ImGui's mouse in a headless context.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "headless_imgui.h"
#include "memory_store.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer.h"
#include "ui/viewer_widgets.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::test::MemoryStore;
using folio::ui::Viewer;
using folio::ui::ViewerCommand;

namespace {

const std::string kKey(kSettingsStorageKey);

Article smallArticle() {
    Article article;
    article.title = "Settings";
    Block block;
    block.text.push_back(TextRun{"A paragraph to lay out, long enough to wrap at least once or twice in a column.",
                                 false, false, {}});
    article.body.push_back(block);
    return article;
}

// A viewer over `store` showing a small article in an 800 x 600 CSS px canvas.
struct Fixture {
    MemoryStore store;
    Viewer viewer{test::notoMetrics(), store};
    Fixture() {
        viewer.setCanvas(800.0f, 600.0f);
        viewer.reader().showArticle(smallArticle());
    }
};

}  // namespace

TEST_CASE("viewer: settings start at the defaults and are stored when changed") {
    Fixture f;
    f.viewer.restoreSettings();
    CHECK(f.viewer.settings() == ReadingSettings{});
    CHECK(f.viewer.notice().empty());
    CHECK(f.store.values.empty());  // nothing written until the reader changes something

    f.viewer.command(ViewerCommand::LargerText);
    CHECK(f.viewer.settings().fontSizePx == 22.0f);
    CHECK(f.viewer.reader().fontSize() == 22.0f);
    CHECK(f.store.values.at(kKey) == settingsToJson(f.viewer.settings()));

    f.viewer.command(ViewerCommand::SmallerText);
    f.viewer.command(ViewerCommand::SmallerText);
    CHECK(f.viewer.settings().fontSizePx == 18.0f);
    f.viewer.command(ViewerCommand::DefaultTextSize);
    CHECK(f.viewer.settings().fontSizePx == 20.0f);
    f.viewer.setFontSize(300.0f);
    CHECK(f.viewer.settings().fontSizePx == 40.0f);
}

TEST_CASE("viewer: stored settings are restored on the next start") {
    MemoryStore store;
    ReadingSettings chosen;
    chosen.fontSizePx = 28.0f;
    chosen.family = FontFamily::Sans;
    chosen.lineSpacing = LineSpacing::Loose;
    chosen.columnWidth = ColumnWidth::Narrow;
    chosen.theme = ThemeChoice::Sepia;
    store.values[kKey] = settingsToJson(chosen);
    Viewer viewer(test::notoMetrics(), store);
    viewer.setCanvas(800.0f, 600.0f);
    viewer.restoreSettings();
    CHECK(viewer.settings() == chosen);
    CHECK(viewer.theme().name == std::string("sepia"));
    CHECK(viewer.reader().fontSize() == 28.0f);
}

TEST_CASE("viewer: the first frame's faces are all the upright faces an article is drawn with") {
    for (FontFamily family : {FontFamily::Serif, FontFamily::Sans}) {
        CAPTURE(settingName(family));
        Fixture f;
        ReadingSettings settings;
        settings.family = family;
        f.viewer.changeSettings(settings);
        Article article = smallArticle();
        article.source = "Wire";
        article.published = "2014-07-12";
        Block heading;
        heading.type = BlockType::Heading;
        heading.text.push_back(TextRun{"A heading", false, false, {}});
        article.body.insert(article.body.begin(), heading);
        f.viewer.reader().showArticle(article);

        std::vector<ui::FontRequest> requests;
        f.viewer.fontRequests(requests);
        const std::vector<FontFace> first = f.viewer.firstFrameFaces();
        const auto italic = [](FontFace face) {
            return face == FontFace::SerifItalic || face == FontFace::SerifBoldItalic || face == FontFace::SansItalic ||
                   face == FontFace::SansBoldItalic;
        };
        for (const ui::FontRequest& request : requests) {
            CAPTURE(static_cast<int>(request.face));
            CHECK((italic(request.face) || std::find(first.begin(), first.end(), request.face) != first.end()));
        }
        CHECK(std::find(first.begin(), first.end(), familyFace(family, true, false)) != first.end());
        CHECK(std::find(first.begin(), first.end(), familyFace(family, false, true)) == first.end());
        CHECK(first.size() == (family == FontFamily::Sans ? 2u : 3u));
    }
}

TEST_CASE("viewer: the toolbar's buttons are where toolbar_layout puts them, on a desktop and a phone, mirrored "
          "for a right-to-left article, taller on a touch screen") {
    namespace tl = ui::toolbar_layout;
    for (const float width : {1000.0f, 800.0f, 375.0f, 320.0f, 280.0f})
    for (const bool rtl : {false, true})
    for (const bool touch : {false, true}) {
        CAPTURE(width);
        CAPTURE(rtl);
        CAPTURE(touch);
        MemoryStore store;
        Viewer viewer(test::notoMetrics(), store);
        viewer.setTouch(touch);
        viewer.setCanvas(width, 600.0f);
        Article article = smallArticle();
        if (rtl) article.direction = TextDirection::Rtl;
        viewer.reader().showArticle(article);
        // Where a button `w` wide at `x` in a left-to-right toolbar is.
        const auto placed = [&](float x, float w) { return rtl ? width - x - w : x; };
        std::vector<ui::FontRequest> requests;
        viewer.fontRequests(requests);
        test::HeadlessImGui imgui(requests, 1.0f);
        imgui.frame(width, 600.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
        const auto at = [&](const char* id) -> const ui::ControlRect* {
            for (const ui::ControlRect& c : viewer.controls())
                if (c.id == id) return &c;
            return nullptr;
        };
        const tl::Sizes& sizes = tl::sizes(touch);
        const ui::ControlRect* bookmarks = at("bookmarks");
        if (tl::tiny(width)) {
            CHECK(bookmarks == nullptr);
        } else {
            REQUIRE(bookmarks != nullptr);
            CHECK(bookmarks->x == doctest::Approx(placed(tl::kMargin, tl::kLeft[0].width)));
            CHECK(bookmarks->width == doctest::Approx(tl::kLeft[0].width));
            CHECK(bookmarks->height == doctest::Approx(sizes.button));
        }
        float x = tl::rightGroupX(width);
        for (const tl::Button& button : tl::kRight) {
            CAPTURE(std::string(button.id));
            const ui::ControlRect* control = at(button.id);
            if ((button.textSize && tl::compact(width)) || (button.narrowMoves && tl::narrow(width))) {
                CHECK(control == nullptr);
                continue;
            }
            x += button.gapBefore;
            REQUIRE(control != nullptr);
            CHECK(control->x == doctest::Approx(placed(x, button.width)));
            CHECK(control->width == doctest::Approx(button.width));
            CHECK(control->y == doctest::Approx((sizes.toolbar - sizes.button) / 2.0f));
            CHECK(control->height == doctest::Approx(sizes.button));
            x += button.width;
        }
        CHECK(x == doctest::Approx(width - tl::kMargin));  // the group ends at the right margin
    }
}

TEST_CASE("viewer: on the smallest phones every button fits, Print and then Bookmarks move into the Aa panel, "
          "and on a touch screen every button is a finger's target") {
    namespace tl = ui::toolbar_layout;
    CHECK_FALSE(tl::narrow(375.0f));
    CHECK(tl::narrow(320.0f));
    CHECK_FALSE(tl::tiny(320.0f));
    CHECK(tl::tiny(280.0f));
    CHECK(tl::kTouchSizes.button >= 44.0f);
    for (const float width : {320.0f, 280.0f})
    for (const bool touch : {false, true}) {
        CAPTURE(width);
        CAPTURE(touch);
        MemoryStore store;
        Viewer viewer(test::notoMetrics(), store);
        viewer.setTouch(touch);
        viewer.setCanvas(width, 640.0f);
        viewer.reader().showArticle(smallArticle());
        std::vector<ui::FontRequest> requests;
        viewer.fontRequests(requests);
        test::HeadlessImGui imgui(requests, 1.0f);
        const auto frame = [&] { imgui.frame(width, 640.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); }); };
        const auto fitAndCount = [&] {
            for (const ui::ControlRect& c : viewer.controls()) {
                CAPTURE(c.id);
                CHECK(c.x >= 0.0f);
                CHECK(c.x + c.width <= width);
                if (touch) CHECK(c.height >= 44.0f);
            }
            return viewer.controls().size();
        };
        const auto has = [&](const char* id) {
            return std::any_of(viewer.controls().begin(), viewer.controls().end(),
                               [&](const ui::ControlRect& c) { return c.id == id; });
        };
        frame();
        CHECK(fitAndCount() == (tl::tiny(width) ? 3u : 4u));
        CHECK(has("bookmarks") == !tl::tiny(width));
        for (const ui::ViewerCommand open : {ui::ViewerCommand::ToggleSettings, ui::ViewerCommand::ToggleBookmarks,
                                             ui::ViewerCommand::ToggleShareSheet}) {
            viewer.command(open);
            frame();
            frame();
            fitAndCount();
            CHECK(has("close-panel"));
            if (open == ui::ViewerCommand::ToggleSettings) {
                CHECK(has("panel-print"));
                CHECK(has("panel-bookmarks") == tl::tiny(width));
            }
            viewer.command(ui::ViewerCommand::Close);
        }
    }
}

TEST_CASE("viewer: every panel's Close button closes it") {
    namespace tl = ui::toolbar_layout;
    MemoryStore store;
    Viewer viewer(test::notoMetrics(), store);
    viewer.setCanvas(800.0f, 700.0f);
    viewer.reader().showArticle(smallArticle());
    std::vector<ui::FontRequest> requests;
    viewer.fontRequests(requests);
    test::HeadlessImGui imgui(requests, 1.0f);
    ImGuiIO& io = ImGui::GetIO();
    const auto frame = [&] { imgui.frame(800.0f, 700.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); }); };
    const auto click = [&](const char* id) {
        const auto c = std::find_if(viewer.controls().begin(), viewer.controls().end(),
                                    [&](const ui::ControlRect& r) { return r.id == id; });
        REQUIRE_MESSAGE(c != viewer.controls().end(), id);
        test::HeadlessImGui::click(*c, frame);
    };
    for (const ui::ViewerCommand open : {ui::ViewerCommand::ToggleSettings, ui::ViewerCommand::ToggleBookmarks,
                                         ui::ViewerCommand::ToggleShareSheet, ui::ViewerCommand::OpenPrintPreview}) {
        CAPTURE(static_cast<int>(open));
        viewer.command(open);
        if (open == ui::ViewerCommand::OpenPrintPreview) viewer.command(ui::ViewerCommand::ToggleSettings);
        frame();
        frame();
        REQUIRE(viewer.panelOpen());
        click("close-panel");
        CHECK_FALSE(viewer.panelOpen());
        if (viewer.previewing()) viewer.command(ui::ViewerCommand::Close);
    }
}

TEST_CASE("viewer: a toolbar button's tooltip shows on hover, not over the panel it opened") {
    Fixture f;
    std::vector<ui::FontRequest> requests;
    f.viewer.fontRequests(requests);
    test::HeadlessImGui imgui(requests, 1.0f);
    ImGuiIO& io = ImGui::GetIO();
    auto frame = [&] { imgui.frame(800.0f, 600.0f, [&] { f.viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); }); };
    // Whether a tooltip window was drawn in the last frame.
    auto tooltipShown = [] {
        for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
            if ((window->Flags & ImGuiWindowFlags_Tooltip) && window->Active) return true;
        return false;
    };
    frame();
    for (const char* id : {"settings", "share", "bookmarks"}) {
        CAPTURE(std::string(id));
        const auto control = std::find_if(f.viewer.controls().begin(), f.viewer.controls().end(),
                                           [&](const ui::ControlRect& c) { return c.id == id; });
        REQUIRE(control != f.viewer.controls().end());
        io.MousePos = ImVec2(control->x + control->width / 2, control->y + control->height / 2);
        frame();
        frame();
        CHECK(tooltipShown());
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
        // Share asks for the system's dialog first; without one, the platform opens the sheet.
        if (std::string(id) == "share" && f.viewer.takeAction().kind == ui::ViewerAction::Kind::NativeShare)
            f.viewer.shareSheet();
        frame();
        CHECK_FALSE(tooltipShown());  // the panel is open under the pointer
        f.viewer.command(ViewerCommand::Close);
        frame();
    }
}

TEST_CASE("viewer: an unreadable value read on two page views is kept aside once") {
    MemoryStore store;
    store.values[kKey] = "{\"version\":1,\"fontSizePx\":\"huge\"";
    store.values[kKey + ".rejected"] = "an older bad value";
    for (int view = 0; view < 2; ++view) {
        Fixture f;
        f.store.values = store.values;
        f.viewer.restoreSettings();
        CHECK(f.viewer.notice().find(kKey + ".rejected-2") != std::string::npos);
        store.values = f.store.values;
    }
    CHECK(store.values.at(kKey + ".rejected-2") == store.values.at(kKey));
    CHECK(store.values.count(kKey + ".rejected-3") == 0);
    CHECK(store.values.size() == 3);
}

TEST_CASE("viewer: a corrupted stored value is kept aside, the defaults are used and a notice says so") {
    Fixture f;
    f.store.values[kKey] = "{\"version\":1,\"fontSizePx\":\"huge\"";
    f.store.values[kKey + ".rejected"] = "an older bad value";
    f.viewer.restoreSettings();
    CHECK(f.viewer.settings() == ReadingSettings{});
    CHECK(f.store.values.at(kKey + ".rejected") == "an older bad value");  // never overwritten
    CHECK(f.store.values.at(kKey + ".rejected-2") == "{\"version\":1,\"fontSizePx\":\"huge\"");
    CHECK(f.viewer.notice().find("could not be read") != std::string::npos);
    CHECK(f.viewer.notice().find(kKey + ".rejected-2") != std::string::npos);

    f.viewer.command(ViewerCommand::LargerText);  // saving now replaces only the unreadable original
    CHECK(parseSettings(f.store.values.at(kKey)).settings.fontSizePx == 22.0f);
    f.viewer.command(ViewerCommand::Close);
    CHECK(f.viewer.notice().empty());
}

TEST_CASE("viewer: each new notice is an event for the page (and screen readers), once") {
    Fixture f;
    f.store.values[kKey] = "not JSON";
    f.viewer.restoreSettings();
    std::vector<ui::FontRequest> requests;
    f.viewer.fontRequests(requests);
    test::HeadlessImGui imgui(requests, 1.0f);
    const auto frame = [&] { imgui.frame(800.0f, 600.0f, [&] { f.viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); }); };
    const auto notices = [&] {
        std::vector<std::string> messages;
        for (const ui::ViewerEvent& event : f.viewer.takeEvents())
            if (event.name == "notice") messages.push_back(nlohmann::json::parse(event.detailJson).at("message"));
        return messages;
    };
    frame();
    CHECK(notices() == std::vector<std::string>{f.viewer.notice()});
    frame();
    CHECK(notices().empty());  // still shown, not said again
    f.viewer.command(ViewerCommand::Close);
    frame();
    CHECK(notices().empty());
    f.store.full = true;
    f.viewer.command(ViewerCommand::LargerText);
    frame();
    const std::vector<std::string> full = notices();
    REQUIRE(full.size() == 1);
    CHECK(full[0].find("storage is full") != std::string::npos);
}

TEST_CASE("viewer: a bad value that cannot be kept aside is not overwritten") {
    Fixture f;
    f.store.values[kKey] = "not json";
    f.store.full = true;
    f.viewer.restoreSettings();
    CHECK(f.viewer.notice().find("will not be saved") != std::string::npos);
    f.store.full = false;
    f.viewer.command(ViewerCommand::LargerText);
    CHECK(f.viewer.settings().fontSizePx == 22.0f);  // applies for this visit
    CHECK(f.store.values.at(kKey) == "not json");     // but the reader's old value is not lost
}

TEST_CASE("viewer: a full storage gives a notice and the change still applies") {
    Fixture f;
    f.viewer.restoreSettings();
    f.store.full = true;
    f.viewer.command(ViewerCommand::LargerText);
    CHECK(f.viewer.settings().fontSizePx == 22.0f);
    CHECK(f.viewer.notice().find("could not be saved: the browser's storage is full") != std::string::npos);
}

TEST_CASE("viewer: the Auto theme follows the system's colour scheme") {
    Fixture f;
    f.viewer.restoreSettings();
    CHECK(f.viewer.theme().name == std::string("light"));
    f.viewer.setPrefersDark(true);
    CHECK(f.viewer.theme().name == std::string("dark"));
    ReadingSettings sepia = f.viewer.settings();
    sepia.theme = ThemeChoice::Sepia;
    f.viewer.changeSettings(sepia);
    CHECK(f.viewer.theme().name == std::string("sepia"));
}

TEST_CASE("viewer: the toolbar's buttons work with the mouse, the settings panel changes settings") {
    Fixture f;
    f.viewer.restoreSettings();
    std::vector<ui::FontRequest> requests;
    f.viewer.fontRequests(requests);
    test::HeadlessImGui imgui(requests, 1.0f);
    ImGuiIO& io = ImGui::GetIO();
    auto frame = [&] { imgui.frame(800.0f, 600.0f, [&] { f.viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); }); };
    auto find = [&](const std::string& id) -> const ui::ControlRect* {
        for (const ui::ControlRect& c : f.viewer.controls())
            if (c.id == id) return &c;
        return nullptr;
    };
    auto click = [&](const std::string& id) {
        frame();
        const ui::ControlRect* c = find(id);
        REQUIRE_MESSAGE(c != nullptr, id);
        test::HeadlessImGui::click(*c, frame);
    };

    frame();
    const ui::ControlRect* larger = find("larger");
    REQUIRE(larger != nullptr);
    CHECK(larger->y >= 0.0f);
    CHECK(larger->y + larger->height <= f.viewer.toolbarHeight());
    CHECK(larger->x + larger->width <= 800.0f);

    click("larger");
    CHECK(f.viewer.settings().fontSizePx == 22.0f);
    click("smaller");
    click("smaller");
    CHECK(f.viewer.settings().fontSizePx == 18.0f);
    click("size");
    CHECK(f.viewer.settings().fontSizePx == 20.0f);

    CHECK(find("theme-dark") == nullptr);
    click("settings");
    CHECK(f.viewer.settingsOpen());
    click("theme-dark");
    CHECK(f.viewer.settings().theme == ThemeChoice::Dark);
    click("family-sans");
    CHECK(f.viewer.settings().family == FontFamily::Sans);
    click("spacing-loose");
    CHECK(f.viewer.settings().lineSpacing == LineSpacing::Loose);
    click("width-wide");
    CHECK(f.viewer.settings().columnWidth == ColumnWidth::Wide);
    CHECK(parseSettings(f.store.values.at(kKey)).settings == f.viewer.settings());
    click("reset");
    CHECK(f.viewer.settings() == ReadingSettings{});

    // A click outside the panel closes it; Escape does too.
    io.MousePos = ImVec2(100.0f, 400.0f);
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    CHECK_FALSE(f.viewer.settingsOpen());
    f.viewer.command(ViewerCommand::ToggleSettings);
    CHECK(f.viewer.settingsOpen());
    f.viewer.command(ViewerCommand::Close);
    CHECK_FALSE(f.viewer.settingsOpen());
}
