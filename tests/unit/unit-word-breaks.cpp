// Line breaks between words for Thai, Lao, Khmer and Myanmar (folio/word_dictionary.h): the
// dictionary reader refuses malformed files; segmentation goldens and line goldens of short news
// sentences; ICU's own line BreakIterator (Debian's libicu-dev, an oracle nobody here wrote) agrees
// with the breaks found in the sample news of tests/fixtures/scripts, and ICU's character breaks
// and HarfBuzz's clusters say no break falls inside a cluster; layout and drawing split text alike.
#include <doctest/doctest.h>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "folio/article_parse.h"
#include "folio/fallback_fonts.h"
#include "folio/glyph_run.h"
#include "folio/layout.h"
#include "folio/utf8.h"
#include "folio/word_dictionary.h"
#include "layout_prepared.h"
#include "test_fonts.h"
#include "text_breaks.h"

#ifndef FOLIO_DICTIONARY_DIR
#error "FOLIO_DICTIONARY_DIR must name the folder of the word dictionaries (the build makes them there)"
#endif

using namespace folio;

namespace {

constexpr WordScript kScripts[] = {WordScript::Thai, WordScript::Lao, WordScript::Khmer, WordScript::Myanmar};

// The dictionaries the build made, read once.
const WordDictionaries& dictionaries() {
    static const WordDictionaries loaded = [] {
        WordDictionaries all;
        for (const WordScript script : kScripts) {
            std::string error;
            const std::string path = std::string(FOLIO_DICTIONARY_DIR) + "/" + wordDictionaryFile(script);
            REQUIRE_MESSAGE(all.add(readFileBytes(path), error), path << ": " << error);
        }
        return all;
    }();
    return loaded;
}

// The Noto faces, the fallbacks of these four scripts and their dictionaries.
TrueTypeMetrics& wordMetrics() {
    static const std::unique_ptr<TrueTypeMetrics> metrics = [] {
        auto loaded = test::makeNotoMetrics();
        for (const FallbackFontFile& font : fallbackFontFiles()) {
            const std::string file = font.file;
            if (file.find("Thai") == std::string::npos && file.find("Lao") == std::string::npos &&
                file.find("Khmer") == std::string::npos && file.find("Myanmar") == std::string::npos)
                continue;
            std::string error;
            REQUIRE_MESSAGE(loaded->addFallback(readFileBytes(std::string(FOLIO_FONT_DIR) + "/" + file), font.style,
                                                font.bold, error),
                            file << ": " << error);
        }
        std::string error;
        CHECK(loadWordDictionaries(*loaded, FOLIO_DICTIONARY_DIR, error) == kWordScriptCount);
        CHECK(error.empty());
        return loaded;
    }();
    return *metrics;
}

// `text` with "|" at each break the dictionaries give (one style: one DictionaryBreaks stretch).
std::string segmented(std::string_view text, const WordDictionaries& words = dictionaries()) {
    detail::DictionaryBreaks breaks;
    breaks.find(&words, text, 0, text.size());
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        if (breaks.before(pos)) out += '|';
        const std::size_t at = pos;
        nextCodepoint(text, pos);
        out.append(text.substr(at, pos - at));
    }
    return out;
}

// The byte offsets of the breaks in `text`.
std::set<std::size_t> breaksOf(std::string_view text) {
    std::set<std::size_t> found;
    detail::DictionaryBreaks breaks;
    breaks.find(&dictionaries(), text, 0, text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        if (breaks.before(pos)) found.insert(pos);
        nextCodepoint(text, pos);
    }
    return found;
}

// The texts of the sample article `name` (tests/fixtures/scripts): its summary and every text it shows.
std::vector<std::string> sampleTexts(const std::string& name) {
    std::ifstream in(std::string(FOLIO_SOURCE_DIR) + "/tests/fixtures/scripts/" + name + ".json", std::ios::binary);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const ParseResult parsed = parseArticle(json);
    REQUIRE_MESSAGE(parsed.ok, name << ": " << parsed.error.message);
    std::vector<std::string> texts{parsed.article.summary};
    forEachShownText(parsed.article, [&texts](const std::string& text) {
        if (!text.empty()) texts.push_back(text);
    });
    return texts;
}

const char* sampleOf(WordScript script) {
    switch (script) {
        case WordScript::Thai: return "th";
        case WordScript::Lao: return "lo";
        case WordScript::Khmer: return "km";
        case WordScript::Myanmar: return "my";
    }
    return "";
}

