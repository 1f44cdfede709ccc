// The PDF writer and the folio-print command line, checked on the bytes and with the real PDF tools
// (qpdf, pdftotext, pdfinfo, pdffonts; tools/setup.sh installs them).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "folio/utf8.h"
#include "command.h"
#include "test_fonts.h"

using folio::BoxKind;
using folio::FontFace;
using folio::PdfResult;
using folio::PrintDocument;
using folio::PrintPage;
using folio::PrintRole;
using folio::PrintRun;
using folio::test::CommandResult;
using folio::test::TempFile;
using folio::test::checkInOrder;
using folio::test::requireTool;
using folio::test::runCommand;
using folio::test::shellQuote;
using folio::test::writeFile;

#ifndef FOLIO_PRINT_EXE
#error "FOLIO_PRINT_EXE must name the folio-print binary (the build defines it)"
#endif

namespace {

constexpr float kA4Width = 595.28f;
constexpr float kA4Height = 841.89f;
constexpr float kLeft = 56.69f;
constexpr const char* kCreationDate = "2026-11-26T19:30:00Z";

std::string asText(const std::vector<unsigned char>& bytes) { return std::string(bytes.begin(), bytes.end()); }

// Width in em of `text` in `face` as the layout measures it: advances, plus kerning between
// characters (none next to a space) when `kern`.
float widthEm(FontFace face, const std::string& text, bool kern = true) {
    const folio::TrueTypeMetrics& metrics = folio::test::notoMetrics();
    float em = 0.0f;
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = folio::nextCodepoint(text, pos);
        em += metrics.advance(face, cp);
        if (kern && prev != 0 && prev != U' ' && cp != U' ') em += metrics.kerning(face, prev, cp);
        prev = cp;
    }
    return em;
}

// Appends a run to `page` and returns it.
PrintRun& addRun(PrintPage& page, FontFace face, PrintRole role, const std::string& text, float x, float baseline,
                 float sizePt, int link = -1) {
    PrintRun run;
    run.text = text;
    run.face = face;
    run.role = role;
    run.x = x;
    run.baseline = baseline;
    run.sizePt = sizePt;
    run.width = widthEm(face, text) * sizePt;
    run.link = link;
    page.runs.push_back(run);
    return page.runs.back();
}

// Two A4 pages in five faces: a heading, a meta line, non-ASCII body text, kerned words, a link,
// an image box, a quote rule, a running header, footers and characters the fonts lack.
PrintDocument sampleDocument() {
    PrintDocument doc;
    doc.widthPt = kA4Width;
    doc.heightPt = kA4Height;
    doc.title = "Alliance talks in Zürich";
    doc.source = "Example Times (Tokyo)";
    doc.url = "https://example.com/alliance";
    doc.links = {"https://example.com/a%20b?q=\xC3\xBC", "javascript:alert(1)"};
    doc.pages.resize(2);

    PrintPage& first = doc.pages[0];
    addRun(first, FontFace::SerifBold, PrintRole::Body, "Alliance talks in Zürich", kLeft, 90.0f, 20.0f);
    addRun(first, FontFace::Sans, PrintRole::Muted, "Example Times, 12 July 2014", kLeft, 115.0f, 9.0f);
    addRun(first, FontFace::Serif, PrintRole::Body, "Zürich — “quoted” café, naïve façade.", kLeft, 150.0f, 11.0f);
    addRun(first, FontFace::SerifItalic, PrintRole::Body, "WAVY AVATAR Toyota", kLeft, 180.0f, 20.0f);
    const PrintRun& link = addRun(first, FontFace::Serif, PrintRole::Body, "example link", kLeft, 210.0f, 11.0f, 0);
    first.linkAreas.push_back({0, link.x, 210.0f - 11.0f, link.width, 14.0f});
    first.linkAreas.push_back({1, kLeft, 230.0f, 40.0f, 14.0f});
    first.boxes.push_back({BoxKind::Image, 3, kLeft, 240.0f, 200.0f, 120.0f});
    first.boxes.push_back({BoxKind::QuoteRule, 4, kLeft, 380.0f, 2.0f, 40.0f});
    addRun(first, FontFace::Sans, PrintRole::Footer, "Page 1 of 2", 480.0f, 800.0f, 8.0f);

    PrintPage& second = doc.pages[1];
    addRun(second, FontFace::Sans, PrintRole::Header, "Alliance talks in Zürich", kLeft, 40.0f, 8.0f);
    addRun(second, FontFace::Serif, PrintRole::Body, "Second page closes the story.", kLeft, 90.0f, 11.0f);
    addRun(second, FontFace::SerifBoldItalic, PrintRole::Body, "Final words", kLeft, 110.0f, 11.0f);
    addRun(second, FontFace::Serif, PrintRole::Body, "Missing ✓ 中 glyphs", kLeft, 130.0f, 11.0f);
    addRun(second, FontFace::Sans, PrintRole::Footer, "Page 2 of 2", 480.0f, 800.0f, 8.0f);
    return doc;
}

