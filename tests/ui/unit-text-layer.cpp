// The text layer's outline and runs (src/ui/text_layer.h) for a laid-out article: the elements in
// reading order, and lines whose runs give back the article's own text.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "ui/reader_view.h"
#include "ui/text_layer.h"
#include "unit/test_fonts.h"

using namespace folio;
using nlohmann::json;

namespace {

Block paragraph(RichText text) {
    Block block;
    block.text = std::move(text);
    return block;
}

// Every kind of block, long enough to wrap at 400 px.
Article sampleArticle() {
    Article article;
    article.title = "A headline that is long enough to wrap onto a second line";
    article.source = "Folio";
    article.language = "en-GB";
    const std::string words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
    article.body.push_back(paragraph({TextRun{"Plain " + words + " ", false, false, {}},
                                      TextRun{"a link", false, false, "https://example.com/a"},
                                      TextRun{" and a script ", false, false, {}},
                                      TextRun{"that is no link", false, false, "javascript:alert(1)"},
                                      TextRun{" then the end.", true, false, {}}}));
    Block heading = paragraph({TextRun{"A section", false, false, {}}});
    heading.type = BlockType::Heading;
    heading.level = 3;
    article.body.push_back(heading);
    Block list;
    list.type = BlockType::List;
    list.ordered = true;
    list.items = {{TextRun{"First item " + words, false, false, {}}}, {TextRun{"Second", false, true, {}}}};
    article.body.push_back(list);
    Block quote = paragraph({TextRun{"A quoted sentence " + words, false, false, {}}});
    quote.type = BlockType::Quote;
    quote.cite = "Someone";
    article.body.push_back(quote);
    Block image;
    image.type = BlockType::Image;
    image.src = "picture.jpg";
    image.alt = "A harbour at dawn";
    image.caption = "The harbour, seen from the hill";
    image.width = 800;
    image.height = 400;
    article.body.push_back(image);
    return article;
}

// The text of `lines` (from textLayerGroups) as a reader would copy it: runs joined, a space where
// the line break took one, markers left out; one string per list item (or per line role).
std::map<std::string, std::string> textsOf(const json& lines) {
    std::map<std::string, std::string> texts;
    for (const json& line : lines) {
        const std::string key = line[1].get<std::string>() + std::to_string(line[0].get<int>());
        std::string& text = texts[key];
        for (const json& run : line[3]) {
            if (run[6] == static_cast<int>(ui::LayerRun::Marker)) continue;
            text += run[0].get<std::string>();
        }
        if (line[4] == 1) text += ' ';
    }
    return texts;
}

}  // namespace

TEST_CASE("the text layer's outline names each group's element and place, in reading order") {
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    view.showArticle(sampleArticle());
    const json outline = json::parse(ui::textLayerOutline(view.layout(), *view.laidOut(), 7, 48.0f));
    CHECK(outline["generation"] == 7);
    CHECK(outline["viewTop"] == 48.0);
    CHECK(outline["language"] == "en-GB");
    CHECK(outline["height"].get<float>() == doctest::Approx(view.layout().height));
    const json& groups = outline["groups"];
    // The body's 5 blocks, then the comments section the reader adds (a heading, "No comments
    // yet.", the link to the form).
    REQUIRE(groups.size() == 2 + view.laidOut()->body.size());
    REQUIRE(groups.size() == 2 + 5 + 3);
    const char* tags[] = {"h1", "p", "p", "h3", "ol", "blockquote", "figure", "h2", "p", "p"};
    float previousBottom = 0.0f;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        CAPTURE(i);
        CHECK(groups[i][0] == tags[i]);
        const float top = groups[i][2], bottom = groups[i][3];
        CHECK(top >= previousBottom - 0.01f);  // groups follow one another down the page
        CHECK(bottom > top);
        previousBottom = bottom;
    }
    CHECK(groups[1][1] == "meta");
    CHECK(groups[6][1] == "A harbour at dawn");
    CHECK(previousBottom <= view.layout().height);
}

