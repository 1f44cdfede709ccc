// Pagination: page breaks (no widows or orphans, headings kept with what follows, quotes, list
// items and images kept whole), the page geometry, the header and footer, links, and clamping.
// Articles are built in code and set with the Noto fonts; the page breaks are checked against the
// lines of the layout paginate() cut (printLayoutSettings).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "folio/article_meta.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/print_layout.h"
#include "test_fonts.h"

using folio::Article;
using folio::Block;
using folio::BlockType;
using folio::BoxKind;
using folio::Layout;
using folio::Line;
using folio::LineRole;
using folio::PageSpec;
using folio::Paper;
using folio::PrintBox;
using folio::PrintDocument;
using folio::PrintPage;
using folio::PrintRole;
using folio::PrintRun;
using folio::PrintTag;
using folio::RichText;
using folio::TextRun;

namespace {

namespace fs = std::filesystem;

constexpr float kPointsPerMm = 72.0f / 25.4f;

// Deterministic pseudo-random numbers (a linear congruential generator).
class Random {
public:
    explicit Random(std::uint32_t seed) : state_(seed) {}
    // A number in [0, n).
    int below(int n) {
        state_ = state_ * 1664525u + 1013904223u;
        return static_cast<int>((state_ >> 8) % static_cast<std::uint32_t>(n));
    }

private:
    std::uint32_t state_;
};

// `count` words of ordinary prose, different for each `seed`.
std::string words(std::size_t count, std::uint32_t seed) {
    static const char* const kWords[] = {"the",   "river",    "was",    "buried", "under", "a",       "street",
                                         "and",   "council",  "voted",  "to",     "open",  "channel", "again",
                                         "after", "eighteen", "months", "of",     "quiet", "argument"};
    Random random(seed);
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) text += ' ';
        text += kWords[random.below(static_cast<int>(std::size(kWords)))];
    }
    return text;
}

TextRun run(std::string text, std::string href = {}) {
    TextRun r;
    r.text = std::move(text);
    r.href = std::move(href);
    return r;
}

Block textBlock(BlockType type, std::string text) {
    Block b;
    b.type = type;
    b.text = RichText{run(std::move(text))};
    return b;
}

Block paragraph(std::size_t wordCount, std::uint32_t seed) {
    return textBlock(BlockType::Paragraph, words(wordCount, seed));
}

Block heading(std::string text) { return textBlock(BlockType::Heading, std::move(text)); }

Block quote(std::size_t wordCount, std::uint32_t seed, std::string cite) {
    Block b = textBlock(BlockType::Quote, words(wordCount, seed));
    b.cite = std::move(cite);
    return b;
}

Block list(std::size_t items, std::size_t wordsPerItem, std::uint32_t seed) {
    Block b;
    b.type = BlockType::List;
    for (std::size_t i = 0; i < items; ++i) b.items.push_back(RichText{run(words(wordsPerItem, seed + i))});
    return b;
}

Block image(int width, int height, std::string caption) {
    Block b;
    b.type = BlockType::Image;
    b.src = "figure.png";
    b.width = width;
    b.height = height;
    b.caption = std::move(caption);
    return b;
}

Article article(std::vector<Block> body, std::string title = "Daylight for the Alder") {
    Article a;
    a.title = std::move(title);
    a.body = std::move(body);
    a.url = "https://example.com/news/daylight";
    a.source = "Riverlines";
    a.published = "2025-04-03";
    return a;
}

// `count` paragraphs of 40 to 120 words.
Article longArticle(std::size_t count) {
    std::vector<Block> body;
    for (std::size_t i = 0; i < count; ++i)
        body.push_back(paragraph(40 + (i * 37) % 80, static_cast<std::uint32_t>(i)));
    return article(std::move(body));
}

// An article of every kind of block in an order and with lengths that vary with `seed`. Its images
// are at most 3:4, less than half an A4 page: a taller one that does not fit below the text before
// it may leave most of that page empty.
Article mixedArticle(std::uint32_t seed) {
    Random random(seed);
    std::vector<Block> body;
    for (int i = 0; i < 40; ++i) {
        const auto s = seed * 1000u + static_cast<std::uint32_t>(i);
        switch (random.below(8)) {
            case 0: body.push_back(heading("Section " + words(1 + random.below(8), s))); break;
            case 1: body.push_back(quote(10 + random.below(70), s, random.below(2) ? words(3, s) : "")); break;
            case 2: body.push_back(list(1 + random.below(5), 5 + random.below(40), s)); break;
            case 3: body.push_back(image(800, 300 + random.below(300), random.below(2) ? words(12, s) : "")); break;
            default: body.push_back(paragraph(5 + random.below(150), s)); break;
        }
    }
    body.push_back(paragraph(30, seed));  // never a heading at the end
    return article(std::move(body), "Mixed " + std::to_string(seed));
}

