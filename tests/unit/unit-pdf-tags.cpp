// Tagged PDF: the structure tree of an article's PDF, checked with the real PDF tools. pdfinfo
// -struct-text shows the elements in reading order with their text; qpdf's JSON and decoded
// content streams show the marked content, artifacts, the parent tree and the link annotations.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "folio/article_lower.h"
#include "folio/article_meta.h"
#include "folio/article_parse.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "command.h"
#include "test_fonts.h"

using folio::test::CommandResult;
using folio::test::TempFile;
using folio::test::checkInOrder;
using folio::test::requireTool;
using folio::test::runCommand;
using folio::test::shellQuote;
using folio::test::writeFile;
using nlohmann::json;

namespace {

constexpr const char* kTitle = "Daylight for the Alder";
constexpr const char* kAlt = "A stream in a stone channel";
constexpr int kLongBlock = 7;  // the paragraph long enough to run over a page break

// `count` words of the long paragraph: "Alpha" first, "Omega" last, ordinary words between.
std::string longText(std::size_t count) {
    static const char* const kWords[] = {"the", "river", "ran", "under", "a", "street", "and", "council",
                                         "voted", "to", "open", "its", "channel", "again", "after", "years"};
    std::string text = "Alpha";
    for (std::size_t i = 1; i + 1 < count; ++i) text += std::string(" ") + kWords[(i * 7) % 16];
    return text + " Omega.";
}

// An article with every kind of block: a title and meta line, paragraphs, headings of levels 2 and
// 3, a link, an ordered list, a quote with its attribution, an image with a text alternative and a
// caption, and a paragraph that starts on page 1 and ends on page 2.
folio::Article sampleArticle() {
    const std::string json = R"({"version": 1, "title": ")" + std::string(kTitle) + R"(",
        "author": "Tomasz Wren", "source": "Riverlines", "published": "2025-04-03",
        "url": "https://example.com/news/daylight", "language": "en-GB",
        "body": [
          "The brook that ran under the high street for ninety years runs in the open again.",
          {"type": "heading", "text": "A river that would not stay buried"},
          {"type": "paragraph", "text": ["Read ", {"text": "the council's report", "href": "https://example.com/report"},
                                         " for the details."]},
          {"type": "list", "ordered": true, "items": ["Dig the channel", "Plant the banks"]},
          {"type": "quote", "text": "We wanted to give the water somewhere to go.", "cite": "Hannah Okonjo-Reid"},
          {"type": "image", "src": "brook.png", "alt": ")" + std::string(kAlt) + R"(", "caption": "The restored brook.",
           "width": 400, "height": 200},
          {"type": "heading", "level": 3, "text": "What changed"},
          ")" + longText(700) + R"(",
          "The end."]})";
    const folio::ParseResult parsed = folio::parseArticle(json);
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    return parsed.article;
}

// The picture of the sample's image: 4 x 2 opaque grey pixels.
folio::PdfPictures samplePictures() {
    const std::vector<unsigned char> rgba(4 * 2 * 4, 200);
    return {{"brook.png", folio::rgbaPicture(4, 2, rgba.data())}};
}

// `article` paginated on A4 at 11 pt and written as a PDF.
std::vector<unsigned char> pdfOf(const folio::Article& article, const folio::PdfPictures& pictures = samplePictures()) {
    folio::PageSpec spec;
    spec.fontSizePt = 11.0f;
    const folio::PrintDocument document = folio::paginate(article, folio::test::notoMetrics(), spec);
    const folio::PdfResult pdf = folio::writePdf(document, folio::test::notoMetrics(), "2026-11-26", pictures);
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    return pdf.bytes;
}

// A PDF in a temp file for the tools.
class PdfFile {
public:
    explicit PdfFile(const std::vector<unsigned char>& bytes) : file_(".pdf") { writeFile(file_.path(), bytes); }
    std::string quoted() const { return shellQuote(file_.path()); }

private:
    TempFile file_;
};

// What `command` prints; fails the test when it does not succeed.
std::string outputOf(const std::string& command) {
    const CommandResult result = runCommand(command);
    REQUIRE_MESSAGE(result.status == 0, command << "\n" << result.output);
    return result.output;
}

