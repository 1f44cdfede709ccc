// Word boundaries by dictionary for the scripts written without spaces between words: Thai, Lao,
// Khmer and Myanmar. A dictionary file (made at build time by tools/word_dictionary.py, whose header
// describes the format; the words are ICU's, see docs/word-dictionaries.md) is read from bytes,
// which are untrusted: a malformed file is refused with the reason. Layout breaks lines at the
// boundaries findWordBoundaries gives (src/core/text_breaks.h) once TrueTypeMetrics holds the
// script's dictionary (TrueTypeMetrics::addWordDictionary).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

class TrueTypeMetrics;

// The scripts a word dictionary breaks. New ones are appended, so that the numbers never change.
enum class WordScript : std::uint8_t { Thai, Lao, Khmer, Myanmar };
constexpr std::size_t kWordScriptCount = 4;

// The script whose dictionary breaks `cp`: a character that UAX #14 leaves to the dictionary
// (line break class SA: letters, vowels, tone marks and signs of Thai, Lao, Khmer, Myanmar and
// Myanmar Extended-A/B; not their digits or punctuation). nullopt for every other character.
std::optional<WordScript> wordScriptOf(char32_t cp);

// The script's name, as in its dictionary file's name: "thai", "lao", "khmer", "myanmar".
const char* wordScriptName(WordScript script);

// The script's dictionary file name, e.g. "thai.words" (the build writes them into a folder
// "dictionaries" beside the fonts, and natively into FOLIO_DICTIONARY_DIR).
std::string wordDictionaryFile(WordScript script);

// The scripts of wordScriptOf that `text` (UTF-8) has, as a bitmask: bit i for WordScript i.
// Linear in the text's length; 0 for text without them (most text: ASCII is skipped fast).
unsigned wordScriptsIn(std::string_view text);

// One script's words, read from a dictionary file. Immutable once read; lookups are const and
// may run on several threads.
class WordDictionary {
public:
    // Reads a dictionary file, taking its bytes. Returns nullptr when the bytes are not a well-formed
    // dictionary, with `error` saying why (e.g. "the trie is 120 bytes, the header says 4000");
    // the whole trie is checked here, so lookups never read outside it.
    static std::unique_ptr<WordDictionary> read(std::vector<unsigned char> bytes, std::string& error);

    WordScript script() const { return script_; }
    std::uint32_t wordCount() const { return wordCount_; }
    // The longest word, in characters.
    std::size_t longestWord() const { return longest_; }
    // The file's size in bytes.
    std::size_t size() const { return bytes_.size(); }

    // The unit (0 to 255) that stands for `cp` in this dictionary's words; -1 for a character no
    // word has.
    int unitOf(char32_t cp) const;

    // Appends to `lengths` the length of every word that `units` (unitOf values, -1 for none)
    // starts with, in characters, shortest first. At most longestWord() units are read.
    void prefixes(const std::int16_t* units, std::size_t count, std::vector<std::uint16_t>& lengths) const;

private:
    WordDictionary() = default;
    std::vector<unsigned char> bytes_;
    WordScript script_ = WordScript::Thai;
    std::uint32_t wordCount_ = 0;
    std::size_t longest_ = 0;
    std::array<std::uint32_t, 256> root_{};  // per first unit: its record's offset in bytes_ + 1, 0 for none
};

// The dictionaries of the scripts, at most one each.
class WordDictionaries {
public:
    // Reads a dictionary file (WordDictionary::read) and keeps it for its script, replacing the
    // one that script had. False, with `error` saying why, when the bytes are refused.
    bool add(std::vector<unsigned char> bytes, std::string& error);
    // The dictionary of `script`, owned by this object and valid until that script's is replaced;
    // null when none was added.
    const WordDictionary* find(WordScript script) const;
    // True when no dictionary was added.
    bool empty() const;

private:
    std::array<std::unique_ptr<const WordDictionary>, kWordScriptCount> dictionaries_;
};

// True when no line may break between `prev` and `cp`, two characters of a run of one script of
// wordScriptOf (U+200C and U+200D may be either): `cp` is a mark, a joiner or a vowel sign that
// follows its consonant (Thai/Lao SARA A, AA, AM, MAIYAMOK), or `prev` is a joiner, a Khmer COENG or
// Myanmar VIRAMA (the next consonant stacks under it) or a Thai/Lao vowel written before its
// consonant. The boundaries of the clusters a dictionary's words and unknown stretches are made of.
bool clusterContinues(char32_t prev, char32_t cp);

// Appends to `boundaries` the word boundaries inside `run` (characters of one script of
// wordScriptOf, all of `dictionary`'s, with U+200C and U+200D among them), as character indices
// from 1 to run.size() - 1, increasing. The segmentation has the fewest characters outside the
// dictionary's words, then the fewest pieces (a stretch of unknown characters is one piece), and
// of those the one whose first words are longest; it falls between clusters only. Appends nothing
// for a run of one word, or of unknown characters only. Linear in the run's length (each position
// reads at most longestWord() characters); a run of more than kMaxSegmentedRun characters is
// segmented in parts of about that length, cut between clusters.
void findWordBoundaries(const WordDictionary& dictionary, std::u32string_view run, std::vector<std::uint32_t>& boundaries);
constexpr std::size_t kMaxSegmentedRun = 4096;

// Native only: adds the dictionary files of every script (wordDictionaryFile) found in the folder
// `dir` to `metrics`; returns how many were added. A missing file is skipped (its script breaks as
// it would without one); a file that is refused is named in `error` ("cannot load <path> (<why>)",
// comma separated), empty when none was.
std::size_t loadWordDictionaries(TrueTypeMetrics& metrics, const std::string& dir, std::string& error);

}  // namespace folio
