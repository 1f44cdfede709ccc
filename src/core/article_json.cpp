// Article to Folio JSON (folio/article_json.h).
#include "folio/article_json.h"

#include <cstddef>
#include <utility>

#include <nlohmann/json.hpp>

namespace folio {

namespace {

using Json = nlohmann::ordered_json;

const char* kindName(EmbedKind kind) {
    switch (kind) {
        case EmbedKind::Video: return "video";
        case EmbedKind::Audio: return "audio";
        case EmbedKind::Post: return "post";
        case EmbedKind::Link: break;
    }
    return "link";
}

class Writer {
public:
    explicit Writer(const Article& article) : article_(article) {}

    Json document() const {
        Json d = Json::object();
        d["version"] = 1.1;
        d["title"] = article_.title;
        put(d, "url", article_.url);
        put(d, "source", article_.source);
        put(d, "author", article_.author);
        put(d, "published", article_.published);
        put(d, "language", article_.language);
        if (article_.direction != TextDirection::Auto)
            d["direction"] = article_.direction == TextDirection::Rtl ? "rtl" : "ltr";
        put(d, "summary", article_.summary);
        if (!article_.tags.empty()) d["tags"] = article_.tags;
        Json body = Json::array();
        for (const Block& block : article_.body) body.push_back(this->block(block));
        d["body"] = std::move(body);
        if (!article_.comments.empty()) {
            Json comments = Json::array();
            for (const Comment& c : article_.comments) {
                Json comment = Json::object();
                put(comment, "author", c.author);
                put(comment, "posted", c.posted);
                comment["text"] = c.text;
                comments.push_back(std::move(comment));
            }
            d["comments"] = std::move(comments);
        }
        return d;
    }

private:
    static void put(Json& obj, const char* key, const std::string& value) {
        if (!value.empty()) obj[key] = value;
    }

    static void putSize(Json& obj, int width, int height) {
        if (width > 0) obj["width"] = width;
        if (height > 0) obj["height"] = height;
    }

    // A text: a string when it is one plain run, else its runs.
    Json text(const RichText& runs) const {
        if (runs.size() == 1 && plain(runs.front())) return runs.front().text;
        Json out = Json::array();
        for (const TextRun& run : runs) out.push_back(this->run(run));
        return out;
    }

    static bool plain(const TextRun& run) {
        return !run.em && !run.strong && run.href.empty() && !run.code && !run.strike && run.shift == RunShift::None &&
               run.note < 0;
    }

    Json run(const TextRun& run) const {
        if (plain(run)) return run.text;
        Json out = Json::object();
        out["text"] = run.text;
        if (run.em) out["em"] = true;
        if (run.strong) out["strong"] = true;
        put(out, "href", run.href);
        if (run.code) out["code"] = true;
        if (run.strike) out["strike"] = true;
        if (run.shift == RunShift::Sub) out["sub"] = true;
        if (run.shift == RunShift::Sup) out["sup"] = true;
        if (run.note >= 0 && static_cast<std::size_t>(run.note) < article_.notes.size())
            out["note"] = text(article_.notes[static_cast<std::size_t>(run.note)]);
        return out;
    }

    static Json picture(const std::string& src, const std::string& alt, const std::string& caption,
                        const std::string& credit, int width, int height) {
        Json out = Json::object();
        out["src"] = src;
        put(out, "alt", alt);
        put(out, "caption", caption);
        put(out, "credit", credit);
        putSize(out, width, height);
        return out;
    }

    // The items of a list from `i` on at `depth`, each followed by its nested list.
    Json items(const Block& list, std::size_t& i, int depth) const {
        Json out = Json::array();
        const auto depthOf = [&](std::size_t k) { return list.places.empty() ? 0 : list.places[k].depth; };
        while (i < list.items.size() && depthOf(i) == depth) {
            Json item = text(list.items[i]);
            ++i;
            if (i < list.items.size() && depthOf(i) > depth) {
                Json nested = Json::object();
                if (list.places[i].ordered) nested["ordered"] = true;
                nested["items"] = items(list, i, depth + 1);
                Json withList = Json::object();
                withList["text"] = std::move(item);
                withList["list"] = std::move(nested);
                item = std::move(withList);
            }
            out.push_back(std::move(item));
        }
        return out;
    }

    Json block(const Block& b) const {
        Json out = Json::object();
        switch (b.type) {
            case BlockType::Paragraph:
                if (b.text.size() == 1 && plain(b.text.front())) return b.text.front().text;
                out["type"] = "paragraph";
                out["text"] = text(b.text);
                break;
            case BlockType::Heading:
                out["type"] = "heading";
                out["level"] = b.level;
                out["text"] = text(b.text);
                break;
            case BlockType::Quote:
            case BlockType::Pullquote:
                out["type"] = b.type == BlockType::Quote ? "quote" : "pullquote";
                out["text"] = text(b.text);
                put(out, "cite", b.cite);
                break;
            case BlockType::List: {
                out["type"] = "list";
                if (b.ordered) out["ordered"] = true;
                std::size_t i = 0;
                out["items"] = items(b, i, 0);
                break;
            }
            case BlockType::Image:
                out["type"] = "image";
                out.update(picture(b.src, b.alt, b.caption, b.credit, b.width, b.height));
                break;
            case BlockType::Code:
                out["type"] = "code";
                put(out, "language", b.language);
                out["text"] = b.code;
                break;
            case BlockType::Table: {
                out["type"] = "table";
                put(out, "caption", b.caption);
                Json rows = Json::array();
                for (const std::vector<TableCell>& row : b.rows) {
                    Json cells = Json::array();
                    for (const TableCell& cell : row) {
                        Json t = cell.text.empty() ? Json("") : text(cell.text);
                        if (!cell.header) {
                            cells.push_back(std::move(t));
                            continue;
                        }
                        Json header = Json::object();
                        header["text"] = std::move(t);
                        header["header"] = true;
                        cells.push_back(std::move(header));
                    }
                    rows.push_back(std::move(cells));
                }
                out["rows"] = std::move(rows);
                break;
            }
            case BlockType::Rule:
                out["type"] = "rule";
                break;
            case BlockType::Embed:
                out["type"] = "embed";
                out["kind"] = kindName(b.embed);
                out["url"] = b.href;
                put(out, "title", b.title);
                put(out, "provider", b.provider);
                put(out, "poster", b.src);
                put(out, "alt", b.alt);
                putSize(out, b.width, b.height);
                break;
            case BlockType::Aside: {
                out["type"] = "aside";
                put(out, "title", b.title);
                Json paragraphs = Json::array();
                for (const RichText& p : b.items) paragraphs.push_back(text(p));
                out["paragraphs"] = std::move(paragraphs);
                break;
            }
            case BlockType::Gallery: {
                out["type"] = "gallery";
                put(out, "caption", b.caption);
                Json images = Json::array();
                for (const GalleryImage& g : b.images)
                    images.push_back(picture(g.src, g.alt, g.caption, g.credit, g.width, g.height));
                out["images"] = std::move(images);
                break;
            }
        }
        return out;
    }

    const Article& article_;
};

}  // namespace

std::string articleJson(const Article& article) {
    return Writer(article).document().dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace folio
