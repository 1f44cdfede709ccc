// Tables and separators (format 1.1): a grid of cells with its caption above, rules under the rows
// and a tint behind header cells; columns sized by what their text wants and needs; a table wider
// than the column scrolls sideways on screen and shrinks to fit on paper; right-to-left tables run
// from the right; the HTML copy has the table.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/print_layout.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

Article parsed(const std::string& json) {
    const ParseResult result = parseArticle(json);
    REQUIRE_MESSAGE(result.ok, result.error.message);
    return result.article;
}

// An article of one paragraph, `table` (a table block's JSON) and another paragraph.
Article withTable(const std::string& table, const std::string& language = "en") {
    return parsed(R"({"version": 1.1, "title": "T", "language": ")" + language + R"(", "body": ["Before.", )" + table +
                  R"(, "After."]})");
}

const char* kRain = R"({"type": "table", "caption": "Rain by month", "headerRow": true, "headerColumn": true,
    "rows": [["Month", "Kettleford", "Alder Brook"], ["January", "84", "91"], ["February", "61", "70"]]})";

// The text of each cell's lines, by (row, column), lines joined by a space.
std::map<std::pair<int, int>, std::string> cellsOf(const Layout& layout) {
    std::map<std::pair<int, int>, std::string> cells;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::TableCell) continue;
        const std::string text = test::textOf(layout, line);
        std::string& cell = cells[{line.item, line.column}];
        cell += (cell.empty() ? "" : " ") + text;
    }
    return cells;
}

// The left edge of the first line of the cell at (row, column); -1 when it has none.
float cellX(const Layout& layout, int row, int column) {
    for (const Line& line : layout.lines)
        if (line.role == LineRole::TableCell && line.item == row && line.column == column) return line.x;
    return -1.0f;
}

}  // namespace

TEST_CASE("tables: a grid of cells in reading order, its caption above, rules under the rows, header cells bold on a tint") {
    const Article a = withTable(kRain);
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 800.0f;
    const Layout layout = typesetter.layout(settings);

    const std::map<std::pair<int, int>, std::string> cells = cellsOf(layout);
    CHECK(cells.size() == 9);
    CHECK(cells.at({0, 1}) == "Kettleford");
    CHECK(cells.at({2, 0}) == "February");
    CHECK(cells.at({2, 2}) == "70");
    // Columns left to right, rows top to bottom, every cell of a row on one baseline.
    CHECK(cellX(layout, 1, 0) < cellX(layout, 1, 1));
    CHECK(cellX(layout, 1, 1) < cellX(layout, 1, 2));
    std::map<int, std::vector<float>> baselines;
    for (const Line& line : layout.lines)
        if (line.role == LineRole::TableCell) baselines[line.item].push_back(line.baseline);
    for (const auto& entry : baselines) {  // (clang's C++17 captures no structured bindings)
        const std::vector<float>& values = entry.second;
        CAPTURE(entry.first);
        CHECK(std::all_of(values.begin(), values.end(), [&](float b) { return b == values.front(); }));
    }
    CHECK(baselines.at(0).front() < baselines.at(1).front());
    CHECK(baselines.at(1).front() < baselines.at(2).front());
    // Header cells (the header row and column) bold, the others regular.
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::TableCell) continue;
        CAPTURE(line.item);
        CAPTURE(line.column);
        const bool header = line.item == 0 || line.column == 0;
        CHECK(line.header == header);
        CHECK(layout.spansOf(line).front().face == (header ? FontFace::SerifBold : FontFace::Serif));
    }
    // The caption is above the table; the table's lines are in increasing y.
    const auto caption = std::find_if(layout.lines.begin(), layout.lines.end(), [](const Line& l) { return l.role == LineRole::Caption; });
    REQUIRE(caption != layout.lines.end());
    CHECK(caption->y + caption->height <= baselines.at(0).front());
    CHECK(std::is_sorted(layout.lines.begin(), layout.lines.end(), [](const Line& x, const Line& y) { return x.y < y.y; }));
    // A rule under each row, a tint behind each of the five header cells; a band per row.
    int rules = 0, tints = 0;
    for (const Box& box : layout.boxes) {
        if (box.block != 1) continue;
        rules += box.kind == BoxKind::Rule;
        tints += box.kind == BoxKind::Tint;
    }
    CHECK(rules == 3);
    CHECK(tints == 5);
    REQUIRE(layout.tableRows.size() == 3);
    CHECK(layout.tableRows[0].header);
    CHECK_FALSE(layout.tableRows[1].header);
    CHECK(layout.tableRows[1].y == doctest::Approx(layout.tableRows[0].y + layout.tableRows[0].height));
    CHECK(layout.sideways.empty());
    // The table is as wide as its text wants: narrower than the 660 px column.
    const float right = cellX(layout, 0, 2) + 200.0f;
    CHECK(right < layout.columnX + layout.columnWidth);
}

