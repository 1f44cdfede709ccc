// folio-print: sets an article file (Folio JSON, or a JSON Feed, WordPress or Ghost post: folio/article_sources.h)
// on paper as Folio prints it and writes the PDF.
//   folio-print article.json -o article.pdf [--paper a4|letter] [--font-size 11] [--margin 20] [--font-dir DIR]
//               [--dictionary-dir DIR]
// Pictures are read from files inside the article's folder (sources relative to it, never leading
// outside it through `..`, an absolute or percent-encoded path or a symbolic link); a picture that
// cannot be read (a web address, SVG, a damaged file, a path outside) leaves its box grey, with a
// note on stderr.
// Exit status: 0 written, 1 an input or output error, 2 a usage error.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/article_sources.h"
#include "folio/fallback_fonts.h"
#include "folio/font_files.h"
#include "folio/number_text.h"
#include "folio/pdf.h"
#include "folio/pdf_picture.h"
#include "folio/print_layout.h"
#include "folio/word_dictionary.h"

#ifndef FOLIO_FONT_DIR
#error "FOLIO_FONT_DIR must name the default folder of the Noto fonts (the build defines it)"
#endif
#ifndef FOLIO_DICTIONARY_DIR
#error "FOLIO_DICTIONARY_DIR must name the default folder of the word dictionaries (the build makes them there)"
#endif

namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

// The usage text, with the ranges and defaults paginate takes.
std::string usageText() {
    const folio::PageSpec defaults;
    return "usage: folio-print ARTICLE.json -o OUTPUT.pdf [--paper a4|letter] [--font-size PT] [--margin MM]\n"
           "                   [--font-dir DIR] [--dictionary-dir DIR]\n"
           "  --paper      paper size, portrait (default a4)\n"
           "  --font-size  body text size in pt, " + folio::shortestDecimal(folio::kMinPageFontSizePt) + " to " +
           folio::shortestDecimal(folio::kMaxPageFontSizePt) + " (default " + folio::shortestDecimal(defaults.fontSizePt) + ")\n"
           "  --margin     margin on all sides in mm, " + folio::shortestDecimal(folio::kMinPageMarginMm) + " to " +
           folio::shortestDecimal(folio::kMaxPageMarginMm) + " (default " + folio::shortestDecimal(defaults.marginMm) + ")\n"
           "  --font-dir   folder of the Noto font files: the faces and the fallbacks for other scripts (default " FOLIO_FONT_DIR ")\n"
           "  --dictionary-dir  folder of the word dictionaries that break Thai, Lao, Khmer and Myanmar lines\n"
           "               between words (default " FOLIO_DICTIONARY_DIR ")\n";
}

struct Options {
    std::string input;
    std::string output;
    std::string fontDir = FOLIO_FONT_DIR;
    std::string dictionaryDir = FOLIO_DICTIONARY_DIR;
    folio::PageSpec spec;
};

// Reports a usage error; returns the usage exit status.
int usageError(const std::string& message) {
    std::fprintf(stderr, "folio-print: %s\n%s", message.c_str(), usageText().c_str());
    return kExitUsage;
}

// Reports an error; returns the error exit status.
int failure(const std::string& message) {
    std::fprintf(stderr, "folio-print: %s\n", message.c_str());
    return kExitError;
}

// `text` as a positive finite number in `value`; false when it is anything else.
bool parsePositive(const std::string& text, float& value) {
    char* end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(parsed) || parsed <= 0.0) return false;
    value = static_cast<float>(parsed);
    return true;
}

