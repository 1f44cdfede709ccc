// The meta line under a headline: author, source, date, reading time.
#include "folio/article_meta.h"

#include <vector>

#include "folio/iso_date.h"

namespace folio {

namespace {

constexpr std::size_t kWordsPerMinute = 230;
constexpr const char* kSeparator = " \u00B7 ";  // middle dot with a space either side

// English month name for 1-12.
const char* monthName(int month) {
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    return names[month - 1];
}

}  // namespace

std::string formatDate(const std::string& iso) {
    IsoDateTime t;
    if (!parseIsoDateTime(iso, t)) return {};
    return std::to_string(t.day) + " " + monthName(t.month) + " " + std::to_string(t.year);
}

int readingMinutes(const Article& article) {
    const std::size_t words = wordCount(article);
    const std::size_t minutes = (words + kWordsPerMinute - 1) / kWordsPerMinute;
    return minutes < 1 ? 1 : static_cast<int>(minutes);
}

std::string metaLine(const Article& article) {
    std::vector<std::string> parts;
    if (!article.author.empty()) parts.push_back("By " + article.author);
    if (!article.source.empty()) parts.push_back(article.source);
    const std::string date = formatDate(article.published);
    if (!date.empty()) parts.push_back(date);
    parts.push_back(std::to_string(readingMinutes(article)) + " min read");

    std::string line;
    for (const std::string& part : parts) {
        if (!line.empty()) line += kSeparator;
        line += part;
    }
    return line;
}

std::string articleSlug(const Article& article) {
    constexpr std::size_t kMaxSlug = 80;
    std::string slug;
    bool pendingHyphen = false;
    for (const char c : article.title) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            pendingHyphen = !slug.empty();
            continue;
        }
        if (pendingHyphen && slug.size() + 1 < kMaxSlug) slug += '-';
        pendingHyphen = false;
        if (slug.size() >= kMaxSlug) break;
        slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return slug.empty() ? "article" : slug;
}

}  // namespace folio