// The sample document as a PDF, written once per test binary.
const PdfResult& samplePdf() {
    static const PdfResult pdf = folio::writePdf(sampleDocument(), folio::test::notoMetrics(), kCreationDate);
    return pdf;
}

// The sample PDF in a temp file for the tools.
class SampleFile {
public:
    SampleFile() : file_(".pdf") {
        REQUIRE_MESSAGE(samplePdf().ok, samplePdf().error);
        writeFile(file_.path(), samplePdf().bytes);
    }
    std::string quoted() const { return shellQuote(file_.path()); }

private:
    TempFile file_;
};

// The value of a "Key:   value" line of pdfinfo's output; empty when missing.
std::string infoField(const std::string& info, const std::string& key) {
    const std::regex line("(^|\n)" + key + ":[ \t]*([^\n]*)");
    std::smatch match;
    return std::regex_search(info, match, line) ? match[2].str() : std::string();
}

std::uint32_t be16(const std::vector<unsigned char>& b, std::size_t at) { return (std::uint32_t{b.at(at)} << 8) | b.at(at + 1); }
std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }

// The tables of an sfnt: tag -> (offset, length).
std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> sfntTables(const std::vector<unsigned char>& font) {
    std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> tables;
    const std::size_t count = be16(font, 4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16 * i;
        tables.push_back({std::string(font.begin() + static_cast<std::ptrdiff_t>(record), font.begin() + static_cast<std::ptrdiff_t>(record) + 4),
                          {be32(font, record + 8), be32(font, record + 12)}});
    }
    return tables;
}

std::pair<std::size_t, std::size_t> sfntTable(const std::vector<unsigned char>& font, const std::string& tag) {
    for (const auto& table : sfntTables(font)) {
        if (table.first == tag) return table.second;
    }
    FAIL("no " << tag << " table");
    return {};
}

// Byte range of glyph `g` in glyf (long loca offsets, as in the Noto fonts).
std::pair<std::size_t, std::size_t> glyphRange(const std::vector<unsigned char>& font, std::size_t g) {
    const std::size_t loca = sfntTable(font, "loca").first;
    const std::size_t glyf = sfntTable(font, "glyf").first;
    return {glyf + be32(font, loca + 4 * g), glyf + be32(font, loca + 4 * g + 4)};
}

// Sum of big-endian 32-bit words over [begin, begin + length), zero-padded.
std::uint32_t checksum(const std::vector<unsigned char>& b, std::size_t begin, std::size_t length) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < length; i += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k) word = (word << 8) | (i + k < length ? b.at(begin + i + k) : 0u);
        sum += word;
    }
    return sum;
}

}  // namespace