PageSpec specOf(Paper paper, float fontSizePt = 11.0f, float marginMm = 20.0f) {
    PageSpec spec;
    spec.paper = paper;
    spec.fontSizePt = fontSizePt;
    spec.marginMm = marginMm;
    return spec;
}

PrintDocument paginate(const Article& a, const PageSpec& spec = {}) {
    return folio::paginate(a, folio::test::notoMetrics(), spec);
}

// The layout whose lines PrintPage::firstLine and endLine index.
Layout printLayout(const Article& a, const PrintDocument& document) {
    const folio::Typesetter typesetter(a, folio::test::notoMetrics(), folio::metaLine(a));
    return typesetter.layout(folio::printLayoutSettings(document.spec));
}

// The page of every line of the layout.
std::vector<std::size_t> pageOfLines(const PrintDocument& document, std::size_t lineCount) {
    std::vector<std::size_t> pages(lineCount, document.pages.size());
    for (std::size_t p = 0; p < document.pages.size(); ++p)
        for (std::size_t i = document.pages[p].firstLine; i < document.pages[p].endLine && i < lineCount; ++i)
            pages[i] = p;
    return pages;
}

bool isFurniture(const PrintRun& run) { return run.role == PrintRole::Header || run.role == PrintRole::Footer; }

std::vector<const PrintRun*> runsOf(const PrintPage& page, PrintRole role) {
    std::vector<const PrintRun*> out;
    for (const PrintRun& run : page.runs)
        if (run.role == role) out.push_back(&run);
    return out;
}

const PrintRun* footerRun(const PrintPage& page, const std::string& text) {
    for (const PrintRun* run : runsOf(page, PrintRole::Footer))
        if (run->text == text) return run;
    return nullptr;
}

// The header's rule on `page`, nullptr when it has none.
const PrintBox* headerRule(const PrintPage& page) {
    for (const PrintBox& box : page.boxes)
        if (box.block == -1) return &box;
    return nullptr;
}

// Text tops and bottoms, approximately: cap height above the baseline, descent below it.
float textTop(const PrintRun& run) { return run.baseline - 0.75f * run.sizePt; }
float textBottom(const PrintRun& run) { return run.baseline + 0.3f * run.sizePt; }

// Everything on the paper, within the margins; body text and images between the header and the
// footer; the header on pages 2+ only; the footer on every page.
void checkGeometry(const PrintDocument& document) {
    const float margin = document.spec.marginMm * kPointsPerMm;
    const float left = margin - 0.01f;
    const float right = document.widthPt - margin + 0.01f;
    const float eps = 0.01f;
    REQUIRE(!document.pages.empty());
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        CAPTURE(p);
        const PrintPage& page = document.pages[p];
        const PrintBox* rule = headerRule(page);
        CHECK((rule != nullptr) == (p > 0));
        CHECK(runsOf(page, PrintRole::Header).empty() == (p == 0));
        const std::vector<const PrintRun*> footer = runsOf(page, PrintRole::Footer);
        REQUIRE(!footer.empty());
        float contentTop = margin;
        for (const PrintRun* run : runsOf(page, PrintRole::Header)) {
            CHECK(textTop(*run) >= margin);
            REQUIRE(rule != nullptr);
            CHECK(textBottom(*run) <= rule->y);
        }
        if (rule != nullptr) contentTop = rule->y + rule->height;
        float footerTop = document.heightPt - margin;
        for (const PrintRun* run : footer) {
            CHECK(textBottom(*run) <= document.heightPt - margin);
            footerTop = std::min(footerTop, textTop(*run));
        }
        for (const PrintRun& run : page.runs) {
            CHECK(run.x >= left);
            CHECK(run.x + run.width <= right);
            CHECK(run.sizePt > 0.0f);
            if (isFurniture(run)) continue;
            CHECK(textTop(run) >= contentTop);
            CHECK(textBottom(run) <= footerTop);
        }
        for (const PrintBox& box : page.boxes) {
            CHECK(box.x >= left);
            CHECK(box.x + box.width <= right);
            if (box.block < 0) continue;
            CHECK(box.y >= contentTop - eps);
            CHECK(box.y + box.height <= footerTop + eps);
        }
    }
}

