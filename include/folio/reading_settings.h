// The reader's settings: text size, typeface family, line height, column width and colour theme,
// with the step lists the UI offers and a versioned JSON form for storage.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "folio/font_family.h"
#include "folio/paper.h"

namespace folio {

enum class LineSpacing : std::uint8_t { Tight, Normal, Loose };      // 1.4, 1.6, 1.9 x the text size
enum class ColumnWidth : std::uint8_t { Narrow, Medium, Wide };      // 28, 33, 40 em of the text size
enum class ThemeChoice : std::uint8_t { Auto, Light, Sepia, Dark };  // Auto follows prefers-color-scheme

// Text sizes the A-/A+ buttons step through, CSS px (12 to 40; the default is 20).
constexpr std::array<float, 11> kFontSizeSteps = {12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40};
constexpr float kDefaultFontSizePx = 20.0f;

// A group of choices as the settings panels and dialogs offer them: the setting's key (as
// settingsToJson and applySettings() name it), the group's title and a label for each choice, in
// the order of its enum (whose JSON names settingName gives).
template <std::size_t N>
struct ChoiceGroup {
    const char* key;
    const char* title;
    std::array<const char*, N> labels;
};
inline constexpr ChoiceGroup<2> kFamilyChoices{"family", "Typeface", {"Serif", "Sans"}};
inline constexpr ChoiceGroup<3> kLineSpacingChoices{"lineSpacing", "Line spacing", {"Tight", "Normal", "Loose"}};
inline constexpr ChoiceGroup<3> kColumnWidthChoices{"columnWidth", "Column width", {"Narrow", "Medium", "Wide"}};
inline constexpr ChoiceGroup<4> kThemeChoices{"theme", "Theme", {"Auto", "Light", "Sepia", "Dark"}};
inline constexpr ChoiceGroup<2> kPaperChoices{"paper", "Paper", {"A4", "Letter"}};

// Print choices the preview offers: margins in mm and body sizes in pt (defaults 20 mm, 11 pt).
constexpr std::array<float, 4> kPrintMarginMm = {10, 15, 20, 25};
constexpr std::array<float, 5> kPrintFontSizePt = {9, 10, 11, 12, 14};
constexpr float kDefaultPrintMarginMm = 20.0f;
constexpr float kDefaultPrintFontSizePt = 11.0f;

struct ReadingSettings {
    float fontSizePx = kDefaultFontSizePx;   // CSS px, within [12, 40]; need not be a step
    FontFamily family = FontFamily::Serif;
    LineSpacing lineSpacing = LineSpacing::Normal;
    ColumnWidth columnWidth = ColumnWidth::Medium;
    ThemeChoice theme = ThemeChoice::Auto;
    Paper paper = Paper::A4;                           // print: paper size
    float printMarginMm = kDefaultPrintMarginMm;       // print: margin on every side, mm, within [10, 25]
    float printFontSizePt = kDefaultPrintFontSizePt;   // print: body size, pt, within [9, 14]

    bool operator==(const ReadingSettings& other) const;
    bool operator!=(const ReadingSettings& other) const { return !(*this == other); }
};

// `px` clamped to [12, 40] CSS px (the first and last step); 20 when `px` is not a finite number.
float clampFontSize(float px);
// The next larger step after `px` (the largest step when there is none), CSS px.
float largerFontSize(float px);
// The next smaller step before `px` (the smallest step when there is none), CSS px.
float smallerFontSize(float px);

// `mm` clamped to the print margins offered (10-25 mm); 20 when not a finite number.
float clampPrintMargin(float mm);
// `pt` clamped to the print sizes offered (9-14 pt); 11 when not a finite number.
float clampPrintFontSize(float pt);

// Line height as a multiple of the text size: 1.4, 1.6 or 1.9.
float lineHeightFactor(LineSpacing spacing);
// Widest text column in em of the text size: 28, 33 or 40.
float measureEm(ColumnWidth width);

// The JSON names of the choices, as settingsToJson writes them: "serif", "sans"; "tight", "normal",
// "loose"; "narrow", "medium", "wide"; "auto", "light", "sepia", "dark"; "a4", "letter". Never null.
const char* settingName(FontFamily family);
const char* settingName(LineSpacing spacing);
const char* settingName(ColumnWidth width);
const char* settingName(ThemeChoice theme);
const char* settingName(Paper paper);

// The storage key; its suffix is the format version of settingsToJson.
constexpr std::string_view kSettingsStorageKey = "folio.settings.v1";

// Settings as a JSON object, e.g.
// {"version":1,"fontSizePx":20,"family":"serif","lineSpacing":"normal","columnWidth":"medium","theme":"auto",
//  "paper":"a4","printMarginMm":20,"printFontSizePt":11}
// fontSizePx is clamped (clampFontSize) and written as the shortest number that reads back as the
// same float (an integer when whole), so that parseSettings always accepts the result.
std::string settingsToJson(const ReadingSettings& settings);

// Longest text parseSettings reads, bytes; settingsToJson writes about 110.
constexpr std::size_t kMaxSettingsJsonBytes = 4096;

struct SettingsParseResult {
    bool ok = false;
    ReadingSettings settings;  // the parsed settings when ok, the defaults otherwise
    std::string error;         // why the text was refused, e.g. "fontSizePx: expected a number from 12 to 40"
};

// Reads what settingsToJson wrote. Anything else (not JSON, another version, a wrong type or value)
// is refused with a message, so that the caller can keep the text aside and use defaults.
// Members other than "version" may be missing (older data): they keep their defaults. Unknown
// members are ignored; texts longer than kMaxSettingsJsonBytes are refused. Never throws.
SettingsParseResult parseSettings(std::string_view json);

}  // namespace folio
