// Colour glyphs: the CBLC index (strikes, index subtables of formats 1 to 5) and CBDT glyph records
// (image formats 17, 18 and 19: PNG with small, big or the index's metrics), read with every offset
// checked, and an area-averaging scaler for their pictures.
#include "color_glyphs.h"

#include <algorithm>
#include <cmath>

#include "pdf_sfnt.h"

namespace folio::detail {

namespace {

// A bounds-checked view of a table: reads outside it answer 0 and `has` says so.
struct Bytes {
    const unsigned char* data = nullptr;
    std::size_t size = 0;
    bool has(std::size_t at, std::size_t count) const { return at <= size && count <= size - at; }
    std::uint32_t u8(std::size_t at) const { return has(at, 1) ? data[at] : 0; }
    std::int32_t s8(std::size_t at) const { return static_cast<std::int8_t>(u8(at)); }
    std::uint32_t u16(std::size_t at) const { return has(at, 2) ? pdf::readU16(data + at) : 0; }
    std::uint32_t u32(std::size_t at) const { return has(at, 4) ? pdf::readU32(data + at) : 0; }
};

bool tables(const std::vector<unsigned char>& font, Bytes& cblc, Bytes& cbdt) {
    const pdf::SfntTable index = pdf::findSfntTable(font, "CBLC");
    const pdf::SfntTable data = pdf::findSfntTable(font, "CBDT");
    if (!index.found || !data.found) return false;
    cblc = {font.data() + index.offset, index.length};
    cbdt = {font.data() + data.offset, data.length};
    return cblc.has(0, 8) && cblc.u16(0) >= 2 && cblc.u32(4) > 0;
}

constexpr std::size_t kSizeRecord = 48;  // a BitmapSize record

// The glyph record of `glyph` in the index subtable at `sub` (format, image format, its data's
// place in CBDT and, for formats 2 and 5, the metrics of every glyph). False when `glyph` is not in it.
bool recordOf(const Bytes& cblc, std::size_t sub, std::uint32_t first, std::uint32_t last, std::uint16_t glyph,
              std::uint32_t& imageFormat, std::size_t& begin, std::size_t& end, std::size_t& bigMetrics) {
    const std::uint32_t format = cblc.u16(sub);
    imageFormat = cblc.u16(sub + 2);
    const std::size_t base = cblc.u32(sub + 4);
    const std::size_t i = glyph - first;
    bigMetrics = 0;
    switch (format) {
        case 1:
        case 3: {
            const std::size_t width = format == 1 ? 4 : 2;
            const std::size_t at = sub + 8 + i * width;
            if (!cblc.has(at, 2 * width)) return false;
            begin = base + (format == 1 ? cblc.u32(at) : cblc.u16(at));
            end = base + (format == 1 ? cblc.u32(at + 4) : cblc.u16(at + 2));
            return end > begin;
        }
        case 2: {
            const std::size_t imageSize = cblc.u32(sub + 8);
            if (!cblc.has(sub + 12, 8) || imageSize == 0 || last < first) return false;
            begin = base + i * imageSize;
            end = begin + imageSize;
            bigMetrics = sub + 12;
            return true;
        }
        case 4: {
            const std::size_t count = cblc.u32(sub + 8);
            if (!cblc.has(sub + 12, (count + 1) * 4)) return false;
            for (std::size_t k = 0; k < count; ++k) {
                if (cblc.u16(sub + 12 + 4 * k) != glyph) continue;
                begin = base + cblc.u16(sub + 12 + 4 * k + 2);
                end = base + cblc.u16(sub + 12 + 4 * (k + 1) + 2);
                return end > begin;
            }
            return false;
        }
        case 5: {
            const std::size_t imageSize = cblc.u32(sub + 8);
            const std::size_t count = cblc.u32(sub + 20);
            if (imageSize == 0 || !cblc.has(sub + 24, count * 2)) return false;
            for (std::size_t k = 0; k < count; ++k) {
                if (cblc.u16(sub + 24 + 2 * k) != glyph) continue;
                begin = base + k * imageSize;
                end = begin + imageSize;
                bigMetrics = sub + 12;
                return true;
            }
            return false;
        }
        default:
            return false;
    }
}

}  // namespace

bool hasColorGlyphs(const std::vector<unsigned char>& font) {
    Bytes cblc, cbdt;
    return tables(font, cblc, cbdt) && cblc.has(8, kSizeRecord);
}

bool findColorGlyph(const std::vector<unsigned char>& font, std::uint16_t glyph, ColorGlyphPlace& out) {
    Bytes cblc, cbdt;
    if (!tables(font, cblc, cbdt)) return false;
    const std::size_t sizes = cblc.u32(4);
    bool found = false;
    for (std::size_t s = 0; s < sizes && cblc.has(8 + s * kSizeRecord, kSizeRecord); ++s) {
        const std::size_t size = 8 + s * kSizeRecord;
        const int ppem = static_cast<int>(cblc.u8(size + 45));
        if (found && ppem <= out.ppem) continue;  // the largest strike that has it
        if (glyph < cblc.u16(size + 40) || glyph > cblc.u16(size + 42)) continue;
        const std::size_t array = cblc.u32(size);
        const std::size_t subtables = cblc.u32(size + 8);
        for (std::size_t t = 0; t < subtables && cblc.has(array + 8 * t, 8); ++t) {
            const std::uint32_t first = cblc.u16(array + 8 * t), last = cblc.u16(array + 8 * t + 2);
            if (glyph < first || glyph > last) continue;
            std::uint32_t imageFormat = 0;
            std::size_t begin = 0, end = 0, big = 0;
            if (!recordOf(cblc, array + cblc.u32(array + 8 * t + 4), first, last, glyph, imageFormat, begin, end, big) ||
                !cbdt.has(begin, end - begin))
                break;
            ColorGlyphPlace place;
            place.ppem = ppem;
            std::size_t at = begin;
            if (imageFormat == 17) {  // small metrics: height, width, bearingX, bearingY, advance
                place.height = static_cast<int>(cbdt.u8(at));
                place.width = static_cast<int>(cbdt.u8(at + 1));
                place.bearingX = cbdt.s8(at + 2);
                place.bearingY = cbdt.s8(at + 3);
                at += 5;
            } else if (imageFormat == 18 || imageFormat == 19) {  // big metrics, in the record or the index
                const Bytes& from = imageFormat == 18 ? cbdt : cblc;
                const std::size_t m = imageFormat == 18 ? at : big;
                if (imageFormat == 19 && big == 0) break;
                place.height = static_cast<int>(from.u8(m));
                place.width = static_cast<int>(from.u8(m + 1));
                place.bearingX = from.s8(m + 2);
                place.bearingY = from.s8(m + 3);
                if (imageFormat == 18) at += 8;
            } else {
                break;  // not a PNG
            }
            const std::size_t length = cbdt.u32(at);
            if (!cbdt.has(at + 4, length) || at + 4 + length > end) break;
            place.offset = static_cast<std::size_t>(cbdt.data - font.data()) + at + 4;
            place.size = length;
            out = place;
            found = true;
            break;
        }
    }
    return found;
}

void scaleRgba(const std::vector<unsigned char>& rgba, int width, int height, float scale,
               std::vector<unsigned char>& out, int& outWidth, int& outHeight) {
    outWidth = std::max(1, static_cast<int>(std::lround(static_cast<float>(width) * scale)));
    outHeight = std::max(1, static_cast<int>(std::lround(static_cast<float>(height) * scale)));
    out.assign(static_cast<std::size_t>(outWidth) * static_cast<std::size_t>(outHeight) * 4, 0);
    if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
        return;
    const float sx = static_cast<float>(width) / static_cast<float>(outWidth);
    const float sy = static_cast<float>(height) / static_cast<float>(outHeight);
    for (int oy = 0; oy < outHeight; ++oy) {
        // The input rows the output row covers, at least one (upscaling takes the nearest).
        const float top = static_cast<float>(oy) * sy, bottom = top + std::max(sy, 1.0f);
        for (int ox = 0; ox < outWidth; ++ox) {
            const float left = static_cast<float>(ox) * sx, right = left + std::max(sx, 1.0f);
            float sum[4] = {0.0f, 0.0f, 0.0f, 0.0f}, area = 0.0f;
            for (int y = static_cast<int>(top); y < std::min(height, static_cast<int>(std::ceil(bottom))); ++y) {
                const float wy = std::min(bottom, static_cast<float>(y + 1)) - std::max(top, static_cast<float>(y));
                for (int x = static_cast<int>(left); x < std::min(width, static_cast<int>(std::ceil(right))); ++x) {
                    const float w = wy * (std::min(right, static_cast<float>(x + 1)) - std::max(left, static_cast<float>(x)));
                    const unsigned char* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
                    const float a = w * p[3];
                    sum[0] += a * p[0];
                    sum[1] += a * p[1];
                    sum[2] += a * p[2];
                    sum[3] += a;
                    area += w;
                }
            }
            unsigned char* q = &out[(static_cast<std::size_t>(oy) * outWidth + ox) * 4];
            if (sum[3] > 0.0f) {
                for (int c = 0; c < 3; ++c) q[c] = static_cast<unsigned char>(std::min(255.0f, sum[c] / sum[3] + 0.5f));
                q[3] = static_cast<unsigned char>(std::min(255.0f, sum[3] / area + 0.5f));
            }
        }
    }
}

}  // namespace folio::detail
