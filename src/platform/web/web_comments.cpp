// The comment form's side in the module: the draft of the shown article, validation, the JSON that
// is posted, and comments kept in this browser. The form itself is real HTML in web/folio.js.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "folio/comments.h"
#include "platform/web/web_app.h"

namespace {

std::string gReply;  // the last JSON returned to JS; valid until the next call

const char* reply(const nlohmann::json& value) {
    gReply = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return gReply.c_str();
}

}  // namespace

extern "C" {

// The shown article's draft: {"name", "text"} (empty strings when none).
EMSCRIPTEN_KEEPALIVE const char* folio_comment_draft() {
    folio::web::WebApp* a = folio::web::app();
    const folio::CommentDraft draft = a ? a->viewer.commentDraft() : folio::CommentDraft{};
    return reply({{"name", draft.name}, {"text", draft.text}});
}

// Keeps what is typed as the shown article's draft (also across reloads).
EMSCRIPTEN_KEEPALIVE void folio_comment_save_draft(const char* name, const char* text) {
    if (folio::web::WebApp* a = folio::web::app()) a->viewer.saveCommentDraft(folio::CommentDraft{name, text});
}

// 1 when the shown article's draft, as last saved, is in storage (it survives a reload); else 0.
EMSCRIPTEN_KEEPALIVE int folio_comment_draft_stored() {
    folio::web::WebApp* a = folio::web::app();
    return a && a->viewer.commentDraftStored() ? 1 : 0;
}

// Checks a comment: {"ok", "nameError", "textError"} (messages for the reader; empty when fine).
EMSCRIPTEN_KEEPALIVE const char* folio_comment_check(const char* name, const char* text) {
    const folio::CommentCheck check = folio::validateComment(folio::CommentDraft{name, text});
    return reply({{"ok", check.ok}, {"nameError", check.nameError}, {"textError", check.textError}});
}

// The JSON body to POST for a comment on the shown article; "" when no article is shown.
EMSCRIPTEN_KEEPALIVE const char* folio_comment_body(const char* name, const char* text, const char* postedIso) {
    folio::web::WebApp* a = folio::web::app();
    const folio::Article* article = a ? a->viewer.reader().article() : nullptr;
    gReply = article ? folio::commentPostBody(folio::CommentDraft{name, text}, *article, a->viewer.articleId(), postedIso) : std::string();
    return gReply.c_str();
}

// The endpoint took the comment: its draft is dropped.
EMSCRIPTEN_KEEPALIVE void folio_comment_sent() {
    if (folio::web::WebApp* a = folio::web::app()) a->viewer.commentSent();
}

// Keeps the comment in this browser's storage (no endpoint), shown as awaiting moderation; 1 when
// kept, 0 when storage could not keep it (nothing is kept then, and the draft stays as it is).
EMSCRIPTEN_KEEPALIVE int folio_comment_keep(const char* name, const char* text) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.keepCommentLocally(folio::CommentDraft{name, text})) return 0;
    a->invalidate();
    return 1;
}

}  // extern "C"
