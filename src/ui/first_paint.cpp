// The first paint: the reader view as HTML and CSS (ui/first_paint.h). Sections: numbers and em
// lengths · the toolbar's styles and markup (as toolbar_layout places the canvas's) · the reading
// settings as attribute rules · @font-face rules for the fonts the text needs · the styles · the
// script that applies stored settings before the first paint · the public functions (head, styles,
// script, font files, faces, body).
#include "ui/first_paint.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "folio/article_html.h"
#include "folio/article_meta.h"
#include "folio/font_files.h"
#include "folio/layout_style.h"
#include "folio/number_text.h"
#include "folio/palette.h"
#include "folio/reading_settings.h"
#include "folio/utf8.h"
#include "ui/theme.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {
namespace {

using namespace layout_style;

// The choices of the settings the first paint follows, in the core's order.
constexpr FontFamily kFamilies[] = {FontFamily::Serif, FontFamily::Sans};
constexpr LineSpacing kSpacings[] = {LineSpacing::Tight, LineSpacing::Normal, LineSpacing::Loose};
constexpr ColumnWidth kWidths[] = {ColumnWidth::Narrow, ColumnWidth::Medium, ColumnWidth::Wide};
// The colours the first paint's CSS uses (of folio::kPaletteRoles): only these go into the page.
const std::initializer_list<std::string_view> kFirstPaintRoles = {"background", "text", "muted", "link", "rule",
                                                                  "placeholder", "control", "tint"};
constexpr ThemeChoice kThemes[] = {ThemeChoice::Light, ThemeChoice::Sepia, ThemeChoice::Dark};  // Auto: no rule

// `x` as a short CSS number: "1.6", "33", "0.85" (the one shortest-decimal writer of the core).
std::string num(float x) { return shortestDecimal(x); }

// `factor` body em as a CSS length.
std::string em(float factor) { return "calc(" + num(factor) + "*var(--folio-em))"; }

// The toolbar's buttons as the canvas draws them (ui/toolbar_layout.h), each a label in a box:
// placed and sized alike, inert (the viewer's own arrive with the canvas).
std::string toolbarStyles(const std::string& fp) {
    namespace tl = toolbar_layout;
    const std::string tools = fp + " .folio-tools";
    const tl::Sizes& mouse = tl::kPointerSizes;
    const tl::Sizes& touch = tl::kTouchSizes;
    std::string css = tools + "{position:sticky;top:0;z-index:1;box-sizing:border-box;height:" + num(mouse.toolbar) +
                      "px;display:flex;align-items:center;padding:0 " + num(tl::kMargin) +
                      "px;border-bottom:1px solid var(--folio-rule);background:var(--folio-background);font:400 " + num(kUiFontPx) +
                      "px \"Folio Sans\",sans-serif;white-space:nowrap;overflow:hidden}\n";
    css += tools + " span{flex:none;display:flex;align-items:center;justify-content:center;box-sizing:border-box;height:" +
           num(mouse.button) + "px;border-radius:" + num(kControlRounding) + "px;background:var(--folio-control)}\n";
    // A touch screen's toolbar is taller, its buttons a finger's target (Viewer::setTouch).
    css += "@media (pointer:coarse){" + tools + "{height:" + num(touch.toolbar) + "px}" + tools + " span{height:" +
           num(touch.button) + "px}}\n";
    // The right group starts after the free space, and never before kMinRightGroupX. Margins are
    // logical: a right-to-left article's toolbar (dir=rtl) is mirrored, as the canvas draws it.
    css += tools + " [data-tool=" + tl::kLeft[0].id + "]{width:" + num(tl::kLeft[0].width) + "px;margin-inline-end:" +
           num(tl::kMinRightGroupX - tl::kMargin - tl::kLeft[0].width) + "px}\n";
    for (const tl::Button& b : tl::kRight) {
        css += tools + " [data-tool=" + b.id + "]{width:" + num(b.width) + "px;margin-inline-start:" +
               (&b == &tl::kRight[0] ? std::string("auto") : num(b.gapBefore) + "px") + "}\n";
    }
    css += tools + " [data-tool=size]::before{content:var(--folio-size-label,\"" + tl::button("size").label + "\")}\n";
    css += "@container (max-width:" + num(tl::kCompactWidth - 0.02f) + "px){";
    for (const tl::Button& b : tl::kRight)
        if (b.textSize) css += tools + " [data-tool=" + b.id + "]{display:none}";
    css += "}\n@container (max-width:" + num(tl::kNarrowWidth - 0.02f) + "px){";
    for (const tl::Button& b : tl::kRight)
        if (b.narrowMoves) css += tools + " [data-tool=" + b.id + "]{display:none}";
    css += "}\n@container (max-width:" + num(tl::kTinyWidth - 0.02f) + "px){" + tools + " [data-tool=" + tl::kLeft[0].id +
           "]{display:none}}\n";
    return css;
}

// The toolbar's band with its buttons' labels, hidden from assistive technology (the viewer's
// keyboard bar and canvas replace it); mirrored for a right-to-left article (`rtl`).
std::string toolbarHtml(bool rtl) {
    namespace tl = toolbar_layout;
    std::string html = std::string("<div class=\"folio-tools\"") + (rtl ? " dir=\"rtl\"" : "") + " aria-hidden=\"true\">";
    const auto add = [&html](const tl::Button& b) {
        const bool size = std::string(b.id) == "size";  // its label comes from the style: the stored size
        html += "<span data-tool=\"" + std::string(b.id) + "\">" + (size ? "" : b.label) + "</span>";
    };
    for (const tl::Button& b : tl::kLeft) add(b);
    for (const tl::Button& b : tl::kRight) add(b);
    return html + "</div>\n";
}

// Rules that set a custom property on the root for each choice of a setting, e.g.
// :root[data-folio-spacing=tight]{--folio-lh:1.4}.
template <typename Enum, std::size_t N, typename Value>
std::string choiceRules(const char* attribute, const char* property, const Enum (&choices)[N], Value value) {
    std::string out;
    for (Enum choice : choices) {
        out += ":root[data-folio-" + std::string(attribute) + "=" + settingName(choice) + "]{" + property + ":" +
               num(value(choice)) + "}\n";
    }
    return out;
}

// A JS array literal of the names of `choices`.
template <typename Enum, std::size_t N>
std::string namesArray(const Enum (&choices)[N]) {
    std::string out = "[";
    for (Enum choice : choices) out += std::string(out.size() > 1 ? "," : "") + "\"" + settingName(choice) + "\"";
    return out + "]";
}

// The CSS family of `family`'s faces in the first paint.
const char* cssFamily(FontFamily family) { return family == FontFamily::Sans ? "Folio Sans" : "Folio Serif"; }

// The CSS family of `face`: its family's, or "Folio Mono" for the monospace faces (code).
const char* cssFamily(FontFace face) {
    return face == FontFace::Mono || face == FontFace::MonoBold ? "Folio Mono" : cssFamily(faceFamily(face));
}

// A @font-face rule of the CSS family of `family` for the file `url`, of weight `bold` and slant
// `italic`, for the characters `ranges` (all when empty).
std::string fontFaceRule(const char* family, bool bold, bool italic, const std::string& url,
                         const std::vector<std::pair<char32_t, char32_t>>& ranges = {}) {
    std::string rule = "@font-face{font-family:\"" + std::string(family) + "\";" + (bold ? "font-weight:700;" : "") +
                       (italic ? "font-style:italic;" : "") + "src:url(\"" + url + "\")";
    if (!ranges.empty()) {
        rule += ";unicode-range:";
        char hex[32];
        for (const auto& [first, last] : ranges) {
            if (first == last) std::snprintf(hex, sizeof hex, "U+%X,", static_cast<unsigned>(first));
            else std::snprintf(hex, sizeof hex, "U+%X-%X,", static_cast<unsigned>(first), static_cast<unsigned>(last));
            rule += hex;
        }
        rule.pop_back();
    }
    return rule + "}\n";
}

// @font-face rules for the fonts in `fonts.url`: each file of `fonts.files` for the characters it
// holds, the faces' own slices last (the browser tries the rules of one family last defined first)
// and fallbacks in the families whose style they suit; else each face's whole font. The browser
// fetches a file only when text needs it.
std::string fontFaces(const FirstPaintFonts& fonts) {
    std::string out;
    if (fonts.files.empty()) {
        for (FontFamily family : kFamilies)
            for (bool bold : {false, true})
                for (bool italic : {false, true})
                    out += fontFaceRule(cssFamily(family), bold, italic, fonts.url + fontFileName(familyFace(family, bold, italic)));
        return out;
    }
    for (const bool slices : {false, true}) {
        for (const FallbackCoverage& file : fonts.files) {
            FallbackFontFile font;
            if (!fallbackFontFile(file.file, font) || (font.sliceOf >= 0) != slices) continue;
            if (slices) {
                const auto face = static_cast<FontFace>(font.sliceOf);
                out += fontFaceRule(cssFamily(face), faceIsBold(face), faceIsItalic(face), fonts.url + file.file, file.ranges);
                continue;
            }
            for (FontFamily family : kFamilies) {
                const FallbackStyle style = family == FontFamily::Sans ? FallbackStyle::Sans : FallbackStyle::Serif;
                if (font.style == style || font.style == FallbackStyle::Any)
                    out += fontFaceRule(cssFamily(family), font.bold, false, fonts.url + file.file, file.ranges);
            }
        }
    }
    return out;
}

std::string styles(const FirstPaintFonts& fonts) {
    const std::string E = "var(--folio-em)";
    const std::string sans = "\"Folio Sans\",sans-serif";
    const std::string fp = ".folio-first-paint";
    std::string css;
    css += ":root{--folio-em:" + num(kDefaultFontSizePx) + "px;--folio-lh:" + num(lineHeightFactor(LineSpacing::Normal)) +
           ";--folio-measure:" + num(measureEm(ColumnWidth::Medium)) + "}\n";
    css += choiceRules("spacing", "--folio-lh", kSpacings, lineHeightFactor);
    css += choiceRules("width", "--folio-measure", kWidths, measureEm);
    css += fontFaces(fonts);
    css += fp + "{" + cssProperties(paletteFor(ThemeChoice::Light, false), kFirstPaintRoles) + "}\n";
    css += "@media (prefers-color-scheme:dark){" + fp + "{" + cssProperties(paletteFor(ThemeChoice::Dark, true), kFirstPaintRoles) + "}}\n";
    for (ThemeChoice choice : kThemes) {
        css += ":root[data-folio-theme=" + std::string(settingName(choice)) + "] " + fp + "{" +
               cssProperties(paletteFor(choice, false), kFirstPaintRoles) + "}\n";
    }
    // The scroll area: the whole element, with the toolbar's band (its background and bottom rule)
    // on top, and no scroll bar (the canvas has none either, so the column is placed alike).
    css += fp + "{position:absolute;inset:0;z-index:1;overflow:auto;scrollbar-width:none;container-type:inline-size;"
          "background:var(--folio-background);color:var(--folio-text);font:400 " + E + "/var(--folio-lh) \"Folio Serif\",serif}\n";
    css += fp + "::-webkit-scrollbar{display:none}\n";
    css += toolbarStyles(fp);
    css += ":root[data-folio-family=" + std::string(settingName(FontFamily::Sans)) + "] " + fp + "{font-family:" + sans + "}\n";
    css += fp + " article{box-sizing:content-box;max-width:calc(var(--folio-measure)*" + E + ");margin:0 auto;padding:" +
           em(kTopPaddingEm) + " " + num(kMinMarginPx) + "px " + em(kBottomPaddingEm) + "}\n";
    // The title's bottom margin is the space after the header; the meta line's negative top margin
    // collapses with it into the gap between title and meta line.
    css += fp + " h1{margin:0 0 " + em(kHeaderAfterEm) + ";font-size:" + em(kTitleScale) + ";line-height:" +
           num(kTitleLineHeight) + ";font-weight:700}\n";
    css += fp + " .folio-meta{margin:" + em(kMetaGapEm - kHeaderAfterEm) + " 0 " + em(kHeaderAfterEm) + ";font:" +
           em(kMetaScale) + "/" + num(kSansLineHeight) + " " + sans + ";color:var(--folio-muted)}\n";
    css += fp + " article>p," + fp + " ul," + fp + " ol," + fp + " blockquote," + fp + " figure{margin:0 0 " +
           em(kBlockAfterEm) + "}\n";
    css += fp + " h2," + fp + " h3," + fp + " h4{margin:" + em(kHeadingBeforeEm) + " 0 " + em(kHeadingAfterEm) +
           ";line-height:" + num(kHeadingLineHeight) + ";font-weight:700}\n";
    for (int level = 2; level <= 4; ++level) {
        css += fp + " h" + std::to_string(level) + "{font-size:" + em(headingScale(level)) + "}\n";
    }
    css += fp + " blockquote{padding-left:" + em(kQuoteIndentEm) + "}\n";
    css += fp + " blockquote p{position:relative;margin:0;font-size:" + em(kQuoteScale) + ";font-style:italic}\n";
    css += fp + " blockquote p::before{content:\"\";position:absolute;top:0;bottom:0;left:" + em(-kQuoteIndentEm) +
           ";width:" + em(kQuoteRuleEm) + ";background:var(--folio-rule)}\n";
    css += fp + " blockquote em{font-style:normal}\n";
    css += fp + " blockquote footer," + fp + " figcaption{margin-top:" + em(kCiteGapEm) + ";font:" + em(kSmallScale) + "/" +
           num(kSansLineHeight) + " " + sans + ";color:var(--folio-muted)}\n";
    css += fp + " ul," + fp + " ol{padding-left:" + em(kListIndentEm) + "}\n";
    css += fp + " li+li{margin-top:" + em(kItemGapEm) + "}\n";
    css += fp + " figure img{display:block;margin:0 auto;max-width:100%;height:auto;background:var(--folio-placeholder)}\n";
    css += fp + " figure img:not([width]){width:100%;aspect-ratio:16/9}\n";
    css += fp + " a{color:var(--folio-link)}\n";
    // Format 1.1: code (blocks scroll sideways in their tint, as on the canvas), sub- and superscripts.
    const std::string mono = "\"Folio Mono\",monospace";
    css += fp + " pre{margin:0 0 " + em(kBlockAfterEm) + ";padding:" + em(kCodePaddingEm) + ";overflow-x:auto;background:var(--folio-tint);"
           "border-radius:4px;font:" + em(kCodeScale) + "/" + num(kCodeLineHeight) + " " + mono + ";white-space:pre;tab-size:" +
           std::to_string(kCodeTabColumns) + "}\n";
    css += fp + " pre code{font:inherit;background:none;padding:0}\n";
    css += fp + " code{font-family:" + mono + ";font-size:" + num(kCodeScale) + "em;background:var(--folio-tint);border-radius:3px;padding:0 2px}\n";
    css += fp + " sub," + fp + " sup{font-size:" + num(kShiftScale) + "em;line-height:0}\n";
    css += fp + " sup{vertical-align:" + num(kSupRise / kShiftScale) + "em}\n";
    css += fp + " sub{vertical-align:" + num(-kSubDrop / kShiftScale) + "em}\n";
    // Tables (scrolling sideways when wider than the column, as on the canvas) and separators.
    css += fp + " table{display:block;max-width:100%;overflow-x:auto;margin:0 0 " + em(kBlockAfterEm) + ";border-collapse:collapse;font-size:" +
           num(kTableScale) + "em;line-height:" + num(kTableLineHeight) + "}\n";
    css += fp + " caption{text-align:start;margin-bottom:" + em(kCaptionTableGapEm / kTableScale) + ";font:" + num(kSmallScale / kTableScale) +
           "em/" + num(kSansLineHeight) + " " + sans + ";color:var(--folio-muted)}\n";
    css += fp + " th," + fp + " td{padding:" + em(kCellPaddingYEm) + " " + em(kCellPaddingXEm) + ";text-align:start;vertical-align:top;"
           "border-bottom:max(1px," + em(kTableRuleEm / kTableScale) + ") solid var(--folio-rule)}\n";
    css += fp + " th{background:var(--folio-tint)}\n";
    css += fp + " hr{width:min(100%," + em(kRuleWidthEm) + ");margin:" + em(kRuleSpaceEm) + " auto " + em(kRuleSpaceEm + kBlockAfterEm) +
           ";border:0;border-top:max(1px," + em(kTableRuleEm) + ") solid var(--folio-rule)}\n";
    // A pull quote: large, between rules, without the quote's side rule.
    css += fp + " blockquote.folio-pullquote{padding:" + em(kPullquotePaddingEm) + " 0;border-block:max(1px," + em(kHeaderRuleEm) +
           ") solid var(--folio-rule)}\n";
    css += fp + " blockquote.folio-pullquote p{font-size:" + em(kPullquoteScale) + ";line-height:" + num(kHeadingLineHeight) + "}\n";
    css += fp + " blockquote.folio-pullquote p::before{display:none}\n";
    // An aside: its title and paragraphs on a tint, a little smaller.
    css += fp + " aside{margin:0 0 " + em(kBlockAfterEm) + ";padding:" + em(kAsidePaddingEm) + ";background:var(--folio-tint);"
           "border-radius:4px;font-size:" + num(kAsideScale) + "em}\n";
    css += fp + " aside h4{margin:0 0 " + em(kAsideTitleGapEm) + ";font-size:1em;line-height:" + num(kHeadingLineHeight) + "}\n";
    css += fp + " aside p{margin:0}\n";
    css += fp + " aside p+p{margin-top:" + em(kBlockAfterEm * kAsideScale) + "}\n";
    // An embed's card: its poster across the top, then its label, title and host on a tint.
    css += fp + " figure.folio-embed{background:var(--folio-tint);border-radius:4px;overflow:hidden}\n";
    css += fp + " figure.folio-embed img{width:100%;border-radius:0}\n";
    css += fp + " figure.folio-embed figcaption{margin:0;padding:" + em(kEmbedPaddingEm) + ";font:inherit;color:inherit}\n";
    css += fp + " figure.folio-embed p{margin:0;font:" + em(kSmallScale) + "/" + num(kSansLineHeight) + " " + sans + ";color:var(--folio-muted)}\n";
    css += fp + " figure.folio-embed p+p{margin-top:" + em(kEmbedGapEm) + "}\n";
    css += fp + " figure.folio-embed p:nth-child(2){font-weight:700;font-size:1em;line-height:" + num(kHeadingLineHeight) + ";font-family:inherit;color:inherit}\n";
    // A gallery: its pictures two to a row once the column is wide enough, as on the canvas.
    css += fp + " figure.folio-gallery{display:grid;grid-template-columns:1fr;gap:" + em(kGalleryGapEm) + "}\n";
    css += fp + " figure.folio-gallery>figure{margin:0}\n";
    css += fp + " figure.folio-gallery img:not([width]){aspect-ratio:4/3}\n";
    css += fp + " figure.folio-gallery>figcaption{grid-column:1/-1;margin-top:0}\n";
    css += "@container (min-width:" + num(kGalleryTwoUpPx + 2.0f * kMinMarginPx) + "px){" + fp +
           " figure.folio-gallery{grid-template-columns:1fr 1fr}}\n";
    css += fp + " figcaption small{font-size:inherit;font-style:italic}\n";  // an image's credit
    css += fp + " .folio-source{display:none}\n";
    css += "@container (max-width:" + num(kNarrowViewportPx - 0.02f) + "px){" + fp + " article{padding-top:" +
           em(kTopPaddingNarrowEm) + "}" + fp + " h1{font-size:" + em(kTitleScaleNarrow) + "}}\n";
    css += "@media print{" + fp + "{position:static;overflow:visible;background:none;color:#000}" + fp +
           " .folio-tools{display:none}}\n";
    return css;
}

// Applies the stored settings (settingsToJson under kSettingsStorageKey) to the root element before
// the first paint; anything unexpected leaves the defaults.
std::string settingsScript() {
    return "(function(){try{var s=JSON.parse(localStorage.getItem(\"" + std::string(kSettingsStorageKey) +
           "\"));if(!s||s.version!==1)return;var r=document.documentElement;"
           "if(typeof s.fontSizePx===\"number\"&&s.fontSizePx>=" + num(kFontSizeSteps.front()) + "&&s.fontSizePx<=" +
           num(kFontSizeSteps.back()) + "){r.style.setProperty(\"--folio-em\",s.fontSizePx+\"px\");"
           "r.style.setProperty(\"--folio-size-label\",JSON.stringify(s.fontSizePx+\" px\"))}"
           "[[\"family\",\"family\"," + namesArray(kFamilies) + "],"
           "[\"lineSpacing\",\"spacing\"," + namesArray(kSpacings) + "],"
           "[\"columnWidth\",\"width\"," + namesArray(kWidths) + "],"
           "[\"theme\",\"theme\"," + namesArray(kThemes) + "]]"
           ".forEach(function(c){if(c[2].indexOf(s[c[0]])>=0)r.setAttribute(\"data-folio-\"+c[1],s[c[0]])})"
           "}catch(e){}})();";
}

}  // namespace