// Where a character of `script` is on both sides of byte `at` of `text` (inside one of its runs).
bool insideRun(std::string_view text, std::size_t at, WordScript script) {
    if (at == 0 || at >= text.size()) return false;
    std::size_t before = at - 1;
    while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
    std::size_t pos = before;
    const char32_t prev = nextCodepoint(text, pos);
    pos = at;
    const char32_t next = nextCodepoint(text, pos);
    return wordScriptOf(prev) == script && wordScriptOf(next) == script;
}

// UTF-16 offsets of an ICU break iterator over `text`, as byte offsets.
std::set<std::size_t> icuBreaks(icu::BreakIterator& iterator, std::string_view text) {
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    iterator.setText(utf16);
    std::map<int32_t, std::size_t> bytesAt;  // UTF-16 offset -> byte offset
    std::int32_t unit = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        bytesAt[unit] = pos;
        unit += nextCodepoint(text, pos) > 0xFFFF ? 2 : 1;
    }
    bytesAt[unit] = text.size();
    std::set<std::size_t> found;
    for (std::int32_t at = iterator.first(); at != icu::BreakIterator::DONE; at = iterator.next()) found.insert(bytesAt.at(at));
    return found;
}

// The bytes of a dictionary file: the header for `words` words, the longest `longest` units long,
// then `trie`.
std::vector<unsigned char> dictionaryFile(const std::vector<unsigned char>& trie, std::uint32_t words, unsigned char longest,
                                          const char* script = "Thai") {
    std::vector<unsigned char> bytes = {'F', 'W', 'R', 'D', 1, longest, 0, 0};
    for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<unsigned char>(script[i]));
    for (const std::uint32_t value : {words, static_cast<std::uint32_t>(trie.size()), 0u})
        for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<unsigned char>(value >> (8 * i)));
    for (const unsigned char byte : trie) bytes.push_back(byte);
    return bytes;
}

// Thai ก (unit 0x01), า (0x32), ข (0x02): the words กก, กา and ข. The root has ก (children: ก and า,
// both words) and ข (a word): [ก: children, sibling, skip 5] [ก: word, sibling, skip 0] [า: word]
// [ข: word].
const std::vector<unsigned char> kTinyTrie = {0x60, 0x05, 0x01, 0xA0, 0x00, 0x01, 0x80, 0x32, 0x80, 0x02};

}  // namespace

