// Golden fixtures shared by the layout and pagination tests: a readable dump compared line by line
// with a file in tests/fixtures, or written there when FOLIO_REGENERATE_GOLDEN=1
// (tools/regenerate-golden.sh).
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
    if (regenerating()) fs::create_directories(fixtures);

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
        CHECK_MESSAGE(std::find(made.begin(), made.end(), file) != made.end(), "a fixture without an article: delete it");
    }
}

}  // namespace folio::test
