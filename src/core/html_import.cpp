// HTML article bodies to Folio blocks (folio/html_import.h): the walk.
//
// Sections: element classes (dropped, containers, inline styles) · the importer's set-up (facts
// per subtree, footnotes found first) · the walk (text, elements, modes: flow, captured block,
// aside) · headings, quotes, asides · lists · code · links and footnote marks · importHtml, htmlText.
#include "folio/html_import.h"

#include "article_parse_internal.h"
#include "folio/url_resolve.h"
#include "folio/url_rules.h"
#include "html_import_internal.h"

#include <algorithm>
#include <utility>

namespace folio {

namespace html {

namespace {

// ---------------------------------------------------------------------------------------------------
// Element classes
// ---------------------------------------------------------------------------------------------------

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements never shown, nor their text: code, styles, document furniture, form controls, plugins,
// graphics, and what a browser does not show (noscript: the viewer runs no script, and lazy-loading
// pages repeat their pictures there).
bool droppedElement(std::string_view name) {
    return oneOf(name, {"script", "style", "template", "noscript", "head", "title", "meta", "link", "base", "input",
                        "button", "select", "textarea", "option", "optgroup", "datalist", "keygen", "output", "progress",
                        "meter", "object", "embed", "applet", "param", "source", "track", "canvas", "map", "area",
                        "frame", "frameset", "noframes", "portal", "math:annotation", "math:annotation-xml"}) ||
           name.rfind("svg:", 0) == 0;
}

// Elements that hold blocks: the text before, inside and after them are separate paragraphs.
bool containerElement(std::string_view name) {
    return oneOf(name, {"div", "section", "article", "main", "header", "footer", "nav", "address", "center", "hgroup",
                        "details", "summary", "form", "fieldset", "legend", "dialog", "search", "body", "html",
                        "figcaption", "caption", "dt", "dd", "li", "tr", "menu", "math:math"});
}

// "display: none" or "visibility: hidden" in a style attribute (spaces and case free).
bool hiddenByStyle(std::string_view style) {
    std::string compact;
    for (char c : style) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
        compact += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

// h1..h6 -> 1..6, else 0.
int headingRank(std::string_view name) {
    return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
}

}  // namespace

// The attribution of a quote without the dash before it ("— Ann" -> "Ann").
std::string withoutLeadingDash(std::string text) {
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "-", "~", " "}) {
            if (text.rfind(dash, 0) == 0) {
                text.erase(0, dash.size());
                cut = true;
            }
        }
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------------------------------

Importer::Importer(const HtmlTree& tree, std::string_view baseUrl, const ParseLimits& limits)
    : tree_(tree), base_(isHttpUrl(baseUrl) ? std::string(baseUrl) : std::string()), limits_(limits) {
    // Facts per subtree, bottom up: a node's descendants all come after it (document order).
    const auto& nodes = tree_.nodes();
    facts_.resize(nodes.size());
    for (NodeIndex i = 0; i < nodes.size(); ++i) facts_[i].end = i + 1;
    for (NodeIndex i = static_cast<NodeIndex>(nodes.size()); i-- > 1;) {
        const HtmlNode& n = nodes[i];
        SubtreeFacts& own = facts_[i];
        own.images += n.name == "img";
        own.media += oneOf(n.name, {"iframe", "video", "audio"});
        own.tables += n.name == "table";
        own.pres += n.name == "pre";
        own.quotes += n.name == "blockquote";
        SubtreeFacts& parent = facts_[n.parent];
        parent.end = std::max(parent.end, own.end);
        parent.images += own.images;
        parent.media += own.media;
        parent.tables += own.tables;
        parent.pres += own.pres;
        parent.quotes += own.quotes;
    }
}

bool Importer::hasClass(NodeIndex index, std::string_view name) const {
    const std::string* classes = node(index).attribute("class");
    if (classes == nullptr) return false;
    std::size_t start = 0;
    while (start < classes->size()) {
        std::size_t end = classes->find_first_of(" \t\n\r\f", start);
        if (end == std::string::npos) end = classes->size();
        if (std::string_view(*classes).substr(start, end - start) == name) return true;
        start = end + 1;
    }
    return false;
}

bool Importer::classContains(NodeIndex index, std::string_view part) const {
    const std::string* classes = node(index).attribute("class");
    return classes != nullptr && lowerAscii(*classes).find(part) != std::string::npos;
}

bool Importer::skipped(NodeIndex index) const {
    const HtmlNode& n = node(index);
    if (n.isText()) return false;
    if (droppedElement(n.name)) return true;
    if (n.name == "dialog" && n.attribute("open") == nullptr) return true;
    if (n.attribute("hidden") != nullptr) return true;
    if (const std::string* aria = n.attribute("aria-hidden"); aria != nullptr && lowerAscii(*aria) == "true") return true;
    if (const std::string* style = n.attribute("style"); style != nullptr && hiddenByStyle(*style)) return true;
    // Text for screen readers only, which a browser does not show.
    return hasClass(index, "screen-reader-text") || hasClass(index, "sr-only") || hasClass(index, "visually-hidden");
}

NodeIndex Importer::firstDescendant(NodeIndex index, std::string_view name) const {
    for (NodeIndex i = index + 1; i < facts_[index].end; ++i) {
        if (node(i).isText()) continue;
        if (skipped(i)) {
            i = facts_[i].end - 1;
            continue;
        }
        if (node(i).name == name) return i;
    }
    return HtmlNode::kNone;
}

std::string Importer::resolved(std::string_view url) const { return resolveUrl(base_, url); }

void Importer::notice(const std::string& text) {
    if (std::find(notices_.begin(), notices_.end(), text) == notices_.end()) notices_.push_back(text);
}

bool Importer::fail(std::string message) {
    if (!failed_) error_ = std::move(message);
    failed_ = true;
    return false;
}

// Footnotes, found before the walk: a mark is a link to "#id" in (or around) a <sup>, or marked as
// a note reference (class footnote-ref, role doc-noteref, data-footnote-ref), whose target element
// is a list item or paragraph that does not hold the mark. The target is the note: it is not shown
// where it stands, and its text becomes an Article note when its first mark is met.
void Importer::findFootnotes() {
    std::unordered_map<std::string, NodeIndex> ids;
    for (NodeIndex i = 1; i < tree_.nodes().size(); ++i) {
        if (const std::string* id = node(i).attribute("id"); id != nullptr && !id->empty()) ids.emplace(*id, i);
    }
    for (NodeIndex i = 1; i < tree_.nodes().size(); ++i) {
        const HtmlNode& a = node(i);
        if (a.name != "a") continue;
        const std::string* href = a.attribute("href");
        if (href == nullptr || href->size() < 2 || (*href)[0] != '#') continue;
        const auto target = ids.find(href->substr(1));
        if (target == ids.end()) continue;
        const NodeIndex note = target->second;
        const HtmlNode& parent = node(a.parent);
        const std::string* role = a.attribute("role");
        const bool inSup = parent.name == "sup" || (parent.parent != HtmlNode::kNone && node(parent.parent).name == "sup");
        const bool holdsSup = firstDescendant(i, "sup") != HtmlNode::kNone;
        const bool marked = classContains(i, "footnote-ref") || a.attribute("data-footnote-ref") != nullptr ||
                            (role != nullptr && *role == "doc-noteref");
        const bool noteShaped = oneOf(node(note).name, {"li", "p", "div", "aside"});
        const bool holdsMark = note <= i && i < facts_[note].end;
        if (!(inSup || holdsSup || marked) || !noteShaped || holdsMark || note == 0) continue;
        noteOfLink_[i] = note;
        noteElements_.insert(note);
        if (const std::string* id = a.attribute("id")) backlinkTargets_.insert(*id);
        if (inSup) {
            const NodeIndex sup = parent.name == "sup" ? a.parent : parent.parent;
            if (const std::string* id = node(sup).attribute("id")) backlinkTargets_.insert(*id);
        }
    }
}

bool Importer::run(HtmlImport& out) {
    findFootnotes();
    TextSink sink = newSink();
    Context ctx;
    ctx.sink = &sink;
    ctx.out = &body_;
    children(0, ctx, Style{}, 0);
    flush(ctx);
    if (runLimitHit_) notice("a text of more than " + std::to_string(limits_.maxRuns) + " styled stretches: the rest is shown unstyled");
    if (failed_) {
        out.error = error_;
        return false;
    }
    out.body = std::move(body_);
    out.notes = std::move(notes_);
    out.notices = std::move(notices_);
    return true;
}

// ---------------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------------

void Importer::children(NodeIndex index, Context& ctx, const Style& style, int depth) {
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling)
        visit(c, ctx, style, depth + 1);
}

void Importer::visit(NodeIndex index, Context& ctx, const Style& style, int depth) {
    const HtmlNode& n = node(index);
    if (n.isText()) {
        ctx.sink->text(n.text, style);
        return;
    }
    if (skipped(index) || noteElements_.count(index) != 0) return;
    if (static_cast<std::size_t>(depth) > limits_.maxHtmlDepth) {
        tooDeep(index, ctx, style);
        return;
    }
    visitElement(index, ctx, style, depth);
}

// Deeper than the limit: the subtree's text, read without recursion, in the current style.
void Importer::tooDeep(NodeIndex index, Context& ctx, const Style& style) {
    if (!toldTooDeep_) {
        notice("elements nested deeper than " + std::to_string(limits_.maxHtmlDepth) + " levels: their text is shown plain");
        toldTooDeep_ = true;
    }
    ctx.sink->space();
    ctx.sink->text(plainOf(index), style);
    ctx.sink->space();
}

Context Importer::capture(TextSink& sink, std::vector<Block>& out) {
    Context ctx;
    ctx.mode = Mode::Capture;
    ctx.sink = &sink;
    ctx.out = &out;
    return ctx;
}

void Importer::container(NodeIndex index, Context& ctx, const Style& style, int depth) {
    boundary(ctx);
    children(index, ctx, style, depth);
    boundary(ctx);
}

bool Importer::readAsText(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (ctx.mode == Mode::Flow) return false;
    container(index, ctx, style, depth);
    return true;
}

void Importer::boundary(Context& ctx) {
    switch (ctx.mode) {
        case Mode::Flow: flush(ctx); break;
        case Mode::Capture: ctx.sink->boundary(); break;
        case Mode::Aside:
            if (!ctx.sink->empty()) ctx.paragraphs->push_back(ctx.sink->take());
            break;
    }
}

void Importer::flush(Context& ctx) {
    if (ctx.mode != Mode::Flow || ctx.sink->empty()) return;
    RichText text = ctx.sink->take();
    if (text.empty()) return;
    Block block;
    block.type = ctx.kind;
    block.level = ctx.level;
    block.text = std::move(text);
    push(ctx, std::move(block));
}

void Importer::emit(Context& ctx, Block block) {
    flush(ctx);  // the text before the block comes before it
    push(ctx, std::move(block));
}

void Importer::push(Context& ctx, Block block) {
    if (ctx.out == &body_ && body_.size() >= limits_.maxBlocks) {
        fail("more than " + std::to_string(limits_.maxBlocks) + " blocks");
        return;
    }
    ctx.out->push_back(std::move(block));
}

void Importer::emitAll(Context& ctx, std::vector<Block>& blocks) {
    for (Block& block : blocks) emit(ctx, std::move(block));
    blocks.clear();
}

void Importer::visitElement(NodeIndex index, Context& ctx, const Style& style, int depth) {
    const HtmlNode& n = node(index);
    const std::string& name = n.name;
    Style inner = style;
    // Inline styles.
    if (oneOf(name, {"em", "i", "cite", "dfn", "var"})) {
        inner.em = true;
    } else if (oneOf(name, {"strong", "b"})) {
        inner.strong = true;
    } else if (oneOf(name, {"code", "kbd", "samp", "tt"})) {
        inner.code = true;
    } else if (oneOf(name, {"s", "del", "strike"})) {
        inner.strike = true;
    } else if (name == "sub" || name == "sup") {
        inner.shift = name == "sub" ? RunShift::Sub : RunShift::Sup;
    } else if (name == "a") {
        if (link(index, ctx, style, depth)) return;
        const std::string* href = n.attribute("href");
        const std::string* role = n.attribute("role");
        // A note's own "back to the text" link is not part of its text.
        if (inNote_ && ((href != nullptr && !href->empty() && (*href)[0] == '#' && backlinkTargets_.count(href->substr(1)) != 0) ||
                        classContains(index, "backref") || classContains(index, "footnote-back") ||
                        n.attribute("data-footnote-backref") != nullptr || (role != nullptr && *role == "doc-backlink"))) {
            return;
        }
        inner.href.clear();
        if (href != nullptr && !href->empty() && (*href)[0] != '#') {  // a link within the page leads nowhere here
            std::string target = resolved(*href);
            if (isSafeLink(target)) inner.href = std::move(target);
        }
    }
    if (oneOf(name, {"em", "i", "cite", "dfn", "var", "strong", "b", "code", "kbd", "samp", "tt", "s", "del", "strike",
                     "sub", "sup", "a"})) {
        children(index, ctx, inner, depth);
        return;
    }
    if (name == "q") {
        ctx.sink->text("\xE2\x80\x9C", style);
        children(index, ctx, style, depth);
        ctx.sink->text("\xE2\x80\x9D", style);
        return;
    }
    if (name == "br") {
        if (ctx.mode == Mode::Flow && ctx.sink->pendingBreaks() > 0) flush(ctx);  // <br><br>: a new paragraph
        else ctx.sink->lineBreak();
        return;
    }
    if (name == "img") return image(index, ctx, style);
    if (name == "picture") {
        const NodeIndex img = firstDescendant(index, "img");
        if (img != HtmlNode::kNone) image(img, ctx, style);
        return;
    }
    if (oneOf(name, {"iframe", "video", "audio"})) {
        if (!embed(index, ctx, {})) children(index, ctx, style, depth);
        return;
    }
    // Known kinds of blocks, whatever element carries them.
    const bool pullquote = hasClass(index, "wp-block-pullquote") || hasClass(index, "pullquote") ||
                           hasClass(index, "pull-quote");
    if (pullquote && ctx.mode == Mode::Flow) return quote(index, ctx, style, depth, BlockType::Pullquote);
    if (hasClass(index, "wp-block-gallery") || hasClass(index, "kg-gallery-card") || hasClass(index, "gallery") ||
        hasClass(index, "blocks-gallery-grid") || hasClass(index, "tiled-gallery")) {
        return gallery(index, ctx, style, depth);
    }
    if ((name == "blockquote" || name == "div") && socialPost(index, ctx)) return;
    if (hasClass(index, "kg-callout-card") && ctx.mode == Mode::Flow) return aside(index, ctx, style, depth);

    if (headingRank(name) != 0) return heading(index, ctx, inner, depth);
    if (name == "p") {
        container(index, ctx, style, depth);
        return;
    }
    if (name == "blockquote") return quote(index, ctx, style, depth, BlockType::Quote);
    if (name == "aside") return aside(index, ctx, style, depth);
    if (name == "ul" || name == "ol" || name == "menu") return list(index, ctx, style, depth);
    if (name == "dl") return definitionList(index, ctx, style, depth);
    if (name == "pre") return code(index, ctx);
    if (name == "table") return table(index, ctx, style, depth);
    if (name == "figure") return figure(index, ctx, style, depth);
    if (name == "hr") {
        const HtmlNode& parent = node(n.parent);
        const bool inFootnotes = n.parent != 0 && (classContains(n.parent, "footnote") || parent.attribute("data-footnotes"));
        if (ctx.mode == Mode::Flow && !inFootnotes) {
            Block rule;
            rule.type = BlockType::Rule;
            emit(ctx, std::move(rule));
        } else {
            boundary(ctx);
        }
        return;
    }
    if (name == "wbr") return;
    if (name == "td" || name == "th") {  // a cell of a table read as text: cells apart by a space
        ctx.sink->space();
        children(index, ctx, style, depth);
        ctx.sink->space();
        return;
    }
    if (containerElement(name)) {
        container(index, ctx, style, depth);
        return;
    }
    // span, font, small, mark, abbr, time, custom elements, unknown ones: their text, inline.
    children(index, ctx, style, depth);
}

// ---------------------------------------------------------------------------------------------------
// Headings, quotes, asides
// ---------------------------------------------------------------------------------------------------

// h1 and h2 -> level 2, h3 -> 3, h4 to h6 -> 4. In an aside, its first heading is its title.
void Importer::heading(NodeIndex index, Context& ctx, const Style& style, int depth) {
    const int rank = headingRank(node(index).name);
    if (ctx.mode == Mode::Aside && ctx.title != nullptr && ctx.title->empty() && ctx.paragraphs->empty() &&
        ctx.sink->empty()) {
        *ctx.title = plainOf(index);
        return;
    }
    if (ctx.mode != Mode::Flow) {
        boundary(ctx);
        Style strong = style;
        strong.strong = true;
        children(index, ctx, strong, depth);
        boundary(ctx);
        return;
    }
    flush(ctx);
    Context inner = ctx;
    inner.kind = BlockType::Heading;
    inner.level = rank <= 2 ? 2 : rank == 3 ? 3 : 4;
    children(index, inner, style, depth);
    flush(inner);
}

// A quote or pull quote: its paragraphs as lines of one text; a <footer>, or a <cite> that is a
// direct child (or the footer's), is its attribution. Pictures and other blocks inside come after.
void Importer::quote(NodeIndex index, Context& ctx, const Style& style, int depth, BlockType type) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    TextSink sink = newSink();
    std::vector<Block> after;
    Context inner = capture(sink, after);
    std::string cite;
    // A pull quote's figure holds a blockquote: its children are the quote's.
    NodeIndex holder = index;
    if (node(index).name != "blockquote") {
        const NodeIndex inside = firstDescendant(index, "blockquote");
        if (inside != HtmlNode::kNone) holder = inside;
    }
    for (NodeIndex c = node(holder).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        const std::string& name = node(c).name;
        if ((name == "footer" || name == "cite") && !skipped(c)) {
            if (!cite.empty()) cite += ' ';
            cite += withoutLeadingDash(plainOf(c));
            continue;
        }
        visit(c, inner, style, depth + 1);
    }
    Block block;
    block.type = type;
    block.text = sink.take();
    block.cite = cite;
    if (block.text.empty() && !block.cite.empty()) {
        block.text.push_back(plainRun(block.cite));
        block.cite.clear();
    }
    if (!block.text.empty()) emit(ctx, std::move(block));
    emitAll(ctx, after);
}

