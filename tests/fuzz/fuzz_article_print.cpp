// Fuzz target: the whole print path on any bytes. An article that parses is laid out with the Noto
// faces at widths and sizes the input's first bytes choose (and at fixed extremes), paginated on
// A4 and Letter, and written as a PDF (with a picture for every image source). Seeds: the
// fixtures and sample articles.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "folio/article_meta.h"
#include "folio/article_parse.h"
#include "folio/layout.h"
#include "folio/pdf.h"
#include "folio/print_layout.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2 || size > 64 * 1024) return 0;  // bounded work per input
    const std::uint8_t shape = data[0];
    const std::string_view json(reinterpret_cast<const char*>(data + 1), size - 1);
    folio::ParseLimits limits;
    limits.maxBlocks = 200;
    limits.maxListItems = 50;
    limits.maxRuns = 200;
    const folio::ParseResult parsed = folio::parseArticle(json, limits);
    if (!parsed.ok) return 0;
    const folio::TrueTypeMetrics& metrics = folio::fuzz::notoMetrics();

    const folio::Typesetter typesetter(parsed.article, metrics, folio::metaLine(parsed.article));
    const float widths[] = {1.0f, 320.0f + 8.0f * (shape & 0x3F), 2400.0f};
    const float sizes[] = {12.0f, 12.0f + (shape >> 3), 40.0f};
    for (int i = 0; i < 3; ++i) {
        folio::LayoutSettings settings;
        settings.viewportWidthPx = widths[i];
        settings.fontSizePx = sizes[i];
        settings.family = (shape & 0x40) ? folio::FontFamily::Sans : folio::FontFamily::Serif;
        (void)typesetter.layout(settings);
    }

    folio::PageSpec spec;
    spec.paper = (shape & 0x80) ? folio::Paper::Letter : folio::Paper::A4;
    spec.fontSizePt = 9.0f + (shape & 0x07);
    spec.marginMm = 10.0f + (shape >> 4);
    const folio::PrintDocument document = folio::paginate(parsed.article, metrics, spec);
    folio::PdfPictures pictures;
    const std::vector<unsigned char> rgba(2 * 2 * 4, static_cast<unsigned char>(shape));
    for (const folio::Block& block : parsed.article.body)
        if (block.type == folio::BlockType::Image) pictures.emplace(block.src, folio::rgbaPicture(2, 2, rgba.data()));
    (void)folio::writePdf(document, metrics, "2026-11-26", pictures);
    return 0;
}
