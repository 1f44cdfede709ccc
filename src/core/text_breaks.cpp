// The word dictionaries' break opportunities in UTF-8 text (DictionaryBreaks, text_breaks.h).
#include "text_breaks.h"

#include "folio/utf8.h"

namespace folio::detail {

void DictionaryBreaks::find(const WordDictionaries* dictionaries, std::string_view text, std::size_t begin,
                            std::size_t end) {
    if (dictionaries == nullptr || dictionaries->empty()) return;
    run_.clear();
    offsets_.clear();
    for (std::size_t pos = begin; pos < end;) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {  // ASCII ends a run
            flush(*dictionaries);
            ++pos;
            continue;
        }
        const std::size_t at = pos;
        const char32_t cp = nextCodepoint(text, pos);
        const std::optional<WordScript> script = wordScriptOf(cp);
        if (script) {
            if (!run_.empty() && *script != script_) flush(*dictionaries);
            script_ = *script;
        } else if (run_.empty() || (cp != 0x200C && cp != 0x200D)) {  // joiners go on a run, start none
            flush(*dictionaries);
            continue;
        }
        run_ += cp;
        offsets_.push_back(at);
    }
    flush(*dictionaries);
}

void DictionaryBreaks::flush(const WordDictionaries& dictionaries) {
    if (run_.size() > 1) {
        if (const WordDictionary* dictionary = dictionaries.find(script_)) {
            found_.clear();
            findWordBoundaries(*dictionary, run_, found_);
            for (const std::uint32_t i : found_) breaks_.push_back(offsets_[i]);
        }
    }
    run_.clear();
    offsets_.clear();
}

}  // namespace folio::detail
