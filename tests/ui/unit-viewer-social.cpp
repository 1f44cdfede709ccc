// Viewer: bookmarks opened and removed by id (as the keyboard's bookmarks dialog does), and the
// share menu's links.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "folio/share.h"
#include "folio/reading_positions.h"
#include "headless_imgui.h"
#include "memory_store.h"
#include "ui/viewer.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::test::MemoryStore;
using folio::ui::Viewer;
using folio::ui::ViewerAction;

namespace {

// An article titled `title` with `paragraphs` paragraphs, several screens long at 800 x 600.
Article longArticle(const std::string& title, int paragraphs) {
    Article article;
    article.title = title;
    for (int i = 0; i < paragraphs; ++i) {
        Block block;
        block.text.push_back(TextRun{"Paragraph " + std::to_string(i) +
                                         ", long enough to wrap over several lines of the column, so that the "
                                         "article is taller than the window and the reader has to scroll it.",
                                     false, false, {}});
        article.body.push_back(block);
    }
    return article;
}

// Two bookmarks as an exported file: one saved in block 12 of an article loaded from
// "articles/kept.json", one imported from elsewhere with nowhere to load it from.
const char* const kExported =
    R"({"version":1,"bookmarks":[)"
    R"({"id":"https://example.com/kept","title":"Kept","url":"https://example.com/kept",)"
    R"("articleUrl":"articles/kept.json","savedAt":"2024-05-02T10:00:00Z","progress":0.5,"block":12,"offset":0},)"
    R"({"id":"title:Elsewhere","title":"Elsewhere","savedAt":"2024-05-01T10:00:00Z"}]})";

struct Fixture {
    MemoryStore store;
    Viewer viewer{test::notoMetrics(), store};
    Fixture() {
        viewer.setCanvas(800.0f, 600.0f);
        viewer.restoreSettings();
    }
};

}  // namespace

TEST_CASE("viewer: a bookmark is reopened by its id, at its reading position") {
    Fixture f;
    CHECK(f.viewer.importBookmarks(kExported) == "Imported 2 new and 0 updated bookmarks.");
    CHECK_FALSE(f.viewer.openBookmark("title:Elsewhere"));  // nowhere to load it from
    CHECK_FALSE(f.viewer.openBookmark("https://example.com/unknown"));
    CHECK(f.viewer.takeAction().kind == ViewerAction::Kind::None);

    CHECK(f.viewer.openBookmark("https://example.com/kept"));
    const ViewerAction action = f.viewer.takeAction();
    CHECK(action.kind == ViewerAction::Kind::OpenArticle);
    CHECK(action.url == "articles/kept.json");
    CHECK(action.title == "Kept");

    Article kept = longArticle("Kept", 40);
    kept.url = "https://example.com/kept";
    f.viewer.reader().showArticle(kept);
    f.viewer.articleShown();
    const float expected = f.viewer.reader().layout().yOf(Anchor{12, -1, 0});
    CHECK(expected > 600.0f);
    CHECK(f.viewer.reader().scroller().position() == doctest::Approx(expected));
    CHECK(f.viewer.bookmarked());
}

TEST_CASE("viewer: a bookmark is removed by its id, stored and reported") {
    Fixture f;
    f.viewer.importBookmarks(kExported);
    f.viewer.takeEvents();
    CHECK(f.viewer.removeBookmark("title:Elsewhere"));
    CHECK_FALSE(f.viewer.removeBookmark("title:Elsewhere"));
    REQUIRE(f.viewer.bookmarks().items().size() == 1);
    CHECK(f.viewer.bookmarks().items()[0].id == "https://example.com/kept");
    const BookmarkParse stored = BookmarkList::parse(f.store.values.at(std::string(kBookmarksStorageKey)));
    REQUIRE(stored.ok);
    CHECK(stored.list.items().size() == 1);
    const std::vector<ui::ViewerEvent> events = f.viewer.takeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].name == "bookmark");
    CHECK(events[0].detailJson == R"({"bookmarked":false,"id":"title:Elsewhere"})");
}

