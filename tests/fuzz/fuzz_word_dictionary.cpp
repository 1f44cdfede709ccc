// Fuzz target: word dictionaries and the segmenter (folio/word_dictionary.h). The bytes are read as
// a dictionary file (WordDictionary::read, which checks the whole trie); one that is read segments
// the bytes themselves as text of its script (each byte the character of that unit). Then the
// bytes, as UTF-8, are segmented with the dictionaries the build made (FOLIO_DICTIONARY_DIR), run
// by run as layout does. Every boundary must lie inside its run, in increasing order, and between
// clusters (else a trap). Seeds (tools/fuzz.sh): small dictionaries of the words of the sample news
// of tests/fixtures/scripts, and those articles themselves.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "folio/font_files.h"
#include "folio/utf8.h"
#include "folio/word_dictionary.h"

#ifndef FOLIO_DICTIONARY_DIR
#error "FOLIO_DICTIONARY_DIR must name the folder of the word dictionaries (the build defines it)"
#endif

namespace {

const folio::WordDictionaries& builtDictionaries() {
    static const folio::WordDictionaries dictionaries = [] {
        folio::WordDictionaries loaded;
        for (const folio::WordScript script : {folio::WordScript::Thai, folio::WordScript::Lao, folio::WordScript::Khmer,
                                               folio::WordScript::Myanmar}) {
            std::string error;
            loaded.add(folio::readFileBytes(std::string(FOLIO_DICTIONARY_DIR) + "/" + folio::wordDictionaryFile(script)), error);
        }
        return loaded;
    }();
    return dictionaries;
}

// Segments `run` and checks what comes back.
void segment(const folio::WordDictionary& dictionary, const std::u32string& run) {
    std::vector<std::uint32_t> boundaries;
    folio::findWordBoundaries(dictionary, run, boundaries);
    std::uint32_t last = 0;
    for (const std::uint32_t at : boundaries) {
        if (at <= last || at >= run.size() || folio::clusterContinues(run[at - 1], run[at])) __builtin_trap();
        last = at;
    }
}

// The runs of `text` (characters of one script with a dictionary, joiners among them), segmented.
void segmentRuns(const folio::WordDictionaries& dictionaries, std::string_view text) {
    std::u32string run;
    folio::WordScript script = folio::WordScript::Thai;
    const auto flush = [&] {
        if (const folio::WordDictionary* dictionary = run.size() > 1 ? dictionaries.find(script) : nullptr)
            segment(*dictionary, run);
        run.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = folio::nextCodepoint(text, pos);
        const std::optional<folio::WordScript> of = folio::wordScriptOf(cp);
        if (of && (run.empty() || *of == script)) {
            script = *of;
            run += cp;
        } else if (!of && !run.empty() && (cp == 0x200C || cp == 0x200D)) {
            run += cp;
        } else {
            flush();
            if (of) {
                script = *of;
                run += cp;
            }
        }
    }
    flush();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    const std::unique_ptr<folio::WordDictionary> dictionary =
        folio::WordDictionary::read(std::vector<unsigned char>(data, data + size), error);
    if (dictionary) {
        // The file's own bytes as text of its script: its words are in there.
        char32_t characters[256] = {};  // by unit: the script's character, or a joiner
        for (char32_t c = 0x0E00; c < 0x1880; ++c) {
            const int unit = dictionary->unitOf(c);
            if (unit >= 0 && folio::wordScriptOf(c) == dictionary->script()) characters[unit] = c;
        }
        characters[0xFE] = 0x200C;
        characters[0xFF] = 0x200D;
        std::u32string run;
        for (std::size_t i = 0; i < size; ++i)
            if (characters[data[i]] != 0) run += characters[data[i]];
        segment(*dictionary, run);
    } else if (error.empty()) {
        __builtin_trap();  // refused without a reason
    }
    segmentRuns(builtDictionaries(), std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
