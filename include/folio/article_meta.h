// The meta line under a headline: source, date, reading time.
#pragma once

#include <string>
#include <string_view>

#include "folio/article.h"

namespace folio {

// "12 July 2014" for "2014-07-12" or "2014-07-12T09:30:00Z", in `language` (BCP 47: "2014年7月12日"
// in Chinese; folio/article_words.h) or English; empty when `iso` is empty or not a date.
std::string formatDate(const std::string& iso, std::string_view language = {});

// Minutes to read, rounded up, at least 1: words at 230 a minute, and the characters of scripts
// written without spaces between words (Chinese, Japanese kana and kanji, Thai, Lao, Khmer, Myanmar)
// at a rate per language (as Firefox's Reader View does: 255 a minute for Chinese, 357 for Japanese).
int readingMinutes(const Article& article);

// "Xinhua · 12 July 2014 · 2 min read": the parts that are present, joined by " · ", in the
// article's language (folio/article_words.h: "西湖都市报 · 2026年4月23日 · 阅读约 2 分钟"; a date
// and the reading time never broken across lines: no-break spaces inside them); in a
// right-to-left article (articleDirection) each part between U+2068 and U+2069 (a bidi isolate).
std::string metaLine(const Article& article);

// A file name stem from the title: lower-case ASCII letters and digits joined by single hyphens,
// at most 80 characters ("hagel-reiterates-us-japan-alliance"); "article" when nothing is left.
std::string articleSlug(const Article& article);

}  // namespace folio
