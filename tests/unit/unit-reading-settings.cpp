// Reading settings: size steps, layout factors, and the versioned JSON form.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "folio/reading_settings.h"

using folio::ColumnWidth;
using folio::FontFamily;
using folio::LineSpacing;
using folio::ReadingSettings;
using folio::ThemeChoice;

TEST_CASE("reading settings: A+ and A- step through the sizes and stop at the ends") {
    CHECK(folio::largerFontSize(20.0f) == 22.0f);
    CHECK(folio::largerFontSize(28.0f) == 32.0f);
    CHECK(folio::largerFontSize(40.0f) == 40.0f);
    CHECK(folio::largerFontSize(21.0f) == 22.0f);  // between steps: the next one up
    CHECK(folio::largerFontSize(5.0f) == 12.0f);
    CHECK(folio::smallerFontSize(21.0f) == 20.0f);
    CHECK(folio::smallerFontSize(20.0f) == 18.0f);
    CHECK(folio::smallerFontSize(12.0f) == 12.0f);
    CHECK(folio::smallerFontSize(100.0f) == 40.0f);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    CHECK(folio::largerFontSize(nan) == 22.0f);  // from the default size
    CHECK(folio::smallerFontSize(nan) == 18.0f);
    float px = 12.0f;
    int presses = 0;
    while (px < 40.0f && presses < 20) {
        px = folio::largerFontSize(px);
        ++presses;
    }
    CHECK(presses == 10);
}

TEST_CASE("reading settings: clampFontSize keeps sizes within 12 to 40 px") {
    CHECK(folio::clampFontSize(std::numeric_limits<float>::quiet_NaN()) == 20.0f);
    CHECK(folio::clampFontSize(std::numeric_limits<float>::infinity()) == 20.0f);
    CHECK(folio::clampFontSize(-std::numeric_limits<float>::infinity()) == 20.0f);
    CHECK(folio::clampFontSize(5.0f) == 12.0f);
    CHECK(folio::clampFontSize(100.0f) == 40.0f);
    CHECK(folio::clampFontSize(17.5f) == 17.5f);
}

TEST_CASE("reading settings: line height factors and measures") {
    CHECK(folio::lineHeightFactor(LineSpacing::Tight) == 1.4f);
    CHECK(folio::lineHeightFactor(LineSpacing::Normal) == 1.6f);
    CHECK(folio::lineHeightFactor(LineSpacing::Loose) == 1.9f);
    CHECK(folio::measureEm(ColumnWidth::Narrow) == 28.0f);
    CHECK(folio::measureEm(ColumnWidth::Medium) == 33.0f);
    CHECK(folio::measureEm(ColumnWidth::Wide) == 40.0f);
}

TEST_CASE("reading settings: the defaults are written in the documented compact form") {
    CHECK(folio::settingsToJson(ReadingSettings{}) ==
          R"({"version":1,"fontSizePx":20,"family":"serif","lineSpacing":"normal","columnWidth":"medium","theme":"auto",)"
          R"("paper":"a4","printMarginMm":20,"printFontSizePt":11})");
    ReadingSettings s;
    s.fontSizePx = 17.5f;
    s.family = FontFamily::Sans;
    s.lineSpacing = LineSpacing::Loose;
    s.columnWidth = ColumnWidth::Narrow;
    s.theme = ThemeChoice::Dark;
    s.paper = folio::Paper::Letter;
    s.printMarginMm = 15.0f;
    s.printFontSizePt = 12.5f;
    CHECK(folio::settingsToJson(s) ==
          R"({"version":1,"fontSizePx":17.5,"family":"sans","lineSpacing":"loose","columnWidth":"narrow","theme":"dark",)"
          R"("paper":"letter","printMarginMm":15,"printFontSizePt":12.5})");
    s.printMarginMm = 99.0f;
    s.printFontSizePt = 1.0f;
    CHECK(folio::settingsToJson(s).find(R"("printMarginMm":25,"printFontSizePt":9})") != std::string::npos);
    s.fontSizePx = 99.0f;  // written clamped, so that it reads back
    CHECK(folio::settingsToJson(s).find(R"("fontSizePx":40,)") != std::string::npos);
}

TEST_CASE("reading settings: print choices are read back, older data without them gets the defaults") {
    const auto parsed = folio::parseSettings(R"({"version":1,"paper":"letter","printMarginMm":10,"printFontSizePt":14})");
    REQUIRE(parsed.ok);
    CHECK(parsed.settings.paper == folio::Paper::Letter);
    CHECK(parsed.settings.printMarginMm == 10.0f);
    CHECK(parsed.settings.printFontSizePt == 14.0f);
    const auto older = folio::parseSettings(R"({"version":1,"fontSizePx":22})");
    REQUIRE(older.ok);
    CHECK(older.settings.paper == folio::Paper::A4);
    CHECK(older.settings.printMarginMm == 20.0f);
    CHECK(folio::parseSettings(R"({"version":1,"paper":"a3"})").error == R"(paper: expected "a4" or "letter")");
    CHECK(folio::parseSettings(R"({"version":1,"printMarginMm":60})").error == "printMarginMm: expected a number from 10 to 25");
    CHECK(folio::parseSettings(R"({"version":1,"printFontSizePt":"11"})").error == "printFontSizePt: expected a number from 9 to 14");
}