TEST_CASE("a dictionary file is read, and malformed ones are refused with the reason") {
    std::string error;
    const std::unique_ptr<WordDictionary> tiny = WordDictionary::read(dictionaryFile(kTinyTrie, 3, 2), error);
    REQUIRE_MESSAGE(tiny, error);
    CHECK(tiny->script() == WordScript::Thai);
    CHECK(tiny->wordCount() == 3);
    CHECK(tiny->unitOf(U'\u0E01') == 0x01);
    CHECK(tiny->unitOf(U'\u200D') == 0xFF);
    CHECK(tiny->unitOf(U'a') == -1);
    const std::vector<std::int16_t> text = {0x01, 0x01, 0x02};
    std::vector<std::uint16_t> lengths;
    tiny->prefixes(text.data(), text.size(), lengths);
    CHECK(lengths == std::vector<std::uint16_t>{2});
    lengths.clear();
    tiny->prefixes(text.data() + 2, 1, lengths);
    CHECK(lengths == std::vector<std::uint16_t>{1});
    lengths.clear();
    tiny->prefixes(text.data(), 1, lengths);  // ก alone is no word
    CHECK(lengths.empty());

    const auto refused = [](std::vector<unsigned char> bytes) {
        std::string why;
        const bool read = WordDictionary::read(std::move(bytes), why) != nullptr;
        CHECK_FALSE(why.empty());
        return !read ? why : std::string("read");
    };
    const std::vector<unsigned char> good = dictionaryFile(kTinyTrie, 3, 2);
    CHECK(refused({}) == "the file is 0 bytes, shorter than the 24-byte header");
    for (std::size_t size = 0; size < good.size(); ++size)  // every truncation
        CHECK(refused(std::vector<unsigned char>(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(size))) != "read");
    std::vector<unsigned char> bytes = good;
    bytes[0] = 'X';
    CHECK(refused(bytes) == "not a word dictionary (no FWRD at its start)");
    bytes = good;
    bytes[4] = 2;
    CHECK(refused(bytes) == "format version 2, not 1");
    CHECK(refused(dictionaryFile(kTinyTrie, 3, 2, "Latn")) == "an unknown script code");
    bytes = good;
    bytes.push_back(0);  // a byte more than the header says
    CHECK(refused(bytes) == "the trie is 11 bytes, the header says 10");
    CHECK(refused(dictionaryFile(kTinyTrie, 4, 2)) == "the trie has 3 words, the header says 4");
    CHECK(refused(dictionaryFile(kTinyTrie, 3, 1)) == "a word longer than the header's longest");
    CHECK(refused(dictionaryFile(kTinyTrie, 3, 3)) == "the longest word is not as long as the header says");
    // Offsets that lead out of their list, or to the middle of a record.
    std::vector<unsigned char> trie = kTinyTrie;
    trie[1] = 0x7F;
    CHECK(refused(dictionaryFile(trie, 3, 2)) == "a size at byte 25 runs past its list");
    trie[1] = 0x04;
    CHECK(refused(dictionaryFile(trie, 3, 2)) != "read");
    trie[1] = 0xFF;  // a size whose bytes never end
    CHECK(refused(dictionaryFile(trie, 3, 2)) != "read");
    trie = kTinyTrie;
    trie[4] = 0x01;  // the first child claims children it does not have
    CHECK(refused(dictionaryFile(trie, 3, 2)) == "bytes after a record without children at byte 27");
    trie = kTinyTrie;
    std::swap(trie[5], trie[7]);  // า before ก: out of order
    CHECK(refused(dictionaryFile(trie, 3, 2)) == "records out of order at byte 30");
    trie = kTinyTrie;
    trie[8] = 0x00;  // ข ends no word and has no children
    CHECK(refused(dictionaryFile(trie, 2, 2)) == "a record that ends no word and has no children at byte 32");
    trie = kTinyTrie;
    trie[6] = 0xC0;  // า says it has children, but its list has ended
    CHECK(refused(dictionaryFile(trie, 3, 2)) != "read");
    CHECK(refused(dictionaryFile({}, 0, 1)) == "no words");

    // The real files are read, and refused when cut anywhere.
    const std::vector<unsigned char> thai = readFileBytes(std::string(FOLIO_DICTIONARY_DIR) + "/thai.words");
    REQUIRE(thai.size() > 24);
    for (const std::size_t size : {std::size_t{24}, std::size_t{25}, thai.size() / 3, thai.size() / 2, thai.size() - 1}) {
        std::vector<unsigned char> cut(thai.begin(), thai.begin() + static_cast<std::ptrdiff_t>(size));
        const auto trieSize = static_cast<std::uint32_t>(size - 24);
        for (int i = 0; i < 4; ++i) cut[16 + i] = static_cast<unsigned char>(trieSize >> (8 * i));  // the header agrees
        CHECK(refused(cut) != "read");
    }
    for (const WordScript script : kScripts) {
        const WordDictionary* dictionary = dictionaries().find(script);
        REQUIRE(dictionary != nullptr);
        CHECK(dictionary->script() == script);
        CHECK(dictionary->wordCount() > 20000);
        MESSAGE(std::string(wordScriptName(script)) << ": " << dictionary->wordCount() << " words, " << dictionary->size() << " bytes");
    }
}

TEST_CASE("the characters the dictionaries break and the clusters are Unicode's (ICU's properties)") {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        const auto lineBreak = static_cast<ULineBreak>(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_LINE_BREAK));
        const std::optional<WordScript> script = wordScriptOf(cp);
        const bool ours = (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
                          (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0xA9E0 && cp <= 0xA9FF) || (cp >= 0xAA60 && cp <= 0xAA7F);
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(script.has_value() == (ours && lineBreak == U_LB_COMPLEX_CONTEXT));
        if (!script) continue;
        const std::int8_t category = u_charType(static_cast<UChar32>(cp));
        const bool mark = category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK || category == U_ENCLOSING_MARK;
        const char32_t base = *script == WordScript::Thai ? 0x0E01 : *script == WordScript::Lao ? 0x0E81
                              : *script == WordScript::Khmer ? 0x1780 : 0x1000;
        if (mark) CHECK(clusterContinues(base, cp));  // a mark stays with its base
    }
    CHECK(clusterContinues(U'\u17D2', U'\u1780'));  // Khmer COENG: the next consonant stacks
    CHECK(clusterContinues(U'\u1039', U'\u1000'));  // Myanmar VIRAMA
    CHECK(clusterContinues(U'\u0E40', U'\u0E01'));  // Thai SARA E is written before its consonant
    CHECK(clusterContinues(U'\u0E01', U'\u0E33'));  // SARA AM follows its consonant
    CHECK_FALSE(clusterContinues(U'\u0E01', U'\u0E02'));
    CHECK(wordScriptsIn("Thai ไทย, Khmer ខ្មែរ") == (1u << 0 | 1u << 2));
    CHECK(wordScriptsIn("English only, and 日本語") == 0);
}