// One line of `pdfinfo -struct-text`: an element (its type), its text ("..." lines) or an object
// it refers to ("Object 14 0").
struct StructNode {
    std::string type;   // "P", "Link"...; "text" or "object" for those lines
    std::string value;  // text: the text; object: its number and generation, e.g. "14 0"
    std::vector<StructNode> kids;

    // This node's text and that of all its kids, in order.
    std::string text() const {
        std::string all = value;
        if (type == "object") all.clear();
        for (const StructNode& kid : kids) all += kid.text();
        return all;
    }
    // The kids that are elements (not text nor object lines).
    std::vector<const StructNode*> elements() const {
        std::vector<const StructNode*> out;
        for (const StructNode& kid : kids)
            if (kid.type != "text" && kid.type != "object") out.push_back(&kid);
        return out;
    }
    // The types of elements(), in order.
    std::vector<std::string> types() const {
        std::vector<std::string> out;
        for (const StructNode* kid : elements()) out.push_back(kid->type);
        return out;
    }
    // Number of object lines among the kids.
    std::size_t objects() const {
        std::size_t count = 0;
        for (const StructNode& kid : kids) count += kid.type == "object" ? 1 : 0;
        return count;
    }
};

// The tree `pdfinfo -struct-text` prints (two spaces of indent a level) under a root of type "".
StructNode parseStructText(const std::string& output) {
    StructNode root;
    std::vector<StructNode*> path{&root};
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) continue;
        const std::size_t depth = indent / 2 + 1;
        REQUIRE_MESSAGE(depth <= path.size(), "unexpected indent: " << line);
        path.resize(depth);
        StructNode node;
        const std::string content = line.substr(indent);
        if (content.front() == '"') {
            node.type = "text";
            node.value = content.substr(1, content.size() - 2);
        } else if (content.rfind("Object ", 0) == 0) {
            node.type = "object";
            node.value = content.substr(7);
        } else {
            node.type = content.substr(0, content.find(' '));
        }
        path.back()->kids.push_back(node);
        path.push_back(&path.back()->kids.back());
    }
    return root;
}

// The structure tree of the PDF in `file`, from its Document element down.
StructNode documentOf(const PdfFile& file) {
    const StructNode root = parseStructText(outputOf("pdfinfo -struct-text " + file.quoted()));
    REQUIRE(root.kids.size() == 1);
    REQUIRE(root.kids[0].type == "Document");
    return root.kids[0];
}

// A PDF's objects and pages as qpdf's JSON (version 2) shows them.
struct PdfJson {
    json objects;         // "N 0 R" -> the object's value (a stream's dictionary for a stream)
    json pages;           // per page: "object" (its reference), "contents" (its content streams)
    std::string catalog;  // the catalog's reference

    // The object `ref` refers to; throws (failing the test) when there is none.
    const json& operator[](const std::string& ref) const { return objects.at(ref); }
};

PdfJson jsonOf(const PdfFile& file) {
    const json all = json::parse(outputOf("qpdf --json " + file.quoted()), nullptr, false);
    REQUIRE_FALSE(all.is_discarded());
    PdfJson pdf;
    for (const auto& [key, object] : all.at("qpdf").at(1).items()) {
        if (key.rfind("obj:", 0) == 0)
            pdf.objects[key.substr(4)] = object.contains("value") ? object["value"] : object["stream"]["dict"];
    }
    pdf.pages = all.at("pages");
    pdf.catalog = all.at("qpdf").at(1).at("trailer").at("value").at("/Root").get<std::string>();
    return pdf;
}

// The decoded content stream of page `page` (an entry of PdfJson::pages) of the PDF in `file`.
std::string contentOf(const PdfFile& file, const json& page) {
    const std::string ref = page.at("contents").at(0).get<std::string>();
    return outputOf("qpdf --show-object=" + ref.substr(0, ref.find(' ')) + " --filtered-stream-data " + file.quoted());
}

