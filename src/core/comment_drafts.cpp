// Comment drafts per article and their versioned JSON form.
#include <algorithm>

#include "folio/comments.h"
#include "folio/utf8.h"
#include "stored_json.h"

namespace folio {

namespace {

// JSON escapes take at most 6 bytes per byte ("\u001f"); a draft's member names and punctuation
// take 25, the envelope 27. So what toJson writes is always short enough for parse.
static_assert(27 + kMaxCommentDrafts * (25 + 6 * (kMaxCommentArticleIdBytes + kMaxDraftNameBytes + kMaxDraftTextBytes)) <=
                  kMaxCommentStoreJsonBytes,
              "DraftBook::toJson could write more than DraftBook::parse reads");

using Json = nlohmann::ordered_json;

// Reads the optional string member `key` of `draft` into `out`, at most `maxBytes` bytes long.
bool readDraftString(const Json& draft, const std::string& path, const char* key, std::size_t maxBytes,
                     std::string& out, std::string& error) {
    const auto found = draft.find(key);
    if (found == draft.end()) return true;
    if (!found->is_string()) {
        error = path + "/" + key + ": expected a string";
        return false;
    }
    out = found->get_ref<const std::string&>();
    if (out.size() > maxBytes) {
        error = path + "/" + key + ": longer than " + std::to_string(maxBytes) + " bytes";
        return false;
    }
    return true;
}

}  // namespace

const CommentDraft* DraftBook::get(const std::string& articleId) const {
    for (const auto& [id, draft] : drafts_) {
        if (id == articleId) return &draft;
    }
    return nullptr;
}

bool DraftBook::set(const std::string& articleId, const CommentDraft& draft) {
    if (articleId.empty() || articleId.size() > kMaxCommentArticleIdBytes) return false;
    clear(articleId);
    if (trimWhitespace(draft.name).empty() && trimWhitespace(draft.text).empty()) return true;
    if (drafts_.size() >= kMaxCommentDrafts) drafts_.erase(drafts_.begin());
    drafts_.emplace_back(articleId, CommentDraft{clipUtf8(draft.name, kMaxDraftNameBytes),
                                                 clipUtf8(draft.text, kMaxDraftTextBytes)});
    return true;
}

void DraftBook::clear(const std::string& articleId) {
    drafts_.erase(std::remove_if(drafts_.begin(), drafts_.end(), [&](const auto& entry) { return entry.first == articleId; }),
                  drafts_.end());
}

std::string DraftBook::toJson() const {
    std::string out = "{\"version\":1,\"drafts\":{";
    for (std::size_t i = 0; i < drafts_.size(); ++i) {
        if (i > 0) out += ',';
        out += stored::quoted(drafts_[i].first) + ":{\"name\":" + stored::quoted(drafts_[i].second.name) +
               ",\"text\":" + stored::quoted(drafts_[i].second.text) + "}";
    }
    out += "}}";
    return out;
}

DraftParse DraftBook::parse(std::string_view json) {
    DraftParse result;
    Json root;
    if (!stored::parseVersion1(json, kMaxCommentStoreJsonBytes, root, result.error)) return result;
    const auto drafts = root.find("drafts");
    if (drafts == root.end() || !drafts->is_object()) {
        result.error = "drafts: expected an object";
        return result;
    }
    if (drafts->size() > kMaxCommentDrafts) {
        result.error = "drafts: more than " + std::to_string(kMaxCommentDrafts);
        return result;
    }
    DraftBook book;
    for (const auto& [id, value] : drafts->items()) {
        const std::string path = "drafts/" + stored::pathKey(id);
        if (id.empty() || id.size() > kMaxCommentArticleIdBytes) {
            result.error = path + ": expected an article id of 1 to " + std::to_string(kMaxCommentArticleIdBytes) + " bytes";
            return result;
        }
        if (!value.is_object()) {
            result.error = path + ": expected an object";
            return result;
        }
        CommentDraft draft;
        if (!readDraftString(value, path, "name", kMaxDraftNameBytes, draft.name, result.error) ||
            !readDraftString(value, path, "text", kMaxDraftTextBytes, draft.text, result.error))
            return result;
        book.drafts_.emplace_back(id, std::move(draft));
    }
    result.book = std::move(book);
    result.ok = true;
    return result;
}

}  // namespace folio
