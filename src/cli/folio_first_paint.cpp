// folio-first-paint: puts an article into a page as HTML, set like the viewer sets it, so that
// the page shows the article before the viewer has started (see src/ui/first_paint.h).
//   folio-first-paint PAGE.html ARTICLE.json ARTICLE_URL OUTPUT.html [FONT_MANIFEST]
// PAGE.html holds the markers <!--folio:first-paint-head--> (in <head>) and <!--folio:first-paint-->
// (inside the element the viewer is mounted on); ARTICLE_URL is where the page fetches the article,
// relative to the page (its folder resolves the article's relative image sources); the fonts are
// expected in fonts/ beside the page. FONT_MANIFEST, the viewer's fonts/fallbacks.json (written by
// the build), names the slices of the faces and the fallback fonts: the page's styles then name
// exactly the files the article's text needs, each for its characters, and the page preloads the
// first screen's; without it, each face's whole font file. Beside OUTPUT.html it writes the first paint's
// stylesheet and script, OUTPUT.first-paint.css and OUTPUT.first-paint.js (index.html: index.first-
// paint.css), which the page links to (a strict Content-Security-Policy allows no inline style or
// script). Exit status: 0 written, 1 an input or output error, 2 a usage error.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "folio/article_lower.h"
#include "folio/article_parse.h"
#include "folio/article_sources.h"
#include "folio/font_files.h"
#include "ui/first_paint.h"

namespace {

constexpr const char* kHeadMarker = "<!--folio:first-paint-head-->";
constexpr const char* kBodyMarker = "<!--folio:first-paint-->";

int failure(const std::string& message) {
    std::fprintf(stderr, "folio-first-paint: %s\n", message.c_str());
    return 1;
}

// Writes `text` to `path`; false when it cannot.
bool writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    return static_cast<bool>(out);
}

// Replaces the one `marker` in `page` by `content`; false when the page does not hold it.
bool replaceMarker(std::string& page, const std::string& marker, const std::string& content) {
    const std::size_t at = page.find(marker);
    if (at == std::string::npos) return false;
    page.replace(at, marker.size(), content);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5 && argc != 6) {
        std::fprintf(stderr, "usage: folio-first-paint PAGE.html ARTICLE.json ARTICLE_URL OUTPUT.html [FONT_MANIFEST]\n");
        return 2;
    }
    const std::string pagePath = argv[1], articlePath = argv[2], articleUrl = argv[3], outputPath = argv[4];
    const std::vector<unsigned char> pageBytes = folio::readFileBytes(pagePath);
    if (pageBytes.empty()) return failure("cannot read " + pagePath);
    const std::vector<unsigned char> articleBytes = folio::readFileBytes(articlePath);
    if (articleBytes.empty()) return failure("cannot read " + articlePath);
    const folio::ParseResult parsed = folio::readArticle(
        std::string_view(reinterpret_cast<const char*>(articleBytes.data()), articleBytes.size()));
    if (!parsed.ok) return failure(articlePath + " is not a valid article: " + parsed.error.message);
    for (const std::string& notice : parsed.notices)
        std::fprintf(stderr, "folio-first-paint: %s: %s\n", articlePath.c_str(), notice.c_str());

    std::string page(pageBytes.begin(), pageBytes.end());
    const std::string imageBase = articleUrl.substr(0, articleUrl.rfind('/') + 1);
    // OUTPUT's own name without ".html", for the names of its two files beside it.
    const std::size_t slash = outputPath.find_last_of('/');
    const std::string folder = slash == std::string::npos ? std::string() : outputPath.substr(0, slash + 1);
    std::string stem = outputPath.substr(folder.size());
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".html") == 0) stem.resize(stem.size() - 5);
    const std::string stylesName = stem + ".first-paint.css", scriptName = stem + ".first-paint.js";
    const std::string body = folio::ui::firstPaintBody(folio::lowerForDrawing(parsed.article), imageBase);
    folio::ui::FirstPaintFonts fonts;
    std::vector<std::string> preloads;
    if (argc == 6) {
        const std::string manifestPath = argv[5];
        const std::vector<unsigned char> manifest = folio::readFileBytes(manifestPath);
        if (manifest.empty()) return failure("cannot read " + manifestPath);
        const std::string manifestFolder = manifestPath.substr(0, manifestPath.find_last_of('/') + 1);
        fonts.files = folio::ui::firstPaintFontFiles(
            std::string_view(reinterpret_cast<const char*>(manifest.data()), manifest.size()), body, parsed.article.language,
            [&manifestFolder](const std::string& name) {
                const std::vector<unsigned char> bytes = folio::readFileBytes(manifestFolder + name);
                return std::string(bytes.begin(), bytes.end());
            });
        if (fonts.files.empty()) return failure(manifestPath + " names none of the viewer's fonts");
        for (const folio::FontFace face : folio::ui::firstScreenFaces(folio::FontFamily::Serif)) {
            const std::string file = folio::faceSliceFile(face, folio::kFaceCoreSlice);
            for (const folio::FallbackCoverage& f : fonts.files)
                if (f.file == file) preloads.push_back(fonts.url + file);
        }
    }
    if (!replaceMarker(page, kHeadMarker, folio::ui::firstPaintHead(stylesName, scriptName, preloads)) ||
        !replaceMarker(page, kBodyMarker, body)) {
        return failure(pagePath + " lacks the markers " + kHeadMarker + " and " + kBodyMarker);
    }
    if (!writeText(folder + stylesName, folio::ui::firstPaintStyles(fonts))) return failure("cannot write " + folder + stylesName);
    if (!writeText(folder + scriptName, folio::ui::firstPaintSettingsScript())) return failure("cannot write " + folder + scriptName);
    if (!writeText(outputPath, page)) return failure("cannot write " + outputPath);
    return 0;
}
