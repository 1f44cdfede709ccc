// Fuzz target: a font file as untrusted bytes. The bytes are loaded as the Serif face
// (TrueTypeMetrics::setFace, which validates the file before stb_truetype reads it); a face that
// loads is measured, used to lay out and paginate a short article, and subset into a PDF (the
// font writer: pdf_sfnt, pdf_font_subset). Seeds: Debian's Noto TTFs, copied by tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "folio/article_parse.h"
#include "folio/font_metrics.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"

namespace {

const folio::Article& sampleArticle() {
    static const folio::Article article =
        folio::parseArticle(R"({"title":"Fuzz ﬁ Ǆ","body":["The quick brown fox jumps over the lazy dog. AVAWAY fi fl",)"
                            R"({"type":"paragraph","text":["a ",{"text":"link","href":"https://example.com/"}]}]})")
            .article;
    return article;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::TrueTypeMetrics metrics;
    if (!metrics.setFace(folio::FontFace::Serif, std::vector<unsigned char>(data, data + size))) return 0;
    for (const char32_t c : {U'A', U'V', U'f', U'\u00e9', U'\u2014', U'\U0001F600'})
        (void)metrics.advance(folio::FontFace::Serif, c);
    (void)metrics.kerning(folio::FontFace::Serif, U'A', U'V');
    (void)metrics.vertical(folio::FontFace::Serif);
    const folio::PrintDocument document = folio::paginate(sampleArticle(), metrics, folio::PageSpec{});
    (void)folio::writePdf(document, metrics, "", {});
    return 0;
}
