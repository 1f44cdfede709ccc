// Reading settings: the size steps, the factors layout uses, and the versioned JSON form.
// The core is built with JSON_NOEXCEPTION (a throw would abort), so parsing checks every value's
// type before reading it.
#include "folio/reading_settings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "folio/number_text.h"

namespace folio {

namespace {

using Json = nlohmann::json;

constexpr int kSettingsVersion = 1;

// One JSON name of an enum value.
template <typename Enum>
struct Name {
    Enum value;
    const char* text;
};

constexpr Name<FontFamily> kFamilyNames[] = {{FontFamily::Serif, "serif"}, {FontFamily::Sans, "sans"}};
constexpr Name<LineSpacing> kSpacingNames[] = {
    {LineSpacing::Tight, "tight"}, {LineSpacing::Normal, "normal"}, {LineSpacing::Loose, "loose"}};
constexpr Name<ColumnWidth> kWidthNames[] = {
    {ColumnWidth::Narrow, "narrow"}, {ColumnWidth::Medium, "medium"}, {ColumnWidth::Wide, "wide"}};
constexpr Name<Paper> kPaperNames[] = {{Paper::A4, "a4"}, {Paper::Letter, "letter"}};
constexpr Name<ThemeChoice> kThemeNames[] = {{ThemeChoice::Auto, "auto"},
                                             {ThemeChoice::Light, "light"},
                                             {ThemeChoice::Sepia, "sepia"},
                                             {ThemeChoice::Dark, "dark"}};

// The name of `value`; the name of `fallback` (one of the names) for a value outside the enum.
template <typename Enum, std::size_t N>
const char* nameOf(const Name<Enum> (&names)[N], Enum value, Enum fallback) {
    const char* fallbackName = names[0].text;
    for (const Name<Enum>& name : names) {
        if (name.value == value) return name.text;
        if (name.value == fallback) fallbackName = name.text;
    }
    return fallbackName;
}

// "expected \"a\", \"b\" or \"c\"" for the names of an enum.
template <typename Enum, std::size_t N>
std::string expectedNames(const Name<Enum> (&names)[N]) {
    std::string out = "expected ";
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) out += i + 1 == N ? " or " : ", ";
        out += '"';
        out += names[i].text;
        out += '"';
    }
    return out;
}

// `px` as the shortest decimal that reads back as the same float: "20", "17.5", "13.3".
std::string formatPx(float px) { return shortestDecimal(px); }

// Reads the optional member `key` of `object` into `out`: absent keeps the default, a JSON number
// from `low` to `high` is taken, anything else is an error.
bool readNumber(const Json& object, const char* key, float low, float high, float& out, std::string& error) {
    const auto found = object.find(key);
    if (found == object.end()) return true;
    const double value = found->is_number() ? found->get<double>() : 0.0;
    if (!found->is_number() || !(value >= low && value <= high)) {
        error = std::string(key) + ": expected a number from " + formatPx(low) + " to " + formatPx(high);
        return false;
    }
    out = static_cast<float>(value);
    return true;
}

// Reads the optional member `key` of `object` into `out`: absent keeps the default, one of the
// names is taken, anything else is an error.
template <typename Enum, std::size_t N>
bool readName(const Json& object, const char* key, const Name<Enum> (&names)[N], Enum& out, std::string& error) {
    const auto found = object.find(key);
    if (found == object.end()) return true;
    if (found->is_string()) {
        const std::string& text = found->get_ref<const std::string&>();
        for (const Name<Enum>& name : names) {
            if (text == name.text) {
                out = name.value;
                return true;
            }
        }
    }
    error = std::string(key) + ": " + expectedNames(names);
    return false;
}

// True when `object` has "version": 1 (1.0 too: JSON does not tell them apart).
bool isVersion1(const Json& object) {
    const auto found = object.find("version");
    return found != object.end() && found->is_number() && found->get<double>() == kSettingsVersion;
}

}  // namespace

bool ReadingSettings::operator==(const ReadingSettings& other) const {
    return fontSizePx == other.fontSizePx && family == other.family && lineSpacing == other.lineSpacing &&
           columnWidth == other.columnWidth && theme == other.theme && paper == other.paper &&
           printMarginMm == other.printMarginMm && printFontSizePt == other.printFontSizePt;
}

float clampFontSize(float px) {
    if (!std::isfinite(px)) return kDefaultFontSizePx;
    return std::clamp(px, kFontSizeSteps.front(), kFontSizeSteps.back());
}

float largerFontSize(float px) {
    if (!std::isfinite(px)) px = kDefaultFontSizePx;
    for (float step : kFontSizeSteps)
        if (step > px) return step;
    return kFontSizeSteps.back();
}

