// Folio article model: what an article JSON document becomes after parsing.
// All strings are UTF-8. The model is plain data; it owns everything it holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace folio {

// One stretch of inline text with a single style.
struct TextRun {
    std::string text;     // UTF-8, never empty after parsing
    bool em = false;      // emphasis (drawn italic)
    bool strong = false;  // strong importance (drawn bold)
    std::string href;     // http(s) or mailto link target; empty when the run is not a link
};

// Inline text: runs in reading order.
using RichText = std::vector<TextRun>;

enum class BlockType { Paragraph, Heading, Quote, List, Image };

// One body element. Which fields are used depends on `type`.
struct Block {
    BlockType type = BlockType::Paragraph;
    RichText text;                // Paragraph, Heading, Quote: the text
    int level = 2;                // Heading: 2 (section) to 4
    std::string cite;             // Quote: attribution, may be empty
    std::vector<RichText> items;  // List: one rich text per item, never empty after parsing
    bool ordered = false;         // List: numbered (true) or bulleted (false)
    std::string src;              // Image: http(s) or relative URL
    std::string alt;              // Image: text alternative, may be empty
    std::string caption;          // Image: caption, may be empty
    int width = 0;                // Image: intrinsic width in px, 0 when unknown
    int height = 0;               // Image: intrinsic height in px, 0 when unknown
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

// The runs of `text` concatenated, styles dropped.
std::string plainText(const RichText& text);

// Calls `f(const std::string&)` with each text the article shows in its body: the title, then each
// block's text (runs joined), quote attribution, list items and caption. Image alt text is not shown.
template <class F>
void forEachShownText(const Article& article, F&& f) {
    f(article.title);
    for (const Block& block : article.body) {
        f(plainText(block.text));
        f(block.cite);
        for (const RichText& item : block.items) f(plainText(item));
        f(block.caption);
    }
}

// Words (runs of non-whitespace) in the title and all body text, list items and captions included.
// Quote attributions count too; image alt text does not (it is not shown). Runs are joined first.
std::size_t wordCount(const Article& article);

}  // namespace folio