TEST_CASE("pdf: the file structure is sound") {
    const PdfResult& pdf = samplePdf();
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const std::string bytes = asText(pdf.bytes);
    CHECK(bytes.rfind("%PDF-1.7\n", 0) == 0);
    CHECK(bytes.size() > 6);
    CHECK(bytes.substr(bytes.size() - 6) == "%%EOF\n");
    for (const char* key : {"/Identity-H", "/CIDFontType2", "/CIDToGIDMap /Identity", "/ToUnicode", "/FontFile2",
                            "/FlateDecode", "/URI", "/Info", "/ID ["}) {
        CHECK_MESSAGE(bytes.find(key) != std::string::npos, key);
    }

    // Every cross-reference entry points at the start of its object.
    const std::size_t startxref = bytes.rfind("startxref\n");
    REQUIRE(startxref != std::string::npos);
    const std::size_t xref = std::stoul(bytes.substr(startxref + 10));
    REQUIRE(bytes.compare(xref, 7, "xref\n0 ") == 0);
    const std::size_t count = std::stoul(bytes.substr(xref + 7));
    const std::size_t entries = bytes.find('\n', xref + 7) + 1;
    CHECK(bytes.compare(entries, 20, "0000000000 65535 f \n") == 0);
    for (std::size_t i = 1; i < count; ++i) {
        const std::string entry = bytes.substr(entries + 20 * i, 20);
        REQUIRE(entry.size() == 20);
        CHECK(entry.substr(10) == " 00000 n \n");
        const std::size_t offset = std::stoul(entry.substr(0, 10));
        const std::string header = std::to_string(i) + " 0 obj\n";
        CHECK_MESSAGE(bytes.compare(offset, header.size(), header) == 0, "object " << i << " is not at " << offset);
    }
    CHECK(bytes.find("trailer\n<< /Size " + std::to_string(count) + " ", entries + 20 * count) == entries + 20 * count);

    // Only the http(s) link became an annotation, its URI percent-encoded into ASCII (the "%20" kept).
    std::size_t links = 0;
    for (std::size_t at = bytes.find("/Subtype /Link"); at != std::string::npos; at = bytes.find("/Subtype /Link", at + 1)) ++links;
    CHECK(links == 1);
    CHECK(bytes.find("/URI (https://example.com/a%20b?q=%C3%BC)") != std::string::npos);
    CHECK(bytes.find("javascript") == std::string::npos);
    // The link area (top 199, height 14 from the top-left) in PDF's bottom-left coordinates.
    CHECK(bytes.find(" 628.89 ") != std::string::npos);
    CHECK(bytes.find(" 642.89] /Border [0 0 0]") != std::string::npos);

    // Document information: the source stands in for the missing author; non-ASCII goes UTF-16BE.
    CHECK(bytes.find("/Title <FEFF0041006C006C00690061006E") != std::string::npos);
    CHECK(bytes.find("/Author (Example Times \\(Tokyo\\))") != std::string::npos);
    CHECK(bytes.find("/Creator (Folio) /Producer (Folio)") != std::string::npos);
    CHECK(bytes.find("/CreationDate (D:20261126193000Z)") != std::string::npos);
}

// exportPdf() of a large article once aborted the whole viewer, out of memory, and the reader was told nothing.
TEST_CASE("pdf: a document over kMaxPdfPages is refused with a clear message") {
    PrintDocument doc = sampleDocument();
    const PrintPage page = doc.pages.at(0);
    doc.pages.assign(folio::kMaxPdfPages, page);
    CHECK(folio::writePdf(doc, folio::test::notoMetrics(), "").ok);
    doc.pages.push_back(page);
    const PdfResult refused = folio::writePdf(doc, folio::test::notoMetrics(), "");
    CHECK_FALSE(refused.ok);
    CHECK(refused.bytes.empty());
    CHECK(refused.error == "this article would take 3001 pages to print; one PDF holds at most 3000 (a smaller print "
                           "text size takes fewer pages)");
}

TEST_CASE("pdf: the same input gives the same bytes") {
    const PdfResult again = folio::writePdf(sampleDocument(), folio::test::notoMetrics(), kCreationDate);
    REQUIRE(again.ok);
    CHECK(again.bytes == samplePdf().bytes);
}

TEST_CASE("pdf: qpdf --check finds no problem") {
    requireTool("qpdf");
    const SampleFile file;
    const CommandResult check = runCommand("qpdf --check " + file.quoted());
    CHECK_MESSAGE(check.status == 0, check.output);
    CHECK_MESSAGE(check.output.find("WARNING") == std::string::npos, check.output);
    CHECK_MESSAGE(check.output.find("No syntax or stream encoding errors found") != std::string::npos, check.output);
    // Decoding every stream (content, fonts, ToUnicode) proves the zlib data and its checksums.
    const CommandResult decode = runCommand("qpdf --decode-level=all --stream-data=uncompress " + file.quoted() + " -");
    CHECK(decode.status == 0);
    CHECK(decode.output.find("WARNING") == std::string::npos);
    CHECK(decode.output.find("/FlateDecode") == std::string::npos);
    // The decoded page content: grey boxes in PDF coordinates, text coloured by role (its fill, and
    // the same stroke for synthetic bold).
    for (const char* drawn : {"0.93 g\n56.69 481.89 200 120 re f\n", "0.8 g\n56.69 421.89 2 40 re f\n",
                              "0.11 0.11 0.12 rg 0.11 0.11 0.12 RG\n/F1 20 Tf\n1 0 0 1 56.69 751.89 Tm\n",
                              "0.36 0.36 0.4 rg 0.36 0.36 0.4 RG\n"}) {
        CHECK_MESSAGE(decode.output.find(drawn) != std::string::npos, drawn);
    }
}

