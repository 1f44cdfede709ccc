// Comment checks and messages, the posted JSON, and the count label.
#include "folio/comments.h"

#include "folio/bookmarks.h"
#include "folio/utf8.h"
#include "stored_json.h"

namespace folio {

namespace {

// Unicode White_Space (PropList.txt).
bool isWhiteSpace(char32_t cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

}  // namespace

std::string trimWhitespace(std::string_view utf8) {
    std::size_t start = utf8.size();
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const std::size_t at = pos;
        if (isWhiteSpace(nextCodepoint(utf8, pos))) continue;
        if (start == utf8.size()) start = at;
        end = pos;
    }
    return start < end ? std::string(utf8.substr(start, end - start)) : std::string();
}

CommentCheck validateComment(const CommentDraft& draft) {
    CommentCheck check;
    const std::size_t nameChars = stored::codePointCount(trimWhitespace(draft.name));
    if (nameChars == 0) check.nameError = "Please enter your name.";
    else if (nameChars > kMaxCommentNameChars)
        check.nameError = "Your name can be at most " + std::to_string(kMaxCommentNameChars) + " characters.";
    const std::size_t textChars = stored::codePointCount(trimWhitespace(draft.text));
    if (textChars == 0) check.textError = "Please write a comment.";
    else if (textChars > kMaxCommentTextChars)
        check.textError = "Your comment can be at most " + std::to_string(kMaxCommentTextChars) +
                          " characters (it has " + std::to_string(textChars) + ").";
    check.ok = check.nameError.empty() && check.textError.empty();
    return check;
}

std::string commentPostBody(const CommentDraft& draft, const Article& article, const std::string& articleId,
                            const std::string& postedIso) {
    std::string out = "{\"article\":{\"id\":" + stored::quoted(articleId);
    out += ",\"url\":" + stored::quoted(article.url);
    out += ",\"title\":" + stored::quoted(article.title);
    out += "},\"author\":" + stored::quoted(trimWhitespace(draft.name));
    out += ",\"text\":" + stored::quoted(trimWhitespace(draft.text));
    out += ",\"posted\":" + stored::quoted(postedIso);
    out += '}';
    return out;
}

}  // namespace folio