TEST_CASE("the text layer's lines give back the article's text, links and list markers apart") {
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    const Article article = sampleArticle();
    view.showArticle(article);
    const json all = json::parse(ui::textLayerGroups(view.layout(), 0, 100, 3));
    CHECK(all["generation"] == 3);
    const json& groups = all["groups"];
    REQUIRE(groups.size() == 10);

    std::map<std::string, std::string> title = textsOf(groups[0]["lines"]);
    CHECK(title["title-1"] == article.title);
    CHECK(groups[0]["lines"].size() >= 2);  // it wrapped, and the break's space is given back

    const json& first = groups[2];
    CHECK(first["group"] == 2);
    CHECK(textsOf(first["lines"])["paragraph-1"] == plainText(article.body[0].text));
    std::string linked;  // the text of the runs that are links; the javascript: one is not
    for (const json& line : first["lines"]) {
        for (const json& run : line[3]) {
            if (!run[5].is_null()) {
                CHECK(run[5] == "https://example.com/a");
                linked += run[0].get<std::string>();
            }
            CHECK(run[3].get<float>() > 0.0f);
            CHECK(run[4].get<float>() > 0.0f);
        }
    }
    CHECK(linked == "a link");

    const std::map<std::string, std::string> items = textsOf(groups[4]["lines"]);
    CHECK(items.at("item0") == plainText(article.body[2].items[0]));
    CHECK(items.at("item1") == "Second");
    int markers = 0;
    for (const json& line : groups[4]["lines"]) {
        for (const json& run : line[3]) {
            if (run[6] != static_cast<int>(ui::LayerRun::Marker)) continue;
            ++markers;
            CHECK(run[0].get<std::string>().find('.') != std::string::npos);  // "1." and "2."
        }
    }
    CHECK(markers == 2);

    const std::map<std::string, std::string> quote = textsOf(groups[5]["lines"]);
    CHECK(quote.at("quote-1") == plainText(article.body[3].text));
    CHECK(quote.at("cite-1").find("Someone") != std::string::npos);

    const json& figure = groups[6];
    REQUIRE(figure["images"].size() == 1);
    CHECK(figure["images"][0][2].get<float>() > 0.0f);
    CHECK(figure["images"][0].size() == 4);
    // Given the article, its address too (a translated page shows the picture in the layer).
    const int at = figure["group"].get<int>();
    const json shown = json::parse(ui::textLayerGroups(view.layout(), at, at + 1, 3, view.laidOut()))["groups"];
    REQUIRE(shown.size() == 1);
    REQUIRE(shown[0]["images"][0].size() == 7);
    CHECK(shown[0]["images"][0][4].is_null());
    CHECK(shown[0]["images"][0][6] == article.body[4].src);
    CHECK(textsOf(figure["lines"]).at("caption-1") == article.body[4].caption);
}

TEST_CASE("the text layer asks for groups by range - baselines stay in their group's place") {
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    view.showArticle(sampleArticle());
    const json outline = json::parse(ui::textLayerOutline(view.layout(), *view.laidOut(), 1, 48.0f));
    const json some = json::parse(ui::textLayerGroups(view.layout(), 3, 5, 1));
    REQUIRE(some["groups"].size() == 2);
    CHECK(some["groups"][0]["group"] == 3);
    CHECK(some["groups"][1]["group"] == 4);
    for (const json& group : some["groups"]) {
        const json& extent = outline["groups"][group["group"].get<int>()];
        for (const json& line : group["lines"]) {
            CHECK(line[2].get<float>() > extent[2].get<float>());
            CHECK(line[2].get<float>() <= extent[3].get<float>());
        }
    }
    CHECK(json::parse(ui::textLayerGroups(view.layout(), 50, 60, 1))["groups"].empty());
    CHECK(json::parse(ui::textLayerGroups(view.layout(), -5, 1, 1))["groups"].size() == 1);
}

