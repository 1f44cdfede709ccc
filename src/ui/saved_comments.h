// The comments the viewer keeps for the reader, per article (by Viewer::articleId): drafts kept
// while they are typed, and comments kept in this browser when there is no endpoint to send them
// to. Owns them and their storage (kCommentDraftsStorageKey, kPendingCommentsStorageKey); tells the
// reader through `notices` when they cannot be read or saved. No drawing: the form is the page's.
#pragma once

#include <string>
#include <vector>

#include "folio/comments.h"
#include "ui/notices.h"
#include "ui/storage.h"

namespace folio::ui {

class SavedComments {
public:
    // `store` and `notices` must outlive this.
    SavedComments(KeyValueStore& store, Notices& notices) : store_(store), notices_(notices) {}

    // Reads the stored drafts and comments, replacing those held (a value that cannot be read is
    // kept aside, and nothing is saved over it; none are held then).
    void restore();

    // The draft for article `id`; empty when none.
    CommentDraft draft(const std::string& id) const;
    // Keeps `draft` for article `id` (a blank draft clears it) and stores the drafts; nothing for
    // an empty `id`.
    void saveDraft(const std::string& id, const CommentDraft& draft);
    // True when the last draft given to saveDraft is in storage (it survives a reload).
    bool draftStored() const { return draftStored_; }
    // The endpoint took the comment on article `id`: its draft is dropped.
    void sent(const std::string& id);

    // Keeps `draft` as a comment on article `id` posted at `postedIso`, shown as not sent yet,
    // and drops the draft. False, keeping nothing and the draft as it is, when storage
    // cannot keep it: a comment only this page would remember is never reported as kept.
    bool keep(const std::string& id, const CommentDraft& draft, const std::string& postedIso);
    // The comment kept for article `id` equal to `comment` was sent (e.g. once an endpoint
    // appeared): it is dropped and the rest stored. False when there is no such comment or storage
    // refused the change (it is kept then, and would be sent again).
    bool unsentWasSent(const std::string& id, const PendingComment& comment);
    // The comments kept for article `id`, oldest first.
    const std::vector<PendingComment>& forArticle(const std::string& id) const { return pending_.forArticle(id); }

private:
    KeyValueStore& store_;
    Notices& notices_;
    DraftBook drafts_;
    bool draftsCanSave_ = true;  // false when an unreadable stored value could not be kept aside
    bool draftStored_ = true;
    PendingComments pending_;
    bool pendingCanSave_ = true;
};

}  // namespace folio::ui
