// The HTML importer's parts (folio/html_import.h), shared by its files:
//   html_import.cpp        the walk: text, paragraphs, headings, quotes, asides, lists, footnotes
//   html_import_text.cpp   gathering text as a browser collapses it (TextSink), plain text of a subtree
//   html_import_media.cpp  pictures, figures, galleries and embeds (cards that link out)
//   html_import_table.cpp  tables and definition lists
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "folio/article.h"
#include "folio/article_parse.h"
#include "folio/html_import.h"
#include "folio/html_tree.h"

namespace folio::html {

using NodeIndex = std::uint32_t;

// The style that inline elements give the text inside them.
struct Style {
    bool em = false;
    bool strong = false;
    bool code = false;
    bool strike = false;
    RunShift shift = RunShift::None;
    std::string href;  // a safe, resolved link, or empty
    int note = -1;     // the footnote a mark stands for (Article::notes index), or -1
};

// Text being gathered into runs, whitespace collapsed as a browser collapses it: each stretch of
// ASCII whitespace is one space, none at the start or the end, none around a line break. Runs of
// one style merge; past `maxRuns` runs, text joins the last run (its style lost, its text kept) and
// `*runLimitHit` (when given) becomes true.
class TextSink {
public:
    explicit TextSink(std::size_t maxRuns, bool* runLimitHit = nullptr)
        : maxRuns_(maxRuns == 0 ? 1 : maxRuns), runLimitHit_(runLimitHit) {}

    // Appends `text` in `style`.
    void text(std::string_view text, const Style& style);
    void space();      // a space between two texts (table cells, list items run together)
    void lineBreak();  // <br>: a line break (U+2028) before the next text
    void boundary();   // the end of a block inside captured text: the next text starts a new line
    int pendingBreaks() const { return breaks_; }
    bool empty() const { return runs_.empty(); }
    // The runs so far, and a fresh start.
    RichText take();

private:
    void put(std::string_view characters, const Style& style);
    void flushPending(const Style& style);

    std::size_t maxRuns_;
    RichText runs_;
    bool space_ = false;       // whitespace seen since the last character
    Style spaceStyle_;         // the style of the text it was seen in
    int breaks_ = 0;           // <br>s since the last character
    bool line_ = false;        // a block ended since the last character
    bool* runLimitHit_;
};

// Where inline text goes and what a block boundary means there.
enum class Mode {
    Flow,     // the article's body: blocks are blocks, text between them paragraphs
    Capture,  // one block's text (a quote, a list item, a cell): a block boundary is a line break
    Aside,    // an aside's text: a block boundary starts a new paragraph
};

// A list being built: its block, and where blocks found in its items go (after the list).
struct ListBuild {
    Block* block = nullptr;
    std::vector<Block>* deferred = nullptr;
};

// The list item being read: where its text goes.
struct ItemState {
    ListBuild* build = nullptr;
    TextSink* sink = nullptr;
    std::size_t textAt = 0;  // the index in build->block->items that the gathered text belongs to
    int depth = 0;           // the item's nesting level
    bool ordered = false;    // the item's list is numbered
};

struct Context {
    Mode mode = Mode::Flow;
    TextSink* sink = nullptr;
    std::vector<Block>* out = nullptr;         // where blocks go (Capture, Aside: after the block)
    BlockType kind = BlockType::Paragraph;     // Flow: what the sink's text becomes
    int level = 2;                             // Flow, Heading: its level
    std::vector<RichText>* paragraphs = nullptr;  // Aside: its finished paragraphs
    std::string* title = nullptr;              // Aside: its title (the first heading)
    ItemState* item = nullptr;                 // inside a list item: the item (nested lists join its list)
};

// Per element, what its subtree holds (computed once, bottom up: decisions need no second walk).
struct SubtreeFacts {
    NodeIndex end = 0;        // one past its last descendant (the subtree is [index, end))
    std::uint32_t images = 0;  // <img> elements
    std::uint32_t media = 0;   // <iframe>, <video>, <audio>
    std::uint32_t tables = 0;
    std::uint32_t pres = 0;
    std::uint32_t quotes = 0;  // <blockquote>
};

class Importer {
public:
    Importer(const HtmlTree& tree, std::string_view baseUrl, const ParseLimits& limits);