// The number of times `part` occurs in `text`.
std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("pdf tags: an article's PDF is tagged, in its language, and qpdf finds no problem") {
    requireTool("pdfinfo");
    requireTool("qpdf");
    const PdfFile file(pdfOf(sampleArticle()));
    const std::string info = outputOf("pdfinfo " + file.quoted());
    CHECK_MESSAGE(info.find("\nTagged:          yes\n") != std::string::npos, info);

    const CommandResult check = runCommand("qpdf --check " + file.quoted());
    CHECK_MESSAGE(check.status == 0, check.output);
    CHECK_MESSAGE(check.output.find("WARNING") == std::string::npos, check.output);
    CHECK_MESSAGE(check.output.find("No syntax or stream encoding errors found") != std::string::npos, check.output);

    const PdfJson pdf = jsonOf(file);
    const json& catalog = pdf[pdf.catalog];
    CHECK(catalog.at("/MarkInfo").at("/Marked") == true);
    CHECK(catalog.at("/Lang") == "u:en-GB");
    CHECK(catalog.at("/ViewerPreferences").at("/DisplayDocTitle") == true);
    CHECK(pdf[catalog.at("/StructTreeRoot")].at("/Type") == "/StructTreeRoot");
    REQUIRE(pdf.pages.size() >= 2);
    for (std::size_t i = 0; i < pdf.pages.size(); ++i) {
        const json& page = pdf[pdf.pages[i].at("object")];
        CHECK(page.at("/Tabs") == "/S");
        CHECK(page.at("/StructParents") == i);
    }

    // Without a language the document says English.
    folio::Article unknownLanguage = sampleArticle();
    unknownLanguage.language.clear();
    const PdfJson unknown = jsonOf(PdfFile(pdfOf(unknownLanguage)));
    CHECK(unknown[unknown.catalog].at("/Lang") == "u:en");
}

TEST_CASE("pdf tags: pdfinfo -struct-text shows the article's elements in reading order, with their text") {
    requireTool("pdfinfo");
    const folio::Article article = sampleArticle();
    const PdfFile file(pdfOf(article));
    const StructNode document = documentOf(file);

    CHECK(document.types() == std::vector<std::string>{"H1", "P", "P", "H2", "P", "L", "BlockQuote", "Figure", "Caption",
                                                       "H3", "P", "P", "P"});
    const std::vector<const StructNode*> kids = document.elements();
    REQUIRE(kids.size() == 13);
    CHECK(kids[0]->text() == kTitle);
    CHECK(kids[1]->text() == folio::metaLine(article));
    CHECK(kids[2]->text() == "The brook that ran under the high street for ninety years runs in the open again.");
    CHECK(kids[3]->text() == "A river that would not stay buried");

    // Linked text is a Link inside its paragraph, with its annotation.
    CHECK(kids[4]->text() == "Read the council's report for the details.");
    REQUIRE(kids[4]->types() == std::vector<std::string>{"Link"});
    CHECK(kids[4]->elements()[0]->text() == "the council's report");
    CHECK(kids[4]->elements()[0]->objects() == 1);

    // A list: L > LI > Lbl, LBody.
    REQUIRE(kids[5]->types() == std::vector<std::string>{"LI", "LI"});
    const char* const items[] = {"Dig the channel", "Plant the banks"};
    for (std::size_t i = 0; i < 2; ++i) {
        const StructNode& item = *kids[5]->elements()[i];
        REQUIRE(item.types() == std::vector<std::string>{"Lbl", "LBody"});
        CHECK(item.elements()[0]->text() == std::to_string(i + 1) + ".");
        CHECK(item.elements()[1]->text() == items[i]);
    }

    // A quote: its text and attribution as paragraphs.
    REQUIRE(kids[6]->types() == std::vector<std::string>{"P", "P"});
    CHECK(kids[6]->elements()[0]->text() == "We wanted to give the water somewhere to go.");
    CHECK(kids[6]->elements()[1]->text() == "\u2014 Hannah Okonjo-Reid");

    CHECK(kids[7]->text().empty());  // the Figure: a picture, its text alternative in /Alt
    CHECK(kids[8]->text() == "The restored brook.");
    CHECK(kids[9]->text() == "What changed");

    // The paragraph over the page break is one P with all its words.
    CHECK(kids[10]->text() == longText(700));
    CHECK(kids[11]->text() == "The end.");

    // The footer's URL, a link annotation on every page, is a Link of its own at the end.
    REQUIRE(kids[12]->types() == std::vector<std::string>{"Link"});
    std::smatch pages;
    const std::string info = outputOf("pdfinfo " + file.quoted());
    REQUIRE(std::regex_search(info, pages, std::regex("\nPages: +([0-9]+)\n")));
    CHECK(std::stoul(pages[1]) >= 2);
    CHECK(kids[12]->elements()[0]->objects() == std::stoul(pages[1]));
    CHECK(kids[12]->text().empty());
}

