// Folio article model: what an article JSON document becomes after parsing.
// All strings are UTF-8. The model is plain data; it owns everything it holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio {

// Text set below or above the line, smaller (format 1.1).
enum class RunShift : std::uint8_t { None, Sub, Sup };

// One stretch of inline text with a single style. Members after `href` come with format 1.1.
struct TextRun {
    std::string text;     // UTF-8, never empty after parsing
    bool em = false;      // emphasis (drawn italic)
    bool strong = false;  // strong importance (drawn bold)
    std::string href;     // http(s) or mailto link target; empty when the run is not a link
    bool code = false;    // inline code (drawn in the monospace face)
    bool strike = false;  // struck through: text no longer accurate
    RunShift shift = RunShift::None;  // subscript or superscript
    int note = -1;        // a footnote mark: index into Article::notes (the run's text, e.g. "1", is
                          //   the mark); -1 when the run marks no note
};

// Inline text: runs in reading order.
using RichText = std::vector<TextRun>;

// Block types. Code and later come with format 1.1.
enum class BlockType { Paragraph, Heading, Quote, List, Image, Code, Table, Rule, Embed, Aside, Pullquote, Gallery };

// Where a list item sits in nested lists (format 1.1: an item may hold a list of its own).
struct ListItemPlace {
    std::uint8_t depth = 0;  // 0 for the block's own items, 1 for the items of an item's list...
    bool ordered = false;    // the list the item is in is numbered
    int number = 1;          // its place in that list, from 1 (a numbered list's marker)
};

// A cell of a table.
struct TableCell {
    RichText text;        // may be empty: an empty cell
    bool header = false;  // a header cell (of the header row or column, or marked so)
};

// What an embedded item is: the card that stands for it says so (format 1.1).
enum class EmbedKind : std::uint8_t { Video, Audio, Post, Link };

// A picture of a gallery (format 1.1); as an image block's.
struct GalleryImage {
    std::string src;      // http(s) or relative URL
    std::string alt;      // may be empty
    std::string caption;  // may be empty
    std::string credit;   // may be empty
    int width = 0;        // intrinsic size in px, 0 when unknown
    int height = 0;
};

// One body element. Which fields are used depends on `type`.
struct Block {
    BlockType type = BlockType::Paragraph;
    RichText text;                // Paragraph, Heading, Quote, Pullquote: the text
    int level = 2;                // Heading: 2 (section) to 4
    std::string cite;             // Quote, Pullquote: attribution, may be empty
    std::vector<RichText> items;  // List: one rich text per item, never empty after parsing;
                                  //   Aside: its paragraphs, at least one
    bool ordered = false;         // List: numbered (true) or bulleted (false)
    std::string src;              // Image: http(s) or relative URL; Embed: its poster picture, may be empty
                                  //   (shownPictures says which pictures are shown)
    std::string alt;              // Image, Embed: the picture's text alternative, may be empty
    std::string caption;          // Image, Table, Gallery: caption, may be empty
    int width = 0;                // Image, Embed: the picture's intrinsic width in px, 0 when unknown
    int height = 0;               // Image, Embed: the picture's intrinsic height in px, 0 when unknown
    // Format 1.1:
    std::string credit;                      // Image: who made the picture, may be empty
    std::vector<ListItemPlace> places;       // List: one per item (nesting and numbers); empty for a
                                             //   flat list (every item at depth 0, numbered from 1)
    std::string code;                        // Code: the text as written, its line breaks kept
    std::string language;                    // Code: its language ("python"), may be empty
    std::vector<std::vector<TableCell>> rows;  // Table: at least one row, all of the same length
    std::string title;                       // Embed: the item's title; Aside: its heading; may be empty
    std::string href;                        // Embed: where the item is (http(s))
    std::string provider;                    // Embed: who hosts it ("a video on ..."), may be empty
    EmbedKind embed = EmbedKind::Link;       // Embed
    std::vector<GalleryImage> images;        // Gallery: at least one
};

// A reader comment shipped with the article.
struct Comment {
    std::string author;  // display name, may be empty
    std::string posted;  // ISO 8601 date or date-time as given, may be empty
    std::string text;    // plain text
};

// The direction an article's paragraphs run in: Auto takes each paragraph's from its first letter
// with a direction (the Unicode Bidirectional Algorithm's rule P2), left to right when it has none.
enum class TextDirection : std::uint8_t { Auto, Ltr, Rtl };

struct Article {
    std::string title;              // never empty after parsing
    std::vector<Block> body;        // never empty after parsing
    std::vector<RichText> notes;    // footnotes (format 1.1), marked by TextRun::note; may be empty
    std::string url;                // canonical http(s) URL, may be empty
    std::string source;             // publisher, e.g. "Xinhua", may be empty
    std::string author;             // may be empty
    std::string published;          // ISO 8601 date or date-time as given, may be empty
    std::string language;           // BCP 47 tag, may be empty
    TextDirection direction = TextDirection::Auto;  // the `direction` member as given
    std::string summary;            // may be empty
    std::vector<std::string> tags;  // may be empty
    std::vector<Comment> comments;  // may be empty
};

// The direction the article's text runs in: its `direction`, else right to left for a language
// written so (Arabic, Hebrew, Persian, Urdu...: by the language tag's primary subtag), else Auto.
TextDirection articleDirection(const Article& article);

// An image block showing `picture` (a gallery's picture...). Never fails.
Block imageBlock(GalleryImage picture);

// A picture an article shows: an image's, an embed's poster, or one of a gallery's pictures.
struct ShownPicture {
    int block = -1;    // index into Article::body
    int item = -1;     // a gallery's picture (Block::images index); -1 for the block's own picture
    std::string src;   // http(s) or relative URL, never empty
    std::string alt;   // its text alternative, may be empty
};

// Every picture `article` shows that has a source, in reading order: the one rule for which
// pictures are fetched (by the viewer, by folio-print).
std::vector<ShownPicture> shownPictures(const Article& article);

// What an embed's card says of it above its title: its kind, and who hosts it when known
// ("Video · YouTube"). Never empty.
std::string embedLabel(const Block& block);

// The runs of `text` concatenated, styles dropped.
std::string plainText(const RichText& text);

// Calls `f(const std::string&)` with each text the article shows in its body: the title, then each
// block's text (runs joined), quote attribution, list items and caption, a code block's text, a
// table's cells, an embed's and an aside's title, a gallery's captions, then the footnotes. Alt
// text is not shown.
template <class F>
void forEachShownText(const Article& article, F&& f) {
    f(article.title);
    for (const Block& block : article.body) {
        f(plainText(block.text));
        f(block.cite);
        for (const RichText& item : block.items) f(plainText(item));
        f(block.caption);
        f(block.credit);
        f(block.code);
        for (const std::vector<TableCell>& row : block.rows)
            for (const TableCell& cell : row) f(plainText(cell.text));
        f(block.title);
        for (const GalleryImage& image : block.images) {
            f(image.caption);
            f(image.credit);
        }
    }
    for (const RichText& note : article.notes) f(plainText(note));
}

// Words (runs of non-whitespace) in the title and all body text, list items and captions included.
// Quote attributions count too; image alt text does not (it is not shown). Runs are joined first.
std::size_t wordCount(const Article& article);

}  // namespace folio