TEST_CASE("viewer: the share menu lists the core's link of every target") {
    Fixture f;
    CHECK(f.viewer.shareMenuJson().empty());  // no article shown

    Article article = longArticle("Z\u00FCrich & more", 2);
    article.url = "https://example.com/z?a=1&b=2";
    article.summary = "A summary.";
    f.viewer.reader().showArticle(article);
    const nlohmann::json menu = nlohmann::json::parse(f.viewer.shareMenuJson());
    CHECK(menu.at("title") == article.title);
    CHECK(menu.at("url") == article.url);
    const ShareText text = shareTextFor(article, "");
    REQUIRE(menu.at("links").size() == kShareTargets.size());
    for (std::size_t i = 0; i < kShareTargets.size(); ++i) {
        const nlohmann::json& link = menu.at("links")[i];
        CAPTURE(shareTargetName(kShareTargets[i]));
        CHECK(link.at("target") == shareTargetName(kShareTargets[i]));
        CHECK(link.at("label") == shareTargetLabel(kShareTargets[i]));
        CHECK(link.at("url") == shareUrl(kShareTargets[i], text));
    }
    CHECK(menu.at("links")[0].at("url") ==
          "mailto:?subject=Z%C3%BCrich%20%26%20more&body=A%20summary.%0D%0A%0D%0Ahttps%3A%2F%2Fexample.com%2Fz%3Fa%3D1%26b%3D2");

    // Without a URL of its own or a page's, the targets that share a URL have nothing to share.
    article.url.clear();
    f.viewer.reader().showArticle(article);
    const nlohmann::json bare = nlohmann::json::parse(f.viewer.shareMenuJson());
    CHECK(bare.at("url") == "");
    CHECK(bare.at("links")[0].at("url") == "mailto:?subject=Z%C3%BCrich%20%26%20more&body=A%20summary.");
    CHECK(bare.at("links")[2].at("url") == "");  // Facebook

    f.viewer.setPageUrl("https://news.example/page");
    CHECK(nlohmann::json::parse(f.viewer.shareMenuJson()).at("url") == "https://news.example/page");
}

namespace {

// A viewer at 800 x 600 with its stored values read, as a page view starts.
void startViewer(Viewer& viewer) {
    viewer.setCanvas(800.0f, 600.0f);
    viewer.restoreSettings();
}

// Shows `article` as loaded from `source`.
void showFrom(Viewer& viewer, const std::string& source, const Article& article) {
    viewer.setArticleSource(source);
    viewer.reader().showArticle(article);
    viewer.articleShown();
}

}  // namespace

TEST_CASE("viewer: the place in an article is kept across a reload, for each article") {
    MemoryStore store;
    const Article article = longArticle("Placed", 40);
    {
        Viewer viewer{test::notoMetrics(), store};
        startViewer(viewer);
        showFrom(viewer, "https://example.com/placed.json", article);
        std::vector<ui::FontRequest> requests;
        viewer.fontRequests(requests);
        test::HeadlessImGui imgui(requests, 1.0f);
        imgui.frame(800.0f, 600.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
        CHECK(store.values.count(std::string(kReadingPositionsStorageKey)) == 0);  // at the top: nothing to keep
        viewer.reader().scroller().jumpTo(viewer.reader().layout().yOf(Anchor{20, -1, 0}));
        imgui.frame(800.0f, 600.0f, [&] { viewer.frame(imgui.atlas, imgui.glyphs, 1.0f); });
    }
    const PositionsParse kept = ReadingPositions::parse(store.values[std::string(kReadingPositionsStorageKey)]);
    REQUIRE_MESSAGE(kept.ok, kept.error);
    REQUIRE(kept.items.size() == 1);
    CHECK(kept.items[0].id == "https://example.com/placed.json");
    CHECK(kept.items[0].block == 20);

    // The next page view opens it there; another article still opens at its top.
    Viewer again{test::notoMetrics(), store};
    startViewer(again);
    showFrom(again, "https://example.com/placed.json", article);
    CHECK(again.reader().scroller().position() == doctest::Approx(again.reader().layout().yOf(Anchor{20, -1, 0})));
    showFrom(again, "https://example.com/other.json", longArticle("Other", 40));
    CHECK(again.reader().scroller().position() == 0.0f);
}