// Lines [firstLine, endLine) of the pages are consecutive and cover the layout.
void checkLineRanges(const PrintDocument& document, const Layout& layout) {
    REQUIRE(!document.pages.empty());
    CHECK(document.pages.front().firstLine == 0);
    CHECK(document.pages.back().endLine == layout.lines.size());
    for (std::size_t p = 0; p < document.pages.size(); ++p) {
        CHECK(document.pages[p].firstLine <= document.pages[p].endLine);
        if (p > 0) CHECK(document.pages[p].firstLine == document.pages[p - 1].endLine);
    }
}

// The page that holds the image box of block `block`, pages.size() when none does.
std::size_t pageOfImage(const PrintDocument& document, int block) {
    for (std::size_t p = 0; p < document.pages.size(); ++p)
        for (const PrintBox& box : document.pages[p].boxes)
            if (box.kind == BoxKind::Image && box.block == block) return p;
    return document.pages.size();
}

// Lines that belong together for the widow and orphan rule: a paragraph, quote text, a cite, a
// list item, a caption.
bool samePara(const Line& a, const Line& b) { return a.role == b.role && a.block == b.block && a.item == b.item; }

// What the checks saw, so that a test can tell they were not vacuous.
struct BreakStats {
    std::size_t splitParas = 0;   // paragraphs (of any kind) split across pages
    std::size_t headingsMoved = 0;  // headings that start a page
};

// No widows or orphans, headings kept with what follows, the title and meta on page 1.
BreakStats checkBreaks(const PrintDocument& document, const Layout& layout) {
    BreakStats stats;
    const std::vector<Line>& lines = layout.lines;
    const std::vector<std::size_t> pageOf = pageOfLines(document, lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        if (lines[i].role == LineRole::Title || lines[i].role == LineRole::Meta) CHECK(pageOf[i] == 0);
    }
    for (std::size_t first = 0; first < lines.size();) {
        std::size_t end = first + 1;
        while (end < lines.size() && samePara(lines[first], lines[end])) ++end;
        if (pageOf[first] != pageOf[end - 1]) {
            ++stats.splitParas;
            CAPTURE(first);
            CAPTURE(end);
            for (std::size_t i = first; i < end;) {  // every page's share has two lines at least
                std::size_t next = i;
                while (next < end && pageOf[next] == pageOf[i]) ++next;
                CHECK(next - i >= 2);
                i = next;
            }
        }
        first = end;
    }
    for (std::size_t p = 1; p < document.pages.size(); ++p) {
        const PrintPage& page = document.pages[p];
        if (page.endLine > page.firstLine && lines[page.firstLine].role == LineRole::Heading) ++stats.headingsMoved;
    }
    // A heading's last line is followed on its page by the next block's image, or by its first line
    // and, when it has more, its second.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool lastOfHeading = i + 1 == lines.size() || lines[i + 1].block != lines[i].block;
        if (lines[i].role != LineRole::Heading || !lastOfHeading) continue;
        CAPTURE(i);
        if (pageOfImage(document, lines[i].block + 1) == pageOf[i]) continue;
        REQUIRE(i + 1 < lines.size());  // the articles tested do not end with a heading
        CHECK(pageOf[i + 1] == pageOf[i]);
        if (i + 2 < lines.size() && samePara(lines[i + 1], lines[i + 2])) CHECK(pageOf[i + 2] == pageOf[i]);
    }
    return stats;
}

// Quotes (text and cite), list items and images with their captions that are shorter than half a
// page are on one page.
void checkKeptWhole(const PrintDocument& document, const Layout& layout) {
    const float halfPage = (document.heightPt - 2.0f * document.spec.marginMm * kPointsPerMm) / 2.0f;
    const std::vector<Line>& lines = layout.lines;
    const std::vector<std::size_t> pageOf = pageOfLines(document, lines.size());
    const auto unitOf = [](const Line& line) {
        return line.role == LineRole::Quote || line.role == LineRole::QuoteCite || line.role == LineRole::ListItem ||
               line.role == LineRole::Caption;
    };
    for (std::size_t first = 0; first < lines.size();) {
        std::size_t end = first + 1;
        if (!unitOf(lines[first])) {
            first = end;
            continue;
        }
        while (end < lines.size() && unitOf(lines[end]) && lines[end].block == lines[first].block &&
               lines[end].item == lines[first].item)
            ++end;
        const float height = lines[end - 1].y + lines[end - 1].height - lines[first].y;
        if (height < halfPage) {
            CAPTURE(first);
            CHECK(pageOf[first] == pageOf[end - 1]);
            if (lines[first].role == LineRole::Caption)
                CHECK(pageOfImage(document, lines[first].block) == pageOf[first]);
        }
        first = end;
    }
}