TEST_CASE("pdf tags: the running header and the footer are not in the structure - pdftotext still reads them") {
    requireTool("pdfinfo");
    requireTool("pdftotext");
    const folio::Article article = sampleArticle();
    const PdfFile file(pdfOf(article));
    const std::string tree = outputOf("pdfinfo -struct-text " + file.quoted());
    CHECK(tree.find("Page 1 of") == std::string::npos);
    CHECK(tree.find("Riverlines\"") == std::string::npos);        // the header's source
    CHECK(tree.find("example.com/news/daylight") == std::string::npos);  // the footer's URL
    CHECK(occurrences(tree, kTitle) == 1);                          // the headline, not the running header

    const std::string text = outputOf("pdftotext -enc UTF-8 " + file.quoted() + " -");
    checkInOrder(text, {kTitle, "Tomasz Wren", "brook", "runs", "open", "A river that would not", "Read", "council's",
                        "report", "details.", "1.", "Dig", "2.", "Plant", "We wanted", "somewhere", "Okonjo-Reid",
                        "restored brook.", "What changed", "Alpha", "Page 1 of", kTitle, "Riverlines", "Omega.",
                        "The end."});
    // The paragraph over the page break starts on page 1 and ends on page 2.
    CHECK(outputOf("pdftotext -f 1 -l 1 " + file.quoted() + " -").find("Alpha") != std::string::npos);
    CHECK(outputOf("pdftotext -f 2 -l 2 " + file.quoted() + " -").find("Alpha") == std::string::npos);
    CHECK(outputOf("pdftotext -f 2 -l 2 " + file.quoted() + " -").find("Omega.") != std::string::npos);
}

