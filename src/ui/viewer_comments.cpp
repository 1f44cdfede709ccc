// The viewer's comments: drafts kept while they are typed (per article, across reloads), comments
// kept in this browser when they cannot be sent, and what is shown under the article.
#include <nlohmann/json.hpp>

#include "folio/bookmarks.h"
#include "ui/stored_value.h"
#include "ui/viewer.h"

namespace folio::ui {

void Viewer::restoreComments() {
    static constexpr StoredWords kDrafts{"comment drafts", "", "They are kept", "",
                                         "New ones will not be saved, so that the old ones are not lost."};
    static constexpr StoredWords kPending{"unsent comments", "", "They are kept", "",
                                          "New ones will not be saved, so that the old ones are not lost."};
    draftsCanSave_ = restoreStored(store_, kCommentDraftsStorageKey, DraftBook::parse, kDrafts, notices_,
                                   [&](DraftParse& read) { drafts_ = std::move(read.book); });
    pendingCanSave_ = restoreStored(store_, kPendingCommentsStorageKey, PendingComments::parse, kPending, notices_,
                                    [&](PendingParse& read) { pending_ = std::move(read.comments); });
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