TEST_CASE("the viewer's comment link is an action of the layer, never a link") {
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    Article article = sampleArticle();
    article.comments.push_back(Comment{"Ann", "2014-07-12", "A comment."});
    view.showArticle(article);
    const json all = json::parse(ui::textLayerGroups(view.layout(), 0, 1000, 1));
    int actions = 0;
    for (const json& group : all["groups"]) {
        for (const json& line : group["lines"]) {
            for (const json& run : line[3]) {
                if (run[6] != static_cast<int>(ui::LayerRun::CommentAction)) continue;
                ++actions;
                CHECK(run[5].is_null());
            }
        }
    }
    CHECK(actions == 1);
}

TEST_CASE("the text layer's footnote marks and links back are runs of their own kinds, and each says where it goes") {
    Article article;
    article.title = "Noted";
    TextRun mark{"1", false, false, {}};
    mark.note = 0;
    article.body.push_back(paragraph({TextRun{"A claim", false, false, {}}, mark, TextRun{" made.", false, false, {}}}));
    article.notes.push_back({TextRun{"The source.", false, false, {}}});
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    view.showArticle(lowerForDrawing(article));
    const json all = json::parse(ui::textLayerGroups(view.layout(), 0, 100, 1));
    std::map<int, std::vector<std::pair<int, std::string>>> byGroup;  // group -> [kind, link] of its linked runs
    for (const json& group : all["groups"])
        for (const json& line : group["lines"])
            for (const json& run : line[3])
                if (!run[5].is_null()) byGroup[group["group"].get<int>()].emplace_back(run[6].get<int>(), run[5].get<std::string>());
    const int notesGroup = ui::kFirstBlockGroup + 2;  // the paragraph, the notes' heading, their list
    CHECK(byGroup[ui::kFirstBlockGroup] == std::vector<std::pair<int, std::string>>{{static_cast<int>(ui::LayerRun::NoteMark), "#folio-note-1"}});
    CHECK(byGroup[notesGroup] == std::vector<std::pair<int, std::string>>{{static_cast<int>(ui::LayerRun::NoteBack), "#folio-ref-1"}});

    const json toNote = json::parse(ui::textLayerLinkPlace(view.layout(), "#folio-note-1"));
    CHECK(toNote["group"] == notesGroup);
    CHECK(toNote["item"] == 0);
    CHECK(toNote["link"] == "");  // the note's first run is its text
    const json toMark = json::parse(ui::textLayerLinkPlace(view.layout(), "#folio-ref-1"));
    CHECK(toMark["group"] == ui::kFirstBlockGroup);
    CHECK(toMark["item"] == -1);
    CHECK(toMark["link"] == "#folio-note-1");
    CHECK(toMark["y"].get<float>() < toNote["y"].get<float>());
    CHECK(ui::textLayerLinkPlace(view.layout(), "#folio-note-2").empty());
}

TEST_CASE("the text layer says a nested list's depth and kind per item, and nothing for a flat list") {
    const ParseResult parsed = parseArticle(R"({"version": 1.1, "title": "T", "body": [
        {"type": "list", "ordered": true, "items": ["one", {"text": "two", "list": {"items": ["two a", {"text": "two b",
          "list": {"ordered": true, "items": ["i"]}}]}}, "three"]},
        {"type": "list", "items": ["flat", "list"]}]})");
    REQUIRE(parsed.ok);
    ui::ReaderView view(test::notoMetrics());
    view.setViewport(400.0f, 600.0f);
    view.showArticle(parsed.article);
    const json all = json::parse(ui::textLayerGroups(view.layout(), ui::kFirstBlockGroup, ui::kFirstBlockGroup + 2, 1, view.laidOut()));
    REQUIRE(all["groups"].size() == 2);
    CHECK(all["groups"][0]["items"] == json::parse("[[0, 1], [0, 1], [1, 0], [1, 0], [2, 1], [0, 1]]"));
    CHECK_FALSE(all["groups"][1].contains("items"));
    // Without the article, as before: no nesting said.
    CHECK_FALSE(json::parse(ui::textLayerGroups(view.layout(), ui::kFirstBlockGroup, ui::kFirstBlockGroup + 1, 1))["groups"][0].contains("items"));
}
