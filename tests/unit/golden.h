// Golden fixtures shared by the layout and pagination tests: a readable dump compared line by line
// with a file in tests/fixtures. Only tools/regenerate-golden.sh rewrites them: it runs the golden
// tests with FOLIO_REGENERATE_GOLDEN=1, and a run that rewrites always fails (so a test run can
// never pass by rewriting what it checks). Each folder's fonts.txt records the fonts' versions
// (name table version and head revision) the dumps were made with; other fonts fail with one message.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "folio/article_parse.h"
#include "folio/font_files.h"
#include "folio/font_metrics.h"

namespace folio::test {

namespace fs = std::filesystem;

// `value` rounded to 0.1, e.g. "123.4".
inline std::string oneDecimal(float value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(value));
    return buffer;
}

// `text` with control characters written as \xNN, so that one line of text stays one dump line.
inline std::string printable(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += escaped;
        } else {
            out += c;
        }
    }
    return out;
}

// The whole file at `path`; empty when it cannot be read.
inline std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// `text` split at line ends.
inline std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Checks `actual` against the fixture at `path`, reporting the first line that differs.
inline void compareWithFixture(const fs::path& path, const std::string& actual) {
    const std::string file = path.filename().string();
    CAPTURE(file);
    REQUIRE_MESSAGE(fs::exists(path), "missing fixture; run tools/regenerate-golden.sh");
    const std::vector<std::string> expected = splitLines(readText(path));
    const std::vector<std::string> got = splitLines(actual);
    const std::size_t common = std::min(expected.size(), got.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (expected[i] == got[i]) continue;
        const std::size_t line = i + 1;
        CAPTURE(line);
        CHECK(got[i] == expected[i]);
        return;
    }
    const std::size_t line = common + 1;
    CAPTURE(line);
    CHECK_MESSAGE(got.size() == expected.size(), "one dump ends before the other");
}

// True when the fixtures are to be written instead of checked.
inline bool regenerating() {
    const char* value = std::getenv("FOLIO_REGENERATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

// Big-endian reads inside `bytes`; 0 past its end.
inline unsigned long be(const std::vector<unsigned char>& bytes, std::size_t at, int size) {
    unsigned long value = 0;
    for (int i = 0; i < size; ++i) value = (value << 8) | (at + i < bytes.size() ? bytes[at + i] : 0u);
    return value;
}

// One line per face the goldens use: "<file> head <fontRevision> (<name id 5>)", e.g.
// "NotoSerif-Regular.ttf head 2.013 (Version 2.013)"; "missing" for a file that cannot be read.
inline std::string fontVersions() {
    std::string out;
    for (std::size_t index = 0; index < kFontFaceCount; ++index) {
        const FontFace face = static_cast<FontFace>(index);
        const std::string file = fontFileName(face);
        const std::vector<unsigned char> bytes = readFileBytes(std::string(FOLIO_FONT_DIR) + "/" + file);
        std::string head = "missing", name;
        const std::size_t tables = be(bytes, 4, 2);
        for (std::size_t i = 0; i < tables && 12 + 16 * (i + 1) <= bytes.size(); ++i) {
            const std::size_t entry = 12 + 16 * i;
            const std::size_t offset = be(bytes, entry + 8, 4), length = be(bytes, entry + 12, 4);
            if (offset > bytes.size() || length > bytes.size() - offset) continue;
            if (bytes[entry] == 'h' && bytes[entry + 1] == 'e' && bytes[entry + 2] == 'a' && bytes[entry + 3] == 'd') {
                char text[32];
                std::snprintf(text, sizeof text, "%.3f", static_cast<double>(be(bytes, offset + 4, 4)) / 65536.0);
                head = text;
            }
            if (bytes[entry] == 'n' && bytes[entry + 1] == 'a' && bytes[entry + 2] == 'm' && bytes[entry + 3] == 'e') {
                const std::size_t count = be(bytes, offset + 2, 2), strings = offset + be(bytes, offset + 4, 2);
                for (std::size_t r = 0; r < count && name.empty(); ++r) {
                    const std::size_t record = offset + 6 + 12 * r;
                    if (be(bytes, record + 6, 2) != 5 || be(bytes, record, 2) != 3) continue;  // Windows, version string
                    const std::size_t len = be(bytes, record + 8, 2), at = strings + be(bytes, record + 10, 2);
                    for (std::size_t c = 0; c + 1 < len; c += 2) name += static_cast<char>(be(bytes, at + c + 1, 1));
                }
            }
        }
        out += file + " head " + head + " (" + name + ")\n";
    }
    return out;
}

// Checks the golden fixtures of every sample article (assets/articles/*.json) in
// tests/fixtures/<folder>: `dumps(slug, article)` returns (fixture file name, dump) pairs; each dump
// is compared with its file, or written to it when regenerating. A fixture that no article made is
// an error (delete it).
template <class Dumps>
void checkGoldenFixtures(const std::string& folder, Dumps dumps) {
    const fs::path articles = fs::path(FOLIO_SOURCE_DIR) / "assets" / "articles";
    const fs::path fixtures = fs::path(FOLIO_SOURCE_DIR) / "tests" / "fixtures" / folder;
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(articles))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 4);
    const fs::path stamp = fixtures / "fonts.txt";
    if (regenerating()) {
        fs::create_directories(fixtures);
        std::ofstream(stamp, std::ios::binary | std::ios::trunc) << fontVersions();
    } else {
        // Other fonts would change hundreds of lines: say so once instead.
        REQUIRE_MESSAGE(readText(stamp) == fontVersions(),
                        "the goldens in tests/fixtures/" << folder << " were made with other fonts than those in "
                        FOLIO_FONT_DIR ":\nrecorded:\n" << readText(stamp) << "found:\n" << fontVersions()
                        << "install the recorded fonts, or run tools/regenerate-golden.sh and review the diff");
    }

    std::vector<std::string> made;
    for (const fs::path& file : files) {
        const std::string slug = file.stem().string();
        CAPTURE(slug);
        const ParseResult parsed = parseArticle(readText(file));
        REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
        for (const std::pair<std::string, std::string>& fixture : dumps(slug, parsed.article)) {
            const fs::path path = fixtures / fixture.first;
            made.push_back(fixture.first);
            if (regenerating()) {
                std::ofstream out(path, std::ios::binary | std::ios::trunc);
                out << fixture.second;
                CHECK_MESSAGE(out.good(), "cannot write " << path.string());
            } else {
                compareWithFixture(path, fixture.second);
            }
        }
    }
    for (const fs::directory_entry& entry : fs::directory_iterator(fixtures)) {
        const std::string file = entry.path().filename().string();
        CAPTURE(file);
        const bool known = file == "fonts.txt" || std::find(made.begin(), made.end(), file) != made.end();
        CHECK_MESSAGE(known, "a fixture without an article: delete it");
    }
    // Rewriting is never a pass: tools/regenerate-golden.sh expects this failure, a test run gets it.
    if (regenerating())
        FAIL_CHECK("FOLIO_REGENERATE_GOLDEN=1: tests/fixtures/" << folder
                   << " rewritten, nothing checked (only tools/regenerate-golden.sh should set it)");
}

}  // namespace folio::test
