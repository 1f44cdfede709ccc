// Internal to the PDF writer: the logical structure of a tagged PDF. Each page's content is marked
// as part of a structure element or as an artifact; the elements are in the article's reading
// order under one Document element; a parent tree leads from marked content and link annotations
// back to their elements. Not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "folio/print_layout.h"
#include "pdf_objects.h"

namespace folio::pdf {

// Page content that is not part of the article.
enum class Artifact : std::uint8_t {
    Layout,  // quote rules, grey boxes without a picture, decorative pictures
    Header,  // the running header and its rule
    Footer,  // the footer
};

// Where a piece of page content belongs.
struct Mark {
    int element = -1;                      // a StructureTree element, -1 for an artifact
    Artifact artifact = Artifact::Layout;  // which artifact, when element is -1

    bool operator==(const Mark& other) const {
        return element == other.element && (element >= 0 || artifact == other.artifact);
    }
};

// The structure elements of a document, made as its pages are drawn: the title as H1, the meta
// line as P, paragraphs as P, headings as H2-H4, quotes as BlockQuote (text and attribution as P),
// lists as L > LI > Lbl and LBody, images with a text alternative as Figure (with /Alt) and their
// captions as Caption (a gallery's as a Div of them), tables as Table > TR > TH and TD, asides as
// Div > H4 and P, linked text as Link inside its element. Elements are ordered by block,
// whatever order the pages draw them in. Annotations without text in the article (the footer's
// URL) get a Link each in a P at the end.
class StructureTree {
public:
    // A tree for a document of `pageCount` pages whose runs' links index `links` (kept by reference:
    // it must outlive the tree).
    StructureTree(std::size_t pageCount, const std::vector<std::string>& links);

    // Where `run` goes: the element of its part of the article (made on first use), or a Link inside
    // it when its link target becomes an annotation; the Header or Footer artifact for those runs.
    Mark mark(const PrintRun& run);
    // Where `box` goes. An image with a text alternative has a Figure (made on first use) whose
    // content is its picture when `drawn`; a grey box, a decorative picture and rules are artifacts.
    Mark mark(const PrintBox& box, bool drawn);

    // The operator that starts a marked-content sequence of `mark` on page `page` (0-based), e.g.
    // "/P <</MCID 3>> BDC\n" (that content joins the element's kids) or "/Artifact BMC\n".
    std::string begin(std::size_t page, const Mark& mark);

    // Adds the link annotation that is object `object` on page `page` (0-based) to the structure:
    // to `owner` when that is the Link mark() gave its run, else to a Link for `link` (an index into
    // the links) at the end. Returns the annotation's /StructParent key.
    int annotation(std::size_t page, int owner, int link, int object);

    // Writes the elements, their parent tree and the structure tree root as object `root` (reserved
    // by the caller); `pages` holds the page objects' numbers. Page i's /StructParents key is i.
    void write(ObjectWriter& out, int root, const std::vector<int>& pages) const;

private:
    struct Kid {
        enum class Kind : std::uint8_t { Element, Content, Annotation } kind = Kind::Element;
        int value = 0;   // Element: an element index; Content: an MCID; Annotation: an object number
        int page = -1;   // Content and Annotation: the page (0-based)
    };
    struct Element {
        const char* type = "";  // structure type
        int parent = -1;        // -1 for the Document
        long long order = 0;    // place among its parent's kids
        int link = -1;          // Link: the link index
        std::string alt;        // text alternative, empty for none
        std::vector<Kid> kids;  // in reading order
    };

    // A new element, not yet a kid of `parent`; returns its index.
    int add(const char* type, int parent, long long order);
    // The kid of `parent` at `order` (made as `type` on first use, at its place among the kids).
    int child(int parent, const char* type, long long order);
    // The element of a run of `tag` in `block` (list item `item`; in a table, row `item` and column
    // `column`).
    int leaf(PrintTag tag, int block, int item, int column);
    // The dictionary of element `index`; `objects` are the elements' object numbers.
    std::string dictionary(std::size_t index, const std::vector<int>& objects, int root,
                           const std::vector<int>& pages) const;

    const std::vector<std::string>& links_;
    std::vector<Element> elements_;            // [0] is the Document
    std::map<std::pair<int, long long>, int> children_;  // (parent, order) -> element
    std::vector<bool> linked_;                 // per link: its target becomes an annotation
    std::vector<std::vector<int>> marked_;     // per page: the element of each MCID
    std::vector<int> annotations_;             // per annotation (key pages + i): its Link
};

}  // namespace folio::pdf
