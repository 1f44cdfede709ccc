// Lines make room for tall ink: stacked marks (Vietnamese capitals, Tibetan, Myanmar) never reach
// into the line above or below further than the face's own ascent and descent do; lines of
// ordinary text keep the line height the settings give.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "folio/article_parse.h"
#include "folio/fallback_fonts.h"
#include "folio/layout.h"
#include "test_fonts.h"

using namespace folio;

namespace {

// The viewer's faces and every fallback font, loaded once.
const TrueTypeMetrics& allFonts() {
    static const std::unique_ptr<TrueTypeMetrics> metrics = [] {
        std::unique_ptr<TrueTypeMetrics> loaded = test::makeNotoMetrics();
        std::string error;
        loadFallbackFonts(*loaded, {FOLIO_FONT_DIR, FOLIO_CJK_FONT_DIR, FOLIO_SYMBOL_FONT_DIR}, error);
        return loaded;
    }();
    return *metrics;
}

}  // namespace

TEST_CASE("a line grows to hold stacked marks and tall scripts - other lines keep their height") {
    const std::string english = "The council met on Tuesday evening to discuss the new bridge over the river, which has "
                                "been closed since the spring floods damaged its eastern pier.";
    const std::string json = R"({"title": "T", "body": [")" + english + R"(",
        "\u1EAA\u1EAC\u1EA6 \u1EC4\u1EC6 \u1EAA\u1EAC\u1EA6 \u1EC4\u1EC6 \u1EAA \u1EAC \u1EA6 \u1EC4 \u1EC6 \u1EAA \u1EAC",
        "\u0F56\u0F66\u0F92\u0FB2\u0F74\u0F56\u0F66\u0F0B\u0F54\u0F0B \u0F67\u0FB2\u0F71\u0F80\u0F7F \u0F66\u0F92\u0FB2\u0F74\u0F56\u0F0B\u0F54\u0F0B \u0F56\u0F66\u0F90\u0FB1\u0F62\u0F0B\u0F5E\u0F72\u0F56\u0F0B",
        "\u1019\u103C\u1014\u103A\u1019\u102C\u1014\u102D\u102F\u1004\u103A\u1004\u1036 \u1005\u103D\u1019\u103A\u1038 \u101B\u103E\u1031\u1037\u1006\u1031\u102C\u1004\u103A"]})";
    const ParseResult parsed = parseArticle(json);
    REQUIRE(parsed.ok);
    const Typesetter typesetter(parsed.article, allFonts());
    for (const float lineHeight : {1.2f, 1.4f, 1.6f}) {
        CAPTURE(lineHeight);
        LayoutSettings settings;
        settings.viewportWidthPx = 700.0f;
        settings.fontSizePx = 20.0f;
        settings.lineHeight = lineHeight;
        const Layout layout = typesetter.layout(settings);
        REQUIRE(static_cast<bool>(layout.missing));
        CHECK(layout.missing->count == 0);
        bool grew = false;
        for (std::size_t i = 0; i < layout.lines.size(); ++i) {
            const Line& line = layout.lines[i];
            if (line.role != LineRole::Paragraph) continue;
            CAPTURE(line.block);
            // The ink of its spans, shaped as they are drawn, stays inside the line.
            float top = 0.0f, bottom = 0.0f;
            for (const Span& span : layout.spansOf(line)) {
                const ShapedText& shaped = allFonts().shape(span.face, span.text, span.level & 1);
                top = std::max(top, shaped.top * span.sizePx);
                bottom = std::max(bottom, shaped.bottom * span.sizePx);
            }
            // The face's own ascent and descent may reach out of a line set tighter than them.
            const VerticalMetrics v = allFonts().vertical(FontFace::Serif);
            CHECK(line.baseline - top >= std::min(line.y, line.baseline - v.ascent * settings.fontSizePx) - 0.01f);
            CHECK(line.baseline + bottom <= std::max(line.y + line.height, line.baseline + v.descent * settings.fontSizePx) + 0.01f);
            if (i + 1 < layout.lines.size()) CHECK(layout.lines[i + 1].y >= line.y + line.height - 0.01f);
            const float normal = settings.fontSizePx * lineHeight;
            if (line.block == 0) CHECK(line.height == doctest::Approx(normal));  // plain English
            else grew = grew || line.height > normal + 0.5f;
        }
        CHECK(grew);
    }
}
