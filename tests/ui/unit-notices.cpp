// Notices: every message told, in order, each announced once; the one shown is the oldest not dismissed.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "folio/bookmarks.h"
#include "folio/reading_settings.h"
#include "headless_imgui.h"
#include "memory_store.h"
#include "ui/notices.h"
#include "ui/viewer.h"
#include "unit/test_fonts.h"

using namespace folio;

TEST_CASE("notices: queued in order, repeats of the last dropped, each announced once") {
    ui::Notices notices;
    CHECK(notices.current().empty());
    notices.tell("first");
    notices.tell("first");
    notices.tell("");
    notices.tell("second");
    CHECK(notices.size() == 2);
    CHECK(notices.current() == "first");
    CHECK(notices.takeUnannounced() == std::vector<std::string>{"first", "second"});
    CHECK(notices.takeUnannounced().empty());
    notices.dismiss();
    CHECK(notices.current() == "second");
    notices.dismiss();
    CHECK(notices.current().empty());
    notices.dismiss();  // nothing to dismiss: no harm
    CHECK(notices.size() == 0);
}

// Settings and bookmarks both unreadable: the reader once heard only about the bookmarks.
TEST_CASE("notices: every start-up notice is told, in order, and shown one after another") {
    test::MemoryStore store;
    store.values[std::string(kSettingsStorageKey)] = "not JSON";
    store.values[std::string(kBookmarksStorageKey)] = "not JSON either";
    ui::Viewer viewer{test::notoMetrics(), store};
    viewer.setCanvas(800.0f, 600.0f);
    viewer.restoreSettings();
    std::vector<ui::FontRequest> requests;
    viewer.fontRequests(requests);
    test::HeadlessImGui imgui(requests, 1.0f);
    imgui.frame(800.0f, 600.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
    std::vector<std::string> told;
    for (const ui::ViewerEvent& event : viewer.takeEvents())
        if (event.name == "notice") told.push_back(nlohmann::json::parse(event.detailJson).at("message"));
    REQUIRE(told.size() == 2);
    CHECK(told[0].find("reading settings") != std::string::npos);
    CHECK(told[1].find("bookmarks could not be read") != std::string::npos);
    CHECK(viewer.notice() == told[0]);
    viewer.command(ui::ViewerCommand::Close);
    CHECK(viewer.notice() == told[1]);
    viewer.command(ui::ViewerCommand::Close);
    CHECK(viewer.notice().empty());
}