std::string firstPaintStyles(const FirstPaintFonts& fonts) { return styles(fonts); }

std::string firstPaintSettingsScript() { return settingsScript() + "\n"; }

std::string firstPaintHead(const std::string& stylesUrl, const std::string& scriptUrl,
                           const std::vector<std::string>& preloads) {
    std::string head;
    for (const std::string& url : preloads)
        head += "<link rel=\"preload\" href=\"" + escapeHtml(url) + "\" as=\"font\" type=\"font/ttf\" crossorigin>\n";
    return head + "<link rel=\"stylesheet\" href=\"" + escapeHtml(stylesUrl) + "\">\n<script src=\"" + escapeHtml(scriptUrl) +
           "\"></script>\n";
}

std::vector<FallbackCoverage> firstPaintFontFiles(std::string_view manifestJson, std::string_view text,
                                                  std::string_view language,
                                                  const std::function<std::string(const std::string& name)>& readManifest) {
    // Every character of the text but line breaks and other controls, in every face.
    MissingGlyphs needed;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || needed.characters.find(cp) != std::u32string::npos) continue;
        needed.characters += cp;
        needed.faces.push_back(static_cast<std::uint16_t>((1u << kFontFaceCount) - 1));
    }
    nlohmann::json manifest = nlohmann::json::parse(manifestJson.begin(), manifestJson.end(), nullptr, false);
    std::vector<FallbackCoverage> coverage;
    std::string error;
    for (int round = 0; round < 8 && manifest.is_object(); ++round) {  // a manifest may name more of them
        if (!parseFallbackCoverage(manifest.dump(), coverage, error)) return {};
        const std::vector<std::string> wanted = wantedFallbackFiles(coverage, needed, language);
        bool merged = false;
        for (const std::string& name : wanted) {
            if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0) continue;
            const std::string group = readManifest(name);
            const nlohmann::json slices = nlohmann::json::parse(group, nullptr, false);
            manifest.erase(name);
            if (slices.is_object()) manifest.update(slices);
            merged = true;
        }
        if (merged) continue;
        // Not the web's copy of the emoji font: it holds no picture, and an emoji the text fonts
        // lack is better in the reader's own emoji font until the canvas draws it.
        std::vector<FallbackCoverage> files;
        for (FallbackCoverage& file : coverage) {
            FallbackFontFile known;
            if (std::find(wanted.begin(), wanted.end(), file.file) == wanted.end() ||
                (fallbackFontFile(file.file, known) && known.color))
                continue;
            files.push_back(std::move(file));
        }
        return files;
    }
    return {};
}

std::vector<FontFace> firstScreenFaces(FontFamily family) {
    std::vector<FontFace> faces{familyFace(family, false, false), familyFace(family, true, false)};
    if (family != FontFamily::Sans) faces.push_back(FontFace::Sans);
    return faces;
}

std::string firstPaintBody(const Article& article, const std::string& imageBase) {
    return "<div class=\"folio-first-paint\">\n" + toolbarHtml(articleDirection(article) == TextDirection::Rtl) +
           articleHtml(article, metaLine(article), imageBase) +
           "</div>\n";
}

}  // namespace folio::ui
