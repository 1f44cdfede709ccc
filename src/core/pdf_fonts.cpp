// PDF fonts: shaped glyphs as positioned TJ arrays (with ActualText where glyphs and characters do
// not match one to one), and the Type0 / CIDFontType2 / FontDescriptor / FontFile2 objects of each
// font (widths read with stb_truetype, see stb_libs.h).
#include "pdf_fonts.h"

#include <algorithm>
#include <unordered_map>

#include "folio/font_check.h"
#include "folio/utf8.h"
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
    std::map<std::uint16_t, char32_t> used;           // glyph -> first code point drawn with it
    std::unordered_map<std::uint16_t, double> widths; // glyph -> advance, 1/1000 em

    // Advance of glyph `g` in 1/1000 em (what a PDF reader moves by after showing it).
    double width(std::uint16_t g) const {
        int advance = 0;
        int bearing = 0;
        stbtt_GetGlyphHMetrics(&info, g, &advance, &bearing);
        return advance * 1000.0 / facts.unitsPerEm;
    }

    double cachedWidth(std::uint16_t g) {
        const auto found = widths.find(g);
        if (found != widths.end()) return found->second;
        return widths.emplace(g, width(g)).first->second;
    }
};

namespace {

// Appends `cp` as UTF-16BE hex digits.
void appendUtf16Hex(std::string& out, char32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        appendGlyphHex(out, static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
        appendGlyphHex(out, static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
        appendGlyphHex(out, static_cast<std::uint16_t>(cp));
    }
}

}  // namespace

FontSet::FontSet(const TrueTypeMetrics& metrics) : metrics_(metrics) {}
FontSet::~FontSet() = default;

std::size_t FontSet::size() const { return fonts_.size(); }

int FontSet::fontFor(std::size_t metricsFont, FontFace face, std::string& error) {
    if (metricsFont < byMetricsFont_.size() && byMetricsFont_[metricsFont] >= 0) return byMetricsFont_[metricsFont];
    const std::vector<unsigned char>& ttf = metrics_.fontBytes(metricsFont);
    if (ttf.empty()) {
        error = std::string("no font for ") + faceName(face);
        return -1;
    }
    int index = -1;
    for (std::size_t i = 0; i < fonts_.size() && index < 0; ++i)
        if (fonts_[i]->ttf == &ttf) index = static_cast<int>(i);  // faces that fell back to one font
    if (index < 0) {
        auto font = std::make_unique<Font>();
        font->ttf = &ttf;
        font->face = face;
        const std::string problem = fontProblem(ttf);
        if (!problem.empty() || !stbtt_InitFont(&font->info, ttf.data(), 0) || !readSfntFacts(ttf, font->facts)) {
            error = std::string("a font for ") + faceName(face) + " cannot be read" + (problem.empty() ? "" : ": " + problem);
            return -1;
        }
        font->glyphCount = fontGlyphCount(ttf);
        fonts_.push_back(std::move(font));
        index = static_cast<int>(fonts_.size() - 1);
    }
    if (byMetricsFont_.size() <= metricsFont) byMetricsFont_.resize(metricsFont + 1, -1);
    byMetricsFont_[metricsFont] = index;
    return index;
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
                const int pdfFont = fontFor(g.font, face, error);
                if (pdfFont < 0) return false;
                Font& f = *fonts_[static_cast<std::size_t>(pdfFont)];
                const std::uint16_t id = g.glyph < f.glyphCount ? g.glyph : 0;
                const char32_t shown = g.missing || id == 0 ? 0xFFFD : cp;  // a missing character copies as U+FFFD
                if (f.used.emplace(id, shown).first->second != shown) plain = false;
            }
            c = next;
        }
        const std::string_view cluster = text.substr(begin, last - begin);
        if (!plain) {
            closeArray();
            out += "/Span <</ActualText <FEFF";
            for (std::size_t pos = 0; pos < cluster.size();) appendUtf16Hex(out, nextCodepoint(cluster, pos));
            out += ">>> BDC\n";
        }
        for (std::size_t i = first; i < end; ++i) {
            const PlacedGlyph& g = placed_[i];
            const int pdfFont = byMetricsFont_[g.font];
            Font& f = *fonts_[static_cast<std::size_t>(pdfFont)];
            const std::uint16_t id = g.glyph < f.glyphCount ? g.glyph : 0;
            if (open && (pdfFont != font || g.y != runY)) closeArray();
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
            appendGlyphHex(out, id);
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
    return true;
}

bool FontSet::write(int font, ObjectWriter& out, int type0, std::string& error) const {
    const Font& f = *fonts_[static_cast<std::size_t>(font)];
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
