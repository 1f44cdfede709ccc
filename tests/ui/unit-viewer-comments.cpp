// Viewer: comment drafts and comments kept in this browser, told truthfully when storage cannot keep them.
#include <doctest/doctest.h>

#include <string>

#include "memory_store.h"
#include "ui/viewer.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::test::MemoryStore;
using folio::ui::Viewer;

namespace {

// A viewer over `store` showing a one-paragraph article with a URL (which names its drafts).
struct Fixture {
    MemoryStore store;
    Viewer viewer{test::notoMetrics(), store};
    Fixture() {
        Article article;
        article.title = "Comments";
        article.url = "https://example.com/comments";
        Block block;
        block.text.push_back(TextRun{"A paragraph.", false, false, {}});
        article.body.push_back(block);
        viewer.setClock([] { return std::string("2026-12-03T12:00:00Z"); });
        viewer.setCanvas(800.0f, 600.0f);
        viewer.reader().showArticle(article);
    }
};

const CommentDraft kDraft{"Ann", "A thoughtful comment."};

}  // namespace

TEST_CASE("viewer comments: a draft in storage is reported as stored") {
    Fixture f;
    f.viewer.restoreSettings();
    f.viewer.saveCommentDraft(kDraft);
    CHECK(f.viewer.commentDraftStored());
    CHECK(f.store.values.count(std::string(kCommentDraftsStorageKey)) == 1);
}

// The comment form once said "Nothing is lost: it stays here, also if you reload" over a full storage.
TEST_CASE("viewer comments: a draft a full storage refused is not reported as stored") {
    Fixture f;
    f.viewer.restoreSettings();
    f.store.full = true;
    f.viewer.saveCommentDraft(kDraft);
    CHECK_FALSE(f.viewer.commentDraftStored());
    CHECK(f.viewer.commentDraft().text == kDraft.text);  // still there for this page
    f.store.full = false;
    f.viewer.saveCommentDraft(kDraft);
    CHECK(f.viewer.commentDraftStored());
}

TEST_CASE("viewer comments: a draft is not stored over unreadable drafts") {
    Fixture f;
    f.store.values[std::string(kCommentDraftsStorageKey)] = "damaged";
    f.store.full = true;  // nor can the damaged value be kept aside
    f.viewer.restoreSettings();
    f.store.full = false;
    f.viewer.saveCommentDraft(kDraft);
    CHECK_FALSE(f.viewer.commentDraftStored());
    CHECK(f.store.values.at(std::string(kCommentDraftsStorageKey)) == "damaged");
}

TEST_CASE("viewer comments: a comment kept in storage survives, and its draft is dropped") {
    Fixture f;
    f.viewer.restoreSettings();
    f.viewer.saveCommentDraft(kDraft);
    REQUIRE(f.viewer.keepCommentLocally(kDraft));
    CHECK(f.viewer.commentDraft().text.empty());
    CHECK(f.store.values.at(std::string(kPendingCommentsStorageKey)).find(kDraft.text) != std::string::npos);
    CHECK(f.viewer.reader().commentCount() == 1);
}

// A comment "kept in this browser" was once gone after a reload when storage could not keep it.
TEST_CASE("viewer comments: a comment storage cannot keep is not reported as kept") {
    SUBCASE("storage is full") {
        Fixture f;
        f.viewer.restoreSettings();
        f.viewer.saveCommentDraft(kDraft);
        f.store.full = true;
        CHECK_FALSE(f.viewer.keepCommentLocally(kDraft));
        CHECK(f.viewer.commentDraft().text == kDraft.text);
        CHECK(f.viewer.reader().commentCount() == 0);
    }
    SUBCASE("storage holds unreadable comments that must not be overwritten") {
        Fixture f;
        f.store.values[std::string(kPendingCommentsStorageKey)] = "damaged";
        f.store.full = true;
        f.viewer.restoreSettings();
        f.store.full = false;
        CHECK_FALSE(f.viewer.keepCommentLocally(kDraft));
        CHECK(f.store.values.at(std::string(kPendingCommentsStorageKey)) == "damaged");
        CHECK(f.viewer.reader().commentCount() == 0);
    }
}