TEST_CASE("goldens: short news sentences cut into words") {
    // Each sentence as the dictionaries cut it, "|" between words. Spaces and punctuation break
    // lines by the usual rules; the dictionaries only break inside runs of one script.
    const std::pair<const char*, const char*> goldens[] = {
        // Thai: "The government announces one more special holiday next month."
        {"รัฐบาลประกาศวันหยุดพิเศษเพิ่มอีกหนึ่งวันในเดือนหน้า",
         "รัฐบาล|ประกาศ|วัน|หยุด|พิเศษ|เพิ่ม|อีก|หนึ่ง|วัน|ใน|เดือน|หน้า"},
        // "Heavy rain flooded many roads in Bangkok last night."
        {"ฝนตกหนักทำให้น้ำท่วมถนนหลายสายในกรุงเทพฯ เมื่อคืนนี้",
         "ฝน|ตกหนัก|ทำให้|น้ำ|ท่วม|ถนน|หลาย|สาย|ใน|กรุงเทพฯ เมื่อ|คืน|นี้"},
        // Lao: the same two sentences.
        {"ລັດຖະບານປະກາດວັນພັກພິເສດເພີ່ມອີກໜຶ່ງວັນໃນເດືອນໜ້າ",
         "ລັດຖະບານ|ປະກາດ|ວັນ|ພັກ|ພິເສດ|ເພີ່ມ|ອີກໜຶ່ງ|ວັນ|ໃນ|ເດືອນ|ໜ້າ"},
        {"ຝົນຕົກໜັກເຮັດໃຫ້ນ້ຳຖ້ວມຖະໜົນຫຼາຍສາຍໃນນະຄອນຫຼວງ",
         "ຝົນຕົກ|ໜັກ|ເຮັດໃຫ້|ນ້ຳ|ຖ້ວມ|ຖະໜົນ|ຫຼາຍ|ສາຍ|ໃນ|ນະຄອນຫຼວງ"},
        // Khmer: "The government announces one more day off."; "Heavy rain flooded many roads in Phnom Penh."
        {"រដ្ឋាភិបាលប្រកាសថ្ងៃឈប់សម្រាកបន្ថែមមួយថ្ងៃទៀត",
         "រដ្ឋាភិបាល|ប្រកាស|ថ្ងៃឈប់|សម្រាក|បន្ថែម|មួយថ្ងៃ|ទៀត"},
        {"ភ្លៀងធ្លាក់ខ្លាំងធ្វើឱ្យទឹកជន់លិចផ្លូវជាច្រើននៅរាជធានីភ្នំពេញ",
         "ភ្លៀង|ធ្លាក់|ខ្លាំង|ធ្វើ|ឱ្យ|ទឹកជន់|លិច|ផ្លូវ|ជាច្រើន|នៅ|រាជធានី|ភ្នំពេញ"},
        // Myanmar: "The government announced a special holiday."; "Heavy rain flooded the town's roads."
        {"အစိုးရသည် အထူးရုံးပိတ်ရက်တစ်ရက်ကို ကြေညာခဲ့သည်။",
         "အစိုးရ|သည် အထူး|ရုံးပိတ်ရက်|တစ်|ရက်|ကို ကြေညာ|ခဲ့|သည်။"},
        {"မိုးသည်းထန်စွာရွာသဖြင့် မြို့ထဲရှိလမ်းများ ရေလွှမ်းခဲ့သည်။",
         "မိုးသည်းထန်|စွာ|ရွာ|သဖြင့် မြို့|ထဲ|ရှိ|လမ်းများ ရေလွှမ်း|ခဲ့|သည်။"},
    };
    for (const auto& [text, golden] : goldens) {
        CHECK(segmented(text) == golden);
        CHECK(segmented(text, WordDictionaries()) == text);  // no dictionary: no break
    }
}

