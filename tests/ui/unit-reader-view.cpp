// ReaderView under a headless Dear ImGui context: content, font size, reading position, drawing.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "folio/article_meta.h"
#include "ui/font_atlas.h"
#include "ui/reader_view.h"
#include "headless_imgui.h"
#include "unit/test_fonts.h"

using namespace folio;
using folio::ui::FontAtlas;
using folio::ui::FontRequest;
using folio::ui::ReaderView;

namespace {

// An article of `paragraphs` paragraphs of about 60 words each, every one different.
Article sampleArticle(int paragraphs) {
    Article article;
    article.title = "A headline long enough to wrap onto a second line at a narrow width";
    article.source = "Folio";
    article.published = "2014-07-12";
    for (int p = 0; p < paragraphs; ++p) {
        std::string text = "Paragraph " + std::to_string(p) + ":";
        for (int w = 0; w < 60; ++w) text += " word" + std::to_string((p * 7 + w) % 97);
        Block block;
        block.text.push_back(TextRun{text, false, false, {}});
        article.body.push_back(block);
    }
    return article;
}

// Applies a body size of `px` CSS px (other settings at their defaults).
void setSize(ReaderView& view, float px) {
    ReadingSettings reading;
    reading.fontSizePx = px;
    view.setReading(reading);
}

// Draws `view` in one headless frame of `width` x `height` device px; returns its vertices.
ImVector<ImDrawVert> drawOnce(const ReaderView& view, float width, float height, float dpr) {
    test::HeadlessImGui imgui({{FontFace::Sans, 14.0f, U""}}, dpr);  // the article needs no atlas font
    ImVector<ImDrawVert> vertices;
    imgui.frame(width, height, [&] {
        ImDrawList* list = ImGui::GetBackgroundDrawList();
        view.draw(*list, imgui.glyphs, dpr, 0.0f, ui::themeFor(ThemeChoice::Light, false));
        vertices = list->VtxBuffer;
    });
    return vertices;
}

}  // namespace

TEST_CASE("an article is laid out for the viewport, an error replaces it") {
    ReaderView view(test::notoMetrics());
    view.setViewport(800.0f, 600.0f);
    CHECK_FALSE(view.hasContent());
    view.showArticle(sampleArticle(5));
    REQUIRE(view.article() != nullptr);
    CHECK(view.article()->body.size() == 5);
    CHECK(view.error().empty());
    CHECK(view.layout().height > 600.0f);
    CHECK(view.layout().lines.front().role == LineRole::Title);

    view.showError("/body/3/text: expected a string or an array of runs");
    CHECK(view.article() == nullptr);
    CHECK(view.hasContent());
    CHECK(view.error() == "/body/3/text: expected a string or an array of runs");
    CHECK(view.scroller().position() == 0.0f);

    view.showArticle(sampleArticle(2));
    CHECK(view.error().empty());
    CHECK(view.article() != nullptr);
}

TEST_CASE("with no article the view says so: a page of its own, neither an article nor an error") {
    ReaderView view(test::notoMetrics());
    view.setViewport(800.0f, 600.0f);
    view.showError("an earlier error");
    view.showNothing();
    CHECK(view.hasContent());
    CHECK(view.article() == nullptr);
    CHECK(view.error().empty());
    REQUIRE(view.layout().lines.size() >= 2);
    std::string text;
    for (const Span& span : view.layout().spansOf(view.layout().lines.back())) text += span.text;
    CHECK(text == ReaderView::kNothingText);
}

TEST_CASE("font size is clamped, reflows, and keeps the line at the top of the view") {
    ReaderView view(test::notoMetrics());
    view.setViewport(800.0f, 600.0f);
    view.showArticle(sampleArticle(40));
    const float height20 = view.layout().height;
    setSize(view, 1000.0f);
    CHECK(view.fontSize() == 40.0f);
    setSize(view, 0.0f);
    CHECK(view.fontSize() == 12.0f);
    setSize(view, 20.0f);
    CHECK(view.layout().height == doctest::Approx(height20));

    // Scroll to the top of some line in the middle, then change the size twice.
    const Line& middle = view.layout().lines[view.layout().lines.size() / 2];
    view.scroller().jumpTo(middle.y);
    const Anchor before = view.layout().anchorAt(view.scroller().position());
    for (float size : {28.0f, 14.0f}) {
        setSize(view, size);
        const Layout& layout = view.layout();
        const Line& top = layout.lines[layout.firstLineBelow(view.scroller().position())];
        CAPTURE(size);
        CHECK(top.block == before.block);
        CHECK(top.textBegin <= before.offset);
        CHECK(before.offset < top.textEnd);
    }
}

