// Writing a comment: the checks on name and text with their messages, the JSON the viewer posts,
// and what is kept in storage (drafts per article, comments not yet sent) in versioned JSON forms.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "folio/article.h"

namespace folio {

// Longest name and comment, in characters (code points) after trimming.
constexpr std::size_t kMaxCommentNameChars = 80;
constexpr std::size_t kMaxCommentTextChars = 5000;

// What the reader typed, as typed (UTF-8, not trimmed).
struct CommentDraft {
    std::string name;
    std::string text;

    bool operator==(const CommentDraft& other) const { return name == other.name && text == other.text; }
    bool operator!=(const CommentDraft& other) const { return !(*this == other); }
};

struct CommentCheck {
    bool ok = false;        // true when both errors are empty
    std::string nameError;  // "Please enter your name." or "Your name can be at most 80 characters."; empty when fine
    std::string textError;  // "Please write a comment." or "Your comment can be at most 5000 characters (it has 5012)."
};

// `utf8` without the white space (Unicode White_Space: ASCII spaces and controls such as tab and
// line breaks, no-break and ideographic spaces, …) at its start and end.
std::string trimWhitespace(std::string_view utf8);

// Checks a draft: the trimmed name must have 1 to kMaxCommentNameChars characters, the trimmed
// text 1 to kMaxCommentTextChars. Characters are code points, so "东京" has 2.
CommentCheck validateComment(const CommentDraft& draft);

// The JSON body the viewer POSTs for a comment on `article`, name and text trimmed:
// {"article":{"id":"<articleId>","url":"…","title":"…"},"author":"…","text":"…","posted":"<postedIso>"}.
// `articleId` names the article as the viewer keys it (where it was loaded from; else
// bookmarkIdFor(article)), never only what the article claims; `url` is the article's own.
std::string commentPostBody(const CommentDraft& draft, const Article& article, const std::string& articleId,
                            const std::string& postedIso);

// Longest article id the stores below keep, bytes (as long as a bookmark id).
constexpr std::size_t kMaxCommentArticleIdBytes = 2048;
// Longest text DraftBook::parse and PendingComments::parse read, bytes (4 MB). The limits below
// keep what toJson writes shorter than that.
constexpr std::size_t kMaxCommentStoreJsonBytes = 4 * 1024 * 1024;

// The storage key of DraftBook::toJson; its suffix is the format version.
constexpr std::string_view kCommentDraftsStorageKey = "folio.comment-draft.v1";
// Most drafts kept; setting one more drops the draft that was set longest ago.
constexpr std::size_t kMaxCommentDrafts = 20;
// Longest name and text a draft keeps, bytes; longer ones are cut on a character boundary. Every
// name and comment that validateComment accepts fits.
constexpr std::size_t kMaxDraftNameBytes = 1024;
constexpr std::size_t kMaxDraftTextBytes = 24 * 1024;

struct DraftParse;

// Unsent comment drafts, one per article, so that drafts of several articles coexist.
class DraftBook {
public:
    // The draft for `articleId`; nullptr when there is none. Valid until the book changes.
    const CommentDraft* get(const std::string& articleId) const;
    // Keeps `draft` (cut to kMaxDraftNameBytes and kMaxDraftTextBytes) for `articleId`, as the most
    // recently set one; a draft whose name and text are both blank clears it instead. Returns false,
    // keeping nothing, when `articleId` is empty or longer than kMaxCommentArticleIdBytes.
    bool set(const std::string& articleId, const CommentDraft& draft);
    // Drops the draft for `articleId`; nothing when there is none.
    void clear(const std::string& articleId);
    // Number of drafts.
    std::size_t size() const { return drafts_.size(); }

    // The drafts as compact JSON, set longest ago first:
    // {"version":1,"drafts":{"<articleId>":{"name":"…","text":"…"}}}
    std::string toJson() const;
    // Reads what toJson wrote. Refuses, with a message such as "drafts/<id>/text: expected a string":
    // not JSON, another version, a wrong type, an empty or too long article id, a name or text
    // over its limit, more than kMaxCommentDrafts drafts, a text over kMaxCommentStoreJsonBytes.
    // A missing name or text is empty. The order of the members is the order the drafts were set.
    static DraftParse parse(std::string_view json);

private:
    std::vector<std::pair<std::string, CommentDraft>> drafts_;  // article id and draft, set longest ago first
};

struct DraftParse {
    bool ok = false;
    DraftBook book;     // the drafts when ok, none otherwise
    std::string error;  // why the text was refused; empty when ok
};

// The storage key of PendingComments::toJson; its suffix is the format version.
constexpr std::string_view kPendingCommentsStorageKey = "folio.comments-pending.v1";
// Most comments kept waiting, all articles together.
constexpr std::size_t kMaxPendingComments = 20;

// A comment kept in this browser because it could not be sent (no endpoint, or sending failed).
struct PendingComment {
    std::string author;  // trimmed; 1 to kMaxCommentNameChars characters
    std::string text;    // trimmed; 1 to kMaxCommentTextChars characters
    std::string posted;  // when it was written, ISO 8601 UTC ("2024-05-01T12:00:00.000Z")

    bool operator==(const PendingComment& other) const {
        return author == other.author && text == other.text && posted == other.posted;
    }
    bool operator!=(const PendingComment& other) const { return !(*this == other); }
};

struct PendingParse;

// Comments waiting to be sent, per article id (bookmarkIdFor the article), oldest first.
class PendingComments {
public:
    // The comments of `articleId`, oldest first; empty when there are none. Valid until this changes.
    const std::vector<PendingComment>& forArticle(const std::string& articleId) const;
    // Every article id with its comments (never an empty list).
    const std::map<std::string, std::vector<PendingComment>>& all() const { return comments_; }
    // Number of comments, all articles together.
    std::size_t size() const;

    // Keeps the draft, trimmed, as the newest comment of `articleId`. Returns false, keeping
    // nothing, when validateComment refuses the draft, `postedIso` is not ISO 8601 UTC, the id is
    // empty or longer than kMaxCommentArticleIdBytes, or kMaxPendingComments are already kept.
    bool add(const std::string& articleId, const CommentDraft& draft, const std::string& postedIso);
    // Drops comment `index` (0 = oldest) of `articleId`, e.g. once it has been sent. Returns false
    // when there is no such comment.
    bool remove(const std::string& articleId, std::size_t index);

    // The comments as compact JSON, articles in id order:
    // {"version":1,"comments":{"<articleId>":[{"author":"…","text":"…","posted":"…","state":"pending"}]}}
    std::string toJson() const;
    // Reads what toJson wrote. Refuses, with a message such as "comments/<id>/0/state: expected
    // \"pending\"": not JSON, another version, a wrong type, an empty or too long article id, an
    // author or text validateComment would refuse, a time that is not ISO 8601 UTC, more than
    // kMaxPendingComments comments, a text over kMaxCommentStoreJsonBytes. Authors and texts are
    // trimmed; an article with an empty list is left out.
    static PendingParse parse(std::string_view json);

private:
    std::map<std::string, std::vector<PendingComment>> comments_;
};

struct PendingParse {
    bool ok = false;
    PendingComments comments;  // the comments when ok, none otherwise
    std::string error;         // why the text was refused; empty when ok
};

}  // namespace folio
