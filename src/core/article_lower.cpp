// Format 1.1 blocks and runs in the forms of format 1, where drawing has no form of its own yet.
#include "folio/article_lower.h"

#include <algorithm>
#include <utility>

#include "folio/note_links.h"

namespace folio {

namespace {

Block paragraphOf(RichText text) {
    Block block;
    block.text = std::move(text);
    return block;
}

// Makes each footnote mark in `text` a link to its note (folio/note_links.h).
void linkMarks(RichText& text) {
    for (TextRun& run : text)
        if (run.note >= 0) run.href = noteTarget(static_cast<std::size_t>(run.note));
}

void linkMarks(Block& block) {
    linkMarks(block.text);
    for (RichText& item : block.items) linkMarks(item);
    for (std::vector<TableCell>& row : block.rows)
        for (TableCell& cell : row) linkMarks(cell.text);
}

// Appends `block`, lowered, to `out`.
void lowerBlock(Block block, std::vector<Block>& out) {
    switch (block.type) {
        case BlockType::Paragraph: case BlockType::Heading: case BlockType::Quote: case BlockType::List:
        case BlockType::Image: case BlockType::Code: case BlockType::Table: case BlockType::Rule:
        case BlockType::Pullquote: case BlockType::Aside: case BlockType::Embed:
            out.push_back(std::move(block));
            return;
        case BlockType::Gallery:
            for (GalleryImage& image : block.images) out.push_back(imageBlock(std::move(image)));
            if (!block.caption.empty()) out.push_back(paragraphOf({TextRun{block.caption, true, false, {}}}));
            return;
    }
}

}  // namespace

Article lowerForDrawing(Article article) {
    std::vector<Block> body;
    body.reserve(article.body.size());
    for (Block& block : article.body) {
        linkMarks(block);
        lowerBlock(std::move(block), body);
    }
    if (!article.notes.empty()) {
        // Each note ends with its link back to its mark.
        for (std::size_t i = 0; i < article.notes.size(); ++i) {
            RichText& note = article.notes[i];
            linkMarks(note);
            note.push_back(TextRun{" ", false, false, {}});
            note.push_back(TextRun{std::string(kNoteBackText), false, false, markTarget(i)});
        }
        Block heading;
        heading.type = BlockType::Heading;
        heading.level = 3;
        heading.text.push_back(TextRun{"Notes", false, false, {}});
        body.push_back(std::move(heading));
        Block notes;
        notes.type = BlockType::List;
        notes.ordered = true;
        notes.items = std::move(article.notes);
        body.push_back(std::move(notes));
        article.notes.clear();
    }
    article.body = std::move(body);
    return article;
}

}  // namespace folio
