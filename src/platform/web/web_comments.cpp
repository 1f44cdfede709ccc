// The comment form's side in the module: the draft of the shown article, validation, the JSON that
// is posted, and comments kept in this browser. The form itself is real HTML in web/folio.js.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "folio/comments.h"
#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

namespace {

std::string gReply;  // the last JSON returned to JS; valid until the next call

const char* reply(const nlohmann::json& value) {
    gReply = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return gReply.c_str();
}

}  // namespace

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* folio_comment_draft() {
    folio::web::WebApp* a = folio::web::app();
    const folio::CommentDraft draft = a ? a->viewer.commentDraft() : folio::CommentDraft{};
    return reply({{"name", draft.name}, {"text", draft.text}});
}

EMSCRIPTEN_KEEPALIVE void folio_comment_save_draft(const char* name, const char* text) {
    if (folio::web::WebApp* a = folio::web::app()) a->viewer.saveCommentDraft(folio::CommentDraft{name, text});
}

EMSCRIPTEN_KEEPALIVE int folio_comment_draft_stored() {
    folio::web::WebApp* a = folio::web::app();
    return a && a->viewer.commentDraftStored() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* folio_comment_check(const char* name, const char* text) {
    const folio::CommentCheck check = folio::validateComment(folio::CommentDraft{name, text});
    return reply({{"ok", check.ok}, {"nameError", check.nameError}, {"textError", check.textError}});
}

EMSCRIPTEN_KEEPALIVE const char* folio_comment_body(const char* name, const char* text, const char* postedIso) {
    folio::web::WebApp* a = folio::web::app();
    const folio::Article* article = a ? a->viewer.reader().article() : nullptr;
    gReply = article ? folio::commentPostBody(folio::CommentDraft{name, text}, *article, a->viewer.articleId(), postedIso) : std::string();
    return gReply.c_str();
}

EMSCRIPTEN_KEEPALIVE void folio_comment_sent() {
    if (folio::web::WebApp* a = folio::web::app()) a->viewer.commentSent();
}

EMSCRIPTEN_KEEPALIVE int folio_comment_keep(const char* name, const char* text) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.keepCommentLocally(folio::CommentDraft{name, text})) return 0;
    a->invalidate();
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* folio_comment_unsent() {
    nlohmann::json list = nlohmann::json::array();
    folio::web::WebApp* a = folio::web::app();
    const folio::Article* article = a ? a->viewer.reader().article() : nullptr;
    if (!article) return reply({{"article", ""}, {"comments", list}});
    const std::string id = a->viewer.articleId();
    for (const folio::PendingComment& c : a->viewer.unsentComments()) {
        const std::string body = folio::commentPostBody(folio::CommentDraft{c.author, c.text}, *article, id, c.posted);
        list.push_back({{"author", c.author}, {"text", c.text}, {"posted", c.posted}, {"body", body}});
    }
    return reply({{"article", id}, {"comments", list}});
}

EMSCRIPTEN_KEEPALIVE int folio_comment_unsent_sent(const char* article, const char* author, const char* text,
                                                   const char* posted) {
    folio::web::WebApp* a = folio::web::app();
    if (!a || !a->viewer.unsentCommentSent(article, folio::PendingComment{author, text, posted})) return 0;
    a->invalidate();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void folio_comments_shown(int shown) {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.setCommentsShown(shown != 0);
    a->invalidate();
}

}  // extern "C"
