// HTML to folio::HtmlTree with Gumbo (native builds: Debian's libgumbo).
//
// Gumbo frees its tree recursively (one C stack frame per level: a deep enough document would
// overflow the stack), so it is never asked to: every block it allocates is linked into a list of
// ours, and the whole list is freed at the end, in one loop. Its tree is walked with a stack of our
// own for the same reason.
#include "folio/html_tree.h"

#include <cstddef>
#include <cstdlib>
#include <vector>

#include <gumbo.h>

namespace folio {

namespace {

// Every live block Gumbo allocated, in a doubly linked list: each block starts with this header.
struct alignas(alignof(std::max_align_t)) BlockHeader {
    BlockHeader* previous;
    BlockHeader* next;
};

struct Allocations {
    BlockHeader head{&head, &head};

    ~Allocations() {
        for (BlockHeader* block = head.next; block != &head;) {
            BlockHeader* next = block->next;
            std::free(block);
            block = next;
        }
    }
};

void* allocate(void* userdata, std::size_t size) {
    auto* list = static_cast<Allocations*>(userdata);
    auto* block = static_cast<BlockHeader*>(std::malloc(sizeof(BlockHeader) + size));
    if (block == nullptr) std::abort();  // as Gumbo's own malloc would fail: out of memory
    block->previous = &list->head;
    block->next = list->head.next;
    list->head.next->previous = block;
    list->head.next = block;
    return block + 1;
}

void deallocate(void*, void* pointer) {
    if (pointer == nullptr) return;
    BlockHeader* block = static_cast<BlockHeader*>(pointer) - 1;
    block->previous->next = block->next;
    block->next->previous = block->previous;
    std::free(block);
}

// The element's lower-case name, with "svg:" or "math:" before it outside HTML's namespace.
std::string elementName(const GumboElement& element) {
    std::string name;
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        name = gumbo_normalized_tagname(element.tag);
    } else {
        GumboStringPiece original = element.original_tag;
        if (original.data != nullptr) gumbo_tag_from_original_text(&original);
        for (std::size_t i = 0; original.data != nullptr && i < original.length; ++i) {
            const char c = original.data[i];
            name += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        if (name.empty()) name = "unknown";
    }
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG) return "svg:" + name;
    if (element.tag_namespace == GUMBO_NAMESPACE_MATHML) return "math:" + name;
    return name;
}

// Copies the children of `body` into `out`, depth first, with a stack of our own.
void copyBody(const GumboNode* body, HtmlTree& out) {
    struct Frame {
        const GumboVector* children;
        unsigned int next;
    };
    std::vector<Frame> stack{{&body->v.element.children, 0}};
    while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next >= frame.children->length) {
            stack.pop_back();
            if (!stack.empty()) out.close();
            continue;
        }
        const auto* node = static_cast<const GumboNode*>(frame.children->data[frame.next++]);
        switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE:
                out.text(node->v.text.text);
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                const GumboElement& element = node->v.element;
                out.open(node->type == GUMBO_NODE_TEMPLATE ? std::string("template") : elementName(element));
                for (unsigned int i = 0; i < element.attributes.length; ++i) {
                    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
                    out.attribute(attribute->name, attribute->value);
                }
                stack.push_back(Frame{&element.children, 0});
                break;
            }
            default:  // comments
                break;
        }
    }
}

}  // namespace

bool parseHtmlWithGumbo(std::string_view html, HtmlTree& out, std::string&) {
    Allocations allocations;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = allocate;
    options.deallocator = deallocate;
    options.userdata = &allocations;
    options.max_errors = 0;  // the parse errors are not wanted: do not keep them
    const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    const GumboNode* root = output->root;
    for (unsigned int i = 0; i < root->v.element.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(root->v.element.children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) copyBody(child, out);
    }
    return true;  // `allocations` frees Gumbo's tree
}

}  // namespace folio
