// Golden fixtures shared by the layout and pagination tests: a readable dump compared line by line
// with a file in tests/fixtures, or written there when FOLIO_REGENERATE_GOLDEN=1
// (tools/regenerate-golden.sh).
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace folio::test {

namespace fs = std::filesystem;

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

}  // namespace folio::test
