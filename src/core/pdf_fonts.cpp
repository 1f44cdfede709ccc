// PDF fonts: code points to glyph ids (stb_truetype, see stb_libs.h), kerned TJ
// arrays, and the Type0 / CIDFontType2 / FontDescriptor / FontFile2 objects of each font.
#include "pdf_fonts.h"

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

// Characters the layout collapses into one space and never kerns against.
bool isSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'; }

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
    int replacement = 0;                              // glyph drawn for missing code points
    char32_t replacementCp = 0;                       // the character that glyph shows
    std::unordered_map<char32_t, std::uint16_t> glyphOf;
    std::map<std::uint16_t, char32_t> used;           // glyph -> first code point drawn with it

    std::uint16_t glyph(char32_t cp) {
        const auto found = glyphOf.find(cp);
        if (found != glyphOf.end()) return found->second;
        int g = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
        if (g < 0 || static_cast<unsigned>(g) >= glyphCount) g = 0;  // cmap may name glyphs the font lacks
        char32_t shown = cp;
        if (g == 0) {
            g = replacement;
            shown = replacementCp;  // copies as U+FFFD (or '?'), not as whichever character came first
        }
        const auto id = static_cast<std::uint16_t>(g);
        glyphOf.emplace(cp, id);
        used.emplace(id, shown);
        return id;
    }

    // Advance of glyph `g` in 1/1000 em.
    double width(std::uint16_t g) const {
        int advance = 0;
        int bearing = 0;
        stbtt_GetGlyphHMetrics(&info, g, &advance, &bearing);
        return advance * 1000.0 / facts.unitsPerEm;
    }
};

FontSet::FontSet(const TrueTypeMetrics& metrics) : metrics_(metrics) {}
FontSet::~FontSet() = default;

std::size_t FontSet::size() const { return fonts_.size(); }

int FontSet::fontFor(FontFace face, std::string& error) {
    const std::vector<unsigned char>& ttf = metrics_.bytes(face);
    if (ttf.empty()) {
        error = std::string("no font for ") + faceName(face);
        return -1;
    }
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
        if (fonts_[i]->ttf == &ttf) return static_cast<int>(i);
    }
    auto font = std::make_unique<Font>();
    font->ttf = &ttf;
    font->face = face;
    const std::string problem = fontProblem(ttf);
    if (!problem.empty() || !stbtt_InitFont(&font->info, ttf.data(), 0) || !readSfntFacts(ttf, font->facts)) {
        error = std::string("the font for ") + faceName(face) + " cannot be read" + (problem.empty() ? "" : ": " + problem);
        return -1;
    }
    font->glyphCount = fontGlyphCount(ttf);
    for (const char32_t cp : {char32_t{0xFFFD}, char32_t{'?'}}) {
        font->replacement = stbtt_FindGlyphIndex(&font->info, static_cast<int>(cp));
        if (font->replacement < 0 || static_cast<unsigned>(font->replacement) >= font->glyphCount) font->replacement = 0;
        font->replacementCp = cp;
        if (font->replacement != 0) break;
    }
    fonts_.push_back(std::move(font));
    return static_cast<int>(fonts_.size() - 1);
}

std::string FontSet::showText(int font, FontFace face, std::string_view text) {
    Font& f = *fonts_[static_cast<std::size_t>(font)];
    std::string out = "[<";
    char32_t prev = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = nextCodepoint(text, pos);
        if (prev != 0 && !isSpace(prev) && !isSpace(cp)) {
            const std::string adjust = number(-metrics_.kerning(face, prev, cp) * 1000.0);
            if (adjust != "0") out += ">" + adjust + "<";
        }
        appendGlyphHex(out, f.glyph(cp));
        prev = cp;
    }
    out += ">]TJ";
    return out;
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