namespace {

// Metrics without fonts: every character 0.5 em wide, marks 0 (ICU's general categories), and
// the dictionaries given (none when null). Line goldens with them do not depend on fonts.
class HalfEmMetrics final : public FontMetrics {
public:
    explicit HalfEmMetrics(const WordDictionaries* words) : words_(words) {}
    float advance(FontFace, char32_t cp) const override {
        const std::int8_t category = u_charType(static_cast<UChar32>(cp));
        return category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ? 0.0f : 0.5f;
    }
    float kerning(FontFace, char32_t, char32_t) const override { return 0.0f; }
    VerticalMetrics vertical(FontFace) const override { return {}; }
    const WordDictionaries* wordDictionaries() const override { return words_; }

private:
    const WordDictionaries* words_;
};

// An article of one paragraph, `text`.
Article paragraphArticle(const std::string& text) {
    Article article;
    article.title = "T";
    Block block;
    block.text.push_back(TextRun{text});
    article.body.push_back(block);
    return article;
}

// The paragraph lines of `article` laid out `widthPx` wide (20 px text, no margin), each line's text.
std::vector<std::string> paragraphLines(const Article& article, const FontMetrics& metrics, float widthPx) {
    const Typesetter typesetter(article, metrics);
    LayoutSettings settings;
    settings.viewportWidthPx = widthPx;
    settings.minMarginPx = 0.0f;
    const Layout layout = typesetter.layout(settings);
    std::vector<std::string> lines;
    for (const Line& line : layout.lines) {
        if (line.role == LineRole::Title || line.role == LineRole::Meta) continue;
        std::string text;
        for (const Span& span : layout.spansOf(line)) text += span.text;
        lines.push_back(text);
    }
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += (out.empty() ? "" : " / ") + line;
    return out;
}

}  // namespace

TEST_CASE("goldens: news sentences set in lines 7 em wide, each character 0.5 em") {
    const HalfEmMetrics metrics(&dictionaries());
    const HalfEmMetrics none(nullptr);
    // The lines, " / " between them, with the dictionaries and without: then the sentences are
    // cut where a line is full, inside words (ห / ยุด, ວັ / ນ, ធ្វ / ើ, သဖြ / င့်).
    const struct {
        const char* text;
        const char* lines;
        const char* linesWithout;
    } goldens[] = {
        {"รัฐบาลประกาศวันหยุดพิเศษเพิ่มอีกหนึ่งวันในเดือนหน้า",
         "รัฐบาลประกาศวัน / หยุดพิเศษเพิ่มอีก / หนึ่งวันในเดือนหน้า",
         "รัฐบาลประกาศวันห / ยุดพิเศษเพิ่มอีกหนึ่ง / วันในเดือนหน้า"},
        {"ລັດຖະບານປະກາດວັນພັກພິເສດເພີ່ມອີກໜຶ່ງວັນໃນເດືອນໜ້າ",
         "ລັດຖະບານປະກາດວັນ / ພັກພິເສດເພີ່ມອີກໜຶ່ງ / ວັນໃນເດືອນໜ້າ",
         "ລັດຖະບານປະກາດວັນ / ພັກພິເສດເພີ່ມອີກໜຶ່ງວັ / ນໃນເດືອນໜ້າ"},
        {"ភ្លៀងធ្លាក់ខ្លាំងធ្វើឱ្យទឹកជន់លិចផ្លូវជាច្រើននៅរាជធានីភ្នំពេញ",
         "ភ្លៀងធ្លាក់ខ្លាំង / ធ្វើឱ្យទឹកជន់លិចផ្លូវ / ជាច្រើននៅរាជធានី / ភ្នំពេញ",
         "ភ្លៀងធ្លាក់ខ្លាំងធ្វ / ើឱ្យទឹកជន់លិចផ្លូវជា / ច្រើននៅរាជធានីភ្នំ / ពេញ"},
        {"မိုးသည်းထန်စွာရွာသဖြင့် မြို့ထဲရှိလမ်းများ ရေလွှမ်းခဲ့သည်။",
         "မိုးသည်းထန်စွာရွာ / သဖြင့် မြို့ထဲရှိ / လမ်းများ ရေလွှမ်းခဲ့ / သည်။",
         "မိုးသည်းထန်စွာရွာသဖြ / င့် မြို့ထဲရှိလမ်းများ / ရေလွှမ်းခဲ့သည်။"},
    };
    for (const auto& golden : goldens) {
        const Article article = paragraphArticle(golden.text);
        CHECK(joined(paragraphLines(article, metrics, 140.0f)) == golden.lines);
        CHECK(joined(paragraphLines(article, none, 140.0f)) == golden.linesWithout);
    }
}

