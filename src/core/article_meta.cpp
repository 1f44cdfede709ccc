// The meta line under a headline: author, source, date, reading time.
#include "folio/article_meta.h"

#include <vector>

#include <cmath>

#include "folio/article_words.h"
#include "folio/iso_date.h"
#include "folio/utf8.h"

namespace folio {

namespace {

constexpr std::size_t kWordsPerMinute = 230;
constexpr const char* kSeparator = " \u00B7 ";  // middle dot with a space either side
constexpr const char* kNoBreakSpace = "\u00A0";   // inside a date and a reading time: a line breaks between parts

constexpr char32_t kWordJoiner = 0x2060;          // no break here, and nothing drawn

// Whether a line may break beside `cp` with no space there: Chinese, Japanese and Korean
// characters, their punctuation and full-width forms.
bool breaksWithoutSpace(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// `text` with a word joiner wherever a line could break with no space ("2026年4月23日", "西湖都市报"),
// and with its spaces made no-break too when `spaces` is false: lines break between the meta
// line's parts, not inside one (a name still breaks at its spaces, should it be longer than a line).
std::string unbroken(std::string_view text, bool spaces = false) {
    std::string out;
    char32_t previous = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        if (previous != 0 && previous != ' ' && cp != ' ' && (breaksWithoutSpace(previous) || breaksWithoutSpace(cp)))
            appendUtf8(out, kWordJoiner);
        if (cp == ' ' && !spaces) out += kNoBreakSpace;
        else appendUtf8(out, cp);
        previous = cp;
    }
    return out;
}

}  // namespace

std::string formatDate(const std::string& iso, std::string_view language) {
    IsoDateTime t;
    if (!parseIsoDateTime(iso, t)) return {};
    return dateText(language, t.year, t.month, t.day);
}

namespace {

// Characters of scripts written without spaces between words: read by the character.
bool isUnspaced(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) ||                     // kana
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF) ||                   // ideographs
           (cp >= 0x0E00 && cp <= 0x0EFF) ||                     // Thai, Lao
           (cp >= 0x1780 && cp <= 0x17FF) ||                     // Khmer
           (cp >= 0x1000 && cp <= 0x109F);                       // Myanmar
}

// Characters a minute of unspaced text for `language` (a BCP 47 tag).
double charactersPerMinute(const std::string& language) {
    const std::string primary = language.substr(0, language.find('-'));
    if (primary == "zh") return 255.0;
    if (primary == "ja") return 357.0;
    return 900.0;  // Thai, Lao, Khmer, Myanmar: words of about four characters at about 230 a minute
}

}  // namespace

int readingMinutes(const Article& article) {
    std::size_t words = 0;
    std::size_t characters = 0;
    forEachShownText(article, [&](const std::string& text) {
        bool inWord = false;
        for (std::size_t pos = 0; pos < text.size();) {
            const char32_t cp = nextCodepoint(text, pos);
            if (isUnspaced(cp)) {
                ++characters;
                inWord = false;
                continue;
            }
            const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
                               cp == 0x3000 || (cp >= 0x3001 && cp <= 0x3003);  // CJK spaces and full stops
            if (!space && !inWord) ++words;
            inWord = !space;
        }
    });
    const double minutes = static_cast<double>(words) / kWordsPerMinute +
                           static_cast<double>(characters) / charactersPerMinute(article.language);
    const int rounded = static_cast<int>(std::ceil(minutes - 1e-9));
    return rounded < 1 ? 1 : rounded;
}

std::string metaLine(const Article& article) {
    std::vector<std::string> parts;
    if (!article.author.empty()) parts.push_back(unbroken(bylineText(article.language, article.author), true));
    if (!article.source.empty()) parts.push_back(unbroken(article.source, true));
    const std::string date = formatDate(article.published, article.language);
    if (!date.empty()) parts.push_back(unbroken(date));
    parts.push_back(unbroken(readingTimeText(article.language, readingMinutes(article))));

    // In a right-to-left article each part is isolated (FSI ... PDI): its own direction inside,
    // the parts in the article's order ("14 March 2026" and "1 min read" keep theirs).
    const bool isolate = articleDirection(article) == TextDirection::Rtl;
    std::string line;
    for (const std::string& part : parts) {
        if (!line.empty()) line += kSeparator;
        line += isolate ? "\u2068" + part + "\u2069" : part;
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
