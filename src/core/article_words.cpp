// The words the viewer adds to an article, by language: one table, one entry a language.
#include "folio/article_words.h"

#include <array>

namespace folio {

namespace {

// A language's words for the comments under an article (the count in a form that needs no plural
// rules where the language has several).
struct CommentWords {
    std::string_view comments;      // the heading with none
    std::string_view one;           // the heading with one
    std::string_view many;          // the heading with more
    std::string_view none;          // the line under the heading with none
    std::string_view add;           // the link to the comment form
    std::string_view unsent;        // a comment kept in the browser
    std::string_view anonymous;     // a comment's author when it has no name
};

// A language's words. Patterns: %a the author, %d the day, %m the month's name, %n the month's
// number, %y the year, %p a page, %t the pages, %k the minutes, %c the comments.
struct Words {
    std::string_view language;               // a primary subtag; "zh-Hant" for Chinese in traditional script
    std::string_view byline;
    std::string_view date;
    std::array<std::string_view, 12> months;  // names, in the form a date takes
    std::string_view minutes;                // the reading time
    std::string_view notes;
    std::string_view page;
    CommentWords comments;  // for the comments section
};

constexpr std::array<std::string_view, 12> kNoNames{};

const std::array<Words, 12> kWords{{
    {"en", "By %a", "%d %m %y",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December"},
     "%k min read", "Notes", "Page %p of %t",
     {"Comments", "1 comment", "%c comments", "No comments yet.", "Add your comment", "not sent yet", "Anonymous"}},
    {"zh", "作者：%a", "%y年%n月%d日", kNoNames, "阅读约 %k 分钟", "注释", "第 %p 页，共 %t 页",
     {"评论", "1 条评论", "%c 条评论", "暂无评论。", "发表评论", "尚未发送", "匿名"}},
    {"zh-Hant", "作者：%a", "%y年%n月%d日", kNoNames, "閱讀約 %k 分鐘", "註釋", "第 %p 頁，共 %t 頁",
     {"評論", "1 則評論", "%c 則評論", "尚無評論。", "發表評論", "尚未送出", "匿名"}},
    {"ja", "文：%a", "%y年%n月%d日", kNoNames, "約%k分で読めます", "注", "%p / %t ページ",
     {"コメント", "コメント 1 件", "コメント %c 件", "コメントはまだありません。", "コメントを書く", "未送信", "匿名"}},
    {"ko", "글: %a", "%y년 %n월 %d일", kNoNames, "%k분 분량", "주석", "%p / %t쪽",
     {"댓글", "댓글 1개", "댓글 %c개", "아직 댓글이 없습니다.", "댓글 쓰기", "아직 보내지 않음", "익명"}},
    {"ar", "بقلم %a", "%d %m %y",
     {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
     "", "الهوامش", "صفحة %p من %t",  // the reading time: arabicMinutes
     {"التعليقات", "تعليق واحد", "التعليقات (%c)", "لا توجد تعليقات بعد.", "أضف تعليقك", "لم يُرسل بعد", "مجهول"}},
    {"hi", "लेखक: %a", "%d %m %y",
     {"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"},
     "%k मिनट में पढ़ें", "फ़ुटनोट", "पृष्ठ %p / %t",
     {"टिप्पणियाँ", "1 टिप्पणी", "%c टिप्पणियाँ", "अभी कोई टिप्पणी नहीं है।", "अपनी टिप्पणी लिखें", "अभी भेजी नहीं गई",
      "अनाम"}},
    {"es", "Por %a", "%d de %m de %y",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre"},
     "%k min de lectura", "Notas", "Página %p de %t",
     {"Comentarios", "1 comentario", "%c comentarios", "Todavía no hay comentarios.", "Añade tu comentario", "aún no enviado",
      "Anónimo"}},
    {"fr", "Par %a", "%d %m %y",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre"},
     "%k min de lecture", "Notes", "Page %p sur %t",
     {"Commentaires", "1 commentaire", "%c commentaires", "Aucun commentaire pour l’instant.", "Ajoutez votre commentaire",
      "pas encore envoyé", "Anonyme"}},
    {"de", "Von %a", "%d. %m %y",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
      "Dezember"},
     "%k Min. Lesezeit", "Anmerkungen", "Seite %p von %t",
     {"Kommentare", "1 Kommentar", "%c Kommentare", "Noch keine Kommentare.", "Kommentar schreiben",
      "noch nicht gesendet", "Anonym"}},
    {"ru", "Автор: %a", "%d %m %y г.",
     {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
      "декабря"},
     "%k мин чтения", "Примечания", "Стр. %p из %t",
     {"Комментарии", "Комментарии: 1", "Комментарии: %c", "Комментариев пока нет.", "Написать комментарий",
      "ещё не отправлен", "Аноним"}},
    {"pt", "Por %a", "%d de %m de %y",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
      "dezembro"},
     "%k min de leitura", "Notas", "Página %p de %t",
     {"Comentários", "1 comentário", "%c comentários", "Ainda não há comentários.", "Adicione seu comentário",
      "ainda não enviado", "Anônimo"}},
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

std::string commentsHeading(std::string_view language, std::size_t count) {
    const CommentWords& words = wordsFor(language).comments;
    if (count == 0) return std::string(words.comments);
    if (count == 1) return std::string(words.one);
    return expand(words.many, [&](char c) { return c == 'c' ? std::to_string(count) : std::string(); });
}

std::string noCommentsText(std::string_view language) { return std::string(wordsFor(language).comments.none); }

std::string addCommentText(std::string_view language) { return std::string(wordsFor(language).comments.add); }

std::string unsentCommentText(std::string_view language) { return std::string(wordsFor(language).comments.unsent); }

std::string anonymousAuthor(std::string_view language) { return std::string(wordsFor(language).comments.anonymous); }

}  // namespace folio
