// articleHtml: semantic, escaped HTML of an article; articleSlug: file names.
#include <doctest/doctest.h>

#include "folio/article_html.h"
#include "folio/article_meta.h"

using namespace folio;

namespace {
Block paragraph(RichText text) {
    Block b;
    b.text = std::move(text);
    return b;
}
}  // namespace

TEST_CASE("html: every block type becomes its element, text is escaped") {
    Article a;
    a.title = "Cats & <dogs>";
    a.url = "https://example.com/a?x=1&y=2";
    a.body.push_back(paragraph({TextRun{"Plain \"quoted\" ", false, false, {}}, TextRun{"stress", true, false, {}},
                                TextRun{" and ", false, false, {}}, TextRun{"bold link", false, true, "https://e.com/?a=1&b=2"}}));
    Block h;
    h.type = BlockType::Heading;
    h.level = 3;
    h.text = {TextRun{"Section", false, false, {}}};
    a.body.push_back(h);
    Block q;
    q.type = BlockType::Quote;
    q.text = {TextRun{"Words.", false, false, {}}};
    q.cite = "Someone";
    a.body.push_back(q);
    Block l;
    l.type = BlockType::List;
    l.ordered = true;
    l.items = {{TextRun{"one", false, false, {}}}, {TextRun{"two", false, false, {}}}};
    a.body.push_back(l);
    Block img;
    img.type = BlockType::Image;
    img.src = "images/river.jpg";
    img.alt = "A river";
    img.caption = "The river in May";
    img.width = 800;
    img.height = 600;
    a.body.push_back(img);

    const std::string html = articleHtml(a, "Folio \u00B7 2 min read");
    CHECK(html.find("<h1>Cats &amp; &lt;dogs&gt;</h1>") != std::string::npos);
    CHECK(html.find("<p class=\"folio-meta\">Folio \u00B7 2 min read</p>") != std::string::npos);
    CHECK(html.find("<p>Plain &quot;quoted&quot; <em>stress</em> and "
                    "<a href=\"https://e.com/?a=1&amp;b=2\"><strong>bold link</strong></a></p>") != std::string::npos);
    CHECK(html.find("<h3>Section</h3>") != std::string::npos);
    CHECK(html.find("<blockquote><p>Words.</p><footer>\u2014 Someone</footer></blockquote>") != std::string::npos);
    CHECK(html.find("<ol><li>one</li><li>two</li></ol>") != std::string::npos);
    CHECK(html.find("<figure><img src=\"images/river.jpg\" alt=\"A river\" width=\"800\" height=\"600\">"
                    "<figcaption>The river in May</figcaption></figure>") != std::string::npos);
    CHECK(html.find("href=\"https://example.com/a?x=1&amp;y=2\"") != std::string::npos);
}

TEST_CASE("html: links and images with other schemes are never emitted") {
    Article a;
    a.title = "T";
    a.body.push_back(paragraph({TextRun{"click", false, false, "javascript:alert(1)"}}));
    Block img;
    img.type = BlockType::Image;
    img.src = "data:image/png;base64,AAAA";
    img.alt = "x";
    a.body.push_back(img);
    a.url = "file:///etc/passwd";
    const std::string html = articleHtml(a, "");
    CHECK(html.find("javascript") == std::string::npos);
    CHECK(html.find("data:") == std::string::npos);
    CHECK(html.find("file:") == std::string::npos);
    CHECK(html.find("<p>click</p>") != std::string::npos);
    CHECK(html.find("folio-meta") == std::string::npos);
}

TEST_CASE("slug: lower-case words joined by hyphens") {
    Article a;
    a.title = "Hagel reiterates US-Japan alliance";
    CHECK(articleSlug(a) == "hagel-reiterates-us-japan-alliance");
    a.title = "  Zürich: “Quotes” — and 2 dashes!  ";
    CHECK(articleSlug(a) == "z-rich-quotes-and-2-dashes");
    a.title = "¿¡—!?";
    CHECK(articleSlug(a) == "article");
    a.title = std::string(200, 'x');
    CHECK(articleSlug(a).size() == 80);
}
