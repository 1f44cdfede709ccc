// Native layout benchmark: prints how long the Typesetter takes to measure synthetic articles of
// 285, 28,500 and 285,000 words with the Noto fonts, and to lay them out at 360, 768 and 1280 px.
// A program, not a test: run build/native/folio_layout_bench (a Release build) and read the table.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "folio/article.h"
#include "folio/article_meta.h"
#include "folio/layout.h"
#include "synthetic_article.h"
#include "unit/test_fonts.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRuns = 7;
constexpr int kRunsLargeConstruction = 3;  // constructing the 285,000-word Typesetter
constexpr std::size_t kLargeArticleWords = 285000;

// One measured operation: its median time and the lines its layout produced (0 when none).
struct Result {
    double medianMs = 0.0;
    std::size_t lines = 0;
};

// The middle value of `times` (not empty).
double middle(std::vector<double> times) {
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Median in ms of `runs` calls of `work`, which returns the number of lines it produced.
Result median(int runs, const std::function<std::size_t()>& work) {
    std::vector<double> times;
    Result result;
    for (int i = 0; i < runs; ++i) {
        const Clock::time_point start = Clock::now();
        result.lines = work();
        times.push_back(msSince(start));
    }
    result.medianMs = middle(times);
    return result;
}

// Median in ms of the first Sans layout at 768 px of fresh Typesetters (which measures the Sans faces).
Result firstSansLayout(int runs, const folio::Article& article, const folio::FontMetrics& metrics,
                       const std::string& meta) {
    std::vector<double> times;
    Result result;
    for (int i = 0; i < runs; ++i) {
        const folio::Typesetter typesetter(article, metrics, meta);
        folio::LayoutSettings settings;
        settings.viewportWidthPx = 768.0f;
        settings.family = folio::FontFamily::Sans;
        const Clock::time_point start = Clock::now();
        result.lines = typesetter.layout(settings).lines.size();
        times.push_back(msSince(start));
    }
    result.medianMs = middle(times);
    return result;
}

folio::LayoutSettings settingsAt(float widthPx, float sizePx) {
    folio::LayoutSettings settings;
    settings.viewportWidthPx = widthPx;
    settings.fontSizePx = sizePx;
    return settings;
}

// "285,000" for 285000.
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

void printRow(const std::string& words, const std::string& blocks, const char* operation, const Result& result) {
    const std::string lines = result.lines > 0 ? grouped(result.lines) : "";
    std::printf("%9s %7s  %-42s %10.3f %9s\n", words.c_str(), blocks.c_str(), operation, result.medianMs, lines.c_str());
}

// Benchmarks one article size and prints its rows.
void benchmark(std::size_t words, const folio::FontMetrics& metrics) {
    const folio::Article article = folio::bench::syntheticArticle(words);
    const std::string meta = folio::metaLine(article);
    const int constructionRuns = words >= kLargeArticleWords ? kRunsLargeConstruction : kRuns;

    const Result construct = median(constructionRuns, [&] {
        const folio::Typesetter typesetter(article, metrics, meta);
        return std::size_t{0};
    });
    // The same with fonts loaded afresh (outside the timing): every distinct word is shaped anew.
    std::vector<double> coldTimes;
    for (int i = 0; i < constructionRuns; ++i) {
        const std::unique_ptr<folio::TrueTypeMetrics> fresh = folio::test::makeNotoMetrics();
        const Clock::time_point start = Clock::now();
        const folio::Typesetter typesetter(article, *fresh, meta);
        coldTimes.push_back(msSince(start));
    }
    const Result cold{middle(coldTimes), 0};
    const Result firstSans = firstSansLayout(constructionRuns, article, metrics, meta);

    const folio::Typesetter typesetter(article, metrics, meta);
    const std::string count = grouped(folio::wordCount(article));
    const std::string blocks = grouped(article.body.size());
    printRow(count, blocks, "Typesetter construction (measures Serif)", construct);
    printRow("", "", "  the same, shaping cold (fresh fonts)", cold);
    const double thousands = static_cast<double>(folio::wordCount(article)) / 1000.0;
    printRow("", "", "  shaping + measuring per 1,000 words, cold", Result{cold.medianMs / thousands, 0});
    printRow("", "", "  shaping + measuring per 1,000 words, cached", Result{construct.medianMs / thousands, 0});
    for (const float width : {360.0f, 768.0f, 1280.0f}) {
        const Result result = median(kRuns, [&] { return typesetter.layout(settingsAt(width, 20.0f)).lines.size(); });
        const std::string operation = "layout() " + std::to_string(static_cast<int>(width)) + " px, 20 px";
        printRow("", "", operation.c_str(), result);
    }
    typesetter.layout(settingsAt(768.0f, 20.0f));
    const Result resized = median(kRuns, [&] { return typesetter.layout(settingsAt(768.0f, 22.0f)).lines.size(); });
    printRow("", "", "re-layout 768 px after 20 -> 22 px", resized);
    printRow("", "", "first Sans layout() 768 px (measures Sans)", firstSans);
}

}  // namespace

int main() {
    const folio::TrueTypeMetrics& metrics = folio::test::notoMetrics();
    std::printf("Folio native layout benchmark: synthetic articles (bench/synthetic_article.h), Noto fonts\n");
    std::printf("median of %d runs (%d for constructions of %s words); times in ms\n\n", kRuns,
                kRunsLargeConstruction, grouped(kLargeArticleWords).c_str());
    std::printf("%9s %7s  %-42s %10s %9s\n", "words", "blocks", "operation", "ms", "lines");
    std::printf("%s\n", std::string(82, '-').c_str());
    for (const std::size_t words : {std::size_t{285}, std::size_t{28500}, kLargeArticleWords}) {
        benchmark(words, metrics);
    }
    return 0;
}