TEST_CASE("ICU's line breaks agree with the dictionaries' in the sample news - no break splits a cluster") {
    for (const WordScript script : kScripts) {
        const std::string sample = sampleOf(script);
        CAPTURE(sample);
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(sample.c_str());
        const std::unique_ptr<icu::BreakIterator> lines(icu::BreakIterator::createLineInstance(locale, status));
        const std::unique_ptr<icu::BreakIterator> characters(icu::BreakIterator::createCharacterInstance(locale, status));
        REQUIRE(U_SUCCESS(status));
        std::size_t ours = 0, theirs = 0, agreed = 0;
        for (const std::string& text : sampleTexts(sample)) {
            CAPTURE(text);
            const std::set<std::size_t> found = breaksOf(text);
            const std::set<std::size_t> icuLines = icuBreaks(*lines, text);
            const std::set<std::size_t> clusters = icuBreaks(*characters, text);
            for (const std::size_t at : found) {
                CHECK(insideRun(text, at, script));
                CHECK_MESSAGE(clusters.count(at) == 1, "a break inside a grapheme cluster at byte " << at);
                ++ours;
                agreed += icuLines.count(at);
            }
            for (const std::size_t at : icuLines) theirs += insideRun(text, at, script) ? 1 : 0;
            // HarfBuzz's clusters (the fonts' own) of each run: a break starts one.
            for (std::size_t begin = 0; begin < text.size();) {
                std::size_t end = begin;
                while (end < text.size() && (end == begin || insideRun(text, end, script))) nextCodepoint(text, end);
                std::size_t first = begin;
                if (end - begin > 3 && wordScriptOf(nextCodepoint(text, first)) == script) {
                    const std::string run = text.substr(begin, end - begin);
                    std::set<std::size_t> starts;
                    for (const ShapedGlyph& glyph : wordMetrics().shape(FontFace::Serif, run).glyphs) starts.insert(begin + glyph.cluster);
                    for (auto at = found.upper_bound(begin); at != found.end() && *at < end; ++at)
                        CHECK_MESSAGE(starts.count(*at) == 1, "a break inside a shaped cluster at byte " << *at);
                }
                begin = end;
            }
        }
        const double precision = ours ? static_cast<double>(agreed) / static_cast<double>(ours) : 0.0;
        const double recall = theirs ? static_cast<double>(agreed) / static_cast<double>(theirs) : 0.0;
        char figures[160];
        std::snprintf(figures, sizeof figures, "%s: %zu breaks, ICU %zu, both %zu: precision %.1f %%, recall %.1f %%",
                      wordScriptName(script), ours, theirs, agreed, 100.0 * precision, 100.0 * recall);
        MESSAGE(figures);
        CHECK(ours > 40);
        CHECK(precision >= 0.9);
        CHECK(recall >= 0.9);
    }
}

TEST_CASE("a run cut at one of its breaks is cut the same way again: drawing splits as layout did") {
    for (const WordScript script : kScripts) {
        const std::string sample = sampleOf(script);
        CAPTURE(sample);
        std::size_t checked = 0;
        for (const std::string& text : sampleTexts(sample)) {
            std::string shown;
            const detail::Unit unit = detail::prepareUnit(wordMetrics(), {detail::StyledText{text, FontFace::Serif, -1}},
                                                          FontFace::Serif, shown);
            // Pieces without a space between them: a line of them, as drawing gets it, is split
            // again where layout split them.
            for (std::size_t i = 0; i < unit.pieces.size(); ++i) {
                for (std::size_t j = i; j < unit.pieces.size() && j < i + 6; ++j) {
                    const std::string_view line =
                        std::string_view(unit.text).substr(unit.pieces[i].begin, unit.pieces[j].end - unit.pieces[i].begin);
                    std::set<std::size_t> expected;
                    for (std::size_t k = i + 1; k <= j; ++k) {
                        const std::size_t at = unit.pieces[k].begin - unit.pieces[i].begin;
                        if (insideRun(line, at, script)) expected.insert(at);
                    }
                    CHECK(breaksOf(line) == expected);
                    ++checked;
                    if (unit.pieces[j].spaceAfter) break;
                }
            }
        }
        CHECK(checked > 100);
    }
}

