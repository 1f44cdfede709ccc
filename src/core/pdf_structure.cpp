// The structure tree of a tagged PDF: elements made as the pages' content is marked, written with
// their parent tree. There are many elements (one per paragraph and link): their dictionaries are
// written without optional entries or spaces, a lone kid without an array, MCIDs on the element's
// own page as bare numbers.
#include "pdf_structure.h"

#include <algorithm>
#include <limits>

#include "pdf_page.h"

namespace folio::pdf {

namespace {

// Places among the Document's kids: each block's elements after those of the blocks before it,
// the block's own in this order; the title and meta line come first (block -1), the P of links
// without text in the article last.
enum Place : long long { kTitle, kMeta, kParagraph, kHeading2, kHeading3, kHeading4, kQuote, kList, kFigure, kCaption, kCode, kTable,
                         kAside, kPlaces };
constexpr long long kLast = std::numeric_limits<long long>::max();

// The place among the Document's kids of the element `place` of block `block`.
long long order(int block, Place place) { return (static_cast<long long>(block) + 1) * kPlaces + place; }

}  // namespace

StructureTree::StructureTree(std::size_t pageCount, const std::vector<std::string>& links)
    : links_(links), marked_(pageCount) {
    add("Document", -1, 0);
    for (const std::string& target : links) linked_.push_back(isLinkTarget(target));
}

Mark StructureTree::mark(const PrintRun& run) {
    if (run.role == PrintRole::Header) return {-1, Artifact::Header};
    if (run.role == PrintRole::Footer) return {-1, Artifact::Footer};
    if (run.tag == PrintTag::Continuation || run.tag == PrintTag::Repeated) return {-1, Artifact::Layout};
    const int owner = leaf(run.tag, run.block, run.item, run.column);
    if (run.link < 0 || static_cast<std::size_t>(run.link) >= linked_.size() || !linked_[static_cast<std::size_t>(run.link)])
        return {owner};
    // Runs of one link in a row (a link over two lines or in two faces) are one Link.
    const std::vector<Kid>& kids = elements_[static_cast<std::size_t>(owner)].kids;
    if (!kids.empty() && kids.back().kind == Kid::Kind::Element &&
        elements_[static_cast<std::size_t>(kids.back().value)].link == run.link)
        return {kids.back().value};
    const int link = add("Link", owner, 0);
    elements_[static_cast<std::size_t>(link)].link = run.link;
    elements_[static_cast<std::size_t>(owner)].kids.push_back({Kid::Kind::Element, link});
    return {link};
}

Mark StructureTree::mark(const PrintBox& box, bool drawn) {
    if (box.kind != BoxKind::Image) return {-1, box.block < 0 ? Artifact::Header : Artifact::Layout};
    if (box.alt.empty()) return {};
    // A gallery's pictures are Figures in its Div, each followed by its caption (leaf()).
    const int figure = box.item < 0 ? child(0, "Figure", order(box.block, kFigure))
                                    : child(child(0, "Div", order(box.block, kFigure)), "Figure", 2LL * box.item);
    elements_[static_cast<std::size_t>(figure)].alt = box.alt;
    return drawn ? Mark{figure} : Mark{};
}

std::string StructureTree::begin(std::size_t page, const Mark& mark) {
    if (mark.element < 0) {
        if (mark.artifact == Artifact::Header) return "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n";
        if (mark.artifact == Artifact::Footer) return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
        return "/Artifact BMC\n";
    }
    std::vector<int>& marked = marked_[page];
    const int mcid = static_cast<int>(marked.size());
    marked.push_back(mark.element);
    Element& element = elements_[static_cast<std::size_t>(mark.element)];
    element.kids.push_back({Kid::Kind::Content, mcid, static_cast<int>(page)});
    return std::string("/") + element.type + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
}

int StructureTree::annotation(std::size_t page, int owner, int link, int object) {
    int element = owner;
    if (owner < 0 || elements_[static_cast<std::size_t>(owner)].link < 0) {
        element = child(child(0, "P", kLast), "Link", link);
        elements_[static_cast<std::size_t>(element)].link = link;
        if (link >= 0 && static_cast<std::size_t>(link) < links_.size())
            elements_[static_cast<std::size_t>(element)].alt = links_[static_cast<std::size_t>(link)];
    }
    elements_[static_cast<std::size_t>(element)].kids.push_back({Kid::Kind::Annotation, object, static_cast<int>(page)});
    annotations_.push_back(element);
    return static_cast<int>(marked_.size() + annotations_.size() - 1);
}

int StructureTree::add(const char* type, int parent, long long place) {
    Element element;
    element.type = type;
    element.parent = parent;
    element.order = place;
    elements_.push_back(std::move(element));
    return static_cast<int>(elements_.size()) - 1;
}

int StructureTree::child(int parent, const char* type, long long place) {
    const auto found = children_.find({parent, place});
    if (found != children_.end()) return found->second;
    const int index = add(type, parent, place);
    children_.emplace(std::make_pair(parent, place), index);
    std::vector<Kid>& kids = elements_[static_cast<std::size_t>(parent)].kids;
    const auto at = std::upper_bound(kids.begin(), kids.end(), place, [this](long long value, const Kid& kid) {
        return kid.kind == Kid::Kind::Element && value < elements_[static_cast<std::size_t>(kid.value)].order;
    });
    kids.insert(at, {Kid::Kind::Element, index});
    return index;
}

int StructureTree::leaf(PrintTag tag, int block, int item, int column) {
    switch (tag) {
        case PrintTag::Paragraph: return child(0, "P", order(block, kParagraph));
        case PrintTag::Title: return child(0, "H1", order(block, kTitle));
        case PrintTag::Meta: return child(0, "P", order(block, kMeta));
        case PrintTag::Heading2: return child(0, "H2", order(block, kHeading2));
        case PrintTag::Heading3: return child(0, "H3", order(block, kHeading3));
        case PrintTag::Heading4: return child(0, "H4", order(block, kHeading4));
        case PrintTag::Quote: return child(child(0, "BlockQuote", order(block, kQuote)), "P", 0);
        case PrintTag::QuoteCite: return child(child(0, "BlockQuote", order(block, kQuote)), "P", 1);
        case PrintTag::ListMarker: return child(child(child(0, "L", order(block, kList)), "LI", item), "Lbl", 0);
        case PrintTag::ListItem: return child(child(child(0, "L", order(block, kList)), "LI", item), "LBody", 1);
        case PrintTag::Caption: return child(0, "Caption", order(block, kCaption));
        case PrintTag::Code: return child(0, "Code", order(block, kCode));
        case PrintTag::TableHeader:
        case PrintTag::TableData: {
            const int row = child(child(0, "Table", order(block, kTable)), "TR", item);
            return child(row, tag == PrintTag::TableHeader ? "TH" : "TD", column);
        }
        case PrintTag::AsideTitle: return child(child(0, "Div", order(block, kAside)), "H4", -1);
        case PrintTag::AsideText: return child(child(0, "Div", order(block, kAside)), "P", item);
        case PrintTag::PictureCaption: return child(child(0, "Div", order(block, kFigure)), "Caption", 2LL * item + 1);
        case PrintTag::Continuation: case PrintTag::Repeated: break;  // artifacts (mark())
    }
    return child(0, "P", order(block, kParagraph));
}

std::string StructureTree::dictionary(std::size_t index, const std::vector<int>& objects, int root,
                                      const std::vector<int>& pages) const {
    const Element& element = elements_[index];
    std::string out = std::string("<</S/") + element.type + "/P " +
                      ref(element.parent < 0 ? root : objects[static_cast<std::size_t>(element.parent)]);
    // The page of the first content or annotation: kids on it need not name it.
    const auto paged = std::find_if(element.kids.begin(), element.kids.end(), [](const Kid& kid) { return kid.page >= 0; });
    const int page = paged == element.kids.end() ? -1 : paged->page;
    if (page >= 0) out += "/Pg " + ref(pages[static_cast<std::size_t>(page)]);
    if (!element.alt.empty()) out += "/Alt " + textString(element.alt);
    std::string kids;
    for (const Kid& kid : element.kids) {
        if (!kids.empty()) kids += ' ';
        // Element kids have no page (-1): only content and annotations name theirs.
        const bool samePage = kid.page == page || kid.page < 0 || static_cast<std::size_t>(kid.page) >= pages.size();
        const std::string onPage = samePage ? "" : "/Pg " + ref(pages[static_cast<std::size_t>(kid.page)]);
        switch (kid.kind) {
            case Kid::Kind::Element: kids += ref(objects[static_cast<std::size_t>(kid.value)]); break;
            case Kid::Kind::Content:
                kids += kid.page == page ? std::to_string(kid.value)
                                         : "<</Type/MCR" + onPage + "/MCID " + std::to_string(kid.value) + ">>";
                break;
            case Kid::Kind::Annotation: kids += "<</Type/OBJR" + onPage + "/Obj " + ref(kid.value) + ">>"; break;
        }
    }
    if (element.kids.size() == 1) out += "/K " + kids;
    if (element.kids.size() > 1) out += "/K[" + kids + "]";
    return out + ">>";
}

void StructureTree::write(ObjectWriter& out, int root, const std::vector<int>& pages) const {
    std::vector<int> objects;
    for (std::size_t i = 0; i < elements_.size(); ++i) objects.push_back(out.reserve());
    const int parentTree = out.reserve();
    for (std::size_t i = 0; i < elements_.size(); ++i) out.object(objects[i], dictionary(i, objects, root, pages));

    std::string nums;
    for (std::size_t page = 0; page < marked_.size(); ++page) {
        nums += (page == 0 ? "" : " ") + std::to_string(page) + " [";
        for (std::size_t mcid = 0; mcid < marked_[page].size(); ++mcid)
            nums += (mcid == 0 ? "" : " ") + ref(objects[static_cast<std::size_t>(marked_[page][mcid])]);
        nums += ']';
    }
    for (std::size_t i = 0; i < annotations_.size(); ++i)
        nums += " " + std::to_string(marked_.size() + i) + " " + ref(objects[static_cast<std::size_t>(annotations_[i])]);
    out.object(parentTree, "<< /Nums [" + nums + "] >>");
    out.object(root, "<< /Type /StructTreeRoot /K " + ref(objects[0]) + " /ParentTree " + ref(parentTree) +
                         " /ParentTreeNextKey " + std::to_string(marked_.size() + annotations_.size()) + " >>");
}

}  // namespace folio::pdf
