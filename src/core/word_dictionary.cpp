// Word dictionary files: the header and the whole trie checked once when read (so lookups need no
// checks of their own), lookups of the words a text starts with, the dictionaries of the scripts,
// and loading them from a folder (native). The format is described in tools/word_dictionary.py.
#include "folio/word_dictionary.h"

#include <cstring>
#include <utility>

#include "folio/font_files.h"
#include "folio/font_metrics.h"

namespace folio {

namespace {

constexpr std::size_t kHeaderSize = 24;
constexpr unsigned char kWordEnds = 0x80;     // record flags
constexpr unsigned char kHasChildren = 0x40;
constexpr unsigned char kHasSibling = 0x20;
constexpr unsigned char kUnitsMask = 0x1F;    // the record's units less 1
constexpr std::size_t kMaxVarintBytes = 4;

// ISO 15924 codes, by WordScript.
constexpr const char* kScriptCodes[kWordScriptCount] = {"Thai", "Laoo", "Khmr", "Mymr"};
constexpr const char* kScriptNames[kWordScriptCount] = {"thai", "lao", "khmer", "myanmar"};
// The first code point of each script's block: unit = code point - base.
constexpr char32_t kScriptBase[kWordScriptCount] = {0x0E00, 0x0E80, 0x1780, 0x1000};

std::uint32_t readU32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

// A varint at `at`, below `end`: its value into `value` and the position after it; 0 when it runs
// past `end` or over kMaxVarintBytes bytes.
std::size_t readVarint(const unsigned char* bytes, std::size_t at, std::size_t end, std::uint32_t& value) {
    value = 0;
    for (std::size_t i = 0; i < kMaxVarintBytes && at + i < end; ++i) {
        value |= static_cast<std::uint32_t>(bytes[at + i] & 0x7F) << (7 * i);
        if ((bytes[at + i] & 0x80) == 0) return at + i + 1;
    }
    return 0;
}

// The varint at `at` of a checked trie, skipped over, its value into `value`.
std::size_t skipVarint(const unsigned char* bytes, std::size_t at, std::uint32_t& value) {
    value = 0;
    for (unsigned shift = 0;; shift += 7) {
        value |= static_cast<std::uint32_t>(bytes[at] & 0x7F) << shift;
        if ((bytes[at++] & 0x80) == 0) return at;
    }
}

}  // namespace

const char* wordScriptName(WordScript script) { return kScriptNames[static_cast<std::size_t>(script)]; }

std::string wordDictionaryFile(WordScript script) { return std::string(wordScriptName(script)) + ".words"; }

std::unique_ptr<WordDictionary> WordDictionary::read(std::vector<unsigned char> bytes, std::string& error) {
    error.clear();
    const auto refuse = [&error](std::string why) {
        error = std::move(why);
        return std::unique_ptr<WordDictionary>();
    };
    if (bytes.size() < kHeaderSize)
        return refuse("the file is " + std::to_string(bytes.size()) + " bytes, shorter than the 24-byte header");
    const unsigned char* b = bytes.data();
    if (std::memcmp(b, "FWRD", 4) != 0) return refuse("not a word dictionary (no FWRD at its start)");
    if (b[4] != 1) return refuse("format version " + std::to_string(b[4]) + ", not 1");
    if (b[6] != 0 || b[7] != 0 || readU32(b + 20) != 0) return refuse("reserved header bytes are not 0");
    std::unique_ptr<WordDictionary> dictionary(new WordDictionary());
    std::size_t script = 0;
    while (script < kWordScriptCount && std::memcmp(b + 8, kScriptCodes[script], 4) != 0) ++script;
    if (script == kWordScriptCount) return refuse("an unknown script code");
    dictionary->script_ = static_cast<WordScript>(script);
    dictionary->longest_ = b[5];
    dictionary->wordCount_ = readU32(b + 12);
    const std::uint32_t trieSize = readU32(b + 16);
    if (trieSize != bytes.size() - kHeaderSize) {
        return refuse("the trie is " + std::to_string(bytes.size() - kHeaderSize) + " bytes, the header says " +
                      std::to_string(trieSize));
    }
    if (trieSize == 0 || dictionary->longest_ == 0) return refuse("no words");

    // Every sibling list, depth first, without recursion: each list's next record and end, and the
    // units matched before it. A list is within its parent's record; each record within its list.
    struct List {
        std::size_t at;
        std::size_t end;
        std::size_t depth;
        int lastUnit;  // the first unit of its last record, -1 before the first
    };
    std::vector<List> lists{{kHeaderSize, bytes.size(), 0, -1}};
    std::uint32_t words = 0;
    std::size_t longest = 0;
    while (!lists.empty()) {
        List& list = lists.back();
        if (list.at == list.end) {
            if (list.lastUnit < 0) return refuse("an empty list of children at byte " + std::to_string(list.at));
            lists.pop_back();
            continue;
        }
        const std::size_t record = list.at;
        const unsigned char flags = b[record];
        std::uint32_t skip = 0;
        std::size_t unitsAt = record + 1;
        if (flags & kHasSibling) {
            unitsAt = readVarint(b, unitsAt, list.end, skip);
            if (unitsAt == 0) return refuse("a bad size at byte " + std::to_string(record + 1));
        }
        const std::size_t count = (flags & kUnitsMask) + 1u;
        if (count > list.end - unitsAt) return refuse("a record at byte " + std::to_string(record) + " runs past its list");
        const int first = b[unitsAt];
        if (first <= list.lastUnit) return refuse("records out of order at byte " + std::to_string(record));
        list.lastUnit = first;
        const std::size_t children = unitsAt + count;
        std::size_t childrenEnd = list.end;
        if (flags & kHasSibling) {
            if (skip >= list.end - children)  // a sibling must follow the children
                return refuse("a size at byte " + std::to_string(record + 1) + " runs past its list");
            childrenEnd = children + skip;
        }
        const std::size_t depth = list.depth + count;
        if (depth > dictionary->longest_) return refuse("a word longer than the header's longest");
        if (list.depth == 0) dictionary->root_[static_cast<std::size_t>(first)] = static_cast<std::uint32_t>(record + 1);
        list.at = childrenEnd;
        if (flags & kWordEnds) {
            ++words;
            if (depth > longest) longest = depth;
        }
        if (flags & kHasChildren) {
            if (childrenEnd == children) return refuse("a record without its children at byte " + std::to_string(record));
            lists.push_back({children, childrenEnd, depth, -1});  // `list` is not used after this
        } else if (childrenEnd != children) {
            return refuse("bytes after a record without children at byte " + std::to_string(record));
        } else if (!(flags & kWordEnds)) {
            return refuse("a record that ends no word and has no children at byte " + std::to_string(record));
        }
    }
    if (words != dictionary->wordCount_) {
        return refuse("the trie has " + std::to_string(words) + " words, the header says " +
                      std::to_string(dictionary->wordCount_));
    }
    if (longest != dictionary->longest_) return refuse("the longest word is not as long as the header says");
    dictionary->bytes_ = std::move(bytes);
    return dictionary;
}

int WordDictionary::unitOf(char32_t cp) const {
    if (cp == 0x200C) return 0xFE;
    if (cp == 0x200D) return 0xFF;
    const char32_t base = kScriptBase[static_cast<std::size_t>(script_)];
    return cp >= base && cp - base <= 0xFD ? static_cast<int>(cp - base) : -1;
}

void WordDictionary::prefixes(const std::int16_t* units, std::size_t count, std::vector<std::uint16_t>& lengths) const {
    if (count == 0 || units[0] < 0) return;
    std::size_t record = root_[static_cast<std::size_t>(units[0])];
    if (record == 0) return;
    --record;
    const unsigned char* b = bytes_.data();
    std::size_t matched = 0;
    for (;;) {  // `record` starts with units[matched]
        const unsigned char flags = b[record];
        std::uint32_t skip = 0;
        std::size_t at = record + 1;
        if (flags & kHasSibling) at = skipVarint(b, at, skip);
        const std::size_t n = (flags & kUnitsMask) + 1u;
        if (n > count - matched) return;
        for (std::size_t k = 1; k < n; ++k)
            if (units[matched + k] != b[at + k]) return;
        matched += n;
        at += n;
        if (flags & kWordEnds) lengths.push_back(static_cast<std::uint16_t>(matched));
        if (!(flags & kHasChildren) || matched == count || units[matched] < 0) return;
        // The child that starts with the next unit: siblings are in increasing order of their first.
        for (;;) {
            const unsigned char childFlags = b[at];
            std::size_t childUnits = at + 1;
            if (childFlags & kHasSibling) childUnits = skipVarint(b, childUnits, skip);
            const int first = b[childUnits];
            if (first == units[matched]) break;
            if (first > units[matched] || !(childFlags & kHasSibling)) return;
            at = childUnits + (childFlags & kUnitsMask) + 1u + skip;
        }
        record = at;
    }
}

bool WordDictionaries::add(std::vector<unsigned char> bytes, std::string& error) {
    std::unique_ptr<WordDictionary> dictionary = WordDictionary::read(std::move(bytes), error);
    if (!dictionary) return false;
    dictionaries_[static_cast<std::size_t>(dictionary->script())] = std::move(dictionary);
    return true;
}

const WordDictionary* WordDictionaries::find(WordScript script) const {
    return dictionaries_[static_cast<std::size_t>(script)].get();
}

bool WordDictionaries::empty() const {
    for (const auto& dictionary : dictionaries_)
        if (dictionary) return false;
    return true;
}

std::size_t loadWordDictionaries(TrueTypeMetrics& metrics, const std::string& dir, std::string& error) {
    error.clear();
    std::size_t added = 0;
    for (std::size_t i = 0; i < kWordScriptCount; ++i) {
        const std::string path = (dir.empty() ? std::string() : dir + "/") + wordDictionaryFile(static_cast<WordScript>(i));
        std::vector<unsigned char> bytes = readFileBytes(path);
        if (bytes.empty()) continue;
        std::string problem;
        if (metrics.addWordDictionary(std::move(bytes), problem)) ++added;
        else error += (error.empty() ? "cannot load " : ", ") + path + " (" + problem + ")";
    }
    return added;
}

}  // namespace folio
