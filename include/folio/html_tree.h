// A parsed HTML document's body as plain data: what an HTML5 parser made of an article's HTML,
// for the importer (folio/html_import.h) to walk. The tree is flat (nodes in document order in one
// vector, linked by index), so neither building nor freeing it recurses, whatever its depth.
//
// Which parser builds it is the platform's: natively Gumbo (Debian's libgumbo), in the browser the
// page's own (DOMParser, installed by the web platform with setHtmlParser). Both implement the
// HTML5 tree construction algorithm, so both give the same tree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {

// One element or text node.
struct HtmlNode {
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    std::string name;  // element: lower-case name ("p", "my-widget"), "svg:…" or "math:…" outside
                       //   HTML's namespace; empty for a text node
    std::string text;  // text node: its characters, UTF-8, references decoded
    std::vector<std::pair<std::string, std::string>> attributes;  // element: kept ones only (see
                                                                  //   htmlAttributeKept), names lower-case
    std::uint32_t parent = kNone;
    std::uint32_t firstChild = kNone;
    std::uint32_t nextSibling = kNone;

    bool isText() const { return name.empty(); }
    // The value of attribute `name`, or nullptr when the element has none.
    const std::string* attribute(std::string_view attributeName) const;
};

// The body of a document. Node 0 is the body element itself; every other node is its descendant.
class HtmlTree {
public:
    HtmlTree();

    const std::vector<HtmlNode>& nodes() const { return nodes_; }
    const HtmlNode& node(std::uint32_t index) const { return nodes_[index]; }

    // Building, in document order (what a parser adapter calls): an element opens under the
    // element open last, takes attributes until its first child, and closes. Adjacent texts merge.
    // Closing more than was opened does nothing.
    void open(std::string name);
    void attribute(std::string_view name, std::string_view value);  // dropped unless htmlAttributeKept
    void text(std::string_view characters);
    void close();

private:
    void append(HtmlNode node);

    std::vector<HtmlNode> nodes_;
    std::vector<std::uint32_t> open_;       // the open elements, innermost last
    std::vector<std::uint32_t> lastChild_;  // per node, its last child so far (kNone)
};

// True for the attributes the importer reads (class, id, href, src, srcset, alt, width, …, and the
// lazy-loading and embed data-… ones); event handlers and every other attribute are never kept.
bool htmlAttributeKept(std::string_view name);

// Parses `html` as the body of an HTML document into `out` (which must be fresh). False, with
// `error` in plain words, when there is no parser.
using HtmlParserFunction = bool (*)(std::string_view html, HtmlTree& out, std::string& error);

// The parser the importer uses: Gumbo in native builds, none in the browser until the web
// platform installs the page's (nullptr when none).
HtmlParserFunction htmlParser();

// Installs `parser` (nullptr: none) for every later import.
void setHtmlParser(HtmlParserFunction parser);

}  // namespace folio
