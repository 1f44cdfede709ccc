// Every colour Folio draws with, defined once: the reading themes (the canvas, its toolbar and
// panels, the HTML dialogs and keyboard bar) and the paper (print preview, PDF, the printed HTML
// copy). Colours are 0xRRGGBB. The canvas converts them for Dear ImGui, the PDF writer for its
// colour operators, and the browser side gets them as CSS custom properties from designJson()
// (folio/design_tokens.h): nothing else spells a colour.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "folio/layout.h"
#include "folio/print_layout.h"
#include "folio/reading_settings.h"

namespace folio {

using Rgb = std::uint32_t;  // 0xRRGGBB

// A reading theme's colours, by what they colour.
struct Palette {
    Rgb background;    // canvas and page
    Rgb text;          // body, headings, title
    Rgb muted;         // meta line, captions, quote attribution
    Rgb link;          // link text and underline; focus rings and the accent of controls
    Rgb rule;          // quote rule, separators, toolbar border
    Rgb placeholder;   // image box while there is no image
    Rgb error;         // the headline of an error page; a form field's error
    Rgb surface;       // toolbar, panel and dialog background
    Rgb control;       // button background
    Rgb controlHover;  // button background under the pointer
    Rgb selected;      // the chosen option in a group; a pressed button
    Rgb field;         // text field background
    Rgb fieldBorder;   // text field and button border
    Rgb tint;          // behind code, asides and table headers
};

// Light, sepia and dark, close to what Firefox Reader View offers.
inline constexpr Palette kLightPalette{0xffffff, 0x1b1b1f, 0x5b5b66, 0x005ac8, 0xd7d7db, 0xeeeef2, 0xb01c1c,
                                       0xf9f9fb, 0xf0f0f4, 0xe0e0e6, 0xcfe0fa, 0xffffff, 0xb8b8c0, 0xf3f3f6};
inline constexpr Palette kSepiaPalette{0xf4ecd8, 0x5b4636, 0x7a6655, 0x8a3c10, 0xd9c9a8, 0xe8dcc0, 0xa31d12,
                                       0xefe5cd, 0xe6d9bb, 0xdccca8, 0xd8c090, 0xfbf6ea, 0xb09a78, 0xebe0c6};
inline constexpr Palette kDarkPalette{0x1c1b22, 0xe8e8ed, 0xa8a8b4, 0x7cb8ff, 0x42414d, 0x2b2a33, 0xff8484,
                                      0x23222b, 0x2f2e38, 0x3d3c48, 0x2b4a7a, 0x1c1b22, 0x6b6a78, 0x27262e};

// The palette of `choice`; Auto is dark when `prefersDark`, light otherwise.
const Palette& paletteFor(ThemeChoice choice, bool prefersDark);

// The colours of paper, the same in every theme.
struct PaperPalette {
    Rgb paper;        // the sheet
    Rgb text;         // body text
    Rgb muted;        // meta line, captions, page header and footer
    Rgb placeholder;  // an image box without its picture
    Rgb rule;         // quote rules, separators, table rules
    Rgb tint;         // behind code, asides and table headers
};

inline constexpr PaperPalette kPaperPalette{0xffffff, 0x1c1c1f, 0x5c5c66, 0xeeeeee, 0xcccccc, 0xf2f2f2};

// On paper (the print preview and the PDF alike): the colour of a run of text of `role` (body
// text, or muted), and of a box of `kind` that has no picture (an image's placeholder, a rule, a
// tint).
Rgb paperColour(PrintRole role);
Rgb paperColour(BoxKind kind);

// The colour as CSS writes it: "#rrggbb".
std::string cssColour(Rgb colour);

// Each colour of a palette by name: the name the design tokens give it ("controlHover") and the
// CSS custom property that carries it ("--folio-control-hover"; paper: "--folio-paper-text").
template <typename Colours>
struct ColourRole {
    const char* name;
    const char* property;
    Rgb Colours::*member;
};
inline constexpr ColourRole<Palette> kPaletteRoles[] = {
    {"background", "--folio-background", &Palette::background}, {"text", "--folio-text", &Palette::text},
    {"muted", "--folio-muted", &Palette::muted},                 {"link", "--folio-link", &Palette::link},
    {"rule", "--folio-rule", &Palette::rule},                    {"placeholder", "--folio-placeholder", &Palette::placeholder},
    {"error", "--folio-error", &Palette::error},                 {"surface", "--folio-surface", &Palette::surface},
    {"control", "--folio-control", &Palette::control},           {"controlHover", "--folio-control-hover", &Palette::controlHover},
    {"selected", "--folio-selected", &Palette::selected},        {"field", "--folio-field", &Palette::field},
    {"fieldBorder", "--folio-field-border", &Palette::fieldBorder}, {"tint", "--folio-tint", &Palette::tint}};
inline constexpr ColourRole<PaperPalette> kPaperRoles[] = {
    {"paper", "--folio-paper", &PaperPalette::paper},
    {"text", "--folio-paper-text", &PaperPalette::text},
    {"muted", "--folio-paper-muted", &PaperPalette::muted},
    {"placeholder", "--folio-paper-placeholder", &PaperPalette::placeholder},
    {"rule", "--folio-paper-rule", &PaperPalette::rule},
    {"tint", "--folio-paper-tint", &PaperPalette::tint}};

// The palette as CSS declarations of its custom properties: "--folio-background:#ffffff;…"; with
// `only`, just those of the roles it names (by ColourRole::name), in the palette's order.
std::string cssProperties(const Palette& palette, std::initializer_list<std::string_view> only = {});
std::string cssProperties(const PaperPalette& paper);

}  // namespace folio
