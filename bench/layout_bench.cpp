// Native layout benchmark: prints how long the Typesetter takes to measure synthetic articles of
// 285, 28,500 and 285,000 words with the Noto fonts, and to lay them out at 360, 768 and 1280 px;
// then the word dictionaries (Thai, Lao, Khmer, Myanmar): their sizes, reading them, and what
// breaking the sample news of tests/fixtures/scripts between words costs per 1,000 characters.
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
#include "folio/article_parse.h"
#include "folio/fallback_fonts.h"
#include "folio/glyph_run.h"
#include "folio/layout.h"
#include "folio/utf8.h"
#include "folio/word_dictionary.h"
#include "synthetic_article.h"
#include "unit/test_fonts.h"

#ifndef FOLIO_DICTIONARY_DIR
#error "FOLIO_DICTIONARY_DIR must name the folder of the word dictionaries (the build makes them there)"
#endif
#ifndef FOLIO_SOURCE_DIR
#error "FOLIO_SOURCE_DIR must name the source folder (its tests/fixtures/scripts hold the sample news)"
#endif

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

// The sample news in `script` (tests/fixtures/scripts), its body repeated `times` times.
folio::Article sampleNews(folio::WordScript script, int times) {
    const char* name = script == folio::WordScript::Thai ? "th" : script == folio::WordScript::Lao ? "lo"
                       : script == folio::WordScript::Khmer ? "km" : "my";
    const std::vector<unsigned char> json =
        folio::readFileBytes(std::string(FOLIO_SOURCE_DIR) + "/tests/fixtures/scripts/" + name + ".json");
    folio::Article article = folio::parseArticle(std::string(json.begin(), json.end())).article;
    const std::vector<folio::Block> body = article.body;
    for (int i = 1; i < times; ++i) article.body.insert(article.body.end(), body.begin(), body.end());
    return article;
}

// The runs of `script` in `text` (its characters, joiners among them), as code points.
void runsOf(folio::WordScript script, const std::string& text, std::vector<std::u32string>& runs) {
    std::u32string run;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = folio::nextCodepoint(text, pos);
        if (folio::wordScriptOf(cp) == script || (!run.empty() && (cp == 0x200C || cp == 0x200D))) {
            run += cp;
        } else if (!run.empty()) {
            runs.push_back(run);
            run.clear();
        }
    }
    if (!run.empty()) runs.push_back(run);
}

// Median ms of `runs` constructions of a Typesetter for `article` with `metrics`.
double constructionMs(int runs, const folio::Article& article, const folio::FontMetrics& metrics) {
    return median(runs, [&] {
        const folio::Typesetter typesetter(article, metrics);
        return std::size_t{0};
    }).medianMs;
}

// Median ms of drawing (placeGlyphs) every span of `layout` once.
double drawingMs(const folio::Layout& layout, const folio::FontMetrics& metrics) {
    std::vector<folio::PlacedGlyph> placed;
    return median(kRuns, [&] {
        for (const folio::Span& span : layout.spans) {
            placed.clear();
            folio::placeGlyphs(metrics, span.face, span.text, span.sizePx, placed, span.level & 1);
        }
        return std::size_t{0};
    }).medianMs;
}

// The word dictionaries: sizes, reading, and the cost of the breaks in each script's sample news.
void benchmarkWords() {
    // The same fonts twice, one with the dictionaries: layout and drawing with and without them.
    const std::unique_ptr<folio::TrueTypeMetrics> plain = folio::test::makeNotoMetrics();
    const std::unique_ptr<folio::TrueTypeMetrics> words = folio::test::makeNotoMetrics();
    std::string error;
    folio::loadFallbackFonts(*plain, {FOLIO_FONT_DIR}, error);
    folio::loadFallbackFonts(*words, {FOLIO_FONT_DIR}, error);
    std::printf("\nWord dictionaries (%s): the sample news of each script, its body 40 times; times in ms\n",
                FOLIO_DICTIONARY_DIR);
    std::printf("%-8s %9s %7s %8s %10s %10s %11s %11s %10s %10s %6s\n", "script", "bytes", "words", "read", "characters",
                "segment", "per 1,000", "measure", "with", "draw/with", "lines");
    std::printf("%s\n", std::string(111, '-').c_str());
    for (const folio::WordScript script : {folio::WordScript::Thai, folio::WordScript::Lao, folio::WordScript::Khmer,
                                           folio::WordScript::Myanmar}) {
        const std::vector<unsigned char> bytes =
            folio::readFileBytes(std::string(FOLIO_DICTIONARY_DIR) + "/" + folio::wordDictionaryFile(script));
        std::unique_ptr<folio::WordDictionary> dictionary;
        const double readMs = median(kRuns, [&] {
            dictionary = folio::WordDictionary::read(bytes, error);
            return std::size_t{0};
        }).medianMs;
        if (!dictionary) {
            std::printf("%-8s cannot be read: %s\n", folio::wordScriptName(script), error.c_str());
            continue;
        }
        words->addWordDictionary(bytes, error);
        const folio::Article article = sampleNews(script, 40);
        std::vector<std::u32string> runs;
        std::size_t characters = 0;
        folio::forEachShownText(article, [&](const std::string& text) { runsOf(script, text, runs); });
        for (const std::u32string& run : runs) characters += run.size();
        std::vector<std::uint32_t> boundaries;
        const double segmentMs = median(kRuns, [&] {
            boundaries.clear();
            for (const std::u32string& run : runs) folio::findWordBoundaries(*dictionary, run, boundaries);
            return boundaries.size();
        }).medianMs;
        const double without = constructionMs(kRuns, article, *plain);
        const double with = constructionMs(kRuns, article, *words);
        const folio::Typesetter typesetter(article, *words);
        const folio::Layout layout = typesetter.layout(settingsAt(768.0f, 20.0f));
        const double drawWith = drawingMs(layout, *words);
        const folio::Typesetter plainTypesetter(article, *plain);
        const double drawWithout = drawingMs(plainTypesetter.layout(settingsAt(768.0f, 20.0f)), *plain);
        std::printf("%-8s %9s %7s %8.3f %10s %10.3f %11.4f %11.3f %10.3f %4.2f/%-5.2f %6s\n", folio::wordScriptName(script),
                    grouped(bytes.size()).c_str(), grouped(dictionary->wordCount()).c_str(), readMs,
                    grouped(characters).c_str(), segmentMs, segmentMs * 1000.0 / static_cast<double>(characters),
                    without, with, drawWithout, drawWith, grouped(layout.lines.size()).c_str());
    }
    std::printf("read: reading and checking the file; segment: findWordBoundaries over the runs of the script, per\n"
                "1,000 of their characters in the next column; measure, with: Typesetter construction without and with\n"
                "the dictionary (shaping cached); draw: placeGlyphs of every span at 768 px, without/with, of the\n"
                "layout's lines\n");
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
    benchmarkWords();
    return 0;
}