// An aside (or a Ghost callout card): its first heading is its title (a callout's emoji), its
// paragraphs its text.
void Importer::aside(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (readAsText(index, ctx, style, depth)) return;
    flush(ctx);
    TextSink sink = newSink();
    std::vector<Block> after;
    std::vector<RichText> paragraphs;
    std::string title;
    Context inner;
    inner.mode = Mode::Aside;
    inner.sink = &sink;
    inner.out = &after;
    inner.paragraphs = &paragraphs;
    inner.title = &title;
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        if (hasClass(c, "kg-callout-emoji") && title.empty()) {
            title = plainOf(c);
            continue;
        }
        visit(c, inner, style, depth + 1);
    }
    boundary(inner);
    Block block;
    block.type = BlockType::Aside;
    block.title = std::move(title);
    if (paragraphs.size() > limits_.maxListItems) {
        fail("an aside of more than " + std::to_string(limits_.maxListItems) + " paragraphs");
        return;
    }
    block.items = std::move(paragraphs);
    if (block.items.empty() && !block.title.empty()) {
        block.items.push_back(RichText{plainRun(block.title)});
        block.title.clear();
    }
    if (!block.items.empty()) emit(ctx, std::move(block));
    emitAll(ctx, after);
}

// ---------------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------------

void Importer::list(NodeIndex index, Context& ctx, const Style& style, int depth) {
    if (ctx.item != nullptr) {  // a list inside a list item: its items follow the item, a level deeper
        ItemState& item = *ctx.item;
        Block& block = *item.build->block;
        block.items[item.textAt] = item.sink->take();
        listItems(index, *item.build, item.depth + 1, style, depth);
        pushItem(item);  // where text after the nested list goes: an item of its own
        return;
    }
    if (readAsText(index, ctx, style, depth)) return;  // in a quote, a cell…: its items are lines
    flush(ctx);
    Block block;
    block.type = BlockType::List;
    block.ordered = node(index).name == "ol";
    std::vector<Block> after;
    ListBuild build{&block, &after};
    listItems(index, build, 0, style, depth);
    if (failed_) return;
    normalizeList(block);
    if (!block.items.empty()) emit(ctx, std::move(block));
    emitAll(ctx, after);
}