// Fills `options` from the command line; returns -1 to go on, else the exit status (usage printed).
int parseOptions(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::fputs(usageText().c_str(), stdout);
            return 0;
        }
        const bool takesValue = arg == "-o" || arg == "--paper" || arg == "--font-size" || arg == "--margin" ||
                                arg == "--font-dir" || arg == "--dictionary-dir";
        if (takesValue && i + 1 >= argc) return usageError(arg + " needs a value");
        if (arg == "-o") {
            options.output = argv[++i];
        } else if (arg == "--paper") {
            const std::string paper = argv[++i];
            if (paper == "a4") options.spec.paper = folio::Paper::A4;
            else if (paper == "letter") options.spec.paper = folio::Paper::Letter;
            else return usageError("unknown paper '" + paper + "' (a4 or letter)");
        } else if (arg == "--font-size") {
            if (!parsePositive(argv[++i], options.spec.fontSizePt)) return usageError("--font-size needs a number of pt");
        } else if (arg == "--margin") {
            if (!parsePositive(argv[++i], options.spec.marginMm)) return usageError("--margin needs a number of mm");
        } else if (arg == "--font-dir") {
            options.fontDir = argv[++i];
        } else if (arg == "--dictionary-dir") {
            options.dictionaryDir = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError("unknown option " + arg);
        } else if (options.input.empty()) {
            options.input = arg;
        } else {
            return usageError("more than one article given");
        }
    }
    if (options.input.empty()) return usageError("no article given");
    if (options.output.empty()) return usageError("no output file given (-o OUTPUT.pdf)");
    return -1;
}

// The current time as ISO 8601 in UTC, e.g. "2026-11-26T19:30:00Z".
std::string nowIso() {
    const std::time_t now = std::time(nullptr);
    char text[32] = {};
    if (const std::tm* utc = std::gmtime(&now)) std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", utc);
    return text;
}

