// The viewer's comments: drafts kept while they are typed (per article, across reloads), comments
// kept in this browser when they cannot be sent, and what is shown under the article.
#include <nlohmann/json.hpp>

#include "folio/bookmarks.h"
#include "ui/stored_value.h"
#include "ui/viewer.h"

namespace folio::ui {
namespace {

// Reads `key` from `store` with `parse` and gives the result to `take`; a value `parse` refuses is
// kept aside and `notices` are told so. Returns false when such a value could not be kept aside (then
// nothing may be saved over it).
template <class Parse, class Take>
bool restoreStored(KeyValueStore& store, std::string_view key, const char* what, Parse parse, Take take,
                   Notices& notices) {
    const std::optional<std::string> stored = store.get(key);
    if (!stored) return true;
    auto parsed = parse(*stored);
    if (parsed.ok) {
        take(parsed);
        return true;
    }
    const std::optional<std::string> aside = keepAside(store, std::string(key), *stored);
    notices.tell(std::string("Your ") + what + " could not be read (" + parsed.error + "). " +
                 (aside ? "They are kept in this browser's storage as \"" + *aside + "\"."
                        : std::string("New ones will not be saved, so that the old ones are not lost.")));
    return aside.has_value();
}

}  // namespace

void Viewer::restoreComments() {
    draftsCanSave_ = restoreStored(store_, kCommentDraftsStorageKey, "comment drafts", DraftBook::parse,
                                   [&](DraftParse& parsed) { drafts_ = std::move(parsed.book); }, notices_);
    pendingCanSave_ = restoreStored(store_, kPendingCommentsStorageKey, "unsent comments", PendingComments::parse,
                                    [&](PendingParse& parsed) { pending_ = std::move(parsed.comments); }, notices_);
}

std::string Viewer::articleId() const {
    const Article* article = reader_.article();
    if (!article) return std::string();
    if (!articleSource_.empty() && articleSource_.size() <= kMaxBookmarkStringBytes) return articleSource_;
    return bookmarkIdFor(*article);
}

CommentDraft Viewer::commentDraft() const {
    const CommentDraft* draft = drafts_.get(articleId());
    return draft ? *draft : CommentDraft{};
}

void Viewer::saveCommentDraft(const CommentDraft& draft) {
    const std::string id = articleId();
    if (id.empty()) return;
    drafts_.set(id, draft);
    draftStored_ = false;
    if (!draftsCanSave_) return;
    std::string error;
    draftStored_ = store_.set(kCommentDraftsStorageKey, drafts_.toJson(), error);
    if (!draftStored_) {
        tell("Your comment draft could not be saved: " + error + ". Keep this page open until it is sent.");
    }
}

void Viewer::commentSent() {
    drafts_.clear(articleId());
    std::string error;
    if (draftsCanSave_) store_.set(kCommentDraftsStorageKey, drafts_.toJson(), error);
}

bool Viewer::keepCommentLocally(const CommentDraft& draft) {
    const std::string id = articleId();
    if (!pendingCanSave_ || !pending_.add(id, draft, clock_ ? clock_() : std::string())) return false;
    std::string error;
    if (!store_.set(kPendingCommentsStorageKey, pending_.toJson(), error)) {
        pending_.remove(id, pending_.forArticle(id).size() - 1);
        return false;
    }
    commentSent();
    reader_.setPendingComments(pending_.forArticle(id));
    return true;
}

void Viewer::showPendingComments() { reader_.setPendingComments(pending_.forArticle(articleId())); }

}  // namespace folio::ui
