// The meta line under a headline: dates, reading time, the joined line.
#include <doctest/doctest.h>

#include <string>

#include "folio/article.h"
#include "folio/article_meta.h"

namespace {

// An article whose only paragraph has `words` words.
folio::Article articleWithWords(std::size_t words, const std::string& title = "") {
    folio::Article a;
    a.title = title;
    std::string text;
    for (std::size_t i = 0; i < words; ++i) text += i == 0 ? "word" : " word";
    folio::Block paragraph;
    paragraph.text.push_back(folio::TextRun{text, false, false, {}});
    a.body.push_back(paragraph);
    return a;
}

const std::string kDot = " \u00B7 ";

}  // namespace

TEST_CASE("meta: formatDate") {
    CHECK(folio::formatDate("2014-07-12") == "12 July 2014");
    CHECK(folio::formatDate("2014-07-02") == "2 July 2014");
    CHECK(folio::formatDate("2014-07-12T09:30:00Z") == "12 July 2014");
    CHECK(folio::formatDate("1999-12-31T23:59:59.999-05:00") == "31 December 1999");
    CHECK(folio::formatDate("2024-02-29") == "29 February 2024");
    const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                            "July",    "August",   "September", "October", "November", "December"};
    for (int m = 1; m <= 12; ++m) {
        const std::string iso = std::string("2020-") + (m < 10 ? "0" : "") + std::to_string(m) + "-01";
        CAPTURE(iso);
        CHECK(folio::formatDate(iso) == std::string("1 ") + months[m - 1] + " 2020");
    }
    CHECK(folio::formatDate("").empty());
    CHECK(folio::formatDate("yesterday").empty());
    CHECK(folio::formatDate("2014-02-30").empty());
    CHECK(folio::formatDate("2014-13-01").empty());
    CHECK(folio::formatDate("2014-07-12 and more").empty());
    CHECK(folio::formatDate("12 July 2014").empty());
}

TEST_CASE("meta: readingMinutes at 230 words a minute, rounded up, at least 1") {
    CHECK(folio::readingMinutes(folio::Article{}) == 1);
    CHECK(folio::readingMinutes(articleWithWords(1)) == 1);
    CHECK(folio::readingMinutes(articleWithWords(230)) == 1);
    CHECK(folio::readingMinutes(articleWithWords(231)) == 2);
    CHECK(folio::readingMinutes(articleWithWords(460)) == 2);
    CHECK(folio::readingMinutes(articleWithWords(461)) == 3);
    CHECK(folio::readingMinutes(articleWithWords(6900)) == 30);
    // The title counts too.
    CHECK(folio::readingMinutes(articleWithWords(229, "Two words")) == 2);
}

TEST_CASE("meta: metaLine joins the parts that are present, a date and the reading time kept whole") {
    const std::string nbsp = "\u00A0";  // a line never breaks inside a date or the reading time
    const std::string minutes = "2" + nbsp + "min" + nbsp + "read";
    const std::string date = "12" + nbsp + "July" + nbsp + "2014";
    folio::Article a = articleWithWords(300);
    CHECK(folio::metaLine(a) == minutes);

    a.source = "Xinhua";
    CHECK(folio::metaLine(a) == "Xinhua" + kDot + minutes);

    a.published = "2014-07-12";
    CHECK(folio::metaLine(a) == "Xinhua" + kDot + date + kDot + minutes);
    CHECK(folio::metaLine(a) == "Xinhua \xC2\xB7 12\xC2\xA0July\xC2\xA0" "2014 \xC2\xB7 2\xC2\xA0min\xC2\xA0read");

    a.author = "Li Wei";
    CHECK(folio::metaLine(a) == "By Li Wei" + kDot + "Xinhua" + kDot + date + kDot + minutes);

    a.source.clear();
    CHECK(folio::metaLine(a) == "By Li Wei" + kDot + date + kDot + minutes);

    a.published = "not a date";  // an unreadable date is skipped, not shown raw
    CHECK(folio::metaLine(a) == "By Li Wei" + kDot + minutes);
}
