// Fuzz target: the article parser (parseArticle) on any bytes, with the default limits and with
// small ones (so that every limit is reached). A parsed article's meta line and plain text are made
// too. Seeds: tests/fixtures/**/*.json and assets/articles/*.json.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "folio/article.h"
#include "folio/article_meta.h"
#include "folio/article_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    const folio::ParseResult parsed = folio::parseArticle(json);
    if (parsed.ok) (void)folio::metaLine(parsed.article);
    folio::ParseLimits small;
    small.maxBlocks = 8;
    small.maxDepth = 4;
    small.maxListItems = 4;
    small.maxRuns = 4;
    small.maxStringBytes = 64;
    small.maxValues = 200;
    (void)folio::parseArticle(json, small);
    return 0;
}
