// Fuzz target: HTML bodies (importHtml) on any bytes, with the default limits and with small ones
// (so that every limit, the depth's included, is reached); the same bytes through readArticle (a
// Folio document, feed or post) and htmlText. What imports must be an article that the JSON writer
// writes and parseArticle reads back as the same JSON (else a trap). Seeds: tests/fixtures/import.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "folio/article_json.h"
#include "folio/article_parse.h"
#include "folio/article_sources.h"
#include "folio/html_import.h"

namespace {

// Writes the import as an article and reads it back; traps when the two differ.
void checkRoundTrip(const folio::HtmlImport& imported) {
    if (!imported.ok) return;
    folio::Article article;
    article.title = "T";
    article.body = imported.body;
    article.notes = imported.notes;
    const std::string json = folio::articleJson(article);
    const folio::ParseResult back = folio::parseArticle(json);
    if (!back.ok || folio::articleJson(back.article) != json) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    checkRoundTrip(folio::importHtml(bytes, "https://example.com/blog/post/"));
    folio::ParseLimits small;
    small.maxBlocks = 8;
    small.maxListItems = 4;
    small.maxRuns = 4;
    small.maxTableCells = 16;
    small.maxListDepth = 2;
    small.maxHtmlDepth = 6;
    checkRoundTrip(folio::importHtml(bytes, "", small));
    (void)folio::readArticle(bytes);
    (void)folio::htmlText(bytes);
    return 0;
}
