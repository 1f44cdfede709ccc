// Fuzz target: a font file as untrusted bytes. The bytes are loaded as the Serif face
// (TrueTypeMetrics::setFace, which validates the file before stb_truetype reads it); a face that
// loads is measured, used to lay out and paginate a short article, and subset into a PDF (the
// font writer: pdf_sfnt, pdf_font_subset). Then the same bytes are a fallback font beside Noto
// Serif, as an emoji font would be (its colour pictures: the CBLC/CBDT reader, the PNG decoder,
// scaling, the PDF's picture glyphs): text with emoji is shaped, every glyph drawn, and printed.
// Seeds: Debian's Noto TTFs cut down, and a few emoji of Noto Color Emoji, made by tools/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "folio/article_parse.h"
#include "folio/fallback_fonts.h"
#include "folio/font_files.h"
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

const char kEmojiText[] = "A \xF0\x9F\x98\x80 \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
                          "\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5 1\xEF\xB8\x8F\xE2\x83\xA3 \xE2\x98\xBA\xEF\xB8\x8F \xF0\x9F\x8E\x89";

const folio::Article& emojiArticle() {
    static const folio::Article article =
        folio::parseArticle(std::string(R"({"title":"T","body":[")") + kEmojiText + R"("]})").article;
    return article;
}

// Noto Serif Regular's bytes, read once.
const std::vector<unsigned char>& serifBytes() {
    static const std::vector<unsigned char> bytes = folio::readFileBytes(std::string(FOLIO_FONT_DIR) + "/NotoSerif-Regular.ttf");
    return bytes;
}

// The bytes as a fallback font beside Noto Serif, when they are a colour font (a fallback of
// outlines goes through the same code as a face).
void asFallback(const std::uint8_t* data, std::size_t size) {
    folio::TrueTypeMetrics metrics;
    std::string error;
    if (!metrics.addFallback(std::vector<unsigned char>(data, data + size), folio::FallbackStyle::Any, false, error) ||
        !metrics.isColorFont(folio::kFontFaceCount) || !metrics.setFace(folio::FontFace::Serif, serifBytes()))
        return;
    metrics.setPictureDecoder(&folio::decodeFontPicture);
    const folio::ShapedText& shaped = metrics.shape(folio::FontFace::Serif, kEmojiText);
    folio::GlyphBitmap bitmap;
    folio::ColorGlyph picture;
    for (const folio::ShapedGlyph& g : shaped.glyphs) {
        (void)metrics.rasterize(g.font, g.glyph, 20.0f, 0.25f, bitmap);
        (void)metrics.rasterize(g.font, g.glyph, 120.0f, 0.0f, bitmap);  // above the strike: scaled up
        (void)metrics.colorGlyph(g.font, g.glyph, picture);
    }
    const folio::PrintDocument document = folio::paginate(emojiArticle(), metrics, folio::PageSpec{});
    (void)folio::writePdf(document, metrics, "", {});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    asFallback(data, size);
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
