// What a DOM text layer over the canvas needs of a layout (see web/text-layer.js): the shown
// article's structure, one group per block, and group by group each laid-out run of text with its
// place, face and size, so that transparent HTML text can sit exactly over the drawn glyphs.
// Platform-free; all lengths are CSS px from the top-left corner of the content.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "folio/article.h"
#include "folio/layout.h"

namespace folio::ui {

// Groups: 0 is the title, 1 the meta line under it, 2 + i the body block i of the shown article
// (its comments included, as the reader lays them out).
constexpr int kTitleGroup = 0;
constexpr int kMetaGroup = 1;
constexpr int kFirstBlockGroup = 2;

// What a run of the layer is: text (a link when it has a target), a list item's number or bullet
// (drawn, but neither read nor copied), the viewer's "Add your comment" action, a footnote's mark
// (its link names the note: folio/note_links.h), or a note's link back to its mark (not copied).
enum class LayerRun : int { Text = 0, Marker = 1, CommentAction = 2, NoteMark = 3, NoteBack = 4 };

// The group the line belongs to.
int groupOf(const Line& line);

// The layer's outline as JSON:
//   {"generation":g,"height":px,"viewTop":px,"language":"en","direction":"ltr","groups":[[tag, detail, top, bottom], …]}
// one entry per group in reading order; tag is the element a group becomes ("h1", "p", "h2"-"h4",
// "blockquote", "ul", "ol", "figure", "pre", "table", "hr", "aside"), detail the meta line's "meta", an image's alt text, a
// code block's language, or ""; top and bottom (px) bound its lines and pictures (both 0 for a group
// with neither). A group with a sideways area (Layout::sideways) has a fifth member, [x, width,
// contentWidth, block]: the box that shows it and how wide its content is (px), and its block.
// `viewTop` is how far below the canvas top the content's view begins (the toolbar's height).
// `direction` is "ltr" or "rtl": the article's, else its first line's (as the browser's dir="auto"
// would find it, without its cost on every insertion). `generation` names the layout
// (ReaderView::layoutGeneration); the lines of a group are asked for with it.
std::string textLayerOutline(const Layout& layout, const Article& shown, std::size_t generation, float viewTop);

// The runs of groups [first, end) as JSON:
//   {"generation":g,"groups":[{"group":i,"lines":[line…],"images":[[x,y,width,height]…]}…]}
// with a line [item, role, baseline, [run…], spaceAfter] (item: the list item or -1; role:
// "title", "meta", "paragraph", "heading", "quote", "cite" (a quote's attribution), "item" or
// "caption", "code", "th" or "td" (a table cell's: item is then its row, and a seventh member its
// column); spaceAfter: 1 when the text goes on after a space the line break took) and a run
// [text, face, x, width, size, link, kind, tags, rise] (face: folio::FontFace as a number; link: a
// target isSafeLink accepts, a footnote's internal target (kind NoteMark or NoteBack), or null; kind: a LayerRun; tags: the elements its folio::SpanStyle
// stands for, innermost first: "code", "s", "sub", "sup"; rise: its baseline above the line's, px).
// Groups with neither lines nor pictures, and groups out of range, are left out. With `shown` (the
// laid-out article), a nested list's group has an "items" member: [depth, ordered] per item
// (ordered 1 or 0: the list the item is in is numbered), from ListItemPlace. A gallery's pictures
// are [x, y, width, height, alt, picture, src] (alt "" and no src without `shown`), and its
// pictures' caption lines have the picture as their item; with `shown`, a block's own picture (an
// image's, an embed's poster) is [x, y, width, height, null, null, src]. src is the article's
// address of the picture (http(s) or relative).
std::string textLayerGroups(const Layout& layout, int first, int end, std::size_t generation,
                            const Article* shown = nullptr);

// Where the internal link `target` (a footnote's mark or note: folio/note_links.h) goes in
// `layout`, as JSON {"y":px,"group":g,"item":i,"link":"…"}: the top of the line (px), the group and
// list item (-1: none) it is in, and the link of the run there ("" when it is no link); "" when the
// target is not in the layout.
std::string textLayerLinkPlace(const Layout& layout, std::string_view target);

}  // namespace folio::ui
