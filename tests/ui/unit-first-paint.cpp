// The first paint: the article as HTML and CSS set like the canvas, and folio-first-paint, which
// puts it into a page.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "folio/article_parse.h"
#include "ui/first_paint.h"
#include "ui/theme.h"
#include "ui/viewer.h"
#include "unit/command.h"

using namespace folio;
using folio::test::runCommand;
using folio::test::shellQuote;
using folio::test::TempFile;

#ifndef FOLIO_FIRST_PAINT_EXE
#error "FOLIO_FIRST_PAINT_EXE must name the folio-first-paint binary (the build defines it)"
#endif

namespace {

Article parsed(const std::string& json) {
    ParseResult result = parseArticle(json);
    REQUIRE_MESSAGE(result.ok, result.error.message);
    return std::move(result.article);
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const char* const kArticle = R"({"version":1,"title":"Rain & <wind>","source":"Folio","published":"2014-07-12",
  "body":[{"type":"paragraph","text":"First."},
          {"type":"image","src":"pictures/map.svg","alt":"A map","width":800,"height":400},
          {"type":"image","src":"https://example.com/b.png","alt":"B"}]})";

}  // namespace

TEST_CASE("the first paint's styles state the layout's proportions, the reader's choices and the themes") {
    const std::string head = ui::firstPaintStyles({}) + ui::firstPaintSettingsScript();
    CHECK(head.find(":root{--folio-em:20px;--folio-lh:1.6;--folio-measure:33}") != std::string::npos);
    CHECK(head.find(":root[data-folio-spacing=tight]{--folio-lh:1.4}") != std::string::npos);
    CHECK(head.find(":root[data-folio-spacing=loose]{--folio-lh:1.9}") != std::string::npos);
    CHECK(head.find(":root[data-folio-width=narrow]{--folio-measure:28}") != std::string::npos);
    CHECK(head.find(":root[data-folio-width=wide]{--folio-measure:40}") != std::string::npos);
    // The title at twice the body size, 1.6 times in a narrow view; the band of the toolbar.
    CHECK(head.find("h1{margin:0 0 calc(1.5*var(--folio-em));font-size:calc(2*var(--folio-em));line-height:1.2") !=
          std::string::npos);
    CHECK(head.find("@container (max-width:599.98px)") != std::string::npos);
    CHECK(head.find("h1{font-size:calc(1.6*var(--folio-em))}") != std::string::npos);
    CHECK(head.find("height:" + std::to_string(static_cast<int>(ui::toolbar_layout::kPointerSizes.toolbar)) + "px") !=
          std::string::npos);
    CHECK(head.find("@media (pointer:coarse){.folio-first-paint .folio-tools{height:56px}") != std::string::npos);
    // Colours of the themes, as the canvas draws them (sepia's page is #f4ecd8).
    CHECK(head.find(":root[data-folio-theme=sepia] .folio-first-paint{--folio-background:#f4ecd8;--folio-text:#5b4636") !=
          std::string::npos);
    CHECK(head.find("@media (prefers-color-scheme:dark){.folio-first-paint{--folio-background:#1c1b22") != std::string::npos);
    CHECK(head.find("@font-face{font-family:\"Folio Serif\";font-weight:700;src:url(\"fonts/NotoSerif-Bold.ttf\")}") !=
          std::string::npos);
    CHECK(head.find("unicode-range") == std::string::npos);
    // The script reads the stored settings under their versioned key and knows every choice.
    CHECK(head.find("localStorage.getItem(\"folio.settings.v1\")") != std::string::npos);
    CHECK(head.find("[\"theme\",\"theme\",[\"light\",\"sepia\",\"dark\"]]") != std::string::npos);
    CHECK(head.find("s.fontSizePx>=12&&s.fontSizePx<=40") != std::string::npos);
}