TEST_CASE("pdf: hundreds of distinct characters copy back exactly") {
    requireTool("pdftotext");
    // Every other Latin-1, Latin Extended-A and Greek letter (scattered glyphs: over 100 single
    // ToUnicode entries, so more than one block) and all basic Cyrillic letters (ranges).
    std::string letters;
    for (char32_t cp = 0xC0; cp <= 0x17F; cp += 2) folio::appendUtf8(letters, cp);
    for (char32_t cp = 0x391; cp <= 0x3C9; cp += 2) folio::appendUtf8(letters, cp);
    for (char32_t cp = 0x410; cp <= 0x44F; ++cp) folio::appendUtf8(letters, cp);
    PrintDocument doc;
    doc.widthPt = kA4Width;
    doc.heightPt = kA4Height;
    doc.pages.resize(1);
    std::vector<std::string> lines;
    for (std::size_t pos = 0; pos < letters.size();) {
        std::string line;
        for (int i = 0; i < 30 && pos < letters.size(); ++i) folio::appendUtf8(line, folio::nextCodepoint(letters, pos));
        addRun(doc.pages[0], FontFace::Serif, PrintRole::Body, line, kLeft, 80.0f + 16.0f * static_cast<float>(lines.size()), 11.0f);
        lines.push_back(line);
    }
    const PdfResult pdf = folio::writePdf(doc, folio::test::notoMetrics(), "");
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const TempFile file(".pdf");
    writeFile(file.path(), pdf.bytes);
    const CommandResult text = runCommand("pdftotext -enc UTF-8 " + shellQuote(file.path()) + " -");
    REQUIRE_MESSAGE(text.status == 0, text.output);
    for (const std::string& line : lines) CHECK_MESSAGE(text.output.find(line + "\n") != std::string::npos, line);
}

TEST_CASE("pdf: pdftotext reads the words in order, non-ASCII included") {
    // Characters without a glyph were drawn (and measured) as the replacement glyph, and copy as U+FFFD.
    requireTool("pdftotext");
    const SampleFile file;
    for (const char* mode : {"", "-layout "}) {
        const CommandResult text = runCommand(std::string("pdftotext -enc UTF-8 ") + mode + file.quoted() + " -");
        REQUIRE_MESSAGE(text.status == 0, text.output);
        checkInOrder(text.output, {"Alliance", "talks", "Zürich", "Example", "Times", "Zürich", "—", "“quoted”", "café,",
                                   "naïve", "façade.", "WAVY", "AVATAR", "Toyota", "example", "link", "Page", "1", "of",
                                   "2", "Second", "page", "closes", "the", "story.", "Final", "words", "Missing", "\uFFFD \uFFFD", "glyphs", "Page", "2"});
    }
}

TEST_CASE("pdf: pdfinfo reports the pages, title, author and date") {
    requireTool("pdfinfo");
    const SampleFile file;
    const CommandResult info = runCommand("pdfinfo -isodates " + file.quoted());
    REQUIRE_MESSAGE(info.status == 0, info.output);
    CHECK(infoField(info.output, "Pages") == "2");
    CHECK(infoField(info.output, "Title") == "Alliance talks in Zürich");
    CHECK(infoField(info.output, "Author") == "Example Times (Tokyo)");
    CHECK(infoField(info.output, "Creator") == "Folio");
    CHECK(infoField(info.output, "Producer") == "Folio");
    CHECK(infoField(info.output, "CreationDate") == kCreationDate);
    CHECK(infoField(info.output, "PDF version") == "1.7");
    CHECK(infoField(info.output, "Page size").rfind("595.28 x 841.89 pts", 0) == 0);
}