TEST_CASE("tables: wider than the column, a table scrolls sideways on screen, and on paper its columns shrink to fit") {
    std::string row = "[";
    for (int c = 0; c < 9; ++c) row += std::string(c ? ", " : "") + "\"Kettleford station " + std::to_string(c) + "\"";
    row += "]";
    const Article a = withTable(R"({"type": "table", "headerRow": true, "rows": [)" + row + ", " + row + "]}");
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings phone;
    phone.viewportWidthPx = 390.0f;
    const Layout screen = typesetter.layout(phone);
    REQUIRE(screen.sideways.size() == 1);
    const SidewaysArea& area = screen.sideways.front();
    CHECK(area.block == 1);
    CHECK(area.x == screen.columnX);
    CHECK(area.width == screen.columnWidth);
    CHECK(area.contentWidth > 2.0f * area.width);
    // Every cell keeps its words whole ("Kettleford" never breaks inside) and lies within the area's content.
    for (const auto& [cell, text] : cellsOf(screen)) CHECK(text.find("Kettleford") != std::string::npos);
    for (const Line& line : screen.lines) {
        if (line.role != LineRole::TableCell) continue;
        CHECK(line.x + line.width <= area.x + area.contentWidth + 0.5f);
    }

    LayoutSettings paper = printLayoutSettings(PageSpec{});
    const Layout printed = typesetter.layout(paper);
    CHECK(printed.sideways.empty());
    for (const Line& line : printed.lines) {
        if (line.role != LineRole::TableCell) continue;
        CHECK(line.x >= printed.columnX - 0.5f);
        CHECK(line.x + line.width <= printed.columnX + printed.columnWidth + 0.5f);
    }
    CHECK(cellsOf(printed).size() == 18);
}

TEST_CASE("tables: a right-to-left article's table runs from the right") {
    const Article a = withTable(R"({"type": "table", "headerRow": true,
        "rows": [["الشهر", "المطر"], ["يناير", "٨٤"]]})", "ar");
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 800.0f;
    const Layout layout = typesetter.layout(settings);
    CHECK(cellX(layout, 1, 0) > cellX(layout, 1, 1));
    for (const Line& line : layout.lines)
        if (line.role == LineRole::TableCell) CHECK(line.rtl);
    // Flush with the column's right edge.
    float right = 0.0f;
    for (const Box& box : layout.boxes)
        if (box.kind == BoxKind::Rule && box.block == 1) right = std::max(right, box.x + box.width);
    CHECK(right == doctest::Approx(layout.columnX + layout.columnWidth));
}

