// The design tokens the browser side is made from: every palette colour, choice and step of the
// core, under the names the CSS and the dialogs use, and nothing the core does not have.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "folio/design_tokens.h"
#include "folio/palette.h"
#include "folio/reading_settings.h"

namespace {

using nlohmann::json;

json tokens() { return json::parse(folio::designTokensJson(), nullptr, false); }

}  // namespace

TEST_CASE("design tokens: each theme's and the paper's colours are their palette's, as CSS custom properties") {
    const json t = tokens();
    REQUIRE_FALSE(t.is_discarded());
    const std::pair<const char*, const folio::Palette*> themes[] = {
        {"light", &folio::kLightPalette}, {"sepia", &folio::kSepiaPalette}, {"dark", &folio::kDarkPalette}};
    CHECK(t["themes"].size() == 3);
    for (const auto& theme : themes) {
        const char* name = theme.first;  // not a structured binding: CAPTURE's lambda cannot take one
        const folio::Palette* palette = theme.second;
        CAPTURE(name);
        std::string expected;
        for (const auto& role : folio::kPaletteRoles)
            expected += std::string(role.property) + ":" + folio::cssColour(palette->*role.member) + ";";
        CHECK(t["themes"][name] == expected);
    }
    CHECK(t["themes"]["dark"].get<std::string>().find("--folio-surface:#23222b;") != std::string::npos);
    CHECK(t["themes"]["light"].get<std::string>().find("--folio-control-hover:#e0e0e6;") != std::string::npos);
    CHECK(t["themes"]["light"].get<std::string>().rfind("--folio-background:#ffffff;--folio-text:#1b1b1f;", 0) == 0);
    CHECK(t["paper"] == "--folio-paper:#ffffff;--folio-paper-text:#1c1c1f;--folio-paper-muted:#5c5c66;"
                                "--folio-paper-placeholder:#eeeeee;--folio-paper-rule:#cccccc;--folio-paper-tint:#f2f2f2;");
    // Only the roles asked for, in the palette's order.
    CHECK(folio::cssProperties(folio::kSepiaPalette, {"text", "background"}) ==
          "--folio-background:#f4ecd8;--folio-text:#5b4636;");
}

TEST_CASE("design tokens: the settings' choices are the values settings take, with the panels' labels") {
    const json t = tokens();
    REQUIRE(t["settings"].size() == 4);
    CHECK(t["settings"][0]["key"] == "family");
    CHECK(t["settings"][0]["title"] == "Typeface");
    CHECK(t["settings"][3]["choices"][2] == json{{"value", "sepia"}, {"label", "Sepia"}});
    for (const json& group : t["settings"]) {
        for (const json& choice : group["choices"]) {
            // Every value is one the stored settings read back as that value.
            const std::string stored = "{\"version\":1,\"" + group["key"].get<std::string>() + "\":\"" +
                                       choice["value"].get<std::string>() + "\"}";
            const folio::SettingsParseResult read = folio::parseSettings(stored);
            CHECK_MESSAGE(read.ok, stored, ": ", read.error);
            CHECK(folio::settingsToJson(read.settings).find("\"" + choice["value"].get<std::string>() + "\"") !=
                  std::string::npos);
        }
    }
    CHECK(t["print"]["paper"]["choices"][1] == json{{"value", "letter"}, {"label", "Letter"}});
}

TEST_CASE("design tokens: the text size and print steps are the core's") {
    const json t = tokens();
    CHECK(t["fontSizePx"]["steps"].size() == folio::kFontSizeSteps.size());
    CHECK(t["fontSizePx"]["steps"].front() == 12);
    CHECK(t["fontSizePx"]["steps"].back() == 40);
    CHECK(t["fontSizePx"]["default"] == 20);
    CHECK(t["print"]["marginMm"]["steps"] == json{10, 15, 20, 25});
    CHECK(t["print"]["fontSizePt"]["default"] == 11);
}

TEST_CASE("palette: CSS colours and paper colours by what they colour") {
    CHECK(folio::cssColour(0x005ac8) == "#005ac8");
    CHECK(folio::cssColour(0) == "#000000");
    CHECK(&folio::paletteFor(folio::ThemeChoice::Auto, true) == &folio::kDarkPalette);
    CHECK(&folio::paletteFor(folio::ThemeChoice::Auto, false) == &folio::kLightPalette);
    CHECK(&folio::paletteFor(folio::ThemeChoice::Sepia, true) == &folio::kSepiaPalette);
    CHECK(folio::paperColour(folio::PrintRole::Body) == folio::kPaperPalette.text);
    CHECK(folio::paperColour(folio::PrintRole::Footer) == folio::kPaperPalette.muted);
    CHECK(folio::paperColour(folio::BoxKind::Image) == folio::kPaperPalette.placeholder);
    CHECK(folio::paperColour(folio::BoxKind::QuoteRule) == folio::kPaperPalette.rule);
}
