// The words the viewer adds to an article: the byline's "By", a date, the reading time, the
// heading of its notes, its comments section and the page numbers on paper, in the article's
// language. Known: English,
// Chinese (simplified and traditional script), Japanese, Korean, Arabic, Hindi, Spanish, French,
// German, Russian and Portuguese; any other BCP 47 tag (or none) gets English.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// "By Ana Lima", "作者：林晓雯", "بقلم منى عبد الرحمن" for `author` (not empty).
std::string bylineText(std::string_view language, const std::string& author);

// "12 July 2014", "2014年7月12日", "12 de julio de 2014" for a valid date (month 1-12).
std::string dateText(std::string_view language, int year, int month, int day);

// "3 min read", "阅读约 3 分钟", "قراءة في 3 دقائق" for `minutes` >= 1.
std::string readingTimeText(std::string_view language, int minutes);

// The heading of an article's footnotes: "Notes", "注释", "Anmerkungen".
std::string notesHeading(std::string_view language);

// A page's number on paper: "Page 2 of 5", "第 2 页，共 5 页".
std::string pageOfText(std::string_view language, std::size_t page, std::size_t pages);

// The heading of the comments under an article: "Comments" for none, "1 comment", "3 comments",
// "3 条评论", "التعليقات (3)".
std::string commentsHeading(std::string_view language, std::size_t count);

// What stands under that heading when there are none: "No comments yet.", "暂无评论。".
std::string noCommentsText(std::string_view language);

// The link under the comments that opens the comment form: "Add your comment", "发表评论".
std::string addCommentText(std::string_view language);

// How a reader's comment kept in the browser, not sent yet, is marked: "not sent yet", "尚未发送".
std::string unsentCommentText(std::string_view language);

// A comment's author when the comment has no name: "Anonymous", "匿名".
std::string anonymousAuthor(std::string_view language);

}  // namespace folio
