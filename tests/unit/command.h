// Running the command-line tools from tests: temporary files, shell quoting, a command's exit
// status and output, whether a tool is installed, and words in a tool's output.
#pragma once

#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace folio::test {

// A path in the temp folder that nothing else uses: "folio-test-<random>-<random><suffix>".
inline std::filesystem::path uniqueTempPath(const std::string& suffix) {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("folio-test-" + std::to_string(random()) + "-" + std::to_string(random()) + suffix);
}

// A file in the temp folder with a unique name, removed when this object goes.
class TempFile {
public:
    explicit TempFile(const std::string& suffix) : path_(uniqueTempPath(suffix).string()) {}
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A folder in the temp folder with a unique name, removed with everything in it when this goes.
class TempFolder {
public:
    TempFolder() : path_(uniqueTempPath("")) { std::filesystem::create_directories(path_); }
    ~TempFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// `text` quoted for the shell.
inline std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct CommandResult {
    int status = -1;     // exit status, -1 when the command did not exit normally
    std::string output;  // stdout and stderr together
};

// Runs `command` with the shell and collects what it prints.
inline CommandResult runCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE_MESSAGE(pipe != nullptr, "cannot run " << command);
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, got);
    const int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// Fails the test unless `tool` is on the PATH.
inline void requireTool(const std::string& tool) {
    const bool found = std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
    REQUIRE_MESSAGE(found, tool << " is not installed (tools/setup.sh installs qpdf and poppler-utils)");
}

// Writes `bytes` to the file at `path`, failing the test when it cannot.
inline void writeFile(const std::filesystem::path& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}

// The first page of the PDF at `pdf` rendered by pdftoppm at `dpi`: one byte a pixel (grey) when
// `gray`, else three (RGB), rows top down.
struct RenderedPage {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
};
inline RenderedPage renderFirstPage(const std::string& pdf, int dpi, bool gray) {
    const TempFile image(gray ? ".pgm" : ".ppm");
    const CommandResult render = runCommand("pdftoppm -r " + std::to_string(dpi) + (gray ? " -gray" : "") +
                                            " -f 1 -l 1 -singlefile " + shellQuote(pdf) + " " +
                                            shellQuote(image.path().substr(0, image.path().size() - 4)));
    REQUIRE_MESSAGE(render.status == 0, render.output);
    // A binary PGM or PPM: "P5" or "P6", width, height, the largest value, one whitespace, the samples.
    std::ifstream in(image.path(), std::ios::binary);
    std::string magic;
    int largest = 0;
    RenderedPage page;
    in >> magic >> page.width >> page.height >> largest;
    in.get();
    REQUIRE(magic == (gray ? "P5" : "P6"));
    REQUIRE(largest == 255);
    page.pixels.resize(static_cast<std::size_t>(page.width) * static_cast<std::size_t>(page.height) * (gray ? 1 : 3));
    in.read(reinterpret_cast<char*>(page.pixels.data()), static_cast<std::streamsize>(page.pixels.size()));
    REQUIRE(in.gcount() == static_cast<std::streamsize>(page.pixels.size()));
    return page;
}

// Checks that `words` occur in `text` in this order.
inline void checkInOrder(const std::string& text, const std::vector<std::string>& words) {
    std::size_t from = 0;
    for (const std::string& word : words) {
        const std::size_t at = text.find(word, from);
        CHECK_MESSAGE(at != std::string::npos, "\"" << word << "\" missing (or out of order) in:\n" << text);
        if (at != std::string::npos) from = at + word.size();
    }
}

}  // namespace folio::test
