// Word boundaries in runs of Thai, Lao, Khmer and Myanmar: which characters the dictionaries break
// (UAX #14's class SA), the clusters a break never falls inside, and the segmentation itself.
//
// The segmentation is maximal matching, solved exactly: of all the ways to cut a run into words of
// the dictionary and stretches of unknown clusters, the one with the fewest unknown characters, then
// the fewest pieces (so the longest words), found by dynamic programming from the run's end. Each
// position tries the words that start there (at most the dictionary's longest word ahead), so the
// cost is linear in the run's length. Ties go to the longest first word: then cutting a run at one
// of its boundaries and segmenting either part on its own gives the same boundaries again, which is
// what lets drawing find the breaks of a line's text that layout found in its whole paragraph.
#include "folio/word_dictionary.h"

#include <algorithm>

namespace folio {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

template <std::size_t N>
bool inRanges(const Range (&ranges)[N], char32_t cp) {
    for (const Range& r : ranges)
        if (cp >= r.first && cp <= r.last) return true;
    return false;
}

// UAX #14 class SA in each script's blocks (LineBreak.txt, Unicode 15).
constexpr Range kThai[] = {{0x0E01, 0x0E3A}, {0x0E40, 0x0E4E}};
constexpr Range kLao[] = {{0x0E81, 0x0E82}, {0x0E84, 0x0E84}, {0x0E86, 0x0E8A}, {0x0E8C, 0x0EA3}, {0x0EA5, 0x0EA5},
                          {0x0EA7, 0x0EBD}, {0x0EC0, 0x0EC4}, {0x0EC6, 0x0EC6}, {0x0EC8, 0x0ECE}, {0x0EDC, 0x0EDF}};
constexpr Range kKhmer[] = {{0x1780, 0x17D3}, {0x17D7, 0x17D7}, {0x17DC, 0x17DD}};
constexpr Range kMyanmar[] = {{0x1000, 0x103F}, {0x1050, 0x108F}, {0x109A, 0x109F},
                              {0xA9E0, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA60, 0xAA7F}};

// Marks (general categories Mn, Mc, Me) among them (UnicodeData.txt, Unicode 15).
constexpr Range kMarks[] = {
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E},                                      // Thai
    {0x0EB1, 0x0EB1}, {0x0EB4, 0x0EBC}, {0x0EC8, 0x0ECE},                                      // Lao
    {0x102B, 0x103E}, {0x1056, 0x1059}, {0x105E, 0x1060}, {0x1062, 0x1064}, {0x1067, 0x106D},  // Myanmar
    {0x1071, 0x1074}, {0x1082, 0x108D}, {0x108F, 0x108F}, {0x109A, 0x109D}, {0xA9E5, 0xA9E5},
    {0xAA7B, 0xAA7D},
    {0x17B4, 0x17D3}, {0x17DD, 0x17DD},                                                        // Khmer
};

bool isJoiner(char32_t cp) { return cp == 0x200C || cp == 0x200D; }

// Khmer COENG and Myanmar VIRAMA: the consonant after them is written under the one before.
bool isStacker(char32_t cp) { return cp == 0x17D2 || cp == 0x1039; }

// Thai and Lao vowels written before the consonant they follow in speech (logical order exceptions).
bool isPreposed(char32_t cp) { return (cp >= 0x0E40 && cp <= 0x0E44) || (cp >= 0x0EC0 && cp <= 0x0EC4); }

// Marks written after a word, part of it: Thai PAIYANNOI (an abbreviation) and MAIYAMOK, Lao KO LA,
// Khmer LEK TOO and the Myanmar reduplication marks (the word again).
bool isWordSuffix(char32_t cp) {
    return cp == 0x0E2F || cp == 0x0E46 || cp == 0x0EC6 || cp == 0x17D7 || cp == 0xA9E6 || cp == 0xAA70;
}

// Letters that never begin a syllable: Thai SARA A, SARA AA, SARA AM, LAKKHANGYAO; Lao SIGN A, AA,
// AM; and the word suffixes.
bool isFollower(char32_t cp) {
    return cp == 0x0E30 || cp == 0x0E32 || cp == 0x0E33 || cp == 0x0E45 || cp == 0x0EB0 || cp == 0x0EB2 ||
           cp == 0x0EB3 || isWordSuffix(cp);
}

// A cost: unknown characters in the high half, pieces in the low; smaller is better.
using Cost = std::uint64_t;
constexpr Cost kUnknownOne = Cost{1} << 32;

// Scratch of one segmentation, kept between calls on a thread.
struct Scratch {
    std::vector<std::int16_t> units;
    std::vector<std::uint32_t> nextCluster;  // per position: where the cluster after it starts
    std::vector<Cost> word;                  // best cost from a position where a piece starts
    std::vector<Cost> unknown;               // ... where an unknown stretch may go on
    std::vector<std::uint32_t> step;         // the word taken from a position, 0: an unknown cluster
    std::vector<bool> endsStretch;           // an unknown stretch ends at the position
    std::vector<std::uint16_t> lengths;
};