float smallerFontSize(float px) {
    if (!std::isfinite(px)) px = kDefaultFontSizePx;
    for (auto step = kFontSizeSteps.rbegin(); step != kFontSizeSteps.rend(); ++step)
        if (*step < px) return *step;
    return kFontSizeSteps.front();
}

float clampPrintMargin(float mm) {
    if (!std::isfinite(mm)) return kDefaultPrintMarginMm;
    return std::clamp(mm, kPrintMarginMm.front(), kPrintMarginMm.back());
}

float clampPrintFontSize(float pt) {
    if (!std::isfinite(pt)) return kDefaultPrintFontSizePt;
    return std::clamp(pt, kPrintFontSizePt.front(), kPrintFontSizePt.back());
}

float lineHeightFactor(LineSpacing spacing) {
    switch (spacing) {
        case LineSpacing::Tight: return 1.4f;
        case LineSpacing::Normal: return 1.6f;
        case LineSpacing::Loose: return 1.9f;
    }
    return 1.6f;
}

const char* settingName(FontFamily family) { return nameOf(kFamilyNames, family, FontFamily::Serif); }
const char* settingName(LineSpacing spacing) { return nameOf(kSpacingNames, spacing, LineSpacing::Normal); }
const char* settingName(ColumnWidth width) { return nameOf(kWidthNames, width, ColumnWidth::Medium); }
const char* settingName(ThemeChoice theme) { return nameOf(kThemeNames, theme, ThemeChoice::Auto); }
const char* settingName(Paper paper) { return nameOf(kPaperNames, paper, Paper::A4); }

float measureEm(ColumnWidth width) {
    switch (width) {
        case ColumnWidth::Narrow: return 28.0f;
        case ColumnWidth::Medium: return 33.0f;
        case ColumnWidth::Wide: return 40.0f;
    }
    return 33.0f;
}

std::string settingsToJson(const ReadingSettings& settings) {
    std::string out = "{\"version\":" + std::to_string(kSettingsVersion);
    out += ",\"fontSizePx\":" + formatPx(clampFontSize(settings.fontSizePx));
    out += ",\"family\":\"" + std::string(settingName(settings.family));
    out += "\",\"lineSpacing\":\"" + std::string(settingName(settings.lineSpacing));
    out += "\",\"columnWidth\":\"" + std::string(settingName(settings.columnWidth));
    out += "\",\"theme\":\"" + std::string(settingName(settings.theme));
    out += "\",\"paper\":\"" + std::string(settingName(settings.paper));
    out += "\",\"printMarginMm\":" + formatPx(clampPrintMargin(settings.printMarginMm));
    out += ",\"printFontSizePt\":" + formatPx(clampPrintFontSize(settings.printFontSizePt));
    out += "}";
    return out;
}

SettingsParseResult parseSettings(std::string_view json) {
    SettingsParseResult result;
    if (json.size() > kMaxSettingsJsonBytes) {
        result.error = "longer than " + std::to_string(kMaxSettingsJsonBytes) + " bytes";
        return result;
    }
    // nlohmann stops at a NUL byte outside a string and would ignore what follows; JSON has none.
    const Json root = json.find('\0') == std::string_view::npos
                          ? Json::parse(json.begin(), json.end(), nullptr, false)
                          : Json(Json::value_t::discarded);
    if (root.is_discarded()) {
        result.error = "not JSON";
        return result;
    }
    if (!root.is_object()) {
        result.error = "expected an object";
        return result;
    }
    if (!isVersion1(root)) {
        result.error = "version: expected 1";
        return result;
    }
    ReadingSettings settings;
    const bool ok = readNumber(root, "fontSizePx", kFontSizeSteps.front(), kFontSizeSteps.back(), settings.fontSizePx,
                               result.error) &&
                    readName(root, "family", kFamilyNames, settings.family, result.error) &&
                    readName(root, "lineSpacing", kSpacingNames, settings.lineSpacing, result.error) &&
                    readName(root, "columnWidth", kWidthNames, settings.columnWidth, result.error) &&
                    readName(root, "theme", kThemeNames, settings.theme, result.error) &&
                    readName(root, "paper", kPaperNames, settings.paper, result.error) &&
                    readNumber(root, "printMarginMm", kPrintMarginMm.front(), kPrintMarginMm.back(),
                               settings.printMarginMm, result.error) &&
                    readNumber(root, "printFontSizePt", kPrintFontSizePt.front(), kPrintFontSizePt.back(),
                               settings.printFontSizePt, result.error);
    if (!ok) return result;
    result.ok = true;
    result.settings = settings;
    return result;
}

}  // namespace folio
