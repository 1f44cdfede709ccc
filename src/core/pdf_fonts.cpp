// PDF fonts: shaped glyphs as positioned TJ arrays (with ActualText where glyphs and characters do
// not match one to one), and the Type0 / CIDFontType2 / FontDescriptor / FontFile2 objects of each
// font (widths read with stb_truetype, see stb_libs.h).
//
// Sections: names and tags (subset tag, glyph hex, face names) · FontSet: a PDF font for each font
// of the metrics and face (fontFor), a code for each glyph (codeFor) · the text shown, as TJ arrays
// with ActualText (showText) · Type3 fonts of glyph outlines (outline, writeType3) · the Type0,
// CIDFont, descriptor and embedded subset objects (write).
#include "pdf_fonts.h"

#include <algorithm>
#include <unordered_map>

#include "folio/font_check.h"
#include "folio/utf8.h"
#include "folio/pdf_picture.h"
#include "pdf_images.h"
#include "pdf_sfnt.h"

#include <stb_truetype.h>

namespace folio::pdf {

namespace {

// Font descriptor flags (PDF 1.7, table 123).
constexpr int kFixedPitch = 1;
constexpr int kSerif = 2;
constexpr int kSymbolic = 4;
constexpr int kItalic = 64;

// A 6-letter subset tag derived from the font name and the glyphs kept, e.g. "KQXBTA".
std::string subsetTag(const std::string& fontName, const std::vector<std::uint16_t>& glyphs) {
    std::uint64_t hash = 0xCBF29CE484222325ull;
    const auto mix = [&hash](unsigned byte) {
        hash ^= byte;
        hash *= 0x100000001B3ull;
    };
    for (const char c : fontName) mix(static_cast<unsigned char>(c));
    for (const std::uint16_t g : glyphs) {
        mix(g >> 8);
        mix(g & 0xFF);
    }
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

// Appends glyph `g` as four hex digits.
void appendGlyphHex(std::string& out, std::uint16_t g) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(g >> shift) & 0xF];
}

// What a Type3 font's dictionary gathers glyph by glyph: its procedures, widths and encoding
// (codes from 1), and the box of all its glyphs, 1/1000 em.
//
// Code 0, never shown, is a glyph named "m" 0.6 em wide that draws nothing: text extractors that
// cannot know a Type3 font's scale guess it from the width of its "m" (poppler's pdftotext; with no
// "m" it takes any glyph as 0.5 em, an emoji's 1.25 em makes the text look 2.5 times its size, and
// spaces after it and lines beside it go astray).
struct Type3Parts {
    std::string procs = "<<";
    std::string widths = "[600";
    std::string differences = "[0 /m";
    double xMin = 0.0, yMin = 0.0, xMax = 0.0, yMax = 0.0;

    // Code `code` (from 1)'s procedure is stream object `stream`; the glyph's advance is `width`.
    void add(std::size_t code, int stream, const std::string& width) {
        procs += " /g" + std::to_string(code) + " " + std::to_string(stream) + " 0 R";
        widths += " " + width;
        differences += " /g" + std::to_string(code);
    }
};

// Writes Type3 font object `font` of codes 1 to `lastCode` (and code 0, Type3Parts): `parts`, a
// ToUnicode map of `used` (1-byte codes) and the `resources` its procedures draw with ("" for none).
// False (and `error` set) when memory runs out.
bool writeType3Font(ObjectWriter& out, int font, const Type3Parts& parts, std::size_t lastCode,
                    const std::map<std::uint16_t, char32_t>& used, const std::string& resources, std::string& error) {
    std::string toUnicode;
    if (!flate(toUnicodeCMap(used, true), toUnicode)) {
        error = "out of memory compressing a ToUnicode map";
        return false;
    }
    const int cmap = out.reserve();
    out.stream(cmap, "/Filter /FlateDecode", toUnicode);
    const int m = out.reserve();
    out.stream(m, "", "600 0 0 0 0 0 d1\n");
    out.object(font, "<< /Type /Font /Subtype /Type3 /FontBBox [" + number(parts.xMin) + " " + number(parts.yMin) + " " +
                         number(parts.xMax) + " " + number(parts.yMax) + "] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs " +
                         parts.procs + " /m " + std::to_string(m) + " 0 R >> /Encoding << /Type /Encoding /Differences " +
                         parts.differences + "] >> /FirstChar 0 /LastChar " + std::to_string(lastCode) + " /Widths " +
                         parts.widths + "] /ToUnicode " + std::to_string(cmap) + " 0 R /Resources <<" + resources + " >> >>");
    return true;
}

}  // namespace