// Body content on every page but the last reaches past `fraction` of the page's text area.
void checkFilled(const PrintDocument& document, float fraction) {
    const float margin = document.spec.marginMm * kPointsPerMm;
    const float area = document.heightPt - 2.0f * margin;
    for (std::size_t p = 0; p + 1 < document.pages.size(); ++p) {
        CAPTURE(p);
        float bottom = margin;
        for (const PrintRun& run : document.pages[p].runs)
            if (!isFurniture(run)) bottom = std::max(bottom, textBottom(run));
        for (const PrintBox& box : document.pages[p].boxes) bottom = std::max(bottom, box.y + box.height);
        CHECK(bottom - margin >= fraction * area);
    }
}

// All the checks that hold for any article.
BreakStats checkAll(const Article& a, const PrintDocument& document) {
    const Layout layout = printLayout(a, document);
    checkLineRanges(document, layout);
    checkGeometry(document);
    checkKeptWhole(document, layout);
    return checkBreaks(document, layout);
}

}  // namespace

TEST_CASE("paginate: one short paragraph gives one page with a footer and no header") {
    const Article a = article({paragraph(30, 1)});
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() == 1);
    checkAll(a, document);
    const PrintPage& page = document.pages[0];
    CHECK(runsOf(page, PrintRole::Header).empty());
    CHECK(footerRun(page, "Page 1 of 1") != nullptr);
    CHECK(footerRun(page, "3 April 2025") != nullptr);
    CHECK(footerRun(page, "https://example.com/news/daylight") != nullptr);
    CHECK(page.firstLine == 0);
    CHECK(page.endLine == printLayout(a, document).lines.size());
}

TEST_CASE("paginate: the document carries the article's fields and the paper size") {
    Article a = article({paragraph(30, 1)});
    a.author = "Tomasz Wren";
    PrintDocument document = paginate(a, specOf(Paper::A4));
    CHECK(document.title == a.title);
    CHECK(document.author == "Tomasz Wren");
    CHECK(document.source == "Riverlines");
    CHECK(document.url == a.url);
    CHECK(document.published == "2025-04-03");
    CHECK(document.widthPt == doctest::Approx(595.28f));
    CHECK(document.heightPt == doctest::Approx(841.89f));
    document = paginate(a, specOf(Paper::Letter));
    CHECK(document.spec.paper == Paper::Letter);
    CHECK(document.widthPt == doctest::Approx(612.0f));
    CHECK(document.heightPt == doctest::Approx(792.0f));
}

TEST_CASE("paginate: the page count grows with the text") {
    std::size_t previous = 0;
    for (const std::size_t count : {1u, 10u, 40u, 120u}) {
        CAPTURE(count);
        const Article a = longArticle(count);
        const PrintDocument document = paginate(a);
        CHECK(document.pages.size() >= previous);
        previous = document.pages.size();
        checkAll(a, document);
        checkFilled(document, 0.8f);
    }
    CHECK(previous > 10);
}

TEST_CASE("paginate: the title and meta line open page 1 - the running header is on pages 2+") {
    const Article a = longArticle(40);
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() >= 3);
    const Layout layout = printLayout(a, document);
    REQUIRE(layout.lines.size() > 2);
    CHECK(layout.lines[0].role == LineRole::Title);
    CHECK(document.pages[0].runs.front().text.rfind("Daylight", 0) == 0);
    CHECK(document.pages[0].runs.front().role == PrintRole::Body);
    for (std::size_t p = 1; p < document.pages.size(); ++p) {
        CAPTURE(p);
        const std::vector<const PrintRun*> header = runsOf(document.pages[p], PrintRole::Header);
        REQUIRE(header.size() == 2);
        CHECK(header[0]->text == "Daylight for the Alder");
        CHECK(header[1]->text == "Riverlines");
        CHECK(header[1]->x + header[1]->width == doctest::Approx(document.widthPt - 20.0f * kPointsPerMm));
        CHECK(header[0]->face == folio::FontFace::Sans);
        CHECK(header[0]->sizePt == doctest::Approx(8.0f));
    }
}