// The items of list `index` at `itemDepth`. Anything in the list that is not an item (text, a list
// straight inside a list) is taken as an item of its own.
void Importer::listItems(NodeIndex index, ListBuild& build, int itemDepth, const Style& style, int depth) {
    const bool ordered = node(index).name == "ol";
    for (NodeIndex c = node(index).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling) {
        const HtmlNode& child = node(c);
        if (child.isText() && collapsedLine(child.text).empty()) continue;
        if (!child.isText() && (skipped(c) || noteElements_.count(c) != 0)) continue;
        if (!child.isText() && (child.name == "ul" || child.name == "ol") &&
            static_cast<std::size_t>(depth) < limits_.maxHtmlDepth) {
            listItems(c, build, itemDepth + 1, style, depth + 1);
            continue;
        }
        listItem(c, build, itemDepth, ordered, style, depth + 1);
    }
}

// Adds an empty item at the item's place; the item's text goes there from now on.
void Importer::pushItem(ItemState& item) {
    Block& block = *item.build->block;
    if (block.items.size() >= limits_.maxListItems) {
        fail("a list of more than " + std::to_string(limits_.maxListItems) + " items");
        return;
    }
    block.items.emplace_back();
    block.places.push_back(ListItemPlace{static_cast<std::uint8_t>(std::min(item.depth, 255)), item.ordered, 1});
    item.textAt = block.items.size() - 1;
}