const char* faceName(FontFace face) {
    switch (face) {
        case FontFace::Serif: return "Serif";
        case FontFace::SerifItalic: return "SerifItalic";
        case FontFace::SerifBold: return "SerifBold";
        case FontFace::SerifBoldItalic: return "SerifBoldItalic";
        case FontFace::Sans: return "Sans";
        case FontFace::SansBold: return "SansBold";
        case FontFace::SansItalic: return "SansItalic";
        case FontFace::SansBoldItalic: return "SansBoldItalic";
        case FontFace::Mono: return "Mono";
        case FontFace::MonoBold: return "MonoBold";
    }
    return "unknown face";
}

// One TrueType font and the glyphs drawn with it.
struct FontSet::Font {
    const std::vector<unsigned char>* ttf = nullptr;  // owned by the metrics
    FontFace face = FontFace::Serif;                  // the first face drawn with it (for messages)
    stbtt_fontinfo info{};
    SfntFacts facts;
    unsigned glyphCount = 0;                          // maxp numGlyphs
    std::map<std::uint16_t, char32_t> used;           // code (the glyph id, or a Type3 code) -> first
                                                      //   code point drawn with it
    std::unordered_map<std::uint16_t, double> widths; // glyph -> advance, 1/1000 em
    // A font whose outlines cannot be embedded as a TrueType subset (CFF outlines, a font of a
    // collection) is written as a Type3 font of at most 255 glyphs drawn as paths: 1-byte codes.
    bool type3 = false;
    double em = 1.0;                                  // 1/1000 em per font unit
    std::vector<std::uint16_t> glyphOfCode;           // Type3: the glyph of each code (code 0 unused)
    std::vector<bool> boldOfCode;                     // Type3: whether the code's glyph is emboldened
    // A colour font (emoji): a Type3 font whose glyphs are its pictures, read from the metrics.
    const TrueTypeMetrics* colorOf = nullptr;
    std::size_t metricsFont = 0;

    // Advance of glyph `g` in 1/1000 em (what a PDF reader moves by after showing it).
    double width(std::uint16_t g) const {
        if (colorOf != nullptr) return colorOf->glyphAdvance(metricsFont, g) * 1000.0;
        int advance = 0;
        int bearing = 0;
        stbtt_GetGlyphHMetrics(&info, g, &advance, &bearing);
        return advance * em;
    }

    double cachedWidth(std::uint16_t g) {
        const auto found = widths.find(g);
        if (found != widths.end()) return found->second;
        return widths.emplace(g, width(g)).first->second;
    }
};

FontSet::FontSet(const TrueTypeMetrics& metrics) : metrics_(metrics) {}
FontSet::~FontSet() = default;

std::size_t FontSet::size() const { return fonts_.size(); }

namespace {

// Whether `bytes` are a font a TrueType subset can be made of (not CFF outlines, not a collection).
bool isTrueTypeFile(const std::vector<unsigned char>& bytes) {
    return bytes.size() >= 4 && bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0;
}

}  // namespace