TEST_CASE("pdf: pdffonts sees one embedded Unicode subset per face") {
    requireTool("pdffonts");
    const SampleFile file;
    const CommandResult fonts = runCommand("pdffonts " + file.quoted());
    REQUIRE_MESSAGE(fonts.status == 0, fonts.output);
    for (const char* face : {"NotoSerif-Bold", "NotoSans-Regular", "NotoSerif-Regular", "NotoSerif-Italic", "NotoSerif-BoldItalic"}) {
        const std::regex line("[A-Z]{6}\\+" + std::string(face) + " +CID TrueType +Identity-H +yes +yes +yes");
        CHECK_MESSAGE(std::regex_search(fonts.output, line), face << " in:\n" << fonts.output);
    }
    CHECK(std::count(fonts.output.begin(), fonts.output.end(), '\n') == 2 + 5);  // header, rule, fonts
}

TEST_CASE("pdf: kerned glyphs land where the layout put them") {
    requireTool("pdftotext");
    const SampleFile file;
    const CommandResult boxes = runCommand("pdftotext -bbox " + file.quoted() + " -");
    REQUIRE_MESSAGE(boxes.status == 0, boxes.output);
    // Word boxes of the run "WAVY AVATAR Toyota" (SerifItalic, 20 pt at x = kLeft).
    float x = kLeft;
    for (const std::string word : {"WAVY", "AVATAR", "Toyota"}) {
        const float kerned = widthEm(FontFace::SerifItalic, word) * 20.0f;
        const float plain = widthEm(FontFace::SerifItalic, word, false) * 20.0f;
        const std::regex box("xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">" + word + "<");
        std::smatch match;
        REQUIRE_MESSAGE(std::regex_search(boxes.output, match, box), word);
        CHECK(std::fabs(kerned - plain) > 0.5f);  // kerning matters for these words
        CHECK(std::stof(match[1].str()) == doctest::Approx(x).epsilon(0.0001));
        CHECK(std::stof(match[2].str()) == doctest::Approx(x + kerned).epsilon(0.0001));
        x += kerned + folio::test::notoMetrics().advance(FontFace::SerifItalic, U' ') * 20.0f;
    }
}

TEST_CASE("pdf: the embedded font is a subset with the original glyph ids") {
    requireTool("qpdf");
    const SampleFile file;
    const std::string bytes = asText(samplePdf().bytes);
    const std::smatch match = [&bytes] {
        std::smatch m;
        std::regex_search(bytes, m, std::regex("\\+NotoSerif-Regular /Flags [0-9]+ .*? /FontFile2 ([0-9]+) 0 R"));
        return m;
    }();
    REQUIRE(match.size() == 2);
    const TempFile ttf(".ttf");
    const CommandResult extract = runCommand("qpdf --show-object=" + match[1].str() + " --filtered-stream-data " +
                                             file.quoted() + " > " + shellQuote(ttf.path()));
    REQUIRE_MESSAGE(extract.status == 0, extract.output);
    const std::vector<unsigned char> subset = folio::test::readFileBytes(ttf.path());
    const std::vector<unsigned char>& original = folio::test::notoMetrics().bytes(FontFace::Serif);
    REQUIRE(subset.size() > 12);
    CHECK(subset.size() < original.size() / 10);

    // The tables a viewer needs, sorted, nothing for shaping or character maps; checksums right.
    std::vector<std::string> tags;
    for (const auto& table : sfntTables(subset)) {
        tags.push_back(table.first);
        if (table.first != "head") CHECK_MESSAGE(checksum(subset, table.second.first, table.second.second) == be32(subset, 12 + 16 * (tags.size() - 1) + 4), table.first);
    }
    CHECK(tags == std::vector<std::string>{"OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep"});
    CHECK(checksum(subset, 0, subset.size()) == 0xB1B0AFBAu);

    // Same glyph count; the kept glyphs are byte for byte the original ones at the same ids.
    const std::size_t glyphs = be16(original, sfntTable(original, "maxp").first + 4);
    REQUIRE(be16(subset, sfntTable(subset, "maxp").first + 4) == glyphs);
    std::size_t kept = 0;
    for (std::size_t g = 0; g < glyphs; ++g) {
        const auto range = glyphRange(subset, g);
        if (range.first == range.second) continue;
        ++kept;
        const auto from = glyphRange(original, g);
        REQUIRE(from.second - from.first <= range.second - range.first);
        CHECK(std::equal(original.begin() + static_cast<std::ptrdiff_t>(from.first), original.begin() + static_cast<std::ptrdiff_t>(from.second),
                         subset.begin() + static_cast<std::ptrdiff_t>(range.first)));
    }
    CHECK(glyphRange(subset, 0).first != glyphRange(subset, 0).second);  // .notdef kept
    CHECK(kept > 20);   // the Serif runs use about 40 distinct characters, some composites
    CHECK(kept < 80);
}

TEST_CASE("pdf: a few paragraphs in two faces make a small file") {
    const std::string paragraph =
        "The United States and Japan have been allies for more than six decades, and the defense secretary "
        "said the partnership would grow as both countries modernize their forces and share the burden of "
        "regional security in Asia and beyond.";
    PrintDocument doc;
    doc.widthPt = kA4Width;
    doc.heightPt = kA4Height;
    doc.title = "Small";
    doc.pages.resize(2);
    for (PrintPage& page : doc.pages) {
        float baseline = 80.0f;
        addRun(page, FontFace::SerifBold, PrintRole::Body, "A heading in bold", kLeft, baseline, 16.0f);
        for (int i = 0; i < 12; ++i) {
            baseline += 16.0f;
            const std::size_t at = static_cast<std::size_t>(i % 3) * 70;
            addRun(page, FontFace::Serif, PrintRole::Body, paragraph.substr(at, 70), kLeft, baseline, 11.0f);
        }
    }
    const PdfResult pdf = folio::writePdf(doc, folio::test::notoMetrics(), "");
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    CHECK(pdf.bytes.size() < 60000);
    CHECK(asText(pdf.bytes).find("/CreationDate") == std::string::npos);  // empty date: none
}

TEST_CASE("pdf: a face without a font, a bad date and no pages are errors") {
    PrintDocument doc;
    doc.widthPt = kA4Width;
    doc.heightPt = kA4Height;
    doc.pages.resize(1);
    addRun(doc.pages[0], FontFace::SansBold, PrintRole::Body, "Bold words", kLeft, 100.0f, 11.0f);

    const folio::TrueTypeMetrics none;
    const PdfResult noFont = folio::writePdf(doc, none, kCreationDate);
    CHECK_FALSE(noFont.ok);
    CHECK(noFont.bytes.empty());
    CHECK(noFont.error == "no font for SansBold");

    const PdfResult badDate = folio::writePdf(doc, folio::test::notoMetrics(), "26/11/2026");
    CHECK_FALSE(badDate.ok);
    CHECK(badDate.error.find("26/11/2026") != std::string::npos);

    doc.pages.clear();
    const PdfResult noPages = folio::writePdf(doc, folio::test::notoMetrics(), kCreationDate);
    CHECK_FALSE(noPages.ok);
    CHECK_FALSE(noPages.error.empty());
}

TEST_CASE("pdf: a face falling back to another font shares its PDF font") {
    folio::TrueTypeMetrics serifOnly;
    REQUIRE(folio::test::loadNotoFace(serifOnly, FontFace::Serif));
    PrintDocument doc;
    doc.widthPt = kA4Width;
    doc.heightPt = kA4Height;
    doc.pages.resize(1);
    addRun(doc.pages[0], FontFace::Serif, PrintRole::Body, "Upright", kLeft, 100.0f, 11.0f);
    addRun(doc.pages[0], FontFace::SansBoldItalic, PrintRole::Body, "Fallback", kLeft, 120.0f, 11.0f);
    const PdfResult pdf = folio::writePdf(doc, serifOnly, "2026-11-26");
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const std::string bytes = asText(pdf.bytes);
    CHECK(bytes.find("/Subtype /Type0") == bytes.rfind("/Subtype /Type0"));
    CHECK(bytes.find("/CreationDate (D:20261126)") != std::string::npos);
}

TEST_CASE("folio-print: prints an article to PDF") {
    requireTool("pdfinfo");
    requireTool("qpdf");
    requireTool("pdftotext");
    const TempFile out(".pdf");
    const std::string article = std::string(FOLIO_SOURCE_DIR) + "/assets/articles/hagel-us-japan-alliance.json";
    const CommandResult run = runCommand(shellQuote(FOLIO_PRINT_EXE) + " " + shellQuote(article) + " -o " + shellQuote(out.path()) +
                                         " --paper a4 --font-size 11");
    REQUIRE_MESSAGE(run.status == 0, run.output);
    std::smatch match;
    REQUIRE_MESSAGE(std::regex_search(run.output, match, std::regex("^wrote .+: ([0-9]+) pages, ([0-9]+) bytes\n$")), run.output);
    CHECK(std::filesystem::file_size(out.path()) == std::stoul(match[2].str()));

    const CommandResult info = runCommand("pdfinfo " + shellQuote(out.path()));
    REQUIRE_MESSAGE(info.status == 0, info.output);
    CHECK(infoField(info.output, "Pages") == match[1].str());
    CHECK(infoField(info.output, "Title") == "Hagel reiterates US-Japan alliance");
    CHECK(infoField(info.output, "Author") == "Xinhua");

    const CommandResult check = runCommand("qpdf --check " + shellQuote(out.path()));
    CHECK_MESSAGE(check.status == 0, check.output);
    CHECK_MESSAGE(check.output.find("WARNING") == std::string::npos, check.output);
    const CommandResult text = runCommand("pdftotext -enc UTF-8 " + shellQuote(out.path()) + " -");
    checkInOrder(text.output, {"Hagel", "reiterates", "US-Japan", "alliance", "U.S.", "Defense", "Secretary", "Chuck", "Hagel"});
}

TEST_CASE("folio-print: letter paper") {
    requireTool("pdfinfo");
    const TempFile out(".pdf");
    const std::string article = std::string(FOLIO_SOURCE_DIR) + "/assets/articles/hagel-us-japan-alliance.json";
    const CommandResult run = runCommand(shellQuote(FOLIO_PRINT_EXE) + " " + shellQuote(article) + " -o " + shellQuote(out.path()) +
                                         " --paper letter --margin 25");
    REQUIRE_MESSAGE(run.status == 0, run.output);
    const CommandResult info = runCommand("pdfinfo " + shellQuote(out.path()));
    CHECK(infoField(info.output, "Page size").rfind("612 x 792 pts", 0) == 0);
}

TEST_CASE("folio-print: errors and usage") {
    const TempFile out(".pdf");
    const std::string exe = shellQuote(FOLIO_PRINT_EXE);
    const std::string article = shellQuote(std::string(FOLIO_SOURCE_DIR) + "/assets/articles/hagel-us-japan-alliance.json");

    const TempFile missing(".json");
    const CommandResult notThere = runCommand(exe + " " + shellQuote(missing.path()) + " -o " + shellQuote(out.path()));
    CHECK(notThere.status == 1);
    CHECK(notThere.output == "folio-print: cannot read " + missing.path() + "\n");

    const TempFile broken(".json");
    {
        std::ofstream json(broken.path());
        json << "{\"version\": 1,\n \"title\": }";
    }
    const CommandResult syntax = runCommand(exe + " " + shellQuote(broken.path()) + " -o " + shellQuote(out.path()));
    CHECK(syntax.status == 1);
    CHECK(syntax.output.find("JSON syntax error at line 2") != std::string::npos);

    const CommandResult noFonts = runCommand(exe + " " + article + " -o " + shellQuote(out.path()) + " --font-dir " +
                                             shellQuote(missing.path()));
    CHECK(noFonts.status == 1);
    CHECK(noFonts.output.find("cannot load") != std::string::npos);

    const CommandResult paper = runCommand(exe + " " + article + " -o " + shellQuote(out.path()) + " --paper a3");
    CHECK(paper.status == 2);
    CHECK(paper.output.find("unknown paper 'a3'") != std::string::npos);
    CHECK(paper.output.find("usage: folio-print") != std::string::npos);

    for (const char* args : {" --font-size", " --font-size big", " --margin -3", " --bogus", " extra.json"}) {
        const CommandResult usage = runCommand(exe + " " + article + " -o " + shellQuote(out.path()) + args);
        CHECK_MESSAGE(usage.status == 2, args);
    }
    CHECK(runCommand(exe + " " + article).status == 2);  // no -o
    CHECK_FALSE(std::filesystem::exists(out.path()));   // nothing written by a failed run
}