// One item: its text up to a nested list; the nested list's items follow it, one level deeper;
// text after the nested list is an item of its own at the item's level (see list()).
void Importer::listItem(NodeIndex index, ListBuild& build, int itemDepth, bool ordered, const Style& style, int depth) {
    TextSink sink = newSink();
    ItemState item{&build, &sink, 0, itemDepth, ordered};
    Context inner = capture(sink, *build.deferred);
    inner.item = &item;
    pushItem(item);  // the item's place comes first, even when its text is empty
    if (failed_) return;
    if (!node(index).isText() && node(index).name == "li") children(index, inner, style, depth);
    else visit(index, inner, style, depth);
    if (failed_) return;
    build.block->items[item.textAt] = sink.take();
}

// The list as format 1.1 has it: no empty items (their nested items move up), no item more than
// one level deeper than the one before it or deeper than the limit, each nested list numbered from 1
// with the kind of its first item; a list without nesting has no places.
void Importer::normalizeList(Block& list) const {
    std::vector<RichText> items;
    std::vector<ListItemPlace> places;
    const int maxDepth = static_cast<int>(std::max<std::size_t>(limits_.maxListDepth, 1)) - 1;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (list.items[i].empty()) continue;
        int d = list.places[i].depth;
        const int allowed = places.empty() ? 0 : places.back().depth + 1;
        d = std::min({d, allowed, maxDepth});
        items.push_back(std::move(list.items[i]));
        places.push_back(ListItemPlace{static_cast<std::uint8_t>(d), list.places[i].ordered, 1});
    }
    // Numbers and kinds: one counter and kind per open level.
    std::vector<int> number;
    std::vector<bool> kind;
    for (ListItemPlace& place : places) {
        const std::size_t d = place.depth;
        if (number.size() > d + 1) {
            number.resize(d + 1);
            kind.resize(d + 1);
        }
        if (number.size() == d) {
            number.push_back(0);
            kind.push_back(d == 0 ? list.ordered : place.ordered);
        }
        place.number = ++number[d];
        place.ordered = kind[d];
    }
    list.items = std::move(items);
    list.places = std::move(places);
    if (std::all_of(list.places.begin(), list.places.end(), [](const ListItemPlace& p) { return p.depth == 0; }))
        list.places.clear();
}