TEST_CASE("paginate: every page's footer says which page of how many") {
    const Article a = longArticle(40);
    const PrintDocument document = paginate(a);
    const std::size_t count = document.pages.size();
    REQUIRE(count >= 3);
    for (std::size_t p = 0; p < count; ++p) {
        CAPTURE(p);
        const std::string label = "Page " + std::to_string(p + 1) + " of " + std::to_string(count);
        const PrintRun* run = footerRun(document.pages[p], label);
        REQUIRE(run != nullptr);
        CHECK(run->x + run->width == doctest::Approx(document.widthPt - 20.0f * kPointsPerMm));
        const PrintRun* date = footerRun(document.pages[p], "3 April 2025");
        REQUIRE(date != nullptr);
        CHECK(date->x + date->width / 2.0f == doctest::Approx(document.widthPt / 2.0f));
    }

    std::size_t paragraphs = 1;
    while (paginate(longArticle(paragraphs)).pages.size() < 3) ++paragraphs;
    const PrintDocument three = paginate(longArticle(paragraphs));
    REQUIRE(three.pages.size() == 3);
    CHECK(footerRun(three.pages[1], "Page 2 of 3") != nullptr);
}

TEST_CASE("paginate: page 1 starts at the top margin, later pages below the header") {
    const Article a = longArticle(20);
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() >= 2);
    const Layout layout = printLayout(a, document);
    const float margin = 20.0f * kPointsPerMm;
    const Line& title = layout.lines[0];
    const PrintRun& first = document.pages[0].runs.front();
    CHECK(first.baseline == doctest::Approx(margin + title.baseline - title.y));
    const PrintPage& second = document.pages[1];
    const Line& top = layout.lines[second.firstLine];
    const PrintBox* rule = headerRule(second);
    REQUIRE(rule != nullptr);
    const float lineTop = second.runs.front().baseline - (top.baseline - top.y);
    CHECK(lineTop > rule->y + rule->height);
    CHECK(lineTop < rule->y + rule->height + 30.0f);
}

TEST_CASE("paginate: mixed articles keep every rule") {
    BreakStats total;
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        CAPTURE(seed);
        const Article a = mixedArticle(seed);
        for (const Paper paper : {Paper::A4, Paper::Letter}) {
            const PrintDocument document = paginate(a, specOf(paper));
            CHECK(document.pages.size() > 2);
            const BreakStats stats = checkAll(a, document);
            total.splitParas += stats.splitParas;
            total.headingsMoved += stats.headingsMoved;
            checkFilled(document, 0.4f);
        }
    }
    CHECK(total.splitParas > 20);   // the widow and orphan checks were exercised
    CHECK(total.headingsMoved > 0);
}

TEST_CASE("paginate: a three-line paragraph is never split 2 + 1 or 1 + 2") {
    // Paragraphs of three lines after lead paragraphs of every length: some end near a page's foot.
    for (std::size_t lead = 0; lead < 30; ++lead) {
        CAPTURE(lead);
        std::vector<Block> body{paragraph(200 + lead * 9, 7)};
        for (std::uint32_t i = 0; i < 12; ++i) body.push_back(paragraph(32, 100 + i));
        const Article a = article(std::move(body));
        const PrintDocument document = paginate(a);
        const Layout layout = printLayout(a, document);
        const std::vector<std::size_t> pageOf = pageOfLines(document, layout.lines.size());
        for (std::size_t i = 0; i + 2 < layout.lines.size(); ++i) {
            const Line& line = layout.lines[i];
            const bool threeLines = line.block > 0 && (i == 0 || layout.lines[i - 1].block != line.block) &&
                                    layout.lines[i + 2].block == line.block &&
                                    (i + 3 == layout.lines.size() || layout.lines[i + 3].block != line.block);
            if (threeLines) CHECK(pageOf[i] == pageOf[i + 2]);
        }
        checkAll(a, document);
    }
}

TEST_CASE("paginate: a heading moves to the next page with the start of its section") {
    std::size_t moved = 0;
    for (std::size_t lead = 0; lead < 40; ++lead) {
        CAPTURE(lead);
        const Article a = article({paragraph(380 + lead * 7, 3), heading("What changed"), paragraph(120, 4)});
        const PrintDocument document = paginate(a);
        const Layout layout = printLayout(a, document);
        const BreakStats stats = checkBreaks(document, layout);
        moved += stats.headingsMoved;
    }
    CHECK(moved > 0);
}

