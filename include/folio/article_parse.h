// Article JSON (format versions 1 and 1.1, see docs/article-format.md) to folio::Article.
// Never throws, never aborts: every failure comes back as a ParseError.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folio/article.h"

namespace folio {

// Bounds that keep hostile input from hanging or exhausting memory. Exceeding one is a ParseError.
struct ParseLimits {
    std::size_t maxInputBytes = 8u << 20;    // whole document, bytes
    std::size_t maxStringBytes = 1u << 20;   // any single JSON string, bytes
    std::size_t maxDepth = 32;               // nesting of arrays and objects
    std::size_t maxBlocks = 100000;          // elements of /body
    std::size_t maxListItems = 10000;        // items of one list
    std::size_t maxRuns = 10000;             // runs of one rich text
    std::size_t maxTableCells = 100000;      // cells of one table
    std::size_t maxListDepth = 8;            // lists inside list items inside lists...
    std::size_t maxValues = 500000;          // JSON values in the whole document (bounds memory)
    std::size_t maxHtmlDepth = 256;          // HTML bodies: elements nested deeper are read as plain text
};

struct ParseError {
    std::string pointer;  // JSON Pointer of the offending value ("" = the document); empty for syntax errors
    int line = 0;         // syntax errors: 1-based line of the error; 0 for schema errors
    int column = 0;       // syntax errors: 1-based column (in bytes) of the error; 0 for schema errors
    std::string message;  // the whole human-readable message, e.g.
                          // "/body/3/text: expected a string or an array of runs" or
                          // "JSON syntax error at line 4, column 12: unexpected '}'"
};

struct ParseResult {
    bool ok = false;
    Article article;   // valid only when ok
    ParseError error;  // valid only when !ok
    // When ok: what was shown otherwise than written, for the embedder (not an error for the
    // reader), e.g. "/body/3: unknown block type \"video\", shown as its text".
    std::vector<std::string> notices;
};

// Parses an article JSON document. Unknown fields are ignored. A block of an unknown type (from a
// newer format) is shown as a paragraph of its "text", or left out when it has none, with a
// notice; a body left with no block is an error. Invalid UTF-8 is a syntax error.
ParseResult parseArticle(std::string_view json, const ParseLimits& limits = {});

}  // namespace folio