// ---------------------------------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------------------------------

// <pre> (with or without <code>): its text exactly, trailing line breaks cut; the language from a
// "language-x" or "lang-x" class on the pre or its code.
void Importer::code(NodeIndex index, Context& ctx) {
    std::string text;
    std::string language;
    const auto languageOf = [&](NodeIndex element) {
        const std::string* classes = node(element).attribute("class");
        if (classes == nullptr || !language.empty()) return;
        for (std::string_view prefix : {"language-", "lang-"}) {
            std::size_t at = classes->find(prefix);
            while (at != std::string::npos && at > 0 && (*classes)[at - 1] != ' ') at = classes->find(prefix, at + 1);
            if (at == std::string::npos) continue;
            const std::size_t start = at + prefix.size();
            const std::size_t end = classes->find_first_of(" \t\n\r\f", start);
            language = classes->substr(start, end == std::string::npos ? std::string::npos : end - start);
            return;
        }
    };
    languageOf(index);
    for (NodeIndex i = index + 1; i < facts_[index].end; ++i) {
        const HtmlNode& n = node(i);
        if (n.isText()) {
            text += n.text;
        } else if (skipped(i)) {
            i = facts_[i].end - 1;
        } else if (n.name == "br") {
            text += '\n';
        } else if (n.name == "code") {
            languageOf(i);
        }
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    if (text.find_first_not_of(" \t\n\r\f") == std::string::npos) return;
    Block block;
    block.type = BlockType::Code;
    block.code = std::move(text);
    block.language = std::move(language);
    emit(ctx, std::move(block));
}

// ---------------------------------------------------------------------------------------------------
// Links and footnote marks
// ---------------------------------------------------------------------------------------------------

// A footnote mark: a run with the note (its text built when first met) and the mark's text.
bool Importer::link(NodeIndex index, Context& ctx, const Style& style, int depth) {
    const auto found = noteOfLink_.find(index);
    if (found == noteOfLink_.end() || inNote_) return false;
    const NodeIndex noteElement = found->second;
    auto known = noteIndex_.find(noteElement);
    if (known == noteIndex_.end()) {
        if (notes_.size() >= limits_.maxBlocks) {
            fail("more than " + std::to_string(limits_.maxBlocks) + " footnotes");
            return true;
        }
        TextSink sink = newSink();
        std::vector<Block> dropped;
        Context inner = capture(sink, dropped);
        inNote_ = true;
        for (NodeIndex c = node(noteElement).firstChild; c != HtmlNode::kNone && !failed_; c = node(c).nextSibling)
            visit(c, inner, Style{}, depth + 1);
        inNote_ = false;
        RichText text = sink.take();
        // The no-break space that kept the back link on the note's last line.
        while (!text.empty() && text.back().text.size() >= 2 &&
               text.back().text.compare(text.back().text.size() - 2, 2, "\xC2\xA0") == 0) {
            text.back().text.resize(text.back().text.size() - 2);
            while (!text.back().text.empty() && text.back().text.back() == ' ') text.back().text.pop_back();
            if (text.back().text.empty()) text.pop_back();
        }
        if (text.empty()) return false;  // an empty note: the mark stays a plain link
        if (!dropped.empty()) notice("a footnote holds a picture or a block that a footnote cannot show");
        known = noteIndex_.emplace(noteElement, static_cast<int>(notes_.size())).first;
        notes_.push_back(std::move(text));
    }
    Style mark = style;
    mark.shift = RunShift::None;
    mark.href.clear();
    mark.note = known->second;
    std::string text = plainOf(index);
    if (text.empty()) text = std::to_string(known->second + 1);
    ctx.sink->text(text, mark);
    return true;
}

}  // namespace html

