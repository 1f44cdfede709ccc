// Shared by the fuzz targets: the Noto faces of FOLIO_FONT_DIR with the word dictionaries of
// FOLIO_DICTIONARY_DIR (loaded once per process) and a small deterministic reader of the fuzzer's
// bytes. Fuzz targets are built with FOLIO_FUZZ=ON
// (tools/fuzz.sh); each one is a libFuzzer LLVMFuzzerTestOneInput.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "folio/font_files.h"
#include "folio/font_metrics.h"
#include "folio/word_dictionary.h"

#ifndef FOLIO_FONT_DIR
#error "FOLIO_FONT_DIR must name the folder of the Noto fonts (the build defines it)"
#endif
#ifndef FOLIO_DICTIONARY_DIR
#error "FOLIO_DICTIONARY_DIR must name the folder of the word dictionaries (the build defines it)"
#endif

namespace folio::fuzz {

// The eight Noto faces and the word dictionaries (Thai, Lao, Khmer and Myanmar text breaks between
// words, as in the viewer), loaded on first use and kept for the life of the process.
inline const TrueTypeMetrics& notoMetrics() {
    static const std::unique_ptr<TrueTypeMetrics> metrics = [] {
        auto loaded = std::make_unique<TrueTypeMetrics>();
        std::string error;
        loadFontDirectory(*loaded, FOLIO_FONT_DIR, error);
        loadWordDictionaries(*loaded, FOLIO_DICTIONARY_DIR, error);
        return loaded;
    }();
    return *metrics;
}

}  // namespace folio::fuzz
