// The words the viewer adds to an article, in its language.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "folio/article.h"
#include "folio/article_lower.h"
#include "folio/article_meta.h"
#include "folio/article_words.h"
#include "folio/layout.h"
#include "test_fonts.h"

using namespace folio;

TEST_CASE("article words: byline, date, reading time, notes and pages in the article's language") {
    CHECK(bylineText("en", "Ana Lima") == "By Ana Lima");
    CHECK(bylineText("", "Ana Lima") == "By Ana Lima");           // no language: English
    CHECK(bylineText("tlh", "Worf") == "By Worf");                // one it has no words for: English
    CHECK(bylineText("es-MX", "Ana Lima") == "Por Ana Lima");     // by the primary subtag
    CHECK(bylineText("ar", "منى") == "بقلم منى");
    CHECK(dateText("en", 2014, 7, 12) == "12 July 2014");
    CHECK(dateText("zh-CN", 2026, 4, 23) == "2026年4月23日");
    CHECK(dateText("ja", 2026, 4, 23) == "2026年4月23日");
    CHECK(dateText("ko", 2026, 4, 23) == "2026년 4월 23일");
    CHECK(dateText("de", 2026, 3, 1) == "1. März 2026");
    CHECK(dateText("ru", 2026, 3, 1) == "1 марта 2026 г.");
    CHECK(dateText("ar", 2026, 3, 14) == "14 مارس 2026");
    CHECK(readingTimeText("en", 3) == "3 min read");
    CHECK(readingTimeText("zh", 11) == "阅读约 11 分钟");
    CHECK(readingTimeText("zh-TW", 11) == "閱讀約 11 分鐘");       // Taiwan: traditional script
    CHECK(readingTimeText("zh-Hant-HK", 2) == "閱讀約 2 分鐘");
    CHECK(readingTimeText("zh-Hans-HK", 2) == "阅读约 2 分钟");    // the script says, not the region
    // Arabic: the noun takes the form its number asks for.
    CHECK(readingTimeText("ar", 1) == "قراءة في دقيقة واحدة");
    CHECK(readingTimeText("ar", 2) == "قراءة في دقيقتين");
    CHECK(readingTimeText("ar", 7) == "قراءة في 7 دقائق");
    CHECK(readingTimeText("ar", 12) == "قراءة في 12 دقيقة");
    CHECK(readingTimeText("ar", 103) == "قراءة في 103 دقائق");
    CHECK(notesHeading("fr") == "Notes");
    CHECK(notesHeading("ja") == "注");
    CHECK(pageOfText("en", 2, 5) == "Page 2 of 5");
    CHECK(pageOfText("zh-Hans", 2, 5) == "第 2 页，共 5 页");
}

TEST_CASE("article words: the meta line and the notes heading of a Chinese article are Chinese") {
    Article article;
    article.title = "杭州新增12家城市书房";
    article.language = "zh-Hans";
    article.author = "林晓雯";
    article.source = "西湖都市报";
    article.published = "2026-04-23";
    article.body.push_back(Block{});
    article.body.back().text.push_back(TextRun{std::string(600 * 3, 'x'), false, false, {}});  // one long word
    std::string text;
    for (int i = 0; i < 600; ++i) text += "书";
    article.body.back().text.push_back(TextRun{text, false, false, {}});
    article.notes.push_back(RichText{TextRun{"注释正文。", false, false, {}}});
    const std::string meta = metaLine(article);
    // The date and the reading time never break inside: no-break spaces, word joiners (U+2060)
    // where Chinese would break between characters.
    const std::string wj = "\u2060";
    CHECK(meta == "作" + wj + "者" + wj + "：" + wj + "林" + wj + "晓" + wj + "雯 \u00B7 西" + wj + "湖" + wj + "都" + wj + "市" + wj +
                      "报 \u00B7 2026" + wj + "年" + wj + "4" + wj + "月" + wj + "23" + wj + "日 \u00B7 阅" + wj + "读" + wj +
                      "约\u00A03\u00A0分" + wj + "钟");
    // At a phone's width the meta line breaks at its separators only.
    const Typesetter typesetter(article, test::notoMetrics(), meta);
    LayoutSettings narrow;
    narrow.viewportWidthPx = 200.0f;
    const Layout layout = typesetter.layout(narrow);
    std::vector<std::string> metaLines;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Meta) continue;
        metaLines.emplace_back();
        for (const Span& span : layout.spansOf(line)) metaLines.back() += span.text;
    }
    REQUIRE(metaLines.size() >= 2);
    for (const std::string& line : metaLines) {
        CAPTURE(line);
        for (const auto& [first, last] : {std::pair<const char*, const char*>{"作", "雯"}, {"西", "报"}, {"2026", "日"}, {"阅", "钟"}})
            CHECK((line.find(first) == std::string::npos) == (line.find(last) == std::string::npos));
    }
    const Article drawn = lowerForDrawing(article);
    bool heading = false;
    for (const Block& block : drawn.body)
        if (block.type == BlockType::Heading && !block.text.empty() && block.text[0].text == "注释") heading = true;
    CHECK(heading);
}