// ---------------------------------------------------------------------------------------------------
// importHtml, htmlText
// ---------------------------------------------------------------------------------------------------

HtmlImport importHtml(std::string_view html, std::string_view baseUrl, const ParseLimits& limits) {
    HtmlImport result;
    if (html.size() > limits.maxInputBytes) {
        result.error = "the HTML is " + formatByteSize(html.size(), true) + "; the limit is " +
                       formatByteSize(limits.maxInputBytes, false);
        return result;
    }
    const HtmlParserFunction parser = htmlParser();
    if (parser == nullptr) {
        result.error = "this viewer cannot read HTML here";
        return result;
    }
    HtmlTree tree;
    if (!parser(html, tree, result.error)) return result;
    html::Importer importer(tree, baseUrl, limits);
    if (!importer.run(result)) return result;
    if (result.body.empty()) {
        result.error = "the HTML holds no text or picture to show";
        return result;
    }
    result.ok = true;
    return result;
}

std::string htmlText(std::string_view html) {
    const HtmlParserFunction parser = htmlParser();
    HtmlTree tree;
    std::string error;
    if (parser == nullptr || !parser(html, tree, error)) return {};
    std::string text;
    for (const HtmlNode& n : tree.nodes()) {
        if (!n.isText()) continue;
        // Text inside a dropped element (a script in a title) is not text.
        bool shown = true;
        for (std::uint32_t p = n.parent; p != HtmlNode::kNone && shown; p = tree.node(p).parent) {
            const std::string& name = tree.node(p).name;
            shown = name != "script" && name != "style" && name != "template" && name != "noscript";
        }
        if (shown) text += n.text;
    }
    return html::collapsedLine(text);
}

}  // namespace folio
