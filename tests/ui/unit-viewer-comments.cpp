// Viewer: comment drafts and comments kept in this browser, told truthfully when storage cannot keep them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("viewer comments: a kept comment is shown as not sent yet, never as awaiting moderation") {
    Fixture f;
    f.viewer.restoreSettings();
    REQUIRE(f.viewer.keepCommentLocally(kDraft));
    std::string shown;
    for (const Line& line : f.viewer.reader().layout().lines)
        for (const Span& span : f.viewer.reader().layout().spansOf(line)) (shown += span.text) += " ";
    CHECK(shown.find("not sent yet") != std::string::npos);
    CHECK(shown.find("moderation") == std::string::npos);
}

TEST_CASE("viewer comments: a kept comment sent later leaves storage and the page, once") {
    Fixture f;
    f.viewer.restoreSettings();
    REQUIRE(f.viewer.keepCommentLocally(kDraft));
    REQUIRE(f.viewer.keepCommentLocally(CommentDraft{"Ben", "A second thought."}));
    const std::vector<PendingComment> unsent = f.viewer.unsentComments();
    REQUIRE(unsent.size() == 2);
    CHECK(unsent[0].author == "Ann");
    const std::string id = f.viewer.articleId();
    SUBCASE("sent in order") {
        CHECK(f.viewer.unsentCommentSent(id, unsent[0]));
        CHECK_FALSE(f.viewer.unsentCommentSent(id, unsent[0]));  // not twice
        CHECK(f.viewer.reader().commentCount() == 1);
        CHECK(f.store.values.at(std::string(kPendingCommentsStorageKey)).find(kDraft.text) == std::string::npos);
        CHECK(f.viewer.unsentCommentSent(id, unsent[1]));
        CHECK(f.viewer.unsentComments().empty());
    }
    SUBCASE("storage refuses the change: the comment stays kept, to be sent again") {
        f.store.full = true;
        CHECK_FALSE(f.viewer.unsentCommentSent(id, unsent[0]));
        CHECK(f.viewer.unsentComments().size() == 2);
    }
    SUBCASE("another article's id finds nothing") {
        CHECK_FALSE(f.viewer.unsentCommentSent("https://example.com/other", unsent[0]));
    }
}

TEST_CASE("viewer comments: comments hidden leave the article alone, and come back when shown") {
    Fixture f;
    f.viewer.restoreSettings();
    REQUIRE(f.viewer.keepCommentLocally(kDraft));
    const float withComments = f.viewer.reader().layout().height;
    f.viewer.setCommentsShown(false);
    CHECK(f.viewer.reader().commentCount() == 0);
    CHECK(f.viewer.reader().layout().height < withComments);
    for (const Line& line : f.viewer.reader().layout().lines) CHECK(line.block < 1);  // the one paragraph only
    f.viewer.setCommentsShown(true);
    CHECK(f.viewer.reader().commentCount() == 1);
    CHECK(f.viewer.reader().layout().height == doctest::Approx(withComments));
}

TEST_CASE("viewer: a stored value changed elsewhere is read again: settings, bookmarks, comments") {
    Fixture f;
    f.viewer.restoreSettings();
    MemoryStore& store = f.store;
    ReadingSettings other;
    other.fontSizePx = 28.0f;
    other.theme = ThemeChoice::Dark;
    store.values[std::string(kSettingsStorageKey)] = settingsToJson(other);
    f.viewer.storedValueChanged("folio.unrelated");
    CHECK(f.viewer.settings().fontSizePx == 20.0f);
    f.viewer.storedValueChanged(kSettingsStorageKey);
    CHECK(f.viewer.settings().fontSizePx == 28.0f);
    CHECK(f.viewer.settings().theme == ThemeChoice::Dark);
    CHECK(f.viewer.reader().fontSize() == 28.0f);  // applied, not only read

    // Another viewer kept a comment on the same article.
    MemoryStore& shared = store;
    Viewer second{test::notoMetrics(), shared};
    second.setClock([] { return std::string("2026-12-03T12:00:00Z"); });
    second.setCanvas(800.0f, 600.0f);
    Article same = *f.viewer.reader().article();
    second.reader().showArticle(same);
    second.restoreSettings();
    REQUIRE(second.keepCommentLocally(kDraft));
    CHECK(f.viewer.reader().commentCount() == 0);
    f.viewer.storedValueChanged(kPendingCommentsStorageKey);
    CHECK(f.viewer.reader().commentCount() == 1);
    // Storage cleared (an empty key): everything is read again, the defaults where nothing is.
    store.values.clear();
    f.viewer.storedValueChanged("");
    CHECK(f.viewer.settings().fontSizePx == 20.0f);
    CHECK(f.viewer.reader().commentCount() == 0);
}

TEST_CASE("viewer comments: the comments section is in the article's language, with its dates") {
    MemoryStore store;
    Viewer viewer{test::notoMetrics(), store};
    viewer.setClock([] { return std::string("2026-12-03T12:00:00Z"); });
    viewer.setCanvas(800.0f, 600.0f);
    Article article;
    article.title = "Nota";
    article.language = "es-MX";
    article.url = "https://example.com/es/nota";
    Block block;
    block.text.push_back(TextRun{"Un párrafo.", false, false, {}});
    article.body.push_back(block);
    const auto shown = [&viewer] {
        std::string text;
        for (const Line& line : viewer.reader().layout().lines)
            for (const Span& span : viewer.reader().layout().spansOf(line)) (text += span.text) += " ";
        return text;
    };
    viewer.reader().showArticle(article);
    CHECK(shown().find("Comentarios") != std::string::npos);
    CHECK(shown().find("Todavía no hay comentarios.") != std::string::npos);
    CHECK(shown().find("Añade tu comentario") != std::string::npos);
    CHECK(shown().find("Comments") == std::string::npos);
    article.comments.push_back(Comment{"", "2026-07-12T09:30:00Z", "Muy bueno."});
    viewer.reader().showArticle(article);
    CHECK(shown().find("1 comentario") != std::string::npos);
    CHECK(shown().find("Anónimo") != std::string::npos);
    CHECK(shown().find("12 de julio de 2026") != std::string::npos);
}
