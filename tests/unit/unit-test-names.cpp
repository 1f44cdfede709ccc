// The suite itself: ctest runs each test case by its name, and CMake splits a name at a semicolon,
// so a test case whose name holds one would never run (and never fail).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

TEST_CASE("test names: no test case name holds a semicolon, so that ctest runs every one") {
    const std::filesystem::path root(FOLIO_SOURCE_DIR);
    const std::regex testCase(R"re(TEST_CASE\("([^"]*)")re");
    int names = 0;
    for (const char* folder : {"tests/unit", "tests/ui"}) {
        for (const auto& entry : std::filesystem::directory_iterator(root / folder)) {
            if (entry.path().extension() != ".cpp") continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (auto it = std::sregex_iterator(source.begin(), source.end(), testCase); it != std::sregex_iterator(); ++it) {
                const std::string name = (*it)[1];
                ++names;
                CAPTURE(entry.path().filename().string());
                CHECK_MESSAGE(name.find(';') == std::string::npos, name);
            }
        }
    }
    CHECK(names > 200);
}
