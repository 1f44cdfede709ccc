// Footnotes as drawn: each mark links to its note in the list at the end, each note links back to
// its first mark (folio/note_links.h), in the layout, the HTML copy and the text layer's places.
#include <doctest/doctest.h>

#include <string>

#include "folio/article_html.h"
#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/note_links.h"
#include "layout_text.h"
#include "test_fonts.h"

using namespace folio;

namespace {

// An article with two notes, the first marked twice, with enough text before the notes that
// they are laid out far below the marks.
Article notedArticle() {
    std::string filler;
    for (int i = 0; i < 40; ++i) filler += "The river ran under the street for ninety years and nobody saw it. ";
    const ParseResult parsed = parseArticle(R"({"version": 1.1, "title": "T", "body": [
        {"type": "paragraph", "text": ["First claim", {"text": "1", "note": "The council's minutes."}, " here."]},
        ")" + filler + R"(",
        {"type": "list", "items": [["Second claim", {"text": "2", "note": ["See ", {"text": "the report", "href": "https://example.com/r"}]}]]},
        {"type": "paragraph", "text": ["The first again", {"text": "1", "note": "The council's minutes."}]}]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    // The last mark marks the first note again, as the HTML import makes of two marks of one note
    // (in JSON each mark holds a note of its own).
    Article article = parsed.article;
    REQUIRE(article.notes.size() == 3);
    article.body[3].text[1].note = 0;
    article.notes.pop_back();
    return article;
}


}  // namespace

TEST_CASE("note links: each note's two targets name it, and nothing else is one") {
    CHECK(noteTarget(0) == "#folio-note-1");
    CHECK(markTarget(11) == "#folio-ref-12");
    const auto note = noteLinkOf("#folio-note-12");
    REQUIRE(note);
    CHECK(note->toNote);
    CHECK(note->note == 11);
    REQUIRE(noteLinkOf("#folio-ref-1"));
    CHECK_FALSE(noteLinkOf("#folio-ref-1")->toNote);
    for (const char* other : {"#folio-note-0", "#folio-note-01", "#folio-note-", "#folio-note-1x", "#folio-note-9999999999",
                              "folio-note-1", "https://example.com/#folio-note-1", "#note-1", ""})
        CHECK_MESSAGE(!noteLinkOf(other), other);
}

TEST_CASE("note links: lowered, every mark links to its note and each note in the list ends with its link back") {
    const Article a = lowerForDrawing(notedArticle());
    CHECK(a.notes.empty());
    CHECK(a.body[0].text[1].href == "#folio-note-1");
    CHECK(a.body[2].items[0][1].href == "#folio-note-2");
    CHECK(a.body[3].text[1].href == "#folio-note-1");
    const Block& notes = a.body.back();
    REQUIRE(notes.type == BlockType::List);
    REQUIRE(notes.items.size() == 2);
    CHECK(plainText(notes.items[0]) == "The council's minutes. " + std::string(kNoteBackText));
    CHECK(notes.items[0].back().href == "#folio-ref-1");
    CHECK(notes.items[1][1].href == "https://example.com/r");  // the note's own link stays
    CHECK(notes.items[1].back().href == "#folio-ref-2");
}

TEST_CASE("note links: in the layout a mark goes to its note's first line and a note back to its first mark") {
    const Article a = lowerForDrawing(notedArticle());
    const Typesetter typesetter(a, test::notoMetrics());
    const Layout layout = typesetter.layout(LayoutSettings{});
    const int notesBlock = static_cast<int>(a.body.size()) - 1;

    const auto toNote = layout.placeOfLink("#folio-note-1");
    REQUIRE(toNote);
    const Line& noteLine = layout.lines[toNote->line];
    CHECK(noteLine.block == notesBlock);
    CHECK(noteLine.item == 0);
    CHECK(test::textOf(layout, noteLine).find("The council") != std::string::npos);
    CHECK(noteLine.y > 1000.0f);  // far below the marks

    const auto toMark = layout.placeOfLink("#folio-ref-1");
    REQUIRE(toMark);
    CHECK(layout.lines[toMark->line].block == 0);  // the first of its two marks
    CHECK(layout.spans[toMark->span].text == "1");
    CHECK(layout.links[static_cast<std::size_t>(layout.spans[toMark->span].link)] == "#folio-note-1");

    const auto secondMark = layout.placeOfLink("#folio-ref-2");
    REQUIRE(secondMark);
    CHECK(layout.lines[secondMark->line].block == 2);
    CHECK(layout.lines[layout.placeOfLink("#folio-note-2")->line].item == 1);

    CHECK_FALSE(layout.placeOfLink("#folio-note-3"));  // no such note
    CHECK_FALSE(layout.placeOfLink("https://example.com/r"));
}

TEST_CASE("note links: the HTML copy links marks and notes both ways, the first mark holding the id") {
    const std::string html = articleHtml(lowerForDrawing(notedArticle()), "");
    CHECK(html.find(R"(<a href="#folio-note-1" id="folio-ref-1" role="doc-noteref"><sup>1</sup></a>)") != std::string::npos);
    CHECK(html.find(R"(<a href="#folio-note-1" role="doc-noteref"><sup>1</sup></a>)") != std::string::npos);  // the second mark
    CHECK(html.find(R"(id="folio-ref-2")") != std::string::npos);
    CHECK(html.find(R"(<li id="folio-note-1">The council&#39;s minutes. <a href="#folio-ref-1" role="doc-backlink")") != std::string::npos);
    CHECK(html.find(R"(<li id="folio-note-2">See <a href="https://example.com/r">the report</a>)") != std::string::npos);
}