TEST_CASE("paginate: a quote, a list item and an image that fit are not split") {
    for (std::size_t lead = 0; lead < 30; ++lead) {
        CAPTURE(lead);
        const Article a = article({paragraph(400 + lead * 8, 5), quote(60, 6, "Hannah Okonjo-Reid"),
                                   list(3, 45, 7), image(800, 500, "The brook, " + words(20, 8)), paragraph(300, 9),
                                   quote(60, 10, "A. Writer"), list(4, 30, 11), image(640, 480, "Below the weir")});
        const PrintDocument document = paginate(a);
        const Layout layout = printLayout(a, document);
        checkKeptWhole(document, layout);
        checkBreaks(document, layout);
    }
}

TEST_CASE("paginate: a quote longer than a page is split, and so is its rule") {
    const Article a = article({paragraph(60, 1), quote(1400, 2, "Someone who talked a lot"), paragraph(60, 3)});
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() >= 2);
    checkAll(a, document);
    std::size_t pagesWithRule = 0;
    for (const PrintPage& page : document.pages) {
        float top = std::numeric_limits<float>::max();
        float bottom = 0.0f;
        for (const PrintRun& run : page.runs) {
            const bool quoteText = run.role == PrintRole::Body && run.sizePt == doctest::Approx(12.1f);  // 1.1 x 11 pt
            if (!quoteText) continue;
            top = std::min(top, textTop(run));
            bottom = std::max(bottom, textBottom(run));
        }
        for (const PrintBox& box : page.boxes) {
            if (box.kind != BoxKind::QuoteRule || box.block != 1) continue;
            ++pagesWithRule;
            CHECK(box.y <= top);
            CHECK(box.y + box.height >= bottom);
        }
    }
    CHECK(pagesWithRule >= 2);
}

TEST_CASE("paginate: an image taller than a page shrinks to fit, keeping its proportions") {
    const Article a = article({paragraph(60, 1), image(400, 4000, "A very tall figure"), paragraph(60, 2)});
    const PrintDocument document = paginate(a);
    checkAll(a, document);
    const std::size_t page = pageOfImage(document, 1);
    REQUIRE(page < document.pages.size());
    for (const PrintBox& box : document.pages[page].boxes) {
        if (box.kind != BoxKind::Image) continue;
        CHECK(box.height < document.heightPt - 2.0f * 20.0f * kPointsPerMm);
        CHECK(box.width / box.height == doctest::Approx(0.1f));
        CHECK(box.x + box.width / 2.0f == doctest::Approx(document.widthPt / 2.0f));
    }
}

TEST_CASE("paginate: a heading before a tall image stays with it") {
    for (std::size_t lead = 0; lead < 12; ++lead) {
        CAPTURE(lead);
        const Article a = article({paragraph(100 + lead * 30, 1), heading("Figure 1"), image(400, 4000, "Tall"),
                                   paragraph(60, 2)});
        const PrintDocument document = paginate(a);
        const Layout layout = printLayout(a, document);
        checkBreaks(document, layout);
        checkGeometry(document);
    }
}

TEST_CASE("paginate: A4 and Letter columns") {
    const Article a = longArticle(80);
    const PrintDocument a4 = paginate(a, specOf(Paper::A4));
    const PrintDocument letter = paginate(a, specOf(Paper::Letter));
    checkAll(a, a4);
    checkAll(a, letter);
    const auto widest = [](const PrintDocument& d) {
        float right = 0.0f;
        for (const PrintPage& page : d.pages)
            for (const PrintRun& run : page.runs)
                if (run.role == PrintRole::Body) right = std::max(right, run.x + run.width);
        return right;
    };
    CHECK(widest(letter) > widest(a4));
    CHECK(widest(a4) <= 595.28f - 20.0f * kPointsPerMm);
}

TEST_CASE("paginate: wider margins and larger text take more pages") {
    const Article a = longArticle(60);
    const std::size_t base = paginate(a, specOf(Paper::A4, 11.0f, 20.0f)).pages.size();
    CHECK(paginate(a, specOf(Paper::A4, 11.0f, 35.0f)).pages.size() > base);
    CHECK(paginate(a, specOf(Paper::A4, 11.0f, 10.0f)).pages.size() < base);
    CHECK(paginate(a, specOf(Paper::A4, 14.0f, 20.0f)).pages.size() > base);
    CHECK(paginate(a, specOf(Paper::A4, 9.0f, 20.0f)).pages.size() < base);
    PageSpec loose = specOf(Paper::A4);
    loose.lineHeight = 2.0f;
    CHECK(paginate(a, loose).pages.size() > base);
}