TEST_CASE("the reading position is kept within the line, not only to it") {
    ReaderView view(test::notoMetrics());
    view.setViewport(800.0f, 600.0f);
    view.showArticle(sampleArticle(30));
    const Line middle = view.layout().lines[view.layout().lines.size() / 2];
    const float into = 0.4f;  // 40 % down the line
    view.scroller().jumpTo(middle.y + into * middle.height);
    const float before = view.scroller().position();

    // Measured again with nothing changed (as when a font arrives): not a pixel moves.
    view.remeasure();
    CHECK(view.scroller().position() == doctest::Approx(before));

    // Larger text: the same line, as far down it.
    setSize(view, 28.0f);
    const Layout& layout = view.layout();
    const Line& top = layout.lines[layout.firstLineBelow(view.scroller().position())];
    CHECK(top.block == middle.block);
    CHECK(top.textBegin <= middle.textBegin);
    CHECK(middle.textBegin < top.textEnd);
    CHECK((view.scroller().position() - top.y) / top.height == doctest::Approx(into).epsilon(0.01));
}

TEST_CASE("a narrower viewport keeps the reading position too") {
    ReaderView view(test::notoMetrics());
    view.setViewport(1200.0f, 700.0f);
    view.showArticle(sampleArticle(30));
    const Line& line = view.layout().lines[200];
    view.scroller().jumpTo(line.y);
    const Anchor before = view.layout().anchorAt(view.scroller().position());
    view.setViewport(360.0f, 700.0f);
    const Line& top = view.layout().lines[view.layout().firstLineBelow(view.scroller().position())];
    CHECK(top.block == before.block);
    CHECK(top.textBegin <= before.offset);
    CHECK(before.offset < top.textEnd);
}

TEST_CASE("drawing emits glyphs only for the visible lines, inside the canvas") {
    ReaderView small(test::notoMetrics());
    small.setViewport(800.0f, 600.0f);
    small.showArticle(sampleArticle(3));
    ReaderView large(test::notoMetrics());
    large.setViewport(800.0f, 600.0f);
    large.showArticle(sampleArticle(3000));
    large.scroller().jumpTo(large.layout().height / 2);

    const ImVector<ImDrawVert> smallFrame = drawOnce(small, 1600.0f, 1200.0f, 2.0f);
    CHECK(smallFrame.Size > 1000);  // a headline and three paragraphs of glyph quads
    for (const ImDrawVert& v : smallFrame) {
        CHECK(v.pos.x >= 0.0f);
        CHECK(v.pos.x <= 1600.0f);
    }
    // A screenful of a 180,000-word article costs about what a screenful of a short one does.
    const ImVector<ImDrawVert> largeFrame = drawOnce(large, 1600.0f, 1200.0f, 2.0f);
    CHECK(largeFrame.Size > 1000);
    CHECK(largeFrame.Size < 4 * smallFrame.Size);
}

