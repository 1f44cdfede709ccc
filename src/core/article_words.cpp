// The words the viewer adds to an article, by language: one table, one entry a language.
#include "folio/article_words.h"

#include <array>

namespace folio {

namespace {

// A language's words. Patterns: %a the author, %d the day, %m the month's name, %n the month's
// number, %y the year, %p a page, %t the pages, %k the minutes.
struct Words {
    std::string_view language;               // a primary subtag; "zh-Hant" for Chinese in traditional script
    std::string_view byline;
    std::string_view date;
    std::array<std::string_view, 12> months;  // names, in the form a date takes
    std::string_view minutes;                // the reading time
    std::string_view notes;
    std::string_view page;
};

constexpr std::array<std::string_view, 12> kNoNames{};

const std::array<Words, 12> kWords{{
    {"en", "By %a", "%d %m %y",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December"},
     "%k min read", "Notes", "Page %p of %t"},
    {"zh", "作者：%a", "%y年%n月%d日", kNoNames, "阅读约 %k 分钟", "注释", "第 %p 页，共 %t 页"},
    {"zh-Hant", "作者：%a", "%y年%n月%d日", kNoNames, "閱讀約 %k 分鐘", "註釋", "第 %p 頁，共 %t 頁"},
    {"ja", "文：%a", "%y年%n月%d日", kNoNames, "約%k分で読めます", "注", "%p / %t ページ"},
    {"ko", "글: %a", "%y년 %n월 %d일", kNoNames, "%k분 분량", "주석", "%p / %t쪽"},
    {"ar", "بقلم %a", "%d %m %y",
     {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
     "", "الهوامش", "صفحة %p من %t"},  // the reading time: arabicMinutes
    {"hi", "लेखक: %a", "%d %m %y",
     {"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"},
     "%k मिनट में पढ़ें", "टिप्पणियाँ", "पृष्ठ %p / %t"},
    {"es", "Por %a", "%d de %m de %y",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre"},
     "%k min de lectura", "Notas", "Página %p de %t"},
    {"fr", "Par %a", "%d %m %y",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre"},
     "%k min de lecture", "Notes", "Page %p sur %t"},
    {"de", "Von %a", "%d. %m %y",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
      "Dezember"},
     "%k Min. Lesezeit", "Anmerkungen", "Seite %p von %t"},
    {"ru", "Автор: %a", "%d %m %y г.",
     {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
      "декабря"},
     "%k мин чтения", "Примечания", "Стр. %p из %t"},
    {"pt", "Por %a", "%d de %m de %y",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
      "dezembro"},
     "%k min de leitura", "Notas", "Página %p de %t"},
}};

// Lower-case ASCII of `s`.
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The words for `language` (BCP 47): by its primary subtag; Chinese by its script, else by its
// region (Taiwan, Hong Kong and Macao write traditional characters); English when unknown.
const Words& wordsFor(std::string_view language) {
    const std::string tag = lower(language);
    const std::string primary = tag.substr(0, tag.find_first_of("-_"));
    std::string_view key = primary;
    if (primary == "zh") {
        const bool traditional = tag.find("hant") != std::string::npos ||
                                 (tag.find("hans") == std::string::npos &&
                                  (tag.find("-tw") != std::string::npos || tag.find("-hk") != std::string::npos ||
                                   tag.find("-mo") != std::string::npos));
        if (traditional) key = "zh-Hant";
    }
    for (const Words& words : kWords)
        if (words.language == key) return words;
    return kWords[0];
}

// `pattern` with each %x replaced by what `fill(x)` gives.
template <class Fill>
std::string expand(std::string_view pattern, Fill fill) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size()) {
            out += fill(pattern[++i]);
        } else {
            out += pattern[i];
        }
    }
    return out;
}

// Arabic's reading time, with the noun in the form its number takes: one, two, three to ten, more.
std::string arabicMinutes(int minutes) {
    if (minutes == 1) return "قراءة في دقيقة واحدة";
    if (minutes == 2) return "قراءة في دقيقتين";
    const int lastTwo = minutes % 100;
    return "قراءة في " + std::to_string(minutes) + (lastTwo >= 3 && lastTwo <= 10 ? " دقائق" : " دقيقة");
}

}  // namespace

std::string bylineText(std::string_view language, const std::string& author) {
    return expand(wordsFor(language).byline, [&](char c) { return c == 'a' ? author : std::string(); });
}

std::string dateText(std::string_view language, int year, int month, int day) {
    const Words& words = wordsFor(language);
    return expand(words.date, [&](char c) {
        if (c == 'd') return std::to_string(day);
        if (c == 'n') return std::to_string(month);
        if (c == 'y') return std::to_string(year);
        if (c == 'm') return std::string(words.months[static_cast<std::size_t>(month - 1)]);
        return std::string();
    });
}

std::string readingTimeText(std::string_view language, int minutes) {
    const Words& words = wordsFor(language);
    if (words.language == "ar") return arabicMinutes(minutes);
    return expand(words.minutes, [&](char c) { return c == 'k' ? std::to_string(minutes) : std::string(); });
}

std::string notesHeading(std::string_view language) { return std::string(wordsFor(language).notes); }

std::string pageOfText(std::string_view language, std::size_t page, std::size_t pages) {
    return expand(wordsFor(language).page, [&](char c) {
        if (c == 'p') return std::to_string(page);
        if (c == 't') return std::to_string(pages);
        return std::string();
    });
}

}  // namespace folio
