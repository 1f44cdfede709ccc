// The flat HTML tree (folio/html_tree.h): building it, and the parser in use.
#include "folio/html_tree.h"

#include <algorithm>
#include <iterator>

namespace folio {

#ifdef FOLIO_HAVE_GUMBO
bool parseHtmlWithGumbo(std::string_view html, HtmlTree& out, std::string& error);  // html_parse_gumbo.cpp
namespace {
HtmlParserFunction gParser = parseHtmlWithGumbo;
}
#else
namespace {
HtmlParserFunction gParser = nullptr;
}
#endif

HtmlParserFunction htmlParser() { return gParser; }

void setHtmlParser(HtmlParserFunction parser) { gParser = parser; }

const std::string* HtmlNode::attribute(std::string_view attributeName) const {
    for (const auto& [key, value] : attributes)
        if (key == attributeName) return &value;
    return nullptr;
}

bool htmlAttributeKept(std::string_view name) {
    static constexpr std::string_view kKept[] = {
        "alt", "aria-hidden", "cite", "class", "colspan", "data-fn", "data-footnote-backref", "data-footnote-ref",
        "data-footnotes", "data-href", "data-instgrm-permalink", "data-lazy-src", "data-lazy-srcset", "data-original",
        "data-src", "data-srcset", "data-text-post-permalink", "height", "hidden", "href", "id", "open", "poster", "role",
        "rowspan", "src", "srcset", "style", "title", "type", "width"};
    return std::binary_search(std::begin(kKept), std::end(kKept), name);
}

HtmlTree::HtmlTree() {
    HtmlNode body;
    body.name = "body";
    nodes_.push_back(std::move(body));
    lastChild_.push_back(HtmlNode::kNone);
    open_.push_back(0);
}

void HtmlTree::append(HtmlNode node) {
    const std::uint32_t index = static_cast<std::uint32_t>(nodes_.size());
    const std::uint32_t parent = open_.back();
    node.parent = parent;
    if (lastChild_[parent] == HtmlNode::kNone) nodes_[parent].firstChild = index;
    else nodes_[lastChild_[parent]].nextSibling = index;
    lastChild_[parent] = index;
    nodes_.push_back(std::move(node));
    lastChild_.push_back(HtmlNode::kNone);
}

void HtmlTree::open(std::string name) {
    HtmlNode node;
    node.name = name.empty() ? std::string("unknown") : std::move(name);
    append(std::move(node));
    open_.push_back(static_cast<std::uint32_t>(nodes_.size() - 1));
}

void HtmlTree::attribute(std::string_view name, std::string_view value) {
    HtmlNode& element = nodes_[open_.back()];
    if (!htmlAttributeKept(name) || element.firstChild != HtmlNode::kNone || element.attribute(name) != nullptr) return;
    element.attributes.emplace_back(std::string(name), std::string(value));
}

void HtmlTree::text(std::string_view characters) {
    if (characters.empty()) return;
    const std::uint32_t last = lastChild_[open_.back()];
    if (last != HtmlNode::kNone && nodes_[last].isText()) {
        nodes_[last].text.append(characters);
        return;
    }
    HtmlNode node;
    node.text.assign(characters);
    append(std::move(node));
}

void HtmlTree::close() {
    if (open_.size() > 1) open_.pop_back();
}

}  // namespace folio
