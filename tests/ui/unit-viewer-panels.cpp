// ViewerPanels on their own, without a Viewer: drawn from a PanelsView made here, driven with Dear
// ImGui's mouse in a headless context, they ask for what the reader clicks through PanelRequests
// and change nothing of the viewer's state themselves.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "headless_imgui.h"
#include "ui/viewer_panels.h"
#include "ui/viewer_widgets.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::ui::PanelsView;
using folio::ui::ViewerCommand;
using folio::ui::ViewerPanels;

namespace {

// Writes down every request; panel toggles are carried out as the Viewer does.
struct Requests final : ui::PanelRequests {
    ViewerPanels* panels = nullptr;
    std::vector<ViewerCommand> commands;
    std::vector<ReadingSettings> settings;
    std::vector<std::string> opened, removed, sharedTargets;
    std::vector<ui::ViewerAction> sharedActions;
    int dismissed = 0;

    void command(ViewerCommand command) override {
        commands.push_back(command);
        if (command == ViewerCommand::ToggleSettings) panels->toggle(ViewerPanels::Panel::Settings);
        if (command == ViewerCommand::ToggleBookmarks) panels->toggle(ViewerPanels::Panel::Bookmarks);
    }
    void changeSettings(ReadingSettings next) override { settings.push_back(next); }
    bool openBookmark(const std::string& id) override {
        opened.push_back(id);
        return true;
    }
    bool removeBookmark(const std::string& id) override {
        removed.push_back(id);
        return true;
    }
    void shareTo(ui::ViewerAction action, const std::string& target) override {
        sharedActions.push_back(action);
        sharedTargets.push_back(target);
    }
    void dismissNotice() override { ++dismissed; }
};

Bookmark mark(const std::string& id, const std::string& title) {
    Bookmark b;
    b.id = id;
    b.title = title;
    b.articleUrl = "articles/" + id + ".json";
    return b;
}

// The panels over an 800 x 600 CSS px canvas at dpr 1, and a click on a control by its id.
struct Fixture {
    ViewerPanels panels;
    Requests requests;
    const ui::Theme& theme = ui::themeFor(ThemeChoice::Light, false);
    BookmarkList bookmarks;
    ui::Notices notices;
    ShareText share{"A title", "https://example.com/a", "A summary"};
    PanelsView view;
    test::HeadlessImGui imgui{{ui::FontRequest{FontFace::Sans, ui::kUiFontPx, ViewerPanels::characters()}}, 1.0f};

    Fixture() {
        requests.panels = &panels;
        view.theme = &theme;
        view.width = 800.0f;
        view.height = 600.0f;
        view.bookmarks = &bookmarks;
        view.notices = &notices;
        view.share = &share;
    }
    void frame() {
        imgui.frame(view.width, view.height, [&] {
            ImGui::PushFont(imgui.atlas.find(FontFace::Sans, ui::kUiFontPx));
            panels.draw(view, requests, 1.0f);
            ImGui::PopFont();
        });
    }
    const ui::ControlRect* find(const std::string& id) const {
        for (const ui::ControlRect& c : panels.controls())
            if (c.id == id) return &c;
        return nullptr;
    }
    // A click on control `id` of the frame drawn now.
    void click(const std::string& id) {
        frame();
        const ui::ControlRect* c = find(id);
        REQUIRE_MESSAGE(c != nullptr, id);
        test::HeadlessImGui::click(*c, [this] { frame(); });
    }
};

}  // namespace

TEST_CASE("viewer panels: the toolbar and the settings panel ask for changes and make none themselves") {
    Fixture f;
    f.click("larger");
    REQUIRE(f.requests.commands.size() == 1);
    CHECK(f.requests.commands[0] == ViewerCommand::LargerText);
    CHECK(f.view.settings.fontSizePx == 20.0f);  // the view is the viewer's to change

    f.click("settings");
    CHECK(f.panels.open() == ViewerPanels::Panel::Settings);
    f.click("theme-dark");
    REQUIRE(f.requests.settings.size() == 1);
    CHECK(f.requests.settings[0].theme == ThemeChoice::Dark);
    CHECK(f.requests.settings[0].fontSizePx == f.view.settings.fontSizePx);  // the rest as it was
    f.click("close-panel");
    CHECK(f.panels.open() == ViewerPanels::Panel::None);
}

TEST_CASE("viewer panels: a right-to-left article mirrors the toolbar and opens the settings at the left") {
    Fixture f;
    f.frame();
    const float ltrBookmarks = f.find("bookmarks")->x;
    f.view.mirrored = true;
    f.frame();
    const ui::ControlRect* bookmarks = f.find("bookmarks");
    REQUIRE(bookmarks != nullptr);
    CHECK(bookmarks->x == doctest::Approx(800.0f - ltrBookmarks - bookmarks->width));
    f.click("settings");
    const ui::ControlRect* reset = f.find("reset");
    REQUIRE(reset != nullptr);
    CHECK(reset->x + reset->width < 400.0f);
}

TEST_CASE("viewer panels: the share sheet asks to copy or open each target's link, and closes with no article") {
    Fixture f;
    f.panels.openShareSheet();
    f.frame();  // a panel's first frame sizes it
    f.click("share-copy");
    f.click("share-email");
    REQUIRE(f.requests.sharedTargets == std::vector<std::string>{"copy", "email"});
    CHECK(f.requests.sharedActions[0].kind == ui::ViewerAction::Kind::CopyLink);
    CHECK(f.requests.sharedActions[0].url == "https://example.com/a");
    CHECK(f.requests.sharedActions[1].kind == ui::ViewerAction::Kind::OpenUrl);
    CHECK(f.requests.sharedActions[1].url.rfind("mailto:", 0) == 0);

    f.view.share = nullptr;
    f.frame();
    CHECK(f.panels.open() == ViewerPanels::Panel::None);
    CHECK(f.find("share-copy") == nullptr);
}

TEST_CASE("viewer panels: the bookmarks panel asks to open or remove the bookmark of the row clicked") {
    Fixture f;
    REQUIRE(f.bookmarks.toggle(mark("first", "The first")));
    REQUIRE(f.bookmarks.toggle(mark("second", "The second")));
    f.panels.toggle(ViewerPanels::Panel::Bookmarks);
    f.frame();
    f.click("bookmark-remove-1");
    f.click("bookmark-open-0");
    CHECK(f.requests.removed == std::vector<std::string>{f.bookmarks.items()[1].id});
    CHECK(f.requests.opened == std::vector<std::string>{f.bookmarks.items()[0].id});
    CHECK(f.bookmarks.items().size() == 2);  // the list is the viewer's to change
    f.click("bookmarks-export");
    CHECK(f.requests.commands.back() == ViewerCommand::ExportBookmarks);
}

TEST_CASE("viewer panels: a notice is a banner over the article, and Dismiss asks for the next") {
    Fixture f;
    f.frame();
    CHECK(f.panels.coverings().empty());
    f.notices.tell("Your settings could not be read.");
    f.frame();
    f.click("dismiss");
    CHECK(f.requests.dismissed == 1);
    REQUIRE(f.panels.coverings().size() == 1);
    CHECK(f.panels.coverings()[0].id == "notice");
    CHECK(f.panels.coverings()[0].y + f.panels.coverings()[0].height <= 600.0f);
}