TEST_CASE("tables: a rule is a short line in the middle of the column, with space around it") {
    const Article a = parsed(R"({"version": 1.1, "title": "T", "body": ["Before.", {"type": "rule"}, "After."]})");
    const Typesetter typesetter(a, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    REQUIRE(layout.boxes.size() == 1);
    const Box& rule = layout.boxes.front();
    CHECK(rule.kind == BoxKind::Rule);
    CHECK(rule.block == 1);
    CHECK(rule.width < layout.columnWidth);
    CHECK(rule.x + rule.width / 2.0f == doctest::Approx(layout.columnX + layout.columnWidth / 2.0f));
    const auto below = [&](int block) {
        return std::find_if(layout.lines.begin(), layout.lines.end(), [&](const Line& l) { return l.block == block; });
    };
    CHECK(below(0)->y + below(0)->height < rule.y - layout.settings.fontSizePx);
    CHECK(below(2)->y > rule.y + rule.height + layout.settings.fontSizePx);
}

TEST_CASE("tables: the HTML copy has the table, its caption, header cells and runs, and the rule") {
    const std::string html = articleHtml(withTable(kRain), "");
    CHECK(html.find("<table><caption>Rain by month</caption><tr><th>Month</th><th>Kettleford</th>") != std::string::npos);
    CHECK(html.find("<tr><th>January</th><td>84</td><td>91</td></tr>") != std::string::npos);
    CHECK(articleHtml(parsed(R"({"version": 1.1, "title": "T", "body": [{"type": "rule"}, "x"]})"), "").find("<hr>") !=
          std::string::npos);
}

TEST_CASE("tables: a separator is printed too, between the paragraphs around it") {
    const Article a = parsed(R"({"version": 1.1, "title": "T", "body": ["Before.", {"type": "rule"}, "After."]})");
    const PrintDocument document = paginate(a, test::notoMetrics(), PageSpec{});
    REQUIRE(document.pages.size() == 1);
    const auto rule = std::find_if(document.pages[0].boxes.begin(), document.pages[0].boxes.end(),
                                   [](const PrintBox& box) { return box.kind == BoxKind::Rule && box.block == 1; });
    REQUIRE(rule != document.pages[0].boxes.end());
    float before = 0.0f, after = 0.0f;
    for (const PrintRun& run : document.pages[0].runs) {
        if (run.text == "Before.") before = run.baseline;
        if (run.text == "After.") after = run.baseline;
    }
    CHECK(before < rule->y);
    CHECK(rule->y < after - 11.0f);
    CHECK(rule->width < 200.0f);
}

TEST_CASE("tables: a pull quote is set large between two rules as wide as the column, and printed so") {
    const Article a = parsed(R"({"version": 1.1, "title": "T", "body": ["Before.",
        {"type": "pullquote", "text": "The water has somewhere to go.", "cite": "Hannah Okonjo-Reid"}, "After."]})");
    const Typesetter typesetter(a, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    std::vector<Box> rules;
    for (const Box& box : layout.boxes) {
        CHECK(box.kind != BoxKind::QuoteRule);
        if (box.kind == BoxKind::Rule && box.block == 1) rules.push_back(box);
    }
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].width == layout.columnWidth);
    float textTop = 1e9f, textBottom = 0.0f, size = 0.0f;
    for (const Line& line : layout.lines) {
        if (line.block != 1) continue;
        textTop = std::min(textTop, line.y);
        textBottom = std::max(textBottom, line.y + line.height);
        if (line.role == LineRole::Quote) size = layout.spansOf(line).front().sizePx;
    }
    CHECK(rules[0].y + rules[0].height <= textTop);
    CHECK(rules[1].y >= textBottom);
    CHECK(size > layout.settings.fontSizePx * 1.3f);
    CHECK(articleHtml(a, "").find("<blockquote class=\"folio-pullquote\"><p>The water has somewhere to go.</p>") != std::string::npos);

    const PrintDocument document = paginate(a, test::notoMetrics(), PageSpec{});
    int printed = 0;
    for (const PrintBox& box : document.pages[0].boxes) printed += box.kind == BoxKind::Rule && box.block == 1;
    CHECK(printed == 2);
}
