// Format 1.1 blocks and runs in the forms of format 1, where drawing has no form of its own yet.
#include "folio/article_lower.h"

#include <algorithm>
#include <utility>

namespace folio {

namespace {

Block paragraphOf(RichText text) {
    Block block;
    block.text = std::move(text);
    return block;
}

// Appends `block`, lowered, to `out`.
void lowerBlock(Block block, std::vector<Block>& out) {
    switch (block.type) {
        case BlockType::Paragraph: case BlockType::Heading: case BlockType::Quote: case BlockType::List:
        case BlockType::Image: case BlockType::Code: case BlockType::Table: case BlockType::Rule:
        case BlockType::Pullquote:
            out.push_back(std::move(block));
            return;
        case BlockType::Embed: {
            if (!block.src.empty())
                out.push_back(imageBlock({block.src, block.alt, block.provider, {}, block.width, block.height}));
            out.push_back(paragraphOf({TextRun{block.title.empty() ? block.href : block.title, false, true, block.href}}));
            return;
        }
        case BlockType::Aside: {
            if (!block.title.empty()) {
                Block heading;
                heading.type = BlockType::Heading;
                heading.level = 4;
                heading.text.push_back(TextRun{block.title, false, false, {}});
                out.push_back(std::move(heading));
            }
            for (RichText& paragraph : block.items) out.push_back(paragraphOf(std::move(paragraph)));
            return;
        }
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
    for (Block& block : article.body) lowerBlock(std::move(block), body);
    if (!article.notes.empty()) {
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