TEST_CASE("lines of the sample news end between words, and drawing sets them as layout measured") {
    const HalfEmMetrics withWords(&dictionaries());
    const HalfEmMetrics without(nullptr);
    for (const WordScript script : kScripts) {
        const std::string sample = sampleOf(script);
        CAPTURE(sample);
        std::size_t midRun = 0, midWordWithout = 0;
        for (const std::string& text : sampleTexts(sample)) {
            const std::set<std::size_t> words = breaksOf(text);
            const Article article = paragraphArticle(text);
            for (const FontMetrics* metrics : {static_cast<const FontMetrics*>(&withWords), static_cast<const FontMetrics*>(&without)}) {
                const Typesetter typesetter(article, *metrics);
                for (const float width : {160.0f, 240.0f, 320.0f}) {
                    LayoutSettings settings;
                    settings.viewportWidthPx = width;
                    settings.minMarginPx = 0.0f;
                    const Layout layout = typesetter.layout(settings);
                    for (const Line& line : layout.lines) {
                        if (line.role != LineRole::Paragraph || !insideRun(text, line.textEnd, script)) continue;
                        if (metrics == &withWords) {
                            CHECK_MESSAGE(words.count(line.textEnd) == 1, "a line ends inside a word at byte " << line.textEnd);
                            ++midRun;
                        } else if (words.count(line.textEnd) == 0) {
                            ++midWordWithout;
                        }
                    }
                }
            }
        }
        CHECK(midRun > 5);
        CHECK(midWordWithout > 5);  // what the dictionaries mend
    }
    // With fonts: each span drawn (placeGlyphs) is as wide as layout measured it.
    for (const WordScript script : kScripts) {
        const std::string sample = sampleOf(script);
        CAPTURE(sample);
        for (const std::string& text : sampleTexts(sample)) {
            const Article article = paragraphArticle(text);
            const Typesetter typesetter(article, wordMetrics());
            for (const float width : {240.0f, 480.0f}) {
                LayoutSettings settings;
                settings.viewportWidthPx = width;
                const Layout layout = typesetter.layout(settings);
                std::vector<PlacedGlyph> placed;
                for (const Span& span : layout.spans) {
                    placed.clear();
                    const float drawn = placeGlyphs(wordMetrics(), span.face, span.text, span.sizePx, placed, span.level & 1);
                    CHECK(drawn == doctest::Approx(span.width).epsilon(1e-4));
                }
            }
        }
    }
}

TEST_CASE("long runs: segmented in parts, linear in their length - one long cluster has no break") {
    const WordDictionary& thai = *dictionaries().find(WordScript::Thai);
    const std::string sentence = "รัฐบาลประกาศวันหยุดพิเศษเพิ่มอีกหนึ่งวันในเดือนหน้า";
    std::u32string run;
    for (std::size_t pos = 0; pos < sentence.size();) run += nextCodepoint(sentence, pos);
    const std::size_t words = [&] {
        std::vector<std::uint32_t> boundaries;
        findWordBoundaries(thai, run, boundaries);
        return boundaries.size() + 1;
    }();
    const std::u32string once = run;
    while (run.size() < 3 * kMaxSegmentedRun) run += once;  // one run of 12,000 and more characters
    std::vector<std::uint32_t> boundaries;
    findWordBoundaries(thai, run, boundaries);
    CHECK(boundaries.size() >= (run.size() / once.size()) * words - 4);  // the words, but near the parts' ends
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        REQUIRE(boundaries[i] > (i == 0 ? 0u : boundaries[i - 1]));
        REQUIRE(boundaries[i] < run.size());
        CHECK_FALSE(clusterContinues(run[boundaries[i] - 1], run[boundaries[i]]));
    }
    const std::u32string marks = U"\u0E01" + std::u32string(10000, U'\u0E48');  // a consonant under 10,000 tone marks
    boundaries.clear();
    findWordBoundaries(thai, marks, boundaries);
    CHECK(boundaries.empty());
    std::u32string unknown;  // Myanmar Extended-A letters: no word of the dictionary has them
    for (int i = 0; i < 9000; ++i) unknown += static_cast<char32_t>(0xAA60 + i % 16);
    boundaries.clear();
    findWordBoundaries(*dictionaries().find(WordScript::Myanmar), unknown, boundaries);
    CHECK(boundaries.empty());  // one unknown stretch, no break, not even where the parts meet
}
