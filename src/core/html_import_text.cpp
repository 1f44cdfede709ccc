// HTML import: gathering text as a browser collapses its whitespace (TextSink), and the plain text
// of a subtree (captions, attributions, titles).
#include "html_import_internal.h"

namespace folio::html {

namespace {

constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";  // U+2028: a line break inside a paragraph

bool isHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool sameStyle(const TextRun& run, const Style& style) {
    return run.em == style.em && run.strong == style.strong && run.code == style.code && run.strike == style.strike &&
           run.shift == style.shift && run.href == style.href && run.note == style.note;
}

// Elements whose end separates the text before from the text after when a subtree is read as one
// line (plainOf): a space goes between them.
bool separatesText(std::string_view name) {
    static constexpr std::string_view kSeparating[] = {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "td", "th", "tr", "ul"};
    for (std::string_view s : kSeparating)
        if (s == name) return true;
    return false;
}

}  // namespace

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string collapsedLine(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (isHtmlSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void TextSink::put(std::string_view characters, const Style& style) {
    if (!runs_.empty() && (sameStyle(runs_.back(), style) || runs_.size() >= maxRuns_)) {
        if (!sameStyle(runs_.back(), style) && runLimitHit_ != nullptr) *runLimitHit_ = true;
        runs_.back().text.append(characters);
        return;
    }
    TextRun run;
    run.text.assign(characters);
    run.em = style.em;
    run.strong = style.strong;
    run.href = style.href;
    run.code = style.code;
    run.strike = style.strike;
    run.shift = style.shift;
    run.note = style.note;
    runs_.push_back(std::move(run));
}

// What is pending before the next character: a line break or a space (never at the start). A space
// keeps the style of the text it was in; a line break joins the run before it. Neither joins a
// footnote mark.
void TextSink::flushPending(const Style& style) {
    const Style between = style.note < 0 ? style : Style{};
    if (!runs_.empty()) {
        if (breaks_ > 0 || line_) {
            // A line break replaces the spaces around it.
            while (!runs_.empty() && !runs_.back().text.empty() && runs_.back().text.back() == ' ')
                runs_.back().text.pop_back();
            if (runs_.back().text.empty()) runs_.pop_back();
            if (!runs_.empty() && runs_.back().note < 0) runs_.back().text += kLineSeparator;
            else if (!runs_.empty()) put(kLineSeparator, between);
        } else if (space_) {
            put(" ", spaceStyle_.note < 0 ? spaceStyle_ : between);  // in the style it was written in
        }
    }
    space_ = false;
    breaks_ = 0;
    line_ = false;
}

void TextSink::text(std::string_view text, const Style& style) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && !isHtmlSpace(text[i])) continue;
        if (i > start) {
            flushPending(style);
            put(text.substr(start, i - start), style);
        }
        if (!end && !space_) {
            space_ = true;
            spaceStyle_ = style;
        }
        start = i + 1;
    }
}

void TextSink::space() {
    if (runs_.empty() || space_) return;
    space_ = true;
    spaceStyle_ = Style{};
}

void TextSink::lineBreak() {
    if (!runs_.empty()) ++breaks_;
}

void TextSink::boundary() {
    if (!runs_.empty()) line_ = true;
}

RichText TextSink::take() {
    while (!runs_.empty()) {
        std::string& last = runs_.back().text;
        while (!last.empty() && last.back() == ' ') last.pop_back();
        if (!last.empty()) break;
        runs_.pop_back();
    }
    RichText out = std::move(runs_);
    runs_.clear();
    space_ = false;
    breaks_ = 0;
    line_ = false;
    return out;
}

std::string Importer::plainOf(NodeIndex index, NodeIndex skip) const {
    TextSink sink(1);
    const Style plain;
    const NodeIndex end = facts_[index].end;
    std::vector<NodeIndex> ends;  // where the separating elements open so far end
    for (NodeIndex i = index + 1; i < end; ++i) {
        while (!ends.empty() && i >= ends.back()) {
            sink.space();
            ends.pop_back();
        }
        const HtmlNode& n = node(i);
        if (n.isText()) {
            sink.text(n.text, plain);
            continue;
        }
        if (i == skip || skipped(i) || noteElements_.count(i) != 0) {
            i = facts_[i].end - 1;
            continue;
        }
        if (separatesText(n.name)) {
            sink.space();
            ends.push_back(facts_[i].end);
        }
        if (n.name == "img" && (classContains(i, "emoji") || hasClass(i, "wp-smiley"))) {
            if (const std::string* alt = n.attribute("alt")) sink.text(*alt, plain);
        }
    }
    const RichText runs = sink.take();
    return runs.empty() ? std::string() : runs.front().text;
}

}  // namespace folio::html
