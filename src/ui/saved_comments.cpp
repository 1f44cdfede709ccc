#include "ui/saved_comments.h"

#include <algorithm>

#include "ui/stored_value.h"

namespace folio::ui {

void SavedComments::restore() {
    static constexpr StoredWords kDrafts{"comment drafts", "", "They are kept", "",
                                         "New ones will not be saved, so that the old ones are not lost."};
    static constexpr StoredWords kPending{"unsent comments", "", "They are kept", "",
                                          "New ones will not be saved, so that the old ones are not lost."};
    drafts_ = DraftBook{};  // what a fresh viewer would read: nothing when nothing is stored
    pending_ = PendingComments{};
    draftsCanSave_ = restoreStored(store_, kCommentDraftsStorageKey, DraftBook::parse, kDrafts, notices_,
                                   [&](DraftParse& read) { drafts_ = std::move(read.book); });
    pendingCanSave_ = restoreStored(store_, kPendingCommentsStorageKey, PendingComments::parse, kPending, notices_,
                                    [&](PendingParse& read) { pending_ = std::move(read.comments); });
}

CommentDraft SavedComments::draft(const std::string& id) const {
    const CommentDraft* draft = drafts_.get(id);
    return draft ? *draft : CommentDraft{};
}

void SavedComments::saveDraft(const std::string& id, const CommentDraft& draft) {
    if (id.empty()) return;
    drafts_.set(id, draft);
    draftStored_ = false;
    if (!draftsCanSave_) return;
    std::string error;
    draftStored_ = store_.set(kCommentDraftsStorageKey, drafts_.toJson(), error);
    if (!draftStored_) {
        notices_.tell("Your comment draft could not be saved: " + error + ". Keep this page open until it is sent.");
    }
}

void SavedComments::sent(const std::string& id) {
    drafts_.clear(id);
    std::string error;
    if (draftsCanSave_) store_.set(kCommentDraftsStorageKey, drafts_.toJson(), error);
}

bool SavedComments::keep(const std::string& id, const CommentDraft& draft, const std::string& postedIso) {
    if (!pendingCanSave_ || !pending_.add(id, draft, postedIso)) return false;
    std::string error;
    if (!store_.set(kPendingCommentsStorageKey, pending_.toJson(), error)) {
        pending_.remove(id, pending_.forArticle(id).size() - 1);
        return false;
    }
    sent(id);
    return true;
}

bool SavedComments::unsentWasSent(const std::string& id, const PendingComment& comment) {
    const std::vector<PendingComment>& kept = pending_.forArticle(id);
    const auto found = std::find(kept.begin(), kept.end(), comment);
    if (!pendingCanSave_ || found == kept.end()) return false;
    const PendingComments before = pending_;
    pending_.remove(id, static_cast<std::size_t>(found - kept.begin()));
    std::string error;
    if (store_.set(kPendingCommentsStorageKey, pending_.toJson(), error)) return true;
    pending_ = before;
    return false;
}

}  // namespace folio::ui
