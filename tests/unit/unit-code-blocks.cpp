// Code blocks: set as written in the monospace face on a tint, never reflowed; on screen a line
// wider than the column runs on (a sideways area the screen scrolls); on paper it wraps, each
// continuation marked, and the PDF tags the lines as Code.
#include <doctest/doctest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/layout_style.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "command.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

const char* kArticle = R"({"version": 1.1, "title": "Code", "body": ["Before.",
    {"type": "code", "language": "python", "text": "def double(x):\n\treturn x * 2\n\n# a comment that is much longer than any column a phone or a page can hold, so it must run on or wrap\n"},
    "After."]})";

Article article() {
    const ParseResult parsed = parseArticle(kArticle);
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return parsed.article;
}

// The text of each line of `role`, its spans joined.
std::vector<std::string> linesOf(const Layout& layout, LineRole role) {
    std::vector<std::string> out;
    for (const Line& line : layout.lines) {
        if (line.role == role) out.push_back(test::textOf(layout, line));
    }
    return out;
}

}  // namespace

TEST_CASE("code: each line as written, tabs set to spaces, blank lines kept, on a tint, in the monospace face") {
    const Article a = article();
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 700.0f;
    const Layout layout = typesetter.layout(settings);
    const std::vector<std::string> lines = linesOf(layout, LineRole::Code);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "def double(x):");
    CHECK(lines[1] == "    return x * 2");  // the tab to the next multiple of four columns
    CHECK(lines[2].empty());
    CHECK(lines[3].rfind("# a comment that is much longer", 0) == 0);
    float top = 0.0f, bottom = 0.0f;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Code) continue;
        if (top == 0.0f) top = line.y;
        bottom = line.y + line.height;
        CHECK(line.height == doctest::Approx(settings.fontSizePx * layout_style::kCodeScale * layout_style::kCodeLineHeight));
        for (const Span& span : layout.spansOf(line)) CHECK(span.face == FontFace::Mono);
    }
    const auto tint = std::find_if(layout.boxes.begin(), layout.boxes.end(), [](const Box& b) { return b.kind == BoxKind::Tint; });
    REQUIRE(tint != layout.boxes.end());
    CHECK(tint->block == 1);
    CHECK(tint->x == doctest::Approx(layout.columnX));
    CHECK(tint->width == doctest::Approx(layout.columnWidth));
    CHECK(tint->y < top);
    CHECK(tint->y + tint->height > bottom);
    // The long line runs on: a sideways area as wide as the tint shows it.
    REQUIRE(layout.sideways.size() == 1);
    CHECK(layout.sideways[0].block == 1);
    CHECK(layout.sideways[0].width == doctest::Approx(tint->width));
    CHECK(layout.sideways[0].contentWidth > layout.sideways[0].width);
    // The HTML copy: a pre with the code as written.
    const std::string html = articleHtml(a, "", "");
    CHECK(html.find("<pre><code class=\"language-python\">def double(x):\n\treturn x * 2\n\n# a comment") != std::string::npos);
}

TEST_CASE("code: wrapped on paper, each continuation marked in the margin, tagged Code - pdftotext gives the code back") {
    const Article a = article();
    const Typesetter typesetter(a, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 360.0f;
    settings.wrapCode = true;
    const Layout layout = typesetter.layout(settings);
    CHECK(layout.sideways.empty());
    std::size_t continuations = 0;
    for (const Line& line : layout.lines) {
        if (line.role != LineRole::Code) continue;
        CHECK(line.x + line.width <= layout.columnX + layout.columnWidth + 0.01f);
        const SpanRange spans = layout.spansOf(line);
        if (!spans.empty() && spans[0].text == "\u21AA") {
            ++continuations;
            CHECK(spans[0].x + spans[0].width <= line.x);  // the mark stands left of the text
        }
    }
    CHECK(continuations >= 2);

    // Printed: the same lines, the marks not part of the text.
    const PrintDocument doc = paginate(a, test::notoMetrics(), PageSpec{});
    const PdfResult pdf = writePdf(doc, test::notoMetrics(), "2026-12-07T00:00:00Z");
    REQUIRE(pdf.ok);
    CHECK(std::string(pdf.bytes.begin(), pdf.bytes.end()).find("/S/Code") != std::string::npos);
    test::TempFile file(".pdf");
    test::writeFile(file.path(), pdf.bytes);
    test::requireTool("pdftotext");
    const test::CommandResult text = test::runCommand("pdftotext -layout " + test::shellQuote(file.path()) + " -");
    REQUIRE(text.status == 0);
    test::checkInOrder(text.output, {"def double(x):", "    return x * 2", "# a comment that", "After."});
}