TEST_CASE("the first paint names exactly the font files its text needs, each for the characters it holds") {
    // A manifest as the build writes it: slices of the faces' fonts, fallbacks, and a font in slices
    // with a manifest of its own.
    const std::string manifest = R"({"NotoSerif-Regular.latin.ttf":[[32,126]],"NotoSerif-Regular.greek.ttf":[[768,879],[880,1023]],)"
                                 R"("NotoSans-Italic.latin.ttf":[[32,126]],"NotoNaskhArabic-Regular.ttf":[[1536,1791]],)"
                                 R"("NotoSansCJK-Regular-ja.json":[[12354,12355]]})";
    std::vector<std::string> asked;
    const auto readManifest = [&asked](const std::string& name) {
        asked.push_back(name);
        return name == "NotoSansCJK-Regular-ja.json"
                   ? std::string(R"({"NotoSansCJK-Regular-ja.00.otf":[[12354,12354]],"NotoSansCJK-Regular-ja.01.otf":[[12355,12355]]})")
                   : std::string();
    };
    ui::FirstPaintFonts fonts;
    fonts.files = ui::firstPaintFontFiles(manifest, "Hi \u03A9\u3042", "ja", readManifest);
    std::vector<std::string> names;
    for (const FallbackCoverage& file : fonts.files) names.push_back(file.file);
    // Greek from the serif's own slice, the kana from the one slice that has it; no Arabic.
    CHECK(names == std::vector<std::string>{"NotoSansCJK-Regular-ja.00.otf", "NotoSans-Italic.latin.ttf",
                                            "NotoSerif-Regular.greek.ttf", "NotoSerif-Regular.latin.ttf"});
    CHECK(asked == std::vector<std::string>{"NotoSansCJK-Regular-ja.json"});

    const std::string head = ui::firstPaintStyles(fonts);
    const std::string greek = "@font-face{font-family:\"Folio Serif\";src:url(\"fonts/NotoSerif-Regular.greek.ttf\");"
                              "unicode-range:U+300-36F,U+370-3FF}";
    const std::string italic = "@font-face{font-family:\"Folio Sans\";font-style:italic;src:url(\"fonts/NotoSans-Italic.latin.ttf\");"
                               "unicode-range:U+20-7E}";
    const std::string kana = "@font-face{font-family:\"Folio Serif\";src:url(\"fonts/NotoSansCJK-Regular-ja.00.otf\");"
                             "unicode-range:U+3042}";
    CHECK(head.find(greek) != std::string::npos);
    CHECK(head.find(italic) != std::string::npos);
    // A fallback of any style serves both families; the browser tries a family's rules last-defined
    // first, so the faces' own slices come after the fallbacks.
    REQUIRE(head.find(kana) != std::string::npos);
    CHECK(head.find(kana) < head.find(greek));
    CHECK(head.find("@font-face{font-family:\"Folio Sans\";src:url(\"fonts/NotoSansCJK-Regular-ja.00.otf\")") != std::string::npos);
    CHECK(head.find("Arabic") == std::string::npos);
    CHECK(head.find("ja.01") == std::string::npos);
    // A manifest that is not one names nothing.
    CHECK(ui::firstPaintFontFiles("[1,2]", "Hi", "en", readManifest).empty());
    // The emoji font's web copy holds no picture: an emoji only it has is left to the reader's fonts.
    const std::string emoji = R"({"NotoSerif-Regular.latin.ttf":[[32,126]],"NotoColorEmoji.ttf":[[129760,129760]]})";
    const std::vector<FallbackCoverage> withEmoji = ui::firstPaintFontFiles(emoji, "Hi \U0001FAE0", "en", readManifest);
    REQUIRE(withEmoji.size() == 1);
    CHECK(withEmoji[0].file == "NotoSerif-Regular.latin.ttf");
}

TEST_CASE("the first paint's markup is the article's HTML, with image sources relative to the page") {
    const std::string body = ui::firstPaintBody(parsed(kArticle), "articles/");
    // The toolbar's labels first, hidden from assistive technology, then the article.
    const std::string tools = "<div class=\"folio-tools\" aria-hidden=\"true\"><span data-tool=\"bookmarks\">Bookmarks</span>"
                              "<span data-tool=\"share\">Share</span><span data-tool=\"bookmark\">Save</span>"
                              "<span data-tool=\"print\">Print</span><span data-tool=\"smaller\">A\u2013</span>"
                              "<span data-tool=\"size\"></span><span data-tool=\"larger\">A+</span>"
                              "<span data-tool=\"settings\">Aa</span></div>\n";
    CHECK(body.rfind("<div class=\"folio-first-paint\">\n" + tools + "<article>\n<h1>Rain &amp; &lt;wind&gt;</h1>", 0) == 0);
    CHECK(body.find("<p class=\"folio-meta\">Folio \xC2\xB7 12\xC2\xA0July\xC2\xA0" "2014") != std::string::npos);
    CHECK(body.find("<img src=\"articles/pictures/map.svg\" alt=\"A map\" width=\"800\" height=\"400\">") !=
          std::string::npos);
    CHECK(body.find("<img src=\"https://example.com/b.png\"") != std::string::npos);
    const std::string end = "</article>\n</div>\n";
    CHECK(body.substr(body.size() - end.size()) == end);
}

