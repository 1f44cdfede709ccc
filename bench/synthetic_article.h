// Deterministic synthetic articles of a given word count, for benchmarks. Header-only.
//
// The recipe, precise enough to rebuild the same article elsewhere (e.g. as JSON in a browser
// benchmark):
//   * Random numbers: xorshift32 on an unsigned 32-bit state seeded with 0x9E3779B9, each step
//       x ^= x << 13; x ^= x >> 17; x ^= x << 5;   (mod 2^32; in JS, x >>>= 0 after each shift-xor)
//     and below(n) = next() % n.
//   * A word is kWords[below(64)] (1 to 14 letters).
//   * Title: 6 words, the first capitalised, no punctuation. source = "Synthetic".
//   * Body, until the article holds exactly `words` words (title included), in order:
//       - before paragraphs 10, 20, 30...: a level 2 heading of 3 + below(5) words (the first
//         capitalised, no punctuation);
//       - a paragraph of 40 + below(81) words (40 to 120).
//     A heading or paragraph that would pass the total is cut to the words that remain.
//   * In a paragraph, for each word in order:
//       1. when no style is active: p = below(100); p < 3 starts emphasis, p < 5 strong, p < 7 a
//          link to https://example.com/articles/<n> (n counts links from 0); a started style then
//          draws its length, 1 + below(4) words, this one included;
//       2. the word (capitalised when it starts the paragraph or follows a "."), then
//          end = below(12) == 0; a "." follows when end or when it is the paragraph's last word,
//          else a "," when below(10) == 0 (that draw is made only then).
//     Words are separated by one space, which belongs to the run of the word before it; words in
//     a row with the same style form one run.
// Words are counted as folio::wordCount counts them (runs of non-space characters).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "folio/article.h"

namespace folio::bench {

// A fixed vocabulary of English words, 1 to 14 letters long.
constexpr const char* kWords[64] = {
    "a",         "of",         "to",          "in",        "the",       "and",       "was",      "for",
    "that",      "with",       "from",        "they",      "river",     "water",     "which",    "would",
    "people",    "street",     "council",     "between",   "another",   "building",  "evening",  "library",
    "question",  "different",  "government",  "important", "community", "knowledge", "reading",  "quietly",
    "night",     "town",       "map",         "old",       "year",      "stone",     "bridge",   "window",
    "morning",   "history",    "children",    "argument",  "beautiful", "yesterday", "wavering", "journey",
    "afternoon", "particular", "conversation", "understanding", "infrastructure", "kilometre", "Avenue",
    "Tokyo",  "it",         "is",          "on",        "by",        "we",        "an",       "as",
    "or"};

// xorshift32: the same sequence on every platform and in JavaScript.
class XorShift32 {
public:
    explicit XorShift32(std::uint32_t seed) : state_(seed) {}

    // The next 32-bit value.
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }

    // A value in [0, n), n > 0.
    std::uint32_t below(std::uint32_t n) { return next() % n; }

private:
    std::uint32_t state_;
};

namespace detail {

// `word` with its first letter in upper case (the vocabulary is ASCII).
inline std::string capitalised(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

// `count` words without punctuation, the first capitalised: a title or a heading.
inline std::string plainWords(XorShift32& rng, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string word = kWords[rng.below(64)];
        if (i > 0) text += ' ';
        text += i == 0 ? capitalised(word) : word;
    }
    return text;
}

// Builds the runs of one paragraph, merging words of the same style.
class ParagraphBuilder {
public:
    explicit ParagraphBuilder(int& links) : links_(links) {}

    // Starts a style for the next `words` words: 0 emphasis, 1 strong, 2 a link.
    void startStyle(std::uint32_t kind, std::uint32_t words) {
        em_ = kind == 0;
        strong_ = kind == 1;
        href_ = kind == 2 ? "https://example.com/articles/" + std::to_string(links_++) : std::string();
        left_ = words;
    }

    bool styled() const { return left_ > 0; }

    // Appends `word` (with its punctuation) in the current style; plain again when the style runs out.
    void add(const std::string& word) {
        if (!runs_.empty()) runs_.back().text += ' ';
        const bool same = !runs_.empty() && runs_.back().em == em_ && runs_.back().strong == strong_ &&
                          runs_.back().href == href_;
        if (!same) runs_.push_back(TextRun{{}, em_, strong_, href_});
        runs_.back().text += word;
        if (left_ > 0 && --left_ == 0) {
            em_ = false;
            strong_ = false;
            href_.clear();
        }
    }

    RichText take() { return std::move(runs_); }

private:
    int& links_;  // links made so far in the article
    RichText runs_;
    bool em_ = false;
    bool strong_ = false;
    std::string href_;
    std::uint32_t left_ = 0;  // words left in the current style
};

// A paragraph of `count` words, following the recipe at the top of this file.
inline RichText paragraph(XorShift32& rng, std::size_t count, int& links) {
    ParagraphBuilder builder(links);
    bool sentenceStart = true;
    for (std::size_t i = 0; i < count; ++i) {
        if (!builder.styled()) {
            const std::uint32_t pick = rng.below(100);
            if (pick < 7) builder.startStyle(pick < 3 ? 0 : pick < 5 ? 1 : 2, 1 + rng.below(4));
        }
        std::string word = kWords[rng.below(64)];
        if (sentenceStart) word = capitalised(std::move(word));
        sentenceStart = rng.below(12) == 0;
        if (sentenceStart || i + 1 == count) {
            word += '.';
        } else if (rng.below(10) == 0) {
            word += ',';
        }
        builder.add(word);
    }
    return builder.take();
}

}  // namespace detail

// An article of exactly `words` words (title included, at least 6) made by the recipe above.
// The same `words` always gives the same article.
inline Article syntheticArticle(std::size_t words) {
    XorShift32 rng(0x9E3779B9u);
    Article article;
    article.source = "Synthetic";
    const std::size_t titleWords = words < 6 ? words : 6;
    article.title = detail::plainWords(rng, titleWords);
    std::size_t left = words - titleWords;
    int links = 0;
    std::size_t paragraphs = 0;
    while (left > 0) {
        if (paragraphs > 0 && paragraphs % 10 == 0) {
            std::size_t count = 3 + rng.below(5);
            if (count > left) count = left;
            Block heading;
            heading.type = BlockType::Heading;
            heading.level = 2;
            heading.text = {TextRun{detail::plainWords(rng, count), false, false, {}}};
            article.body.push_back(std::move(heading));
            left -= count;
            if (left == 0) break;
        }
        std::size_t count = 40 + rng.below(81);
        if (count > left) count = left;
        Block block;
        block.type = BlockType::Paragraph;
        block.text = detail::paragraph(rng, count, links);
        article.body.push_back(std::move(block));
        left -= count;
        ++paragraphs;
    }
    return article;
}

}  // namespace folio::bench
