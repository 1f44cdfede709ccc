// Viewer: the print document is made only when asked for, and a read of it never paginates.
#include <doctest/doctest.h>

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