TEST_CASE("a right-to-left article's first paint mirrors the toolbar, as the canvas does") {
    const std::string arabic = R"({"version": 1, "title": "\u0645\u0631\u062d\u0628\u0627", "language": "ar", "body": ["\u0646\u0635"]})";
    CHECK(ui::firstPaintBody(parsed(arabic), "").find("<div class=\"folio-tools\" dir=\"rtl\" aria-hidden=\"true\">") !=
          std::string::npos);
    CHECK(ui::firstPaintBody(parsed(kArticle), "").find("<div class=\"folio-tools\" aria-hidden=\"true\">") != std::string::npos);
    // Logical margins: the same rules mirror under dir=rtl.
    const std::string css = ui::firstPaintStyles(ui::FirstPaintFonts{});
    CHECK(css.find("margin-left") == std::string::npos);
    CHECK(css.find("margin-right") == std::string::npos);
    CHECK(css.find("[data-tool=share]{width:56px;margin-inline-start:auto}") != std::string::npos);
}

TEST_CASE("folio-first-paint puts the article into a page, and says why when it cannot") {
    TempFile page(".html"), article(".json"), out(".html");
    writeText(page.path(), "<head><!--folio:first-paint-head--></head><main><!--folio:first-paint--></main>");
    writeText(article.path(), kArticle);
    const std::string exe = shellQuote(FOLIO_FIRST_PAINT_EXE);
    const auto run = [&](const std::string& pagePath, const std::string& articlePath) {
        return runCommand(exe + " " + shellQuote(pagePath) + " " + shellQuote(articlePath) + " stories/rain.json " +
                          shellQuote(out.path()));
    };

    const test::CommandResult ok = run(page.path(), article.path());
    REQUIRE_MESSAGE(ok.status == 0, ok.output);
    const std::string written = readText(out.path());
    // The styles and the settings script are files beside the page (no inline style or script).
    const std::string stem = out.path().substr(0, out.path().size() - 5);
    const std::string name = stem.substr(stem.find_last_of('/') + 1);
    CHECK(written.rfind("<head><link rel=\"stylesheet\" href=\"" + name + ".first-paint.css\">\n<script src=\"" + name +
                        ".first-paint.js\"></script>\n</head><main><div class=\"folio-first-paint\">", 0) == 0);
    CHECK(readText(stem + ".first-paint.css").rfind(":root{", 0) == 0);
    CHECK(readText(stem + ".first-paint.js").find("localStorage.getItem(\"folio.settings.v1\")") != std::string::npos);
    std::filesystem::remove(stem + ".first-paint.css");
    std::filesystem::remove(stem + ".first-paint.js");
    CHECK(written.find("src=\"stories/pictures/map.svg\"") != std::string::npos);
    CHECK(written.find("<!--folio:") == std::string::npos);

    writeText(article.path(), R"({"version":1,"title":""})");
    const test::CommandResult invalid = run(page.path(), article.path());
    CHECK(invalid.status == 1);
    CHECK(invalid.output.find("is not a valid article: ") != std::string::npos);

    writeText(article.path(), kArticle);
    writeText(page.path(), "<head></head><main></main>");
    const test::CommandResult unmarked = run(page.path(), article.path());
    CHECK(unmarked.status == 1);
    CHECK(unmarked.output.find("lacks the markers <!--folio:first-paint-head--> and <!--folio:first-paint-->") !=
          std::string::npos);

    const test::CommandResult missing = run(page.path() + ".absent", article.path());
    CHECK(missing.status == 1);
    CHECK(missing.output.find("cannot read ") != std::string::npos);

    const test::CommandResult usage = runCommand(exe + " only-one-argument");
    CHECK(usage.status == 2);
    CHECK(usage.output.find("usage: folio-first-paint") != std::string::npos);
}