    // Walks the tree into `out`; false with out.error set when a limit was passed.
    bool run(HtmlImport& out);

private:
    // ---- html_import.cpp: the walk ----
    void visit(NodeIndex index, Context& ctx, const Style& style, int depth);
    void children(NodeIndex index, Context& ctx, const Style& style, int depth);
    void visitElement(NodeIndex index, Context& ctx, const Style& style, int depth);
    void boundary(Context& ctx);                    // the end of a block in the current mode
    // Its children between two block boundaries (a div, a section…).
    void container(NodeIndex index, Context& ctx, const Style& style, int depth);
    // Outside the flow (in a quote, an item, a cell), a block of its own is only its text: read as
    // a container; false in the flow (nothing done).
    bool readAsText(NodeIndex index, Context& ctx, const Style& style, int depth);
    // A context that gathers one block's text into `sink`, the blocks found in it into `out`.
    static Context capture(TextSink& sink, std::vector<Block>& out);
    void flush(Context& ctx);                       // Flow: the gathered text becomes its block
    void emit(Context& ctx, Block block);           // a block where blocks go now, after the text before it
    void push(Context& ctx, Block block);           // a block where blocks go now (limit checked)
    void emitAll(Context& ctx, std::vector<Block>& blocks);
    void heading(NodeIndex index, Context& ctx, const Style& style, int depth);
    void quote(NodeIndex index, Context& ctx, const Style& style, int depth, BlockType type);
    void aside(NodeIndex index, Context& ctx, const Style& style, int depth);
    void list(NodeIndex index, Context& ctx, const Style& style, int depth);
    void listItems(NodeIndex index, ListBuild& build, int itemDepth, const Style& style, int depth);
    void listItem(NodeIndex index, ListBuild& build, int itemDepth, bool ordered, const Style& style, int depth);
    void pushItem(ItemState& item);
    void normalizeList(Block& list) const;
    void code(NodeIndex index, Context& ctx);
    bool link(NodeIndex index, Context& ctx, const Style& style, int depth);  // false: not a footnote mark
    void findFootnotes();
    void tooDeep(NodeIndex index, Context& ctx, const Style& style);
    bool fail(std::string message);
    TextSink newSink() { return TextSink(limits_.maxRuns, &runLimitHit_); }

    // ---- html_import_text.cpp ----
    std::string plainOf(NodeIndex index, NodeIndex skip = HtmlNode::kNone) const;  // collapsed, trimmed

    // ---- html_import_media.cpp ----
    void image(NodeIndex index, Context& ctx, const Style& style);
    bool pictureOf(NodeIndex img, GalleryImage& out) const;  // false: no usable address
    void figure(NodeIndex index, Context& ctx, const Style& style, int depth);
    void gallery(NodeIndex index, Context& ctx, const Style& style, int depth);
    bool embed(NodeIndex index, Context& ctx, std::string_view caption);  // iframe, video, audio
    bool socialPost(NodeIndex index, Context& ctx);                       // tweet, Instagram post…
    bool embedFromUrl(std::string_view url, Context& ctx, std::string_view title);
    void captionAndCredit(NodeIndex figcaption, std::string& caption, std::string& credit) const;

    // ---- html_import_table.cpp ----
    void table(NodeIndex index, Context& ctx, const Style& style, int depth);
    void definitionList(NodeIndex index, Context& ctx, const Style& style, int depth);

    // ---- helpers ----
    const HtmlNode& node(NodeIndex index) const { return tree_.node(index); }
    bool hasClass(NodeIndex index, std::string_view name) const;          // a whole class name
    bool classContains(NodeIndex index, std::string_view part) const;     // any class holding `part`
    bool skipped(NodeIndex index) const;  // never shown: scripts, controls, hidden elements…
    NodeIndex firstDescendant(NodeIndex index, std::string_view name) const;  // kNone when none
    std::string resolved(std::string_view url) const;
    void notice(const std::string& text);

    const HtmlTree& tree_;
    std::string base_;
    const ParseLimits& limits_;
    std::vector<SubtreeFacts> facts_;
    std::vector<Block> body_;
    std::vector<RichText> notes_;
    std::vector<std::string> notices_;
    std::unordered_map<NodeIndex, NodeIndex> noteOfLink_;  // footnote mark <a> -> its note's element
    std::unordered_map<NodeIndex, int> noteIndex_;          // a note's element -> Article::notes index
    std::unordered_set<NodeIndex> noteElements_;            // elements that are notes (not shown in place)
    std::unordered_set<std::string> backlinkTargets_;       // ids a note's "back to the text" link points at
    bool inNote_ = false;
    bool failed_ = false;
    std::string error_;
    bool toldTooDeep_ = false;
    bool runLimitHit_ = false;  // some text had more runs than limits_.maxRuns
};

// A run of `text` without any style.
inline TextRun plainRun(std::string text) {
    TextRun run;
    run.text = std::move(text);
    return run;
}

// An attribution without the dash or tilde before it ("— Ann" -> "Ann").
std::string withoutLeadingDash(std::string text);

// The lower-case ASCII form of `s`.
std::string lowerAscii(std::string_view s);

// Collapsed, trimmed whitespace of a plain string (one line).
std::string collapsedLine(std::string_view s);

}  // namespace folio::html