int FontSet::fontFor(std::size_t metricsFont, FontFace face, std::string& error) {
    if (metricsFont < byMetricsFont_.size() && byMetricsFont_[metricsFont] >= 0) return byMetricsFont_[metricsFont];
    const std::vector<unsigned char>& ttf = metrics_.fontBytes(metricsFont);
    if (ttf.empty()) {
        error = std::string("no font for ") + faceName(face);
        return -1;
    }
    int index = -1;
    for (std::size_t i = 0; i < fonts_.size() && index < 0; ++i)
        if (fonts_[i]->ttf == &ttf && !fonts_[i]->type3) index = static_cast<int>(i);  // faces that fell back to one font
    if (index < 0) {
        auto font = std::make_unique<Font>();
        font->ttf = &ttf;
        font->face = face;
        if (metrics_.isColorFont(metricsFont)) {  // pictures, drawn by their Type3 procedures
            font->type3 = true;
            font->colorOf = &metrics_;
            font->metricsFont = metricsFont;
            font->glyphCount = 0x10000;
            font->glyphOfCode.push_back(0);
            font->boldOfCode.push_back(false);
        } else if (isTrueTypeFile(ttf)) {
            const std::string problem = fontProblem(ttf);
            if (!problem.empty() || !stbtt_InitFont(&font->info, ttf.data(), 0) || !readSfntFacts(ttf, font->facts)) {
                error = std::string("a font for ") + faceName(face) + " cannot be read" + (problem.empty() ? "" : ": " + problem);
                return -1;
            }
            font->glyphCount = fontGlyphCount(ttf);
            font->em = 1000.0 / font->facts.unitsPerEm;
        } else {  // read by HarfBuzz already; stb_truetype draws its outlines
            const int offset = stbtt_GetFontOffsetForIndex(ttf.data(), static_cast<int>(metrics_.fontCollection(metricsFont)));
            if (offset < 0 || !stbtt_InitFont(&font->info, ttf.data(), offset)) {
                error = std::string("a font for ") + faceName(face) + " cannot be read";
                return -1;
            }
            font->type3 = true;
            font->glyphCount = static_cast<unsigned>(font->info.numGlyphs);
            font->em = 1000.0 * stbtt_ScaleForMappingEmToPixels(&font->info, 1.0f);
            font->glyphOfCode.push_back(0);  // code 0 unused
            font->boldOfCode.push_back(false);
        }
        fonts_.push_back(std::move(font));
        index = static_cast<int>(fonts_.size() - 1);
    }
    if (byMetricsFont_.size() <= metricsFont) byMetricsFont_.resize(metricsFont + 1, -1);
    byMetricsFont_[metricsFont] = index;
    return index;
}

bool FontSet::codeFor(const PlacedGlyph& g, FontFace face, int& pdfFont, std::uint16_t& code, std::string& error) {
    pdfFont = fontFor(g.font, face, error);
    if (pdfFont < 0) return false;
    Font* f = fonts_[static_cast<std::size_t>(pdfFont)].get();
    const std::uint16_t id = g.glyph < f->glyphCount ? g.glyph : 0;
    if (!f->type3) {
        code = id;
        return true;
    }
    const std::uint64_t key = (std::uint64_t{g.font} << 17) | (std::uint64_t{g.emboldened} << 16) | id;
    const auto found = type3Codes_.find(key);
    if (found != type3Codes_.end()) {
        pdfFont = found->second.first;
        code = found->second.second;
        return true;
    }
    if (f->glyphOfCode.size() > 255) {  // full: the glyphs that follow go into a new Type3 font
        auto next = std::make_unique<Font>();
        next->ttf = f->ttf;
        next->face = f->face;
        next->info = f->info;
        next->type3 = true;
        next->glyphCount = f->glyphCount;
        next->em = f->em;
        next->colorOf = f->colorOf;
        next->metricsFont = f->metricsFont;
        next->glyphOfCode.push_back(0);
        next->boldOfCode.push_back(false);
        fonts_.push_back(std::move(next));
        pdfFont = static_cast<int>(fonts_.size() - 1);
        byMetricsFont_[g.font] = pdfFont;
        f = fonts_.back().get();
    }
    code = static_cast<std::uint16_t>(f->glyphOfCode.size());
    f->glyphOfCode.push_back(id);
    f->boldOfCode.push_back(g.emboldened);
    type3Codes_.emplace(key, std::make_pair(pdfFont, code));
    return true;
}