TEST_CASE("pdf tags: the parent tree leads from all marked content and every link back to its element") {
    requireTool("qpdf");
    const PdfFile file(pdfOf(sampleArticle()));
    const PdfJson pdf = jsonOf(file);
    const json& root = pdf[pdf[pdf.catalog].at("/StructTreeRoot")];
    const json& nums = pdf[root.at("/ParentTree")].at("/Nums");
    std::map<int, json> parents;  // parent tree key -> value
    for (std::size_t i = 0; i + 1 < nums.size(); i += 2) parents[nums[i].get<int>()] = nums[i + 1];
    REQUIRE_FALSE(parents.empty());
    CHECK(root.at("/ParentTreeNextKey") == parents.rbegin()->first + 1);

    // Does element `ref`'s /K hold `kid` (an MCID or an annotation's reference) on page `page`?
    const auto holds = [&pdf](const std::string& ref, const std::string& page, const json& kid) {
        const json& element = pdf[ref];
        const json kids = element.at("/K").is_array() ? element.at("/K") : json::array({element.at("/K")});
        for (const json& k : kids) {
            if (k.is_number_integer() && k == kid && element.value("/Pg", "") == page) return true;
            if (!k.is_object()) continue;
            const std::string pg = k.value("/Pg", element.value("/Pg", ""));
            if (pg == page && (k.contains("/MCID") ? k.at("/MCID") : k.at("/Obj")) == kid) return true;
        }
        return false;
    };

    std::size_t sequences = 0, annotations = 0, figures = 0, artifacts = 0;
    std::map<std::string, std::set<std::string>> pagesOf;  // element -> the pages of its content
    for (const json& pageInfo : pdf.pages) {
        const std::string page = pageInfo.at("object");
        CAPTURE(page);
        const json& pageDict = pdf[page];
        const json& marked = parents[pageDict.at("/StructParents").get<int>()];
        const std::string content = contentOf(file, pageInfo);

        // Every drawing operator is in a marked-content sequence; each sequence's MCID, counted
        // from 0, names its element in the parent tree, whose /K holds it back.
        int depth = 0;
        int next = 0;
        std::string open;  // the element of the open sequence, empty for an artifact
        std::istringstream lines(content);
        for (std::string line; std::getline(lines, line);) {
            std::smatch match;
            if (std::regex_match(line, match, std::regex("/(\\w+) <</MCID (\\d+)>> BDC"))) {
                const int mcid = std::stoi(match[2]);
                CHECK(mcid == next++);
                REQUIRE(static_cast<std::size_t>(mcid) < marked.size());
                open = marked.at(static_cast<std::size_t>(mcid)).get<std::string>();
                CHECK(pdf[open].at("/S") == "/" + match[1].str());
                CHECK(holds(open, page, mcid));
                pagesOf[open].insert(page);
                ++sequences;
                ++depth;
            } else if (line.rfind("/Artifact", 0) == 0) {
                open.clear();
                ++artifacts;
                ++depth;
            } else if (line == "EMC") {
                --depth;
            } else if (line.find("TJ") != std::string::npos || line.find(" re f") != std::string::npos ||
                       line.find(" Do ") != std::string::npos) {
                CHECK_MESSAGE(depth == 1, line);
                if (line.find(" Do ") == std::string::npos) continue;
                REQUIRE_FALSE(open.empty());
                CHECK(pdf[open].at("/S") == "/Figure");
                CHECK(pdf[open].at("/Alt") == std::string("u:") + kAlt);
                ++figures;
            }
        }
        CHECK(depth == 0);
        CHECK(next == static_cast<int>(marked.size()));

        // Each link annotation's /StructParent names a Link whose /K holds it.
        for (const json& annotation : pageDict.value("/Annots", json::array())) {
            const std::string link = parents[pdf[annotation].at("/StructParent").get<int>()].get<std::string>();
            CHECK(pdf[link].at("/S") == "/Link");
            CHECK(holds(link, page, annotation));
            ++annotations;
        }
    }
    CHECK(sequences >= 15);
    CHECK(artifacts >= 5);  // the quote rule, the header (text and rule), the footers
    CHECK(figures == 1);
    CHECK(annotations == 1 + pdf.pages.size());  // the report link, the footer's URL on each page
    std::size_t split = 0;
    for (const auto& [element, pages] : pagesOf) {
        if (pages.size() < 2) continue;
        ++split;  // the long paragraph, one P on two pages
        CHECK(pdf[element].at("/S") == "/P");
    }
    CHECK(split == 1);
}

TEST_CASE("pdf tags: an image without a text alternative is decorative - the same article gives the same bytes") {
    requireTool("pdfinfo");
    folio::Article article = sampleArticle();
    CHECK(pdfOf(article) == pdfOf(article));
    article.body[5].alt.clear();
    const PdfFile file(pdfOf(article));
    const StructNode document = documentOf(file);
    const std::vector<std::string> types = document.types();
    CHECK(std::find(types.begin(), types.end(), "Figure") == types.end());
    CHECK(std::find(types.begin(), types.end(), "Caption") != types.end());
    std::string content;
    for (const json& page : jsonOf(file).pages) content += contentOf(file, page);
    // The picture is drawn in an artifact's sequence (with the quote rule before it).
    CHECK(std::regex_search(content, std::regex("/Artifact BMC\n((?!EMC\n)[^\n]*\n)*q [^\n]* Do Q\n")));
}