TEST_CASE("paginate: silly specs are clamped") {
    const Article a = longArticle(10);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    PageSpec spec;
    spec.fontSizePt = nan;
    spec.marginMm = nan;
    spec.lineHeight = nan;
    PrintDocument document = paginate(a, spec);
    CHECK(document.spec.fontSizePt == 11.0f);
    CHECK(document.spec.marginMm == 20.0f);
    CHECK(document.spec.lineHeight == doctest::Approx(1.45f));
    checkAll(a, document);

    spec.fontSizePt = 0.0f;
    spec.marginMm = 0.0f;
    spec.lineHeight = 0.0f;
    document = paginate(a, spec);
    CHECK(document.spec.fontSizePt == 6.0f);
    CHECK(document.spec.marginMm == 5.0f);
    CHECK(document.spec.lineHeight == 1.0f);
    checkAll(a, document);

    spec.fontSizePt = 1000.0f;
    spec.marginMm = 1000.0f;
    spec.lineHeight = 1000.0f;
    spec.paper = static_cast<Paper>(7);
    spec.family = static_cast<folio::FontFamily>(9);
    document = paginate(a, spec);
    CHECK(document.spec.fontSizePt == 24.0f);
    CHECK(document.spec.marginMm == 50.0f);
    CHECK(document.spec.lineHeight == 3.0f);
    CHECK(document.spec.paper == Paper::A4);
    CHECK(document.spec.family == folio::FontFamily::Serif);
    CHECK(document.widthPt == doctest::Approx(595.28f));
    checkAll(a, document);

    spec.fontSizePt = -std::numeric_limits<float>::infinity();
    spec.marginMm = std::numeric_limits<float>::infinity();
    document = paginate(a, spec);
    CHECK(document.spec.fontSizePt == 11.0f);
    CHECK(document.spec.marginMm == 20.0f);
}

TEST_CASE("paginate: an article with nothing to set still gives one page") {
    Article a;
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() == 1);
    CHECK(footerRun(document.pages[0], "Page 1 of 1") != nullptr);
    checkGeometry(document);
}

TEST_CASE("paginate: link spans have link areas - the footer URL is a link") {
    Block linked;
    linked.type = BlockType::Paragraph;
    linked.text = {run(words(30, 1) + " "), run("the council's report", "https://example.com/report"),
                   run(" " + words(30, 2) + " "), run("write to us", "mailto:desk@example.com")};
    const Article a = article({linked});
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() == 1);
    const PrintPage& page = document.pages[0];
    std::size_t linkRuns = 0;
    for (const PrintRun& run : page.runs) {
        if (run.link < 0) continue;
        ++linkRuns;
        REQUIRE(static_cast<std::size_t>(run.link) < document.links.size());
        const std::string& target = document.links[static_cast<std::size_t>(run.link)];
        if (run.role == PrintRole::Footer) {
            CHECK(target == a.url);
        } else {
            CHECK((target == "https://example.com/report" || target == "mailto:desk@example.com"));
        }
        const auto matches = [&](const folio::PrintLinkArea& l) {
            return l.link == run.link && l.x == run.x && l.width == run.width;
        };
        const auto area = std::find_if(page.linkAreas.begin(), page.linkAreas.end(), matches);
        REQUIRE(area != page.linkAreas.end());
        CHECK(area->y < run.baseline);
        CHECK(area->y + area->height > run.baseline);
    }
    CHECK(linkRuns >= 3);
    CHECK(page.linkAreas.size() == linkRuns);
}