// The file a relative image source names inside the article's folder: percent-escapes decoded,
// any query or fragment dropped, then `..` and symbolic links resolved. Empty (and `problem` set)
// for a URL with a scheme, one relative to a site's root or host ("/img/a.png",
// "//cdn.example.com/a.png"), an empty one, a file that does not exist, and any path that leads
// outside the article's folder ("../secret/a.jpg", "%2Fetc%2Fpasswd", a link pointing out).
std::filesystem::path localPicturePath(const std::string& src, const std::string& articlePath, std::string& problem) {
    namespace fs = std::filesystem;
    const std::size_t colon = src.find(':');
    const std::size_t slash = src.find('/');
    if (src.empty() || src[0] == '/' || (colon != std::string::npos && (slash == std::string::npos || colon < slash))) {
        problem = "not a file beside the article";
        return {};
    }
    std::string path;
    for (std::size_t i = 0; i < src.size() && src[i] != '?' && src[i] != '#'; ++i) {
        if (src[i] == '%' && i + 2 < src.size() && std::isxdigit(static_cast<unsigned char>(src[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(src[i + 2]))) {
            path += static_cast<char>(std::stoi(src.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            path += src[i];
        }
    }
    if (path.empty() || path.find('\0') != std::string::npos || path[0] == '/') {
        problem = "outside the article's folder, not read";
        return {};
    }
    std::error_code error;
    const fs::path folder = fs::canonical(fs::absolute(articlePath, error).parent_path(), error);
    if (error) {
        problem = "the article's folder cannot be resolved";
        return {};
    }
    const fs::path file = fs::canonical(folder / path, error);
    if (error) {
        problem = "cannot read " + (fs::path(articlePath).parent_path() / path).string();
        return {};
    }
    // Inside means: the folder's components are a prefix of the file's (after links and `..`).
    auto f = folder.begin(), p = file.begin();
    for (; f != folder.end() && p != file.end() && *f == *p; ++f, ++p) {}
    if (f != folder.end() || p == file.end()) {
        problem = "outside the article's folder, not read";
        return {};
    }
    return file;
}

// The pictures `article` shows (folio::shownPictures) that can be read from files inside its folder;
// a note on stderr for each one that cannot.
folio::PdfPictures loadPictures(const folio::Article& article, const std::string& articlePath) {
    folio::PdfPictures pictures;
    for (const folio::ShownPicture& shown : folio::shownPictures(article)) {
        if (pictures.count(shown.src)) continue;
        std::string problem;
        const std::string name = shown.src.substr(0, shown.src.find_first_of("?#"));
        const bool svg = name.size() > 4 && (name.compare(name.size() - 4, 4, ".svg") == 0 ||
                                             name.compare(name.size() - 4, 4, ".SVG") == 0);
        const std::filesystem::path path = svg ? std::filesystem::path() : localPicturePath(shown.src, articlePath, problem);
        const std::vector<unsigned char> bytes = path.empty() ? std::vector<unsigned char>() : folio::readFileBytes(path.string());
        if (svg) {
            problem = "SVG, which folio-print cannot draw (the viewer's PDF, made in a browser, has it)";
        } else if (path.empty()) {
            // localPicturePath said why
        } else if (bytes.empty()) {
            problem = "cannot read " + path.string();
        } else {
            folio::PdfPicture picture;
            if (folio::decodePicture(bytes, picture, problem)) pictures.emplace(shown.src, std::move(picture));
        }
        if (!problem.empty()) std::fprintf(stderr, "folio-print: picture %s: %s; its box stays grey\n", shown.src.c_str(), problem.c_str());
    }
    return pictures;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    const int parsed = parseOptions(argc, argv, options);
    if (parsed >= 0) return parsed;

    if (!std::ifstream(options.input, std::ios::binary)) return failure("cannot read " + options.input);
    const std::vector<unsigned char> bytes = folio::readFileBytes(options.input);
    const std::string json(bytes.begin(), bytes.end());
    const folio::ParseResult article = folio::readArticle(json);
    if (!article.ok) return failure(options.input + ": " + article.error.message);
    for (const std::string& notice : article.notices)
        std::fprintf(stderr, "folio-print: %s: %s\n", options.input.c_str(), notice.c_str());

    folio::TrueTypeMetrics fonts;
    fonts.setLanguage(article.article.language);  // Chinese, Japanese or Korean forms
    std::string error;
    if (!folio::loadFontDirectory(fonts, options.fontDir, error)) return failure(error);
    folio::loadFallbackFonts(fonts, {options.fontDir, FOLIO_CJK_FONT_DIR, FOLIO_SYMBOL_FONT_DIR}, error);
    if (!error.empty()) std::fprintf(stderr, "folio-print: %s; their characters may be missing\n", error.c_str());
    folio::loadWordDictionaries(fonts, options.dictionaryDir, error);
    if (!error.empty()) std::fprintf(stderr, "folio-print: %s; those scripts break lines only at spaces\n", error.c_str());

    const folio::Article drawn = folio::lowerForDrawing(article.article);  // format 1.1 as it is drawn
    const folio::PrintDocument doc = folio::paginate(drawn, fonts, options.spec);
    if (doc.spec.fontSizePt != options.spec.fontSizePt)
        std::fprintf(stderr, "folio-print: font size set to %s pt (%s to %s)\n", folio::shortestDecimal(doc.spec.fontSizePt).c_str(),
                     folio::shortestDecimal(folio::kMinPageFontSizePt).c_str(), folio::shortestDecimal(folio::kMaxPageFontSizePt).c_str());
    if (doc.spec.marginMm != options.spec.marginMm)
        std::fprintf(stderr, "folio-print: margin set to %s mm (%s to %s)\n", folio::shortestDecimal(doc.spec.marginMm).c_str(),
                     folio::shortestDecimal(folio::kMinPageMarginMm).c_str(), folio::shortestDecimal(folio::kMaxPageMarginMm).c_str());

    if (doc.missing.count > 0) {
        std::string characters;
        for (const char32_t cp : doc.missing.characters) {
            char code[16];
            std::snprintf(code, sizeof code, " U+%04X", static_cast<unsigned>(cp));
            characters += code;
        }
        std::fprintf(stderr, "folio-print: %u characters have no glyph in any font (drawn as boxes):%s\n",
                     static_cast<unsigned>(doc.missing.count), characters.c_str());
    }
    const folio::PdfResult pdf = folio::writePdf(doc, fonts, nowIso(), loadPictures(drawn, options.input));
    if (!pdf.ok) return failure(pdf.error);
    std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(pdf.bytes.data()), static_cast<std::streamsize>(pdf.bytes.size()));
    out.close();
    if (!out) return failure("cannot write " + options.output);
    std::printf("wrote %s: %zu pages, %zu bytes\n", options.output.c_str(), doc.pages.size(), pdf.bytes.size());
    return 0;
}
