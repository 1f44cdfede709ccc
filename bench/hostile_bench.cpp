// Hostile but valid articles, natively: what each stage costs for shapes at or near the parser's limits
// (a long member name over many values, many long lists, documents at and over the size limit). A program,
// not a test: run build/native/folio_hostile_bench (a Release build) and read the table. Each stage
// is run once (the shapes are large); peak memory is the process's resident high-water mark so far.
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

#include "folio/article_meta.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "unit/test_fonts.h"

namespace {

using Clock = std::chrono::steady_clock;

// Milliseconds that `work` takes.
double timed(const std::function<void()>& work) {
    const Clock::time_point start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The process's peak resident memory in MB (VmHWM of /proc/self/status); 0 when unknown.
double peakMb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
}

// {"title":"T","body":["x"],"<keyBytes × k>":["",...]} with `values` empty strings.
std::string longKeyDocument(std::size_t keyBytes, std::size_t values) {
    std::string json = R"({"title":"Long key","body":["x"],")" + std::string(keyBytes, 'k') + "\":[";
    for (std::size_t i = 0; i < values; ++i) json += i == 0 ? "\"\"" : ",\"\"";
    return json + "]}";
}

// `lists` lists of `items` short items each.
std::string listsDocument(std::size_t lists, std::size_t items) {
    std::string json = R"({"title":"Lists","body":[)";
    for (std::size_t l = 0; l < lists; ++l) {
        json += l == 0 ? "{\"type\":\"list\",\"items\":[" : ",{\"type\":\"list\",\"items\":[";
        for (std::size_t i = 0; i < items; ++i) json += (i == 0 ? "\"item " : ",\"item ") + std::to_string(i) + "\"";
        json += "]}";
    }
    return json + "]}";
}

// Paragraphs of ordinary prose up to `bytes` in all.
std::string proseDocument(std::size_t bytes) {
    const std::string sentence = "The council met again on Tuesday evening to hear the residents of the valley speak. ";
    const std::string paragraph = "\"" + sentence + sentence + sentence + sentence + sentence + "\"";
    std::string json = R"({"title":"Prose","body":[)" + paragraph;
    while (json.size() + paragraph.size() + 3 < bytes) json += "," + paragraph;
    return json + "]}";
}

void run(const char* name, const std::string& json, const folio::TrueTypeMetrics& metrics, bool print) {
    folio::ParseResult parsed;
    const double parseMs = timed([&] { parsed = folio::parseArticle(json); });
    if (!parsed.ok) {
        std::printf("%-28s %8.1f MB  refused: %s\n", name, json.size() / 1048576.0, parsed.error.message.c_str());
        return;
    }
    double constructMs = 0.0, layoutMs = 0.0, paginateMs = 0.0, pdfMs = 0.0;
    std::size_t lines = 0, pages = 0;
    {
        const std::string meta = folio::metaLine(parsed.article);
        std::unique_ptr<folio::Typesetter> typesetter;
        constructMs = timed([&] { typesetter = std::make_unique<folio::Typesetter>(parsed.article, metrics, meta); });
        folio::LayoutSettings settings;
        settings.viewportWidthPx = 768.0f;
        layoutMs = timed([&] { lines = typesetter->layout(settings).lines.size(); });
    }
    if (print) {
        folio::PrintDocument document;
        paginateMs = timed([&] { document = folio::paginate(parsed.article, metrics, folio::PageSpec{}); });
        pages = document.pages.size();
        pdfMs = timed([&] { folio::writePdf(document, metrics, ""); });
    }
    std::printf("%-28s %8.1f MB %9.1f %9.1f %9.1f %10.1f %9.1f %9zu %7zu %8.0f\n", name, json.size() / 1048576.0,
                parseMs, constructMs, layoutMs, paginateMs, pdfMs, lines, pages, peakMb());
}

// One shape of the table: its name, its document and whether it is also paginated and printed.
struct Shape {
    const char* name;
    std::function<std::string()> document;
    bool print;
};

}  // namespace

// Without an argument: the table, each shape measured in a fresh process (`argv[0] <index>`), so that
// its peak memory is its own.
int main(int argc, char** argv) {
    const Shape shapes[] = {
        {"key 1,600 B x 300,000", [] { return longKeyDocument(1600, 300000); }, true},
        {"key 20,000 B x 300,000", [] { return longKeyDocument(20000, 300000); }, true},
        {"10 lists x 10,000 items", [] { return listsDocument(10, 10000); }, true},
        {"100 lists x 10,000 items", [] { return listsDocument(100, 10000); }, false},
        {"70 lists x 7,000 items", [] { return listsDocument(70, 7000); }, false},
        {"prose, 8 MB (the limit)", [] { return proseDocument((8u << 20) - 1024); }, true},
        {"prose, 32 MB", [] { return proseDocument(32u << 20); }, false},
    };
    const std::size_t count = sizeof shapes / sizeof shapes[0];
    if (argc == 2) {
        const std::size_t index = std::stoul(argv[1]);
        if (index >= count) return 2;
        const std::string json = shapes[index].document();
        run(shapes[index].name, json, folio::test::notoMetrics(), shapes[index].print);
        return 0;
    }
    std::printf("Folio hostile-input benchmark (native, Noto fonts, one run each, each shape in its own process);\n"
                "times in ms, layout at 768 px; peak MB includes the document text and the fonts\n\n");
    std::printf("%-28s %11s %9s %9s %9s %10s %9s %9s %7s %8s\n", "shape", "size", "parse", "typeset", "layout",
                "paginate", "pdf", "lines", "pages", "peak MB");
    std::printf("%s\n", std::string(118, '-').c_str());
    std::fflush(stdout);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string command = std::string("\"") + argv[0] + "\" " + std::to_string(i);
        if (std::system(command.c_str()) != 0) std::printf("%-28s failed\n", shapes[i].name);
        std::fflush(stdout);
    }
    return 0;
}