bool FontSet::showText(std::string_view shown, FontFace face, float sizePt, float x, float baseline, bool rtl,
                       bool spaceAfter, std::string& out, int& font, float& fontSize, std::vector<int>& used,
                       std::string& error) {
    text_.assign(shown);
    if (spaceAfter) {
        text_ += ' ';
        if (rtl) x -= metrics_.advance(face, ' ') * sizePt;  // it lies left of the text
    }
    const std::string_view text = text_;
    placed_.clear();
    placeGlyphs(metrics_, face, text, sizePt, placed_, rtl);
    codes_.assign(placed_.size(), {-1, 0});
    if (placed_.empty()) return true;

    // Glyphs of one cluster (a character with its marks, a ligature, a conjunct) come together;
    // the cluster's text runs from its first byte to the next cluster's first byte.
    boundaries_.clear();
    for (const PlacedGlyph& g : placed_) boundaries_.push_back(g.cluster);
    boundaries_.push_back(static_cast<std::uint32_t>(text.size()));
    std::sort(boundaries_.begin(), boundaries_.end());
    boundaries_.erase(std::unique(boundaries_.begin(), boundaries_.end()), boundaries_.end());
    const auto clusterEnd = [&](std::uint32_t cluster) {
        return *std::upper_bound(boundaries_.begin(), boundaries_.end(), cluster);
    };

    bool open = false;  // a TJ array is open
    bool stroked = false;  // text render mode 2 (fill, then stroke): TrueType glyphs emboldened
    double pen = 0.0;   // where the reader's pen is after the open array's last glyph, pt from x
    float runY = 0.0f;
    const auto closeArray = [&] {
        if (open) out += ">]TJ\n";
        open = false;
    };
    // What an ActualText covers when glyphs and characters are not one to one: left to right a
    // whole word (extraction then reads it as written); right to left one cluster, the glyphs
    // standing where they are drawn (readers put right-to-left text in order by position).
    const auto isSpaceAt = [&](std::uint32_t cluster) { return cluster < text.size() && text[cluster] == ' '; };
    for (std::size_t first = 0; first < placed_.size();) {
        std::size_t end = first + 1;
        const bool space = isSpaceAt(placed_[first].cluster);
        while (end < placed_.size() &&
               (placed_[end].cluster == placed_[first].cluster ||
                (!rtl && !space && !isSpaceAt(placed_[end].cluster))))
            ++end;
        std::uint32_t begin = placed_[first].cluster;
        std::uint32_t last = begin;
        bool plain = true;
        for (std::size_t c = first; c < end;) {  // each cluster of the group
            std::size_t next = c + 1;
            while (next < end && placed_[next].cluster == placed_[c].cluster) ++next;
            const std::uint32_t start = placed_[c].cluster;
            begin = std::min(begin, start);
            last = std::max(last, clusterEnd(start));
            const std::string_view cluster = text.substr(start, clusterEnd(start) - start);
            // One glyph for one character, which its ToUnicode entry names, copies by itself.
            std::size_t at = 0;
            const char32_t cp = cluster.empty() ? 0xFFFD : nextCodepoint(cluster, at);
            if (next - c != 1 || at != cluster.size()) plain = false;
            for (std::size_t i = c; i < next; ++i) {
                const PlacedGlyph& g = placed_[i];
                if (!codeFor(g, face, codes_[i].first, codes_[i].second, error)) return false;
                Font& f = *fonts_[static_cast<std::size_t>(codes_[i].first)];
                const bool notdef = g.glyph >= f.glyphCount || g.glyph == 0;
                const char32_t shown = g.missing || notdef ? 0xFFFD : cp;  // a missing character copies as U+FFFD
                if (f.used.emplace(codes_[i].second, shown).first->second != shown) plain = false;
            }
            c = next;
        }
        const std::string_view cluster = text.substr(begin, last - begin);
        if (!plain) {
            closeArray();
            out += "/Span <</ActualText <FEFF";
            for (std::size_t pos = 0; pos < cluster.size();) out += utf16Hex(nextCodepoint(cluster, pos));
            out += ">>> BDC\n";
        }
        for (std::size_t i = first; i < end; ++i) {
            const PlacedGlyph& g = placed_[i];
            const int pdfFont = codes_[i].first;
            Font& f = *fonts_[static_cast<std::size_t>(pdfFont)];
            const std::uint16_t id = g.glyph < f.glyphCount ? g.glyph : 0;
            if (open && (pdfFont != font || g.y != runY)) closeArray();
            // A Type3 glyph is emboldened in its own procedure; a TrueType one by stroking its
            // outline too, in the text's colour (set with the fill colour), kSyntheticBoldEm wide.
            const bool stroke = g.emboldened && !f.type3;
            if (stroke != stroked) {
                closeArray();
                out += stroke ? number(kSyntheticBoldEm * sizePt) + " w 1 j 2 Tr\n" : "0 Tr\n";
                stroked = stroke;
            }
            if (pdfFont != font || sizePt != fontSize) {
                closeArray();
                out += "/F" + std::to_string(pdfFont + 1) + " " + number(sizePt) + " Tf\n";
                font = pdfFont;
                fontSize = sizePt;
            }
            if (!open) {
                out += "1 0 0 1 " + number(x + g.x) + " " + number(baseline - g.y) + " Tm\n[<";
                open = true;
                pen = g.x;
                runY = g.y;
            } else {
                const std::string adjust = number((pen - g.x) * 1000.0 / sizePt);
                if (adjust != "0") out += ">" + adjust + "<";
                pen = g.x;
            }
            if (f.type3) {
                static constexpr char kDigits[] = "0123456789ABCDEF";
                out += kDigits[(codes_[i].second >> 4) & 0xF];
                out += kDigits[codes_[i].second & 0xF];
            } else {
                appendGlyphHex(out, id);
            }
            pen += f.cachedWidth(id) * sizePt / 1000.0;
            if (std::find(used.begin(), used.end(), pdfFont) == used.end()) used.push_back(pdfFont);
        }
        if (!plain) {
            closeArray();
            out += "EMC\n";
        }
        first = end;
    }
    closeArray();
    if (stroked) out += "0 Tr\n";
    return true;
}

