// The viewer's comments: what the page's comment form asks, for the shown article (kept by
// SavedComments, ui/saved_comments.h), and what is shown under the article.
#include "folio/bookmarks.h"
#include "ui/viewer.h"

namespace folio::ui {

std::string Viewer::articleId() const {
    const Article* article = reader_.article();
    if (!article) return std::string();
    if (!articleSource_.empty() && articleSource_.size() <= kMaxBookmarkStringBytes) return articleSource_;
    return bookmarkIdFor(*article);
}

CommentDraft Viewer::commentDraft() const { return comments_.draft(articleId()); }

void Viewer::saveCommentDraft(const CommentDraft& draft) { comments_.saveDraft(articleId(), draft); }

void Viewer::commentSent() { comments_.sent(articleId()); }

bool Viewer::keepCommentLocally(const CommentDraft& draft) {
    const std::string id = articleId();
    if (!comments_.keep(id, draft, clock_ ? clock_() : std::string())) return false;
    reader_.setPendingComments(comments_.forArticle(id));
    return true;
}

void Viewer::showPendingComments() { reader_.setPendingComments(comments_.forArticle(articleId())); }

std::vector<PendingComment> Viewer::unsentComments() const {
    const std::string id = articleId();
    return id.empty() ? std::vector<PendingComment>{} : comments_.forArticle(id);
}

bool Viewer::unsentCommentSent(const std::string& id, const PendingComment& comment) {
    if (!comments_.unsentWasSent(id, comment)) return false;
    if (id == articleId()) showPendingComments();
    return true;
}

}  // namespace folio::ui
