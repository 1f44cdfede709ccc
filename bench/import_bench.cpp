// Native HTML import benchmark: prints how long a post in HTML takes to become a laid-out article.
// The synthetic articles of bench/synthetic_article.h (28,500 and 285,000 words) written as HTML
// (<h2>, <p> with <em>, <strong> and <a href>) are timed through each step: Gumbo's parse into the
// flat tree, the mapping onto blocks (importHtml, which includes the parse), readArticle of the
// 28,500-word post as a WordPress REST API post (JSON, HTML, featured image), then the
// Typesetter's construction and a layout at 768 px. A program, not a test: run
// build/native/folio_import_bench (a Release build) and read the table.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "folio/article.h"
#include "folio/article_meta.h"
#include "folio/article_sources.h"
#include "folio/html_import.h"
#include "folio/html_tree.h"
#include "folio/layout.h"
#include "synthetic_article.h"
#include "unit/test_fonts.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRuns = 7;

// The medians of `runs` calls of `work`: wall-clock time and the process's CPU time, in ms (on a
// machine busy with other work the CPU time is the steadier figure).
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

Timing medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const Clock::time_point start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        work();
        cpu.push_back(static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// `text` with &, < and > escaped (and " in attributes).
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

// The article's body as a publisher's HTML: blocks apart by blank lines, as WordPress renders them.
std::string articleAsHtml(const folio::Article& article) {
    std::string html;
    for (const folio::Block& block : article.body) {
        const bool heading = block.type == folio::BlockType::Heading;
        html += heading ? "<h2 class=\"wp-block-heading\">" : "<p>";
        for (const folio::TextRun& run : block.text) {
            std::string text = escaped(run.text);
            if (run.em) text = "<em>" + text + "</em>";
            if (run.strong) text = "<strong>" + text + "</strong>";
            if (!run.href.empty()) text = "<a href=\"" + escaped(run.href) + "\">" + text + "</a>";
            html += text;
        }
        html += heading ? "</h2>\n\n\n\n" : "</p>\n\n\n\n";
    }
    return html;
}

void row(const char* what, std::size_t bytes, Timing t) {
    const std::string size = bytes > 0 ? std::to_string((bytes + 512) / 1024) + " KB" : std::string();
    std::printf("  %-56s %9s %10.1f %10.1f\n", what, size.c_str(), t.wallMs, t.cpuMs);
}

void benchmark(std::size_t words, const folio::FontMetrics& metrics) {
    const folio::Article synthetic = folio::bench::syntheticArticle(words);
    const std::string html = articleAsHtml(synthetic);
    folio::ParseLimits limits;
    limits.maxInputBytes = std::max(limits.maxInputBytes, html.size());
    const std::string title = std::to_string(folio::wordCount(synthetic)) + " words, " +
                              std::to_string(synthetic.body.size()) + " blocks";
    std::printf("%-58s %9s %10s %10s\n", title.c_str(), "input", "wall ms", "cpu ms");

    row("parse: HTML to tree (Gumbo)", html.size(), medianMs(kRuns, [&] {
        folio::HtmlTree tree;
        std::string error;
        folio::htmlParser()(html, tree, error);
    }));
    folio::HtmlImport imported;
    row("importHtml: parse + map onto blocks", html.size(), medianMs(kRuns, [&] {
        imported = folio::importHtml(html, "https://example.com/2025/04/post/", limits);
    }));
    if (!imported.ok || imported.body.size() != synthetic.body.size()) {
        std::printf("  the import went wrong: %s (%zu blocks)\n", imported.error.c_str(), imported.body.size());
        return;
    }
    // From the post to an article: readArticle of a WordPress post when its HTML fits in a JSON
    // string, else importHtml of the HTML.
    std::function<folio::Article()> read = [&] {
        folio::Article a = synthetic;
        a.body = folio::importHtml(html, "https://example.com/2025/04/post/", limits).body;
        return a;
    };
    std::string json;
    if (html.size() <= folio::ParseLimits{}.maxStringBytes) {
        const nlohmann::json post = {
            {"id", 1},
            {"date_gmt", "2025-04-03T08:30:00"},
            {"link", "https://example.com/2025/04/post/"},
            {"title", {{"rendered", synthetic.title}}},
            {"content", {{"rendered", html}}},
            {"excerpt", {{"rendered", "<p>A synthetic post.</p>"}}},
            {"_embedded", {{"author", {{{"name", "A. Writer"}}}},
                           {"wp:featuredmedia", {{{"source_url", "https://example.com/hero.jpg"}, {"alt_text", "A picture"}}}}}}};
        json = post.dump();
        read = [&] { return folio::readArticle(json).article; };
        row("readArticle: a WordPress post (JSON + HTML)", json.size(), medianMs(kRuns, [&] { read(); }));
    } else {
        std::printf("  (no WordPress post: its HTML is over the 1 MB a JSON string may hold; importHtml instead)\n");
    }
    const folio::Article article = read();
    const std::string meta = folio::metaLine(article);
    row("Typesetter construction (measures the text)", 0, medianMs(kRuns, [&] {
        const folio::Typesetter typesetter(article, metrics, meta);
    }));
    const folio::Typesetter typesetter(article, metrics, meta);
    folio::LayoutSettings settings;
    settings.viewportWidthPx = 768.0f;
    row("layout() at 768 px", 0, medianMs(kRuns, [&] { typesetter.layout(settings); }));
    row("post to laid-out article: read + construction + layout", 0, medianMs(kRuns, [&] {
        const folio::Article a = read();
        const folio::Typesetter t(a, metrics, folio::metaLine(a));
        t.layout(settings);
    }));
    std::printf("\n");
}

}  // namespace

int main() {
    const folio::TrueTypeMetrics& metrics = folio::test::notoMetrics();
    std::printf("Folio native HTML import benchmark: synthetic articles as HTML, Noto fonts; median of %d runs\n\n", kRuns);
    for (const std::size_t words : {std::size_t{28500}, std::size_t{285000}}) benchmark(words, metrics);
    return 0;
}