// Regression: StructureTree::dictionary read pages[-1] for an element's Link kid (kids that are
// elements have no page), on any article with a link. Every /Pg must name one of the page objects.
TEST_CASE("pdf tags: regression: structure dictionary read out of bounds for a Link kid (every /Pg is a page)") {
    const folio::ParseResult parsed = folio::parseArticle(
        R"({"title":"T","body":[{"type":"paragraph","text":["a ",{"text":"link","href":"https://example.com/"}]}]})");
    REQUIRE(parsed.ok);
    const std::vector<unsigned char> bytes = pdfOf(parsed.article, {});
    const std::string file(bytes.begin(), bytes.end());
    std::set<std::string> pages;
    const std::regex pageObject(R"((\d+) 0 obj\n<< /Type /Page )");
    for (auto it = std::sregex_iterator(file.begin(), file.end(), pageObject); it != std::sregex_iterator(); ++it)
        pages.insert((*it)[1]);
    REQUIRE(pages.size() == 1);
    const std::regex pg(R"(/Pg ?(\d+) 0 R)");
    std::size_t named = 0;
    for (auto it = std::sregex_iterator(file.begin(), file.end(), pg); it != std::sregex_iterator(); ++it, ++named) {
        CAPTURE((*it).str());
        CHECK(pages.count((*it)[1]) == 1);
    }
    CHECK(named > 0);
}

TEST_CASE("pdf tags: a table over three pages is one Table of TR rows of TH and TD cells, and its header row is repeated on each page as an artifact") {
    requireTool("pdfinfo");
    requireTool("pdftotext");
    std::string rows = R"([["Year", "Rainfall", "Notes"])";
    for (int year = 1950; year < 2040; ++year)
        rows += R"(, [")" + std::to_string(year) + R"(", ")" + std::to_string(500 + year % 97) + R"(", "an ordinary year"])";
    rows += "]";
    const folio::ParseResult parsed = folio::parseArticle(R"({"version": 1.1, "title": "Rain", "body": ["Before.",
        {"type": "table", "caption": "Rain by year", "headerRow": true, "rows": )" + rows + R"(}, "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    const PdfFile file(pdfOf(parsed.article));
    const StructNode document = documentOf(file);
    std::string types;
    for (const std::string& type : document.types()) types += type + " ";
    CHECK(types == "H1 P P Caption Table P ");  // the headline, meta line, "Before.", the table, "After."
    const StructNode& table = *document.elements()[4];
    REQUIRE(table.elements().size() == 91);  // 91 rows, the header's once
    for (const StructNode* row : table.elements()) CHECK(row->type == "TR");
    CHECK(table.elements()[0]->types() == std::vector<std::string>{"TH", "TH", "TH"});
    CHECK(table.elements()[0]->text() == "YearRainfallNotes");
    CHECK(table.elements()[1]->types() == std::vector<std::string>{"TD", "TD", "TD"});
    CHECK(table.elements()[1]->elements()[0]->text() == "1950");
    CHECK(table.elements()[90]->elements()[2]->text() == "an ordinary year");
    CHECK(document.elements()[3]->text() == "Rain by year");

    const std::string info = outputOf("pdfinfo " + file.quoted());
    std::smatch pages;
    REQUIRE(std::regex_search(info, pages, std::regex("\nPages: +([0-9]+)\n")));
    REQUIRE(std::stoul(pages[1]) >= 3);
    for (unsigned long page = 1; page <= std::stoul(pages[1]); ++page) {
        const std::string text = outputOf("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                                          file.quoted() + " -");
        CAPTURE(page);
        checkInOrder(text, {"Year", "Rainfall", "Notes"});  // each page shows the header row first
        if (page > 1) CHECK(text.find("Rain by year") == std::string::npos);  // the caption is not repeated
    }
}

TEST_CASE("pdf tags: a footnote's mark goes to its note on a later page, and the note back to its mark") {
    requireTool("qpdf");
    requireTool("pdftotext");
    const folio::ParseResult parsed = folio::parseArticle(R"({"version": 1.1, "title": "Noted", "body": [
        {"type": "paragraph", "text": ["A claim", {"text": "1", "note": "The council's minutes of May."}, " made early."]},
        ")" + longText(900) + R"("]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    const PdfFile file(pdfOf(folio::lowerForDrawing(parsed.article)));
    const PdfJson pdf = jsonOf(file);
    std::vector<std::string> pageRefs;
    for (const json& page : pdf.pages) pageRefs.push_back(page.at("object").get<std::string>());
    REQUIRE(pageRefs.size() >= 2);

    // Every GoTo link: the page it is on, the page it goes to, what it says it does.
    struct Jump {
        std::size_t from, to;
        std::string contents;
    };
    std::vector<Jump> jumps;
    for (std::size_t page = 0; page < pageRefs.size(); ++page) {
        const json& dictionary = pdf[pageRefs[page]];
        if (!dictionary.contains("/Annots")) continue;
        for (const json& ref : dictionary["/Annots"]) {
            const json& annotation = pdf[ref.get<std::string>()];
            if (!annotation.contains("/A") || annotation["/A"].at("/S") != "/GoTo") continue;
            const json& destination = annotation["/A"].at("/D");
            const auto to = std::find(pageRefs.begin(), pageRefs.end(), destination.at(0).get<std::string>());
            REQUIRE(to != pageRefs.end());
            CHECK(destination.at(1) == "/XYZ");
            jumps.push_back({page, static_cast<std::size_t>(to - pageRefs.begin()), annotation.at("/Contents").get<std::string>()});
        }
    }
    REQUIRE(jumps.size() == 2);
    CHECK(jumps[0].from == 0);  // the mark, on the first page
    CHECK(jumps[0].contents == "u:Go to note 1");
    CHECK(jumps[1].from == pageRefs.size() - 1);  // the note, at the end
    CHECK(jumps[1].to == 0);
    const std::string notePage = outputOf("pdftotext -f " + std::to_string(jumps[0].to + 1) + " -l " +
                                          std::to_string(jumps[0].to + 1) + " " + file.quoted() + " -");
    CHECK(notePage.find("The council's minutes of May.") != std::string::npos);
    CHECK(jumps[0].to == jumps[1].from);
    CHECK(outputOf("qpdf --check " + file.quoted()).find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("pdf tags: an aside is a Div of its title (H4) and its paragraphs (P)") {
    requireTool("pdfinfo");
    const folio::ParseResult parsed = folio::parseArticle(R"({"version": 1.1, "title": "Boxed", "body": ["Before.",
        {"type": "aside", "title": "What is daylighting?", "paragraphs": ["Opening a buried river.", "It is done more and more."]},
        "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    const StructNode document = documentOf(PdfFile(pdfOf(folio::lowerForDrawing(parsed.article))));
    std::string types;
    for (const std::string& type : document.types()) types += type + " ";
    CHECK(types == "H1 P P Div P ");  // the headline, meta line, "Before.", the aside, "After."
    const StructNode& aside = *document.elements()[3];
    CHECK(aside.types() == std::vector<std::string>{"H4", "P", "P"});
    CHECK(aside.elements()[0]->text() == "What is daylighting?");
    CHECK(aside.elements()[2]->text() == "It is done more and more.");
}

TEST_CASE("pdf tags: a gallery is a Div of its pictures' Figures, each followed by its Caption, then its own Caption") {
    requireTool("pdfinfo");
    const folio::ParseResult parsed = folio::parseArticle(R"({"version": 1.1, "title": "Pictures", "body": ["Before.",
        {"type": "gallery", "caption": "The brook through the year.", "images": [
          {"src": "brook.png", "alt": "Spring", "caption": "In spring."},
          {"src": "brook.png", "alt": "Summer", "caption": "In summer."},
          {"src": "brook.png", "alt": "Autumn"}]},
        "After."]})");
    REQUIRE_MESSAGE(parsed.ok, parsed.error.message);
    const StructNode document = documentOf(PdfFile(pdfOf(folio::lowerForDrawing(parsed.article))));
    std::string types;
    for (const std::string& type : document.types()) types += type + " ";
    CHECK(types == "H1 P P Div Caption P ");  // the headline, meta line, "Before.", the gallery and its caption, "After."
    const StructNode& gallery = *document.elements()[3];
    CHECK(gallery.types() == std::vector<std::string>{"Figure", "Caption", "Figure", "Caption", "Figure"});
    CHECK(gallery.elements()[1]->text() == "In spring.");
    CHECK(gallery.elements()[3]->text() == "In summer.");
    CHECK(document.elements()[4]->text() == "The brook through the year.");
}