TEST_CASE("reading settings: every combination survives a round trip") {
    int combinations = 0;
    for (float px : {12.0f, 13.3f, 17.5f, 20.0f, 22.0f, 40.0f}) {
        for (int family = 0; family < 2; ++family) {
            for (int spacing = 0; spacing < 3; ++spacing) {
                for (int width = 0; width < 3; ++width) {
                    for (int theme = 0; theme < 4; ++theme) {
                        ReadingSettings s;
                        s.fontSizePx = px;
                        s.family = static_cast<FontFamily>(family);
                        s.lineSpacing = static_cast<LineSpacing>(spacing);
                        s.columnWidth = static_cast<ColumnWidth>(width);
                        s.theme = static_cast<ThemeChoice>(theme);
                        const std::string json = folio::settingsToJson(s);
                        const folio::SettingsParseResult parsed = folio::parseSettings(json);
                        CAPTURE(json);
                        CHECK(parsed.ok);
                        CHECK(parsed.error.empty());
                        CHECK(parsed.settings == s);
                        ++combinations;
                    }
                }
            }
        }
    }
    CHECK(combinations == 6 * 2 * 3 * 3 * 4);
}

TEST_CASE("reading settings: missing members keep their defaults, unknown members are ignored") {
    const folio::SettingsParseResult minimal = folio::parseSettings(R"({"version":1})");
    REQUIRE(minimal.ok);
    CHECK(minimal.settings == ReadingSettings{});

    const folio::SettingsParseResult older = folio::parseSettings(R"({"version":1,"fontSizePx":24,"theme":"sepia"})");
    REQUIRE(older.ok);
    ReadingSettings expected;
    expected.fontSizePx = 24.0f;
    expected.theme = ThemeChoice::Sepia;
    CHECK(older.settings == expected);

    const folio::SettingsParseResult extra = folio::parseSettings(
        R"( {"theme":"dark","future":{"a":[1,2]},"version":1.0,"family":"sans","hyphenate":true} )");
    REQUIRE(extra.ok);
    CHECK(extra.settings.family == FontFamily::Sans);
    CHECK(extra.settings.theme == ThemeChoice::Dark);
    CHECK(extra.settings.fontSizePx == 20.0f);
}

TEST_CASE("reading settings: refused inputs say why and give the defaults") {
    struct Case {
        std::string json;
        const char* error;
    };
    const Case cases[] = {
        {"garbage", "not JSON"},
        {"", "not JSON"},
        {R"({"version":1,)", "not JSON"},
        {std::string(R"({"version":1})") + '\0' + "x", "not JSON"},
        {"null", "expected an object"},
        {"[1,2]", "expected an object"},
        {R"("settings")", "expected an object"},
        {R"({})", "version: expected 1"},
        {R"({"version":2})", "version: expected 1"},
        {R"({"version":"1"})", "version: expected 1"},
        {R"({"version":1,"fontSizePx":"20"})", "fontSizePx: expected a number from 12 to 40"},
        {R"({"version":1,"fontSizePx":99})", "fontSizePx: expected a number from 12 to 40"},
        {R"({"version":1,"fontSizePx":11.9})", "fontSizePx: expected a number from 12 to 40"},
        {R"({"version":1,"fontSizePx":null})", "fontSizePx: expected a number from 12 to 40"},
        {R"({"version":1,"family":"comic"})", R"(family: expected "serif" or "sans")"},
        {R"({"version":1,"family":"Serif"})", R"(family: expected "serif" or "sans")"},
        {R"({"version":1,"lineSpacing":1.6})", R"(lineSpacing: expected "tight", "normal" or "loose")"},
        {R"({"version":1,"columnWidth":"huge"})", R"(columnWidth: expected "narrow", "medium" or "wide")"},
        {R"({"version":1,"theme":["dark"]})", R"(theme: expected "auto", "light", "sepia" or "dark")"},
        {R"({"version":1,"theme":"x")" + std::string(folio::kMaxSettingsJsonBytes, ' ') + "\"}", "longer than 4096 bytes"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        const folio::SettingsParseResult result = folio::parseSettings(c.json);
        CHECK_FALSE(result.ok);
        CHECK(result.error == c.error);
        CHECK(result.settings == ReadingSettings{});
    }
}
