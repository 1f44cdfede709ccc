#include "folio/article_html.h"

#include <optional>
#include <vector>

#include "folio/note_links.h"
#include "folio/url_rules.h"

namespace folio {
namespace {

// The footnotes whose first mark has been written (it holds the id the note links back to).
using MarksWritten = std::vector<bool>;

// The element id an internal target ("#folio-note-1") names.
std::string idOf(const std::string& target) { return target.substr(1); }

void appendRuns(std::string& out, const RichText& text, MarksWritten& marks) {
    for (const TextRun& run : text) {
        std::string piece = escapeHtml(run.text);
        if (run.code) piece = "<code>" + piece + "</code>";
        if (run.em) piece = "<em>" + piece + "</em>";
        if (run.strong) piece = "<strong>" + piece + "</strong>";
        if (run.strike) piece = "<s>" + piece + "</s>";
        if (run.shift == RunShift::Sub) piece = "<sub>" + piece + "</sub>";
        if (run.shift == RunShift::Sup || run.note >= 0) piece = "<sup>" + piece + "</sup>";
        const std::optional<NoteLink> note = noteLinkOf(run.href);
        if (!run.href.empty() && (isSafeLink(run.href) || note)) {
            std::string attributes;
            if (note && note->toNote) {  // a footnote's mark; its first one is where the note links back to
                if (marks.size() <= note->note) marks.resize(note->note + 1, false);
                if (!marks[note->note]) attributes = " id=\"" + escapeHtml(idOf(markTarget(note->note))) + "\"";
                marks[note->note] = true;
                attributes += " role=\"doc-noteref\"";
            } else if (note) {
                attributes = " role=\"doc-backlink\" aria-label=\"Back to the text\"";
            }
            piece = "<a href=\"" + escapeHtml(run.href) + "\"" + attributes + ">" + piece + "</a>";
        }
        out += piece;
    }
}

// ` id="folio-note-1"` for a list item that is a footnote (it links back to its mark); empty for others.
std::string noteItemId(const RichText& item) {
    for (const TextRun& run : item) {
        const std::optional<NoteLink> note = noteLinkOf(run.href);
        if (note && !note->toNote) return " id=\"" + escapeHtml(idOf(noteTarget(note->note))) + "\"";
    }
    return {};
}

// The <img> of the picture `block` shows (an image's, an embed's poster), when its src is usable.
void appendPicture(std::string& out, const Block& block, const std::string& imageBase) {
    if (!isHttpOrRelativeUrl(block.src)) return;
    const bool relative = !isHttpUrl(block.src) && block.src.rfind('/', 0) != 0;
    out += "<img src=\"" + escapeHtml(relative ? imageBase + block.src : block.src) + "\" alt=\"" + escapeHtml(block.alt) + "\"";
    if (block.width > 0 && block.height > 0) {
        out += " width=\"" + std::to_string(block.width) + "\" height=\"" + std::to_string(block.height) + "\"";
    }
    out += ">";
}

// The <figcaption> of a picture's `caption` and `credit` (in <small>), when it has either.
void appendCaption(std::string& out, const std::string& caption, const std::string& credit) {
    if (caption.empty() && credit.empty()) return;
    out += "<figcaption>" + escapeHtml(caption);
    if (!credit.empty()) out += std::string(caption.empty() ? "" : " ") + "<small>" + escapeHtml(credit) + "</small>";
    out += "</figcaption>";
}

void appendBlock(std::string& out, const Block& block, const std::string& imageBase, MarksWritten& marks) {
    switch (block.type) {
        case BlockType::Code: {
            const std::string language = block.language.empty() ? std::string()
                                                                : " class=\"language-" + escapeHtml(block.language) + "\"";
            out += "<pre><code" + language + ">" + escapeHtml(block.code) + "</code></pre>\n";
            break;
        }
        case BlockType::Table: {
            out += "<table>";
            if (!block.caption.empty()) out += "<caption>" + escapeHtml(block.caption) + "</caption>";
            for (const std::vector<TableCell>& row : block.rows) {
                out += "<tr>";
                for (const TableCell& cell : row) {
                    out += cell.header ? "<th>" : "<td>";
                    appendRuns(out, cell.text, marks);
                    out += cell.header ? "</th>" : "</td>";
                }
                out += "</tr>";
            }
            out += "</table>\n";
            break;
        }
        case BlockType::Rule:
            out += "<hr>\n";
            break;
        case BlockType::Aside:
            out += "<aside>";
            if (!block.title.empty()) out += "<h4>" + escapeHtml(block.title) + "</h4>";
            for (const RichText& paragraph : block.items) {
                out += "<p>";
                appendRuns(out, paragraph, marks);
                out += "</p>";
            }
            out += "</aside>\n";
            break;
        case BlockType::Embed: {  // a card that links out: its poster, label, title and host
            out += "<figure class=\"folio-embed\">";
            appendPicture(out, block, imageBase);
            const std::string host = urlHost(block.href);
            const std::string link = isSafeLink(block.href) ? " href=\"" + escapeHtml(block.href) + "\"" : std::string();
            out += "<figcaption><p>" + escapeHtml(embedLabel(block)) + "</p><p><a" + link + "><strong>" +
                   escapeHtml(block.title.empty() ? host : block.title) + "</strong></a></p>";
            if (!block.title.empty()) out += "<p><a" + link + ">" + escapeHtml(host) + "</a></p>";
            out += "</figcaption></figure>\n";
            break;
        }
        case BlockType::Gallery:  // its pictures, each a figure with its caption, then its own caption
            out += "<figure class=\"folio-gallery\">";
            for (const GalleryImage& image : block.images) {
                out += "<figure>";
                appendPicture(out, imageBlock(image), imageBase);
                appendCaption(out, image.caption, image.credit);
                out += "</figure>";
            }
            appendCaption(out, block.caption, {});
            out += "</figure>\n";
            break;
        case BlockType::Paragraph:
            out += "<p>";
            appendRuns(out, block.text, marks);
            out += "</p>\n";
            break;
        case BlockType::Heading: {
            const std::string tag = "h" + std::to_string(block.level < 2 ? 2 : block.level > 4 ? 4 : block.level);
            out += "<" + tag + ">";
            appendRuns(out, block.text, marks);
            out += "</" + tag + ">\n";
            break;
        }
        case BlockType::Quote: case BlockType::Pullquote:
            out += block.type == BlockType::Pullquote ? "<blockquote class=\"folio-pullquote\"><p>" : "<blockquote><p>";
            appendRuns(out, block.text, marks);
            out += "</p>";
            if (!block.cite.empty()) out += "<footer>\u2014 " + escapeHtml(block.cite) + "</footer>";
            out += "</blockquote>\n";
            break;
        case BlockType::List: {
            // Nested lists (ListItemPlace::depth) open inside the item before them.
            std::vector<const char*> open;  // the lists open, outermost first
            for (std::size_t i = 0; i < block.items.size(); ++i) {
                const bool placed = i < block.places.size();
                const std::size_t depth = placed ? block.places[i].depth : 0;
                const char* tag = (placed ? block.places[i].ordered : block.ordered) ? "ol" : "ul";
                if (open.empty() || depth + 1 > open.size()) {
                    out += std::string("<") + tag + ">";
                    open.push_back(tag);
                } else {
                    for (; open.size() > depth + 1; open.pop_back()) out += std::string("</li></") + open.back() + ">";
                    out += "</li>";
                }
                out += "<li" + noteItemId(block.items[i]) + ">";
                appendRuns(out, block.items[i], marks);
            }
            for (; !open.empty(); open.pop_back()) out += std::string("</li></") + open.back() + ">";
            out += "\n";
            break;
        }
        case BlockType::Image:
            out += "<figure>";
            appendPicture(out, block, imageBase);
            appendCaption(out, block.caption, block.credit);
            out += "</figure>\n";
            break;
    }
}

}  // namespace

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string articleHtml(const Article& article, const std::string& metaLine, const std::string& imageBase) {
    std::string out = "<article>\n<h1>" + escapeHtml(article.title) + "</h1>\n";
    if (!metaLine.empty()) out += "<p class=\"folio-meta\">" + escapeHtml(metaLine) + "</p>\n";
    MarksWritten marks;
    for (const Block& block : article.body) appendBlock(out, block, imageBase, marks);
    if (!article.url.empty() && isHttpUrl(article.url)) {
        out += "<p class=\"folio-source\"><a href=\"" + escapeHtml(article.url) + "\">" + escapeHtml(article.url) + "</a></p>\n";
    }
    out += "</article>\n";
    return out;
}

}  // namespace folio
