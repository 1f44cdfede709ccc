// Galleries (format 1.1): their pictures in rows, two to a row on a wide screen and one on phones
// and paper, each with its caption under it, then the gallery's caption; each picture fetched and
// drawn as itself (folio::shownPictures); on paper a Div of Figures and Captions; in the HTML copy
// a figure of figures.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "folio/article_html.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/print_layout.h"
#include "test_fonts.h"

using namespace folio;

namespace {

const char* kGallery = R"({"type": "gallery", "caption": "The brook through the year.", "images": [
    {"src": "spring.jpg", "alt": "Spring", "caption": "In spring the banks are green and the water runs high.", "width": 800, "height": 600},
    {"src": "summer.jpg", "alt": "Summer", "caption": "Summer.", "credit": "J. Doe", "width": 600, "height": 800},
    {"src": "autumn.jpg", "alt": "Autumn"}]})";

Article withGallery() {
    const ParseResult parsed = parseArticle(std::string(R"({"version": 1.1, "title": "T", "body": ["Before.", )") + kGallery + R"(, "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return lowerForDrawing(parsed.article);
}

std::vector<Box> picturesOf(const Layout& layout) {
    std::vector<Box> boxes;
    for (const Box& box : layout.boxes)
        if (box.kind == BoxKind::Image && box.block == 1) boxes.push_back(box);
    return boxes;
}

}  // namespace

TEST_CASE("galleries: shownPictures names each picture of a gallery, after the blocks' own, in reading order") {
    const std::vector<ShownPicture> shown = shownPictures(withGallery());
    REQUIRE(shown.size() == 3);
    CHECK(shown[0].block == 1);
    CHECK(shown[0].item == 0);
    CHECK(shown[1].src == "summer.jpg");
    CHECK(shown[2].alt == "Autumn");
}

TEST_CASE("galleries: two pictures to a row on a wide screen, each caption under its picture, the gallery's caption last") {
    const Article article = withGallery();
    const Typesetter typesetter(article, test::notoMetrics());
    LayoutSettings settings;
    settings.viewportWidthPx = 1000.0f;
    const Layout layout = typesetter.layout(settings);
    const std::vector<Box> pictures = picturesOf(layout);
    REQUIRE(pictures.size() == 3);
    for (int i = 0; i < 3; ++i) CHECK(pictures[static_cast<std::size_t>(i)].item == i);
    CHECK(pictures[0].y == doctest::Approx(pictures[1].y));  // side by side
    CHECK(pictures[1].x > pictures[0].x + pictures[0].width);
    CHECK(pictures[2].y > pictures[0].y + pictures[0].height);  // the next row
    CHECK(pictures[0].height == doctest::Approx(pictures[0].width * 0.75f));
    CHECK(pictures[2].height == doctest::Approx(pictures[2].width * 0.75f));  // 4:3 when its size is unknown
    // Lines stay in increasing y; each picture's caption is under it, in its cell.
    for (std::size_t i = 1; i < layout.lines.size(); ++i) CHECK(layout.lines[i].y >= layout.lines[i - 1].y);
    std::vector<int> captioned;
    float ownCaptionY = 0.0f;
    for (const Line& line : layout.lines) {
        if (line.block != 1) continue;
        CHECK(line.role == LineRole::Caption);
        if (line.item < 0) {
            ownCaptionY = line.y;
            continue;
        }
        const Box& picture = pictures[static_cast<std::size_t>(line.item)];
        CHECK(line.y >= picture.y + picture.height);
        CHECK(line.x >= picture.x - 0.01f - (pictures[1].x - pictures[0].x));
        if (std::find(captioned.begin(), captioned.end(), line.item) == captioned.end()) captioned.push_back(line.item);
    }
    std::sort(captioned.begin(), captioned.end());
    CHECK(captioned == std::vector<int>{0, 1});  // the third has no caption
    CHECK(ownCaptionY > pictures[2].y + pictures[2].height);
}

TEST_CASE("galleries: one picture to a row on a phone and on paper") {
    const Article article = withGallery();
    const Typesetter typesetter(article, test::notoMetrics());
    LayoutSettings phone;
    phone.viewportWidthPx = 390.0f;
    const std::vector<Box> pictures = picturesOf(typesetter.layout(phone));
    REQUIRE(pictures.size() == 3);
    CHECK(pictures[1].y > pictures[0].y + pictures[0].height);

    const PrintDocument document = paginate(article, test::notoMetrics(), PageSpec{});
    std::vector<const PrintBox*> printed;
    for (const PrintPage& page : document.pages)
        for (const PrintBox& box : page.boxes)
            if (box.kind == BoxKind::Image && box.block == 1) printed.push_back(&box);
    REQUIRE(printed.size() == 3);
    CHECK(printed[0]->picture == "spring.jpg");
    CHECK(printed[1]->alt == "Summer");
    CHECK(printed[2]->item == 2);
    for (const PrintPage& page : document.pages)
        for (const PrintRun& run : page.runs)
            if (run.block == 1) CHECK((run.tag == PrintTag::PictureCaption) == (run.item >= 0));
}

TEST_CASE("galleries: the HTML copy has a figure of figures, each with its caption and credit") {
    const std::string html = articleHtml(withGallery(), "");
    CHECK(html.find(R"(<figure class="folio-gallery"><figure><img src="spring.jpg" alt="Spring" width="800" height="600"><figcaption>In spring the banks are green and the water runs high.</figcaption></figure><figure><img src="summer.jpg" alt="Summer" width="600" height="800"><figcaption>Summer. <small>J. Doe</small></figcaption></figure><figure><img src="autumn.jpg" alt="Autumn"></figure><figcaption>The brook through the year.</figcaption></figure>)") != std::string::npos);
}