// Glyph `glyph`'s outline as PDF path operators in 1/1000 em, filled (quadratic curves made cubic).
std::string FontSet::outline(const Font& f, std::uint16_t glyph, bool emboldened) const {
    stbtt_vertex* vertices = nullptr;
    const int count = stbtt_GetGlyphShape(&f.info, glyph, &vertices);
    std::string path;
    double lastX = 0.0, lastY = 0.0;
    const auto point = [&](double x, double y) { return number(x * f.em) + " " + number(y * f.em); };
    for (int i = 0; i < count; ++i) {
        const stbtt_vertex& v = vertices[i];
        switch (v.type) {
            case STBTT_vmove:
                if (i > 0) path += "h\n";
                path += point(v.x, v.y) + " m\n";
                break;
            case STBTT_vline:
                path += point(v.x, v.y) + " l\n";
                break;
            case STBTT_vcurve: {  // quadratic, control (cx, cy)
                const double c1x = lastX + 2.0 / 3.0 * (v.cx - lastX), c1y = lastY + 2.0 / 3.0 * (v.cy - lastY);
                const double c2x = v.x + 2.0 / 3.0 * (v.cx - v.x), c2y = v.y + 2.0 / 3.0 * (v.cy - v.y);
                path += point(c1x, c1y) + " " + point(c2x, c2y) + " " + point(v.x, v.y) + " c\n";
                break;
            }
            case STBTT_vcubic:
                path += point(v.cx, v.cy) + " " + point(v.cx1, v.cy1) + " " + point(v.x, v.y) + " c\n";
                break;
            default:
                break;
        }
        lastX = v.x;
        lastY = v.y;
    }
    if (count > 0) path += emboldened ? "h B\n" : "h f\n";
    stbtt_FreeShape(&f.info, vertices);
    return path;
}