TEST_CASE("article text is drawn from the glyph cache: shaped glyphs, each drawn into it once") {
    ReaderView view(test::notoMetrics());
    view.setViewport(800.0f, 600.0f);
    Article article = sampleArticle(1);
    article.body[0].text[0].text = "office office";  // "ffi" is one glyph in Noto Serif
    view.showArticle(article);
    test::HeadlessImGui imgui({{FontFace::Sans, 14.0f, U""}}, 1.0f);
    int quads = 0;
    const auto frame = [&] {
        imgui.frame(800.0f, 600.0f, [&] {
            ImDrawList* list = ImGui::GetBackgroundDrawList();
            view.draw(*list, imgui.glyphs, 1.0f, 0.0f, ui::themeFor(ThemeChoice::Light, false));
            quads = 0;
            for (const ImDrawCmd& cmd : list->CmdBuffer)
                if (cmd.TextureId == imgui.glyphs.text().texture) quads += static_cast<int>(cmd.ElemCount / 6);
        });
    };
    imgui.glyphs.text().texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(7));
    frame();
    int top = 0;
    int bottom = 0;
    REQUIRE(imgui.glyphs.text().takeDirty(top, bottom));
    CHECK(bottom > top);
    // The paragraph's line draws 8 glyphs ("o", "ffi", "c", "e" twice), not 12.
    std::string drawnText;
    for (const Line& line : view.layout().lines)
        if (line.block == 0)
            for (const Span& span : view.layout().spansOf(line)) drawnText += span.text;
    REQUIRE(drawnText == "office office");
    const int withParagraph = quads;
    article.body[0].text[0].text = "x";
    view.showArticle(article);
    frame();
    CHECK(withParagraph - quads == 8 - 1);
    // Drawn again: nothing new goes into the texture.
    imgui.glyphs.text().takeDirty(top, bottom);
    frame();
    CHECK_FALSE(imgui.glyphs.text().takeDirty(top, bottom));
    CHECK_FALSE(imgui.glyphs.full());
}

TEST_CASE("the font atlas is baked again when a face that fell back to another arrives") {
    // As in the browser: the bold serif comes after the first frame, which draws bold text with
    // the regular face's glyphs.
    TrueTypeMetrics metrics;
    REQUIRE(test::loadNotoFace(metrics, FontFace::Serif));
    const std::vector<FontRequest> requests = {{FontFace::Serif, 20.0f, U"abc"}, {FontFace::SerifBold, 20.0f, U"abc"}};
    ui::FontAtlas atlas;
    REQUIRE(atlas.rebuild(metrics, requests, 1.0f));
    CHECK_FALSE(atlas.needsRebuild(metrics, requests, 1.0f));
    REQUIRE(test::loadNotoFace(metrics, FontFace::SerifBold));
    CHECK(atlas.needsRebuild(metrics, requests, 1.0f));
    REQUIRE(atlas.rebuild(metrics, requests, 1.0f));
    CHECK_FALSE(atlas.needsRebuild(metrics, requests, 1.0f));
}

TEST_CASE("reading progress: from the first view to the end of the article, its comments left out") {
    ReaderView view(test::notoMetrics());
    view.setViewport(600.0f, 500.0f);
    CHECK(view.progress().minutes == 0);  // no article
    Article article = sampleArticle(80);  // about 4,900 words
    Comment comment;
    comment.author = "Ann";
    comment.text = "A long comment. " + std::string(2000, 'x');
    for (int i = 0; i < 20; ++i) article.comments.push_back(comment);
    view.showArticle(article);
    const ui::ReadingProgress first = view.progress();
    CHECK(first.minutes == readingMinutes(article));
    CHECK(first.minutes >= 10);
    CHECK(first.fraction > 0.0f);
    CHECK(first.fraction < 0.1f);
    CHECK(first.minutesLeft == first.minutes);
    // Halfway down the article's own height: about half the minutes are left.
    float articleEnd = 0.0f;
    for (const Line& line : view.layout().lines)
        if (line.block >= 0 && line.block < static_cast<int>(article.body.size())) articleEnd = line.y + line.height;
    view.scroller().jumpTo(articleEnd / 2.0f - 500.0f);
    const ui::ReadingProgress half = view.progress();
    CHECK(half.fraction == doctest::Approx(0.5f).epsilon(0.02));
    CHECK(std::abs(half.minutesLeft - (first.minutes + 1) / 2) <= 1);
    // At the start of the comments, the article is read: nothing is left although the page goes on.
    view.scroller().jumpTo(articleEnd);
    CHECK(view.scroller().position() + 500.0f < view.layout().height);
    CHECK(view.progress().fraction == 1.0f);
    CHECK(view.progress().minutesLeft == 0);
}