TEST_CASE("paginate: runs and boxes say what in the article they are part of") {
    Block level3 = heading("A smaller heading");
    level3.level = 3;
    Block photo = image(800, 400, "The brook in spring.");
    photo.alt = "A brook between stone walls";
    Block linked;
    linked.type = BlockType::Paragraph;
    linked.text = {run(words(60, 4) + " "), run("the council's report", "https://example.com/report"), run(" ends it.")};
    Block ordered = list(2, 30, 5);
    ordered.ordered = true;
    Article a = article({paragraph(80, 1), heading("A heading"), level3, ordered, quote(30, 2, "A reader"), photo, linked});
    a.language = "en-GB";
    const PrintDocument document = paginate(a);
    CHECK(document.language == "en-GB");

    std::map<std::pair<int, PrintTag>, std::string> texts;  // (block, tag) -> its runs' text
    std::size_t breaks = 0;
    for (const PrintPage& page : document.pages) {
        for (const PrintRun& run : page.runs) {
            if (isFurniture(run)) continue;
            texts[{run.block, run.tag}] += run.text + (run.spaceAfter ? " " : "");
            breaks += run.spaceAfter ? 1 : 0;
            if (run.block != 3) CHECK(run.item == -1);
        }
        for (const folio::PrintLinkArea& area : page.linkAreas) {
            REQUIRE(area.run >= 0);
            REQUIRE(static_cast<std::size_t>(area.run) < page.runs.size());
            const PrintRun& linkRun = page.runs[static_cast<std::size_t>(area.run)];
            CHECK(linkRun.link == area.link);
            CHECK(linkRun.x == area.x);
        }
    }
    CHECK(breaks > 5);
    // Each text comes back whole, words split by line breaks rejoined with their spaces.
    CHECK(texts[{-1, PrintTag::Title}] == a.title);
    CHECK(texts[{-1, PrintTag::Meta}] == folio::metaLine(a));
    CHECK(texts[{0, PrintTag::Paragraph}] == folio::plainText(a.body[0].text));
    CHECK(texts[{1, PrintTag::Heading2}] == "A heading");
    CHECK(texts[{2, PrintTag::Heading3}] == "A smaller heading");
    CHECK(texts[{3, PrintTag::ListMarker}] == "1.2.");
    CHECK(texts[{3, PrintTag::ListItem}] == folio::plainText(a.body[3].items[0]) + folio::plainText(a.body[3].items[1]));
    CHECK(texts[{4, PrintTag::Quote}] == folio::plainText(a.body[4].text));
    CHECK(texts[{4, PrintTag::QuoteCite}] == "\u2014 A reader");
    CHECK(texts[{5, PrintTag::Caption}] == "The brook in spring.");
    CHECK(texts[{6, PrintTag::Paragraph}] == folio::plainText(linked.text));
    CHECK(texts.size() == 11);

    // List runs name their item; the image box carries its text alternative.
    for (const PrintPage& page : document.pages) {
        for (const PrintRun& run : page.runs) {
            if (run.block != 3) continue;
            CHECK((run.item == 0 || run.item == 1));
            if (run.tag == PrintTag::ListMarker) CHECK(run.text == std::to_string(run.item + 1) + ".");
        }
    }
    CHECK(pageOfImage(document, 5) < document.pages.size());
    for (const PrintPage& page : document.pages)
        for (const PrintBox& box : page.boxes)
            if (box.kind == BoxKind::Image) CHECK(box.alt == "A brook between stone walls");
}

TEST_CASE("paginate: a long title, source and URL are shortened with an ellipsis") {
    Article a = longArticle(20);
    a.title = "A headline that goes on and on " + words(40, 3);
    a.source = "The Very Long Name of a Regional Newspaper Group That Publishes Many Titles Everywhere";
    a.url = "https://example.com/" + words(30, 4);
    for (char& c : a.url)
        if (c == ' ') c = '-';
    const PrintDocument document = paginate(a);
    REQUIRE(document.pages.size() >= 2);
    checkGeometry(document);
    const std::string ellipsis = "\u2026";
    const auto endsWithEllipsis = [&](const std::string& s) {
        return s.size() > ellipsis.size() && s.compare(s.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0;
    };
    const std::vector<const PrintRun*> header = runsOf(document.pages[1], PrintRole::Header);
    REQUIRE(header.size() == 2);
    CHECK(endsWithEllipsis(header[0]->text));
    CHECK(endsWithEllipsis(header[1]->text));
    CHECK(header[0]->x + header[0]->width < header[1]->x);
    const std::vector<const PrintRun*> footer = runsOf(document.pages[1], PrintRole::Footer);
    const PrintRun* url = nullptr;
    for (const PrintRun* run : footer)
        if (run->text.rfind("https://", 0) == 0) url = run;
    const PrintRun* date = footerRun(document.pages[1], "3 April 2025");
    REQUIRE(url != nullptr);
    REQUIRE(date != nullptr);
    CHECK(endsWithEllipsis(url->text));
    CHECK(url->x + url->width < date->x);
}

TEST_CASE("paginate: the sample articles keep every rule on A4 and Letter") {
    const fs::path articles = fs::path(FOLIO_SOURCE_DIR) / "assets" / "articles";
    std::size_t count = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(articles)) {
        if (entry.path().extension() != ".json") continue;
        const std::string file = entry.path().filename().string();
        CAPTURE(file);
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const folio::ParseResult parsed = folio::parseArticle(json);
        REQUIRE(parsed.ok);
        for (const Paper paper : {Paper::A4, Paper::Letter}) {
            const PrintDocument document = paginate(parsed.article, specOf(paper));
            checkAll(parsed.article, document);
            checkFilled(document, 0.5f);
        }
        ++count;
    }
    CHECK(count >= 4);
}
