// Embeds (format 1.1): a card that links out, never an iframe: the poster across the top, then what
// the item is and who hosts it, its title and its site, on a tint as wide as the column; on paper
// the tint lies behind the poster; in the HTML copy a figure; and urlHost, which names the site.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/print_layout.h"
#include "folio/url_rules.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

// An article of a paragraph, the embed `embed` (JSON) and another paragraph, as drawn.
Article withEmbed(const std::string& embed) {
    const ParseResult parsed = parseArticle(R"({"version": 1.1, "title": "T", "body": ["Before.", )" + embed + R"(, "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return lowerForDrawing(parsed.article);
}

const char* kVideo = R"({"type": "embed", "kind": "video", "url": "https://www.Example-Video.com:443/watch?v=1",
    "title": "The brook, opened", "provider": "ExampleTube", "poster": "poster.jpg", "alt": "A brook in a town", "width": 1280, "height": 720})";

// Each line of block `block`: its role, item and text.
struct CardLine {
    LineRole role;
    int item;
    std::string text;
    int link;
};
std::vector<CardLine> cardOf(const Layout& layout, int block) {
    std::vector<CardLine> lines;
    for (const Line& line : layout.lines) {
        if (line.block == block) lines.push_back({line.role, line.item, test::textOf(layout, line), layout.spansOf(line).front().link});
    }
    return lines;
}

}  // namespace

TEST_CASE("embeds: urlHost names an http(s) URL's site, and nothing for other URLs") {
    CHECK(urlHost("https://www.Example.com/a?b#c") == "example.com");
    CHECK(urlHost("http://user:pw@news.example.org:8080") == "news.example.org");
    CHECK(urlHost("https://[2001:db8::1]:8443/x") == "[2001:db8::1]");
    CHECK(urlHost("https://www./") == "www.");
    for (const char* other : {"mailto:a@example.com", "javascript:alert(1)", "/relative", "", "https:///nohost"})
        CHECK_MESSAGE(urlHost(other).empty(), other);
}

TEST_CASE("embeds: a card of its poster, label, title and site on a tint as wide as the column") {
    const Article article = withEmbed(kVideo);
    REQUIRE(article.body[1].type == BlockType::Embed);  // drawn in its own form, not lowered
    const Typesetter typesetter(article, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 600.0f;
    const Layout layout = typesetter.layout(settings);
    std::vector<Box> boxes;
    for (const Box& box : layout.boxes)
        if (box.block == 1) boxes.push_back(box);
    REQUIRE(boxes.size() == 2);
    const Box& tint = boxes[0];  // first: drawn under the poster
    const Box& poster = boxes[1];
    CHECK(tint.kind == BoxKind::Tint);
    CHECK(poster.kind == BoxKind::Image);
    CHECK(tint.x == doctest::Approx(layout.columnX));
    CHECK(tint.width == doctest::Approx(layout.columnWidth));
    CHECK(poster.y == doctest::Approx(tint.y));
    CHECK(poster.width == doctest::Approx(layout.columnWidth));
    CHECK(poster.height == doctest::Approx(layout.columnWidth * 720.0f / 1280.0f));

    const std::vector<CardLine> lines = cardOf(layout, 1);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].role == LineRole::Caption);
    CHECK(lines[0].text == "Video \u00b7 ExampleTube");
    CHECK(lines[0].link < 0);
    CHECK(lines[1].role == LineRole::Heading);
    CHECK(lines[1].text == "The brook, opened");
    REQUIRE(lines[1].link >= 0);
    CHECK(layout.links[static_cast<std::size_t>(lines[1].link)] == "https://www.Example-Video.com:443/watch?v=1");
    CHECK(lines[2].role == LineRole::Caption);
    CHECK(lines[2].text == "example-video.com");
    CHECK(lines[2].link == lines[1].link);
    for (std::size_t i = 0; i < lines.size(); ++i) CHECK(lines[i].item == static_cast<int>(i));
    const float pad = layout_style::kEmbedPaddingEm * settings.fontSizePx;
    for (const Line& line : layout.lines) {
        if (line.block != 1) continue;
        CHECK(line.y >= poster.y + poster.height + pad - 0.01f);
        CHECK(line.x >= tint.x + pad - 0.01f);
        CHECK(line.y + line.height <= tint.y + tint.height - pad + 0.01f);
    }
}

TEST_CASE("embeds: without a poster the card is its text, and without a title the site is the title") {
    const Article article = withEmbed(R"({"type": "embed", "kind": "post", "url": "https://social.example/@river/1"})");
    const Typesetter typesetter(article, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    CHECK(std::none_of(layout.boxes.begin(), layout.boxes.end(), [](const Box& b) { return b.kind == BoxKind::Image; }));
    const std::vector<CardLine> lines = cardOf(layout, 1);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "Post");
    CHECK(lines[1].text == "social.example");
    CHECK(lines[1].link >= 0);
}

TEST_CASE("embeds: on paper the card's tint lies under its poster, which is its picture") {
    const Article article = withEmbed(kVideo);
    const PrintDocument document = paginate(article, test::notoMetrics(), PageSpec{});
    const PrintPage& page = document.pages.front();
    const auto tint = std::find_if(page.boxes.begin(), page.boxes.end(),
                                   [](const PrintBox& b) { return b.block == 1 && b.kind == BoxKind::Tint; });
    const auto poster = std::find_if(page.boxes.begin(), page.boxes.end(),
                                     [](const PrintBox& b) { return b.block == 1 && b.kind == BoxKind::Image; });
    REQUIRE(tint != page.boxes.end());
    REQUIRE(poster != page.boxes.end());
    CHECK(tint < poster);  // drawn first
    CHECK(poster->picture == "poster.jpg");
    CHECK(poster->alt == "A brook in a town");
    CHECK(tint->y == doctest::Approx(poster->y));
    for (const PrintRun& run : page.runs) {
        if (run.block != 1) continue;
        CHECK(run.tag == PrintTag::Caption);
        CHECK(run.baseline > poster->y + poster->height);
        CHECK(run.baseline < tint->y + tint->height);
    }
}

TEST_CASE("embeds: the HTML copy has a figure with the poster and a caption that links out, and no iframe") {
    const std::string html = articleHtml(withEmbed(kVideo), "");
    CHECK(html.find(R"(<figure class="folio-embed"><img src="poster.jpg" alt="A brook in a town" width="1280" height="720">)") != std::string::npos);
    CHECK(html.find(R"(<figcaption><p>Video · ExampleTube</p><p><a href="https://www.Example-Video.com:443/watch?v=1"><strong>The brook, opened</strong></a></p><p><a href="https://www.Example-Video.com:443/watch?v=1">example-video.com</a></p></figcaption></figure>)") != std::string::npos);
    CHECK(html.find("iframe") == std::string::npos);
}
