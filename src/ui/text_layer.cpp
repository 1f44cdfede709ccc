#include "ui/text_layer.h"

#include <algorithm>
#include <optional>
#include <nlohmann/json.hpp>

#include "folio/note_links.h"
#include "folio/url_rules.h"
#include "ui/reader_view.h"

namespace folio::ui {
namespace {

using nlohmann::json;

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The element a body block becomes, and what else the layer says of it.
std::pair<std::string, std::string> elementOf(const Block& block) {
    switch (block.type) {
        case BlockType::Heading: return {"h" + std::to_string(std::clamp(block.level, 2, 4)), ""};
        case BlockType::Quote: case BlockType::Pullquote: return {"blockquote", ""};
        case BlockType::List: return {block.ordered ? "ol" : "ul", ""};
        case BlockType::Image: return {"figure", block.alt};
        case BlockType::Code: return {"pre", block.language};
        case BlockType::Table: return {"table", ""};
        case BlockType::Rule: return {"hr", ""};
        case BlockType::Aside: return {"aside", ""};
        case BlockType::Embed: return {"figure", block.alt};  // a card: its poster, label, title and host
        case BlockType::Gallery: return {"figure", ""};  // its pictures (each with its text alternative) and captions
        case BlockType::Paragraph: break;
    }
    return {"p", ""};
}

// The lines of group `group`: [begin, end) indexes into layout.lines (lines are in reading order).
std::pair<std::size_t, std::size_t> linesOf(const Layout& layout, int group) {
    const auto before = [](const Line& line, int g) { return ui::groupOf(line) < g; };
    const auto begin = std::lower_bound(layout.lines.begin(), layout.lines.end(), group, before);
    const auto end = std::lower_bound(begin, layout.lines.end(), group + 1, before);
    return {static_cast<std::size_t>(begin - layout.lines.begin()), static_cast<std::size_t>(end - layout.lines.begin())};
}

const char* roleName(const Line& line) {
    switch (line.role) {
        case LineRole::Title: return "title";
        case LineRole::Meta: return "meta";
        case LineRole::Heading: return "heading";
        case LineRole::Quote: return "quote";
        case LineRole::QuoteCite: return "cite";
        case LineRole::ListItem: return "item";
        case LineRole::Caption: return "caption";
        case LineRole::Code: return "code";
        case LineRole::TableCell: return line.header ? "th" : "td";
        case LineRole::Paragraph: break;
    }
    return "paragraph";
}

// Whether `next` goes on with the text of `line` (the same block, item, column and role) after a
// space that the line break took.
bool spaceBetween(const Line& line, const Line& next) {
    return next.block == line.block && next.item == line.item && next.column == line.column && next.role == line.role &&
           next.textBegin > line.textEnd;
}

// Whether the text of line `i` of `layout` goes on after a space the line break took, on its next
// line: the next one, or, where lines stand side by side (a table's cells, a gallery's captions),
// the next of its own among those that start before its bottom. Lines before `stop` only.
bool spaceAfterLine(const Layout& layout, std::size_t i, std::size_t stop) {
    const Line& line = layout.lines[i];
    for (std::size_t j = i + 1; j < stop; ++j) {
        const Line& next = layout.lines[j];
        if (next.block == line.block && next.item == line.item && next.column == line.column && next.role == line.role)
            return spaceBetween(line, next);
        if (next.y > line.y + line.height + 0.5f) return false;
    }
    return false;
}

json runOf(const Layout& layout, const Line& line, const Span& span, bool first) {
    // A list item's marker is the first span of its first line, beside the item's text (left of
    // it, or right of it when the item runs right to left).
    const bool outside = line.rtl ? span.x >= line.x + line.width - 0.5f : span.x + span.width <= line.x + 0.5f;
    const bool marker = first && line.role == LineRole::ListItem && line.textBegin == 0 && outside && !span.text.empty();
    const std::string_view target = span.link >= 0 ? std::string_view(layout.links[span.link]) : std::string_view();
    LayerRun kind = marker ? LayerRun::Marker : LayerRun::Text;
    json link = nullptr;
    if (target == kAddCommentLink) {
        kind = LayerRun::CommentAction;
    } else if (!target.empty() && isSafeLink(target)) {
        link = std::string(target);
    } else if (const std::optional<NoteLink> note = noteLinkOf(target)) {
        kind = note->toNote ? LayerRun::NoteMark : LayerRun::NoteBack;
        link = std::string(target);
    }
    // The elements its style stands for, innermost first.
    json tags = json::array();
    for (const auto& [bit, tag] : {std::pair{kSpanCode, "code"}, {kSpanStrike, "s"}, {kSpanSub, "sub"}, {kSpanSup, "sup"}})
        if (span.style & bit) tags.push_back(tag);
    return json::array({std::string(span.text), static_cast<int>(span.face), span.x, span.width, span.sizePx,
                        std::move(link), static_cast<int>(kind), std::move(tags), span.rise});
}

}  // namespace

int groupOf(const Line& line) {
    if (line.block >= 0) return kFirstBlockGroup + line.block;
    return line.role == LineRole::Meta ? kMetaGroup : kTitleGroup;
}

std::string textLayerOutline(const Layout& layout, const Article& shown, std::size_t generation, float viewTop) {
    const std::size_t count = kFirstBlockGroup + shown.body.size();
    std::vector<std::pair<float, float>> extents(count, {0.0f, 0.0f});
    std::vector<bool> seen(count, false);
    const auto extend = [&](int group, float top, float bottom) {
        if (group < 0 || static_cast<std::size_t>(group) >= count) return;
        auto& [t, b] = extents[group];
        if (!seen[group]) {
            seen[group] = true;
            t = top;
            b = bottom;
        } else {
            t = std::min(t, top);
            b = std::max(b, bottom);
        }
    };
    for (const Line& line : layout.lines) extend(groupOf(line), line.y, line.y + line.height);
    for (const Box& box : layout.boxes) extend(kFirstBlockGroup + box.block, box.y, box.y + box.height);
    json groups = json::array();
    for (std::size_t group = 0; group < count; ++group) {
        std::pair<std::string, std::string> element{"h1", ""};
        if (group == kMetaGroup) element = {"p", "meta"};
        if (group >= kFirstBlockGroup) element = elementOf(shown.body[group - kFirstBlockGroup]);
        json entry = {element.first, element.second, extents[group].first, extents[group].second};
        for (const SidewaysArea& area : layout.sideways)
            if (kFirstBlockGroup + area.block == static_cast<int>(group))
                entry.push_back({area.x, area.width, area.contentWidth, area.block});
        groups.push_back(std::move(entry));
    }
    // Never "auto": the browser would look for the first strong character again on every insertion
    // into the layer. An article of no stated direction takes its first line's, as dir="auto" would.
    TextDirection direction = articleDirection(shown);
    if (direction == TextDirection::Auto)
        direction = !layout.lines.empty() && layout.lines.front().rtl ? TextDirection::Rtl : TextDirection::Ltr;
    const char* dir = direction == TextDirection::Rtl ? "rtl" : "ltr";
    return dump({{"generation", generation}, {"height", layout.height}, {"viewTop", viewTop}, {"language", shown.language},
                 {"direction", dir}, {"groups", std::move(groups)}});
}

std::string textLayerGroups(const Layout& layout, int first, int end, std::size_t generation, const Article* shown) {
    json groups = json::array();
    const int lastGroup = layout.lines.empty() ? -1 : groupOf(layout.lines.back());
    const int boxesEnd = layout.boxes.empty() ? -1 : kFirstBlockGroup + layout.boxes.back().block;
    end = std::min(end, std::max(lastGroup, boxesEnd) + 1);
    for (int group = std::max(first, 0); group < end; ++group) {
        json lines = json::array();
        const auto [begin, stop] = linesOf(layout, group);
        for (std::size_t i = begin; i < stop; ++i) {
            const Line& line = layout.lines[i];
            json runs = json::array();
            bool firstRun = true;
            for (const Span& span : layout.spansOf(line)) {
                runs.push_back(runOf(layout, line, span, firstRun));
                firstRun = false;
            }
            const bool spaceAfter = spaceAfterLine(layout, i, stop);
            json entry = {line.item, roleName(line), line.baseline, std::move(runs), spaceAfter ? 1 : 0, line.rtl ? 1 : 0};
            if (line.role == LineRole::TableCell) entry.push_back(line.column);
            lines.push_back(std::move(entry));
        }
        json images = json::array();
        // Boxes are in reading order, so by block too.
        auto box = std::partition_point(layout.boxes.begin(), layout.boxes.end(),
                                        [&](const Box& b) { return kFirstBlockGroup + b.block < group; });
        for (; box != layout.boxes.end() && kFirstBlockGroup + box->block == group; ++box) {
            if (box->kind != BoxKind::Image) continue;
            json image = {box->x, box->y, box->width, box->height};
            const std::size_t at = static_cast<std::size_t>(box->block);
            if (box->item >= 0) {  // a gallery's picture: its text alternative, its number and its address
                const bool known = shown && at < shown->body.size() && static_cast<std::size_t>(box->item) < shown->body[at].images.size();
                const GalleryImage* picture = known ? &shown->body[at].images[static_cast<std::size_t>(box->item)] : nullptr;
                image.push_back(picture ? picture->alt : std::string());
                image.push_back(box->item);
                if (picture) image.push_back(picture->src);
            } else if (shown && at < shown->body.size() && !shown->body[at].src.empty()) {  // a block's own: its address
                image.push_back(nullptr);
                image.push_back(nullptr);
                image.push_back(shown->body[at].src);
            }
            images.push_back(std::move(image));
        }
        if (lines.empty() && images.empty()) continue;
        json entry = {{"group", group}, {"lines", std::move(lines)}, {"images", std::move(images)}};
        const std::size_t block = static_cast<std::size_t>(group - kFirstBlockGroup);
        if (shown && group >= kFirstBlockGroup && block < shown->body.size() && shown->body[block].type == BlockType::List &&
            !shown->body[block].places.empty()) {  // a nested list: each item's depth and list kind
            json items = json::array();
            for (const ListItemPlace& place : shown->body[block].places) items.push_back({place.depth, place.ordered ? 1 : 0});
            entry["items"] = std::move(items);
        }
        groups.push_back(std::move(entry));
    }
    return dump({{"generation", generation}, {"groups", std::move(groups)}});
}

std::string textLayerLinkPlace(const Layout& layout, std::string_view target) {
    const std::optional<LinkPlace> place = layout.placeOfLink(target);
    if (!place) return {};
    const Line& line = layout.lines[place->line];
    const Span& span = layout.spans[place->span];
    return json{{"y", line.y}, {"group", groupOf(line)}, {"item", line.role == LineRole::ListItem ? line.item : -1},
                {"link", span.link >= 0 ? std::string(layout.links[static_cast<std::size_t>(span.link)]) : std::string()}}
        .dump();
}

}  // namespace folio::ui