bool FontSet::writeType3(const Font& f, ObjectWriter& out, int font, std::string& error) const {
    if (f.colorOf != nullptr) return writeColorType3(f, out, font, error);
    Type3Parts parts;
    int xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    double grown = 0.0;  // how far emboldened glyphs reach past their boxes, 1/1000 em
    for (std::size_t code = 1; code < f.glyphOfCode.size(); ++code) {
        const std::uint16_t glyph = f.glyphOfCode[code];
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        stbtt_GetGlyphBox(&f.info, glyph, &x0, &y0, &x1, &y1);
        xMin = std::min(xMin, x0);
        yMin = std::min(yMin, y0);
        xMax = std::max(xMax, x1);
        yMax = std::max(yMax, y1);
        const std::string width = number(f.width(glyph));
        // An emboldened glyph's stroke reaches half its width past the outline (1/1000 em).
        const bool bold = f.boldOfCode[code];
        const double grow = bold ? kSyntheticBoldEm * 1000.0 / 2.0 : 0.0;
        grown = std::max(grown, grow);
        const std::string proc = width + " 0 " + number(x0 * f.em - grow) + " " + number(y0 * f.em - grow) + " " +
                                 number(x1 * f.em + grow) + " " + number(y1 * f.em + grow) + " d1\n" +
                                 (bold ? number(kSyntheticBoldEm * 1000.0) + " w 1 j\n" : "") + outline(f, glyph, bold);
        std::string packed;
        if (!flate(proc, packed)) {
            error = "out of memory compressing a glyph";
            return false;
        }
        const int stream = out.reserve();
        out.stream(stream, "/Filter /FlateDecode", packed);
        parts.add(code, stream, width);
    }
    parts.xMin = xMin * f.em - grown;
    parts.yMin = yMin * f.em - grown;
    parts.xMax = xMax * f.em + grown;
    parts.yMax = yMax * f.em + grown;
    return writeType3Font(out, font, parts, f.glyphOfCode.size() - 1, f.used, "", error);
}

// A colour font's glyphs: each procedure draws the glyph's picture (an image with an alpha mask)
// where the font places it, in its own colours (d0); a glyph without a picture draws nothing.
bool FontSet::writeColorType3(const Font& f, ObjectWriter& out, int font, std::string& error) const {
    Type3Parts parts;
    std::string images;
    for (std::size_t code = 1; code < f.glyphOfCode.size(); ++code) {
        const std::uint16_t glyph = f.glyphOfCode[code];
        const std::string width = number(f.width(glyph));
        std::string proc = width + " 0 d0\n";
        ColorGlyph picture;
        if (f.colorOf->colorGlyph(f.metricsFont, glyph, picture) && picture.ppem > 0) {
            const PdfPicture image = rgbaPicture(picture.width, picture.height, picture.rgba->data());
            const int imageObject = out.reserve();
            if (!writePicture(image, out, imageObject, error)) return false;
            const std::string name = "/I" + std::to_string(code);
            images += " " + name + " " + std::to_string(imageObject) + " 0 R";
            const double unit = 1000.0 / picture.ppem;  // 1/1000 em per px of the strike
            const double x0 = picture.bearingX * unit, y1 = picture.bearingY * unit;
            const double w = picture.width * unit, h = picture.height * unit;
            proc += "q " + number(w) + " 0 0 " + number(h) + " " + number(x0) + " " + number(y1 - h) + " cm " + name + " Do Q\n";
            parts.xMin = std::min(parts.xMin, x0);
            parts.yMin = std::min(parts.yMin, y1 - h);
            parts.xMax = std::max(parts.xMax, x0 + w);
            parts.yMax = std::max(parts.yMax, y1);
        }
        const int stream = out.reserve();
        out.stream(stream, "", proc);
        parts.add(code, stream, width);
    }
    return writeType3Font(out, font, parts, f.glyphOfCode.size() - 1, f.used, " /XObject <<" + images + " >>", error);
}

