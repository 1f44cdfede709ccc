// Loads the Noto faces the viewer ships with into a TrueTypeMetrics, for tests and benchmarks.
// FOLIO_FONT_DIR (set by the build) names the folder that holds NotoSerif-*.ttf and NotoSans-*.ttf.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "folio/fallback_fonts.h"
#include "folio/font_files.h"
#include "folio/font_metrics.h"

#ifndef FOLIO_FONT_DIR
#error "FOLIO_FONT_DIR must name the folder of the Noto fonts (the build defines it)"
#endif

namespace folio::test {

// The whole file at `path`; empty when it cannot be read.
inline std::vector<unsigned char> readFileBytes(const std::string& path) { return folio::readFileBytes(path); }

// File name (in FOLIO_FONT_DIR) of the font used for `face`.
inline const char* notoFileName(FontFace face) { return fontFileName(face); }

// Loads one face from FOLIO_FONT_DIR; false when the file is missing or unreadable.
inline bool loadNotoFace(TrueTypeMetrics& metrics, FontFace face) {
    return metrics.setFace(face, readFileBytes(std::string(FOLIO_FONT_DIR) + "/" + notoFileName(face)));
}

// A TrueTypeMetrics with all eight Noto faces; faces that fail to load are left to fallback.
inline std::unique_ptr<TrueTypeMetrics> makeNotoMetrics() {
    auto metrics = std::make_unique<TrueTypeMetrics>();
    std::string error;
    loadFontDirectory(*metrics, FOLIO_FONT_DIR, error);
    return metrics;
}

// The shared Noto metrics of a test binary, loaded on first use.
inline const TrueTypeMetrics& notoMetrics() {
    static const std::unique_ptr<TrueTypeMetrics> metrics = makeNotoMetrics();
    return *metrics;
}

#if defined(FOLIO_CJK_FONT_DIR) && defined(FOLIO_SYMBOL_FONT_DIR)
// The Noto faces with every fallback font (other scripts, CJK, symbols, emoji), loaded once and
// shared by a test binary; tests set its language before measuring.
inline TrueTypeMetrics& worldMetrics() {
    static const std::unique_ptr<TrueTypeMetrics> metrics = [] {
        auto loaded = makeNotoMetrics();
        std::string error;
        loadFallbackFonts(*loaded, {FOLIO_FONT_DIR, FOLIO_CJK_FONT_DIR, FOLIO_SYMBOL_FONT_DIR}, error);
        return loaded;
    }();
    return *metrics;
}
#endif

}  // namespace folio::test
