// Comments waiting to be sent, per article, and their versioned JSON form.
#include "folio/comments.h"
#include "folio/iso_date.h"
#include "stored_json.h"

namespace folio {

namespace {

// Longest ISO 8601 UTC time isIsoUtcTime accepts ("2024-05-01T12:00:00.123456789Z").
constexpr std::size_t kMaxPostedBytes = 30;
// A character is at most 4 bytes of UTF-8; JSON escapes take at most 6 bytes per byte. A comment's
// member names and punctuation take 60 with its article's id, the envelope 29. So what toJson
// writes is always short enough for parse.
static_assert(29 + kMaxPendingComments * (60 + 6 * (kMaxCommentArticleIdBytes + 4 * kMaxCommentNameChars +
                                                    4 * kMaxCommentTextChars + kMaxPostedBytes)) <=
                  kMaxCommentStoreJsonBytes,
              "PendingComments::toJson could write more than PendingComments::parse reads");

using Json = nlohmann::json;

// The string member `key` of `object`; nullptr when it is missing or not a string.
const std::string* stringMember(const Json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? &found->get_ref<const std::string&>() : nullptr;
}

// Reads the comment object `v` into `out`, author and text trimmed; `path` prefixes messages.
bool readComment(const Json& v, const std::string& path, PendingComment& out, std::string& error) {
    if (!v.is_object()) {
        error = path + ": expected an object";
        return false;
    }
    const std::string* author = stringMember(v, "author");
    const std::string* text = stringMember(v, "text");
    const std::string* posted = stringMember(v, "posted");
    const std::string* state = stringMember(v, "state");
    const CommentCheck check = validateComment({author ? *author : "", text ? *text : ""});
    if (author == nullptr || !check.nameError.empty()) {
        error = path + "/author: expected a string of 1 to " + std::to_string(kMaxCommentNameChars) + " characters";
        return false;
    }
    if (text == nullptr || !check.textError.empty()) {
        error = path + "/text: expected a string of 1 to " + std::to_string(kMaxCommentTextChars) + " characters";
        return false;
    }
    if (posted == nullptr || !isIsoUtcTime(*posted)) {
        error = path + "/posted: expected an ISO 8601 UTC time such as 2024-05-01T12:00:00Z";
        return false;
    }
    if (state == nullptr || *state != "pending") {
        error = path + "/state: expected \"pending\"";
        return false;
    }
    out = PendingComment{trimWhitespace(*author), trimWhitespace(*text), *posted};
    return true;
}

}  // namespace

const std::vector<PendingComment>& PendingComments::forArticle(const std::string& articleId) const {
    static const std::vector<PendingComment> kNone;
    const auto found = comments_.find(articleId);
    return found == comments_.end() ? kNone : found->second;
}

std::size_t PendingComments::size() const {
    std::size_t count = 0;
    for (const auto& entry : comments_) count += entry.second.size();
    return count;
}

bool PendingComments::add(const std::string& articleId, const CommentDraft& draft, const std::string& postedIso) {
    if (articleId.empty() || articleId.size() > kMaxCommentArticleIdBytes || !validateComment(draft).ok ||
        !isIsoUtcTime(postedIso) || size() >= kMaxPendingComments)
        return false;
    comments_[articleId].push_back(PendingComment{trimWhitespace(draft.name), trimWhitespace(draft.text), postedIso});
    return true;
}

bool PendingComments::remove(const std::string& articleId, std::size_t index) {
    const auto found = comments_.find(articleId);
    if (found == comments_.end() || index >= found->second.size()) return false;
    found->second.erase(found->second.begin() + static_cast<std::ptrdiff_t>(index));
    if (found->second.empty()) comments_.erase(found);
    return true;
}

std::string PendingComments::toJson() const {
    std::string out = "{\"version\":1,\"comments\":{";
    bool first = true;
    for (const auto& [id, list] : comments_) {
        if (!first) out += ',';
        first = false;
        out += stored::quoted(id) + ":[";
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ',';
            out += "{\"author\":" + stored::quoted(list[i].author) + ",\"text\":" + stored::quoted(list[i].text) +
                   ",\"posted\":" + stored::quoted(list[i].posted) + ",\"state\":\"pending\"}";
        }
        out += ']';
    }
    out += "}}";
    return out;
}

PendingParse PendingComments::parse(std::string_view json) {
    PendingParse result;
    Json root;
    if (!stored::parseVersion1(json, kMaxCommentStoreJsonBytes, root, result.error)) return result;
    const auto articles = root.find("comments");
    if (articles == root.end() || !articles->is_object()) {
        result.error = "comments: expected an object";
        return result;
    }
    PendingComments pending;
    std::size_t count = 0;
    for (const auto& [id, list] : articles->items()) {
        const std::string path = "comments/" + stored::pathKey(id);
        if (id.empty() || id.size() > kMaxCommentArticleIdBytes) {
            result.error = path + ": expected an article id of 1 to " + std::to_string(kMaxCommentArticleIdBytes) + " bytes";
            return result;
        }
        if (!list.is_array()) {
            result.error = path + ": expected an array";
            return result;
        }
        count += list.size();
        if (count > kMaxPendingComments) {
            result.error = "comments: more than " + std::to_string(kMaxPendingComments);
            return result;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            PendingComment comment;
            if (!readComment(list[i], path + "/" + std::to_string(i), comment, result.error)) return result;
            pending.comments_[id].push_back(std::move(comment));
        }
    }
    result.comments = std::move(pending);
    result.ok = true;
    return result;
}

}  // namespace folio
