// designTokensJson: the palettes, choice groups and steps of the core, written as JSON for the
// browser side. Written by appending to one string, without a JSON library or templates: the
// text is fixed and small, and either would add kilobytes to the viewer's download.
#include "folio/design_tokens.h"

#include <cstddef>

#include "folio/number_text.h"
#include "folio/palette.h"
#include "folio/reading_settings.h"

namespace folio {

namespace {

// Appends `"key":` (after a comma unless `out` ends an opening bracket).
void key(std::string& out, const char* name) {
    if (out.back() != '{' && out.back() != '[') out += ',';
    out += '"';
    out += name;
    out += "\":";
}

// Appends a JSON string of `text`, which holds nothing that needs escaping (names, labels, CSS).
void text(std::string& out, const std::string& value) {
    out += '"';
    out += value;
    out += '"';
}

void number(std::string& out, float value) { out += shortestDecimal(value); }

// Appends a choice group: its key, title and each choice's JSON name (`name(i)`) and label.
void group(std::string& out, const char* groupKey, const char* title, const char* const* labels, std::size_t count,
           const char* (*name)(std::size_t)) {
    out += '{';
    key(out, "key");
    text(out, groupKey);
    key(out, "title");
    text(out, title);
    key(out, "choices");
    out += '[';
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += ',';
        out += '{';
        key(out, "value");
        text(out, name(i));
        key(out, "label");
        text(out, labels[i]);
        out += '}';
    }
    out += "]}";
}

// Appends {"steps":[…],"default":n}.
void steps(std::string& out, const float* values, std::size_t count, float fallback) {
    out += "{\"steps\":[";
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += ',';
        number(out, values[i]);
    }
    out += "],\"default\":";
    number(out, fallback);
    out += '}';
}

}  // namespace

std::string designTokensJson() {
    std::string out = "{";
    key(out, "themes");
    out += '{';
    const std::pair<const char*, const Palette*> themes[] = {
        {"light", &kLightPalette}, {"sepia", &kSepiaPalette}, {"dark", &kDarkPalette}};
    for (const auto& [name, palette] : themes) key(out, name), text(out, cssProperties(*palette));
    out += '}';
    key(out, "paper");
    text(out, cssProperties(kPaperPalette));

    key(out, "settings");
    out += '[';
    group(out, kFamilyChoices.key, kFamilyChoices.title, kFamilyChoices.labels.data(), kFamilyChoices.labels.size(),
          [](std::size_t i) { return settingName(static_cast<FontFamily>(i)); });
    out += ',';
    group(out, kLineSpacingChoices.key, kLineSpacingChoices.title, kLineSpacingChoices.labels.data(),
          kLineSpacingChoices.labels.size(), [](std::size_t i) { return settingName(static_cast<LineSpacing>(i)); });
    out += ',';
    group(out, kColumnWidthChoices.key, kColumnWidthChoices.title, kColumnWidthChoices.labels.data(),
          kColumnWidthChoices.labels.size(), [](std::size_t i) { return settingName(static_cast<ColumnWidth>(i)); });
    out += ',';
    group(out, kThemeChoices.key, kThemeChoices.title, kThemeChoices.labels.data(), kThemeChoices.labels.size(),
          [](std::size_t i) { return settingName(static_cast<ThemeChoice>(i)); });
    out += ']';
    key(out, "fontSizePx");
    steps(out, kFontSizeSteps.data(), kFontSizeSteps.size(), kDefaultFontSizePx);
    key(out, "print");
    out += '{';
    key(out, "paper");
    group(out, kPaperChoices.key, kPaperChoices.title, kPaperChoices.labels.data(), kPaperChoices.labels.size(),
          [](std::size_t i) { return settingName(static_cast<Paper>(i)); });
    key(out, "marginMm");
    steps(out, kPrintMarginMm.data(), kPrintMarginMm.size(), kDefaultPrintMarginMm);
    key(out, "fontSizePt");
    steps(out, kPrintFontSizePt.data(), kPrintFontSizePt.size(), kDefaultPrintFontSizePt);
    out += "}}";
    return out;
}

}  // namespace folio
