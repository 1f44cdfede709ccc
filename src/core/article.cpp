// Article model helpers: image blocks of pictures, plain text of rich text and word counting.
#include "folio/article.h"

#include <string_view>
#include <utility>

namespace folio {

namespace {

// ASCII whitespace separates words; everything else (punctuation, non-ASCII letters) belongs to a word.
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Number of runs of non-whitespace bytes in `s`.
std::size_t countWords(const std::string& s) {
    std::size_t words = 0;
    bool inWord = false;
    for (char c : s) {
        const bool space = isSpace(c);
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

}  // namespace

Block imageBlock(GalleryImage picture) {
    Block block;
    block.type = BlockType::Image;
    block.src = std::move(picture.src);
    block.alt = std::move(picture.alt);
    block.caption = std::move(picture.caption);
    block.credit = std::move(picture.credit);
    block.width = picture.width;
    block.height = picture.height;
    return block;
}

std::vector<ShownPicture> shownPictures(const Article& article) {
    std::vector<ShownPicture> shown;
    for (std::size_t i = 0; i < article.body.size(); ++i) {
        const Block& block = article.body[i];
        const int index = static_cast<int>(i);
        if ((block.type == BlockType::Image || block.type == BlockType::Embed) && !block.src.empty())
            shown.push_back({index, -1, block.src, block.alt});
        if (block.type != BlockType::Gallery) continue;
        for (std::size_t p = 0; p < block.images.size(); ++p)
            if (!block.images[p].src.empty()) shown.push_back({index, static_cast<int>(p), block.images[p].src, block.images[p].alt});
    }
    return shown;
}

std::string embedLabel(const Block& block) {
    const char* kind = "Link";
    switch (block.embed) {
        case EmbedKind::Video: kind = "Video"; break;
        case EmbedKind::Audio: kind = "Audio"; break;
        case EmbedKind::Post: kind = "Post"; break;
        case EmbedKind::Link: break;
    }
    return block.provider.empty() ? std::string(kind) : std::string(kind) + " \u00b7 " + block.provider;
}

std::string plainText(const RichText& text) {
    std::string out;
    for (const TextRun& run : text) out += run.text;
    return out;
}

TextDirection articleDirection(const Article& article) {
    if (article.direction != TextDirection::Auto) return article.direction;
    const std::string_view tag = article.language;
    const std::string_view primary = tag.substr(0, tag.find('-'));
    // Languages written right to left (their usual script), by ISO 639 code.
    static constexpr std::string_view kRightToLeft[] = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks",
                                                        "ps", "sd", "syr", "ug", "ur", "yi"};
    for (const std::string_view rtl : kRightToLeft) {
        if (primary.size() != rtl.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < rtl.size() && same; ++i)
            same = (primary[i] | 0x20) == rtl[i];
        if (same) return TextDirection::Rtl;
    }
    return TextDirection::Auto;
}

std::size_t wordCount(const Article& article) {
    std::size_t words = 0;
    forEachShownText(article, [&words](const std::string& text) { words += countWords(text); });
    return words;
}

}  // namespace folio