bool FontSet::write(int font, ObjectWriter& out, int type0, std::string& error) const {
    const Font& f = *fonts_[static_cast<std::size_t>(font)];
    if (f.type3) return writeType3(f, out, type0, error);
    std::vector<std::uint16_t> glyphs;
    for (const auto& entry : f.used) glyphs.push_back(entry.first);
    const std::vector<unsigned char> subset = subsetTrueType(*f.ttf, glyphs);
    std::string fontFile;
    std::string toUnicode;
    if (subset.empty() || !flate({reinterpret_cast<const char*>(subset.data()), subset.size()}, fontFile)) {
        error = std::string("the font for ") + faceName(f.face) + " cannot be subset";
        return false;
    }
    if (!flate(toUnicodeCMap(f.used), toUnicode)) {
        error = "out of memory compressing a ToUnicode map";
        return false;
    }

    const SfntFacts& facts = f.facts;
    const std::string psName = facts.postScriptName.empty() ? std::string("Folio") + faceName(f.face) : facts.postScriptName;
    const std::string baseFont = name(subsetTag(psName, glyphs) + "+" + psName);
    const double em = 1000.0 / facts.unitsPerEm;
    const int cidFont = out.reserve();
    const int descriptor = out.reserve();
    const int file = out.reserve();
    const int cmap = out.reserve();

    out.object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont " + baseFont + " /Encoding /Identity-H /DescendantFonts [" +
                          std::to_string(cidFont) + " 0 R] /ToUnicode " + std::to_string(cmap) + " 0 R >>");

    std::string widths = "[";
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (i == 0 || glyphs[i] != glyphs[i - 1] + 1) widths += (i == 0 ? "" : "] ") + std::to_string(glyphs[i]) + " [";
        else widths += ' ';
        widths += number(f.width(glyphs[i]));
    }
    widths += glyphs.empty() ? "]" : "]]";
    out.object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + baseFont +
                            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                            std::to_string(descriptor) + " 0 R /CIDToGIDMap /Identity /DW 1000 /W " + widths + " >>");

    int flags = kSymbolic;
    if (facts.fixedPitch) flags |= kFixedPitch;
    if (facts.serif) flags |= kSerif;
    if (facts.italicAngle != 0.0) flags |= kItalic;
    const int capHeight = facts.capHeight > 0 ? facts.capHeight : facts.ascent * 7 / 10;
    const double stemV = 10.0 + 220.0 * (facts.weightClass - 50) / 900.0;  // usual estimate from the weight
    out.object(descriptor, "<< /Type /FontDescriptor /FontName " + baseFont + " /Flags " + std::to_string(flags) +
                               " /FontBBox [" + number(facts.xMin * em) + " " + number(facts.yMin * em) + " " +
                               number(facts.xMax * em) + " " + number(facts.yMax * em) + "] /ItalicAngle " +
                               number(facts.italicAngle) + " /Ascent " + number(facts.ascent * em) + " /Descent " +
                               number(facts.descent * em) + " /CapHeight " + number(capHeight * em) + " /StemV " +
                               number(stemV) + " /FontFile2 " + std::to_string(file) + " 0 R >>");
    out.stream(file, "/Length1 " + std::to_string(subset.size()) + " /Filter /FlateDecode", fontFile);
    out.stream(cmap, "/Filter /FlateDecode", toUnicode);
    return true;
}

}  // namespace folio::pdf