// Segments `part` (a run, or a part of one that starts and ends between clusters), appending its
// boundaries plus `offset`.
void segment(const WordDictionary& dictionary, std::u32string_view part, std::uint32_t offset,
             std::vector<std::uint32_t>& boundaries, Scratch& s) {
    const std::size_t n = part.size();
    s.units.resize(n);
    s.nextCluster.resize(n + 1);
    for (std::size_t i = 0; i < n; ++i) s.units[i] = static_cast<std::int16_t>(dictionary.unitOf(part[i]));
    s.nextCluster[n] = static_cast<std::uint32_t>(n);
    for (std::size_t i = n; i-- > 0;) {
        const bool continued = i + 1 < n && clusterContinues(part[i], part[i + 1]);
        s.nextCluster[i] = continued ? s.nextCluster[i + 1] : static_cast<std::uint32_t>(i + 1);
    }
    // A position starts a cluster when the cluster before it ends there.
    const auto startsCluster = [&](std::size_t i) { return i == 0 || i == n || !clusterContinues(part[i - 1], part[i]); };
    s.word.assign(n + 1, 0);
    s.unknown.assign(n + 1, 0);
    s.step.assign(n + 1, 0);
    s.endsStretch.assign(n + 1, true);
    for (std::size_t i = n; i-- > 0;) {
        if (!startsCluster(i)) continue;
        const std::size_t next = s.nextCluster[i];
        // From a piece's start: each word (longest first), then one unknown cluster; ties to the first.
        Cost best = ~Cost{0};
        s.lengths.clear();
        dictionary.prefixes(s.units.data() + i, n - i, s.lengths);
        for (std::size_t k = s.lengths.size(); k-- > 0;) {
            std::size_t end = i + s.lengths[k];
            if (end < n && isWordSuffix(part[end])) end = s.nextCluster[end];  // the word takes its suffix
            if (!startsCluster(end)) continue;
            const Cost cost = 1 + s.word[end];
            if (cost < best) {
                best = cost;
                s.step[i] = static_cast<std::uint32_t>(end - i);
            }
        }
        const Cost unknownCost = kUnknownOne * (next - i) + 1 + s.unknown[next];
        if (unknownCost < best) {
            best = unknownCost;
            s.step[i] = 0;
        }
        s.word[i] = best;
        // Inside an unknown stretch: end it here (a boundary), else take one more cluster into it.
        const Cost goOn = kUnknownOne * (next - i) + s.unknown[next];
        s.endsStretch[i] = best <= goOn;
        s.unknown[i] = std::min(best, goOn);
    }
    // Follow the choices from the start.
    bool inStretch = false;
    for (std::size_t i = 0; i < n;) {
        if (inStretch) {
            if (s.endsStretch[i]) {
                boundaries.push_back(offset + static_cast<std::uint32_t>(i));
                inStretch = false;
            } else {
                i = s.nextCluster[i];
            }
            continue;
        }
        if (s.step[i] > 0) {
            i += s.step[i];
            if (i < n) boundaries.push_back(offset + static_cast<std::uint32_t>(i));
        } else {
            i = s.nextCluster[i];
            inStretch = true;
        }
    }
}

}  // namespace

std::optional<WordScript> wordScriptOf(char32_t cp) {
    if (cp < 0x0E01 || cp > 0xAA7F) return std::nullopt;
    if (inRanges(kThai, cp)) return WordScript::Thai;
    if (inRanges(kLao, cp)) return WordScript::Lao;
    if (inRanges(kKhmer, cp)) return WordScript::Khmer;
    if (inRanges(kMyanmar, cp)) return WordScript::Myanmar;
    return std::nullopt;
}

unsigned wordScriptsIn(std::string_view text) {
    unsigned scripts = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        // The scripts' characters are three bytes long in UTF-8, leads E0 (U+0E01 up), E1 and EA.
        if (lead != 0xE0 && lead != 0xE1 && lead != 0xEA) {
            ++i;
            continue;
        }
        if (i + 2 >= text.size()) break;
        const char32_t cp = (static_cast<char32_t>(lead & 0x0F) << 12) |
                            (static_cast<char32_t>(static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                            (static_cast<char32_t>(static_cast<unsigned char>(text[i + 2]) & 0x3F));
        if (const std::optional<WordScript> script = wordScriptOf(cp)) scripts |= 1u << static_cast<unsigned>(*script);
        i += 3;
    }
    return scripts;
}

bool clusterContinues(char32_t prev, char32_t cp) {
    return isJoiner(cp) || isJoiner(prev) || inRanges(kMarks, cp) || isStacker(prev) || isPreposed(prev) ||
           isFollower(cp);
}

void findWordBoundaries(const WordDictionary& dictionary, std::u32string_view run, std::vector<std::uint32_t>& boundaries) {
    thread_local Scratch scratch;
    for (std::size_t begin = 0; begin < run.size();) {
        std::size_t end = std::min(run.size(), begin + kMaxSegmentedRun);
        // A part ends between clusters: back to the last cluster's start, or on to the next one
        // when the whole part is one cluster.
        std::size_t cut = end;
        while (cut > begin + 1 && cut < run.size() && clusterContinues(run[cut - 1], run[cut])) --cut;
        if (cut == begin + 1 && cut < run.size() && clusterContinues(run[cut - 1], run[cut])) {
            cut = end;
            while (cut < run.size() && clusterContinues(run[cut - 1], run[cut])) ++cut;
        }
        segment(dictionary, run.substr(begin, cut - begin), static_cast<std::uint32_t>(begin), boundaries, scratch);
        begin = cut;
    }
}

}  // namespace folio
