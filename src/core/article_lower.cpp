// Format 1.1's footnotes in the forms of format 1: a list of notes at the end, linked both ways
// with their marks.
#include "folio/article_lower.h"

#include <utility>

#include "folio/article_words.h"
#include "folio/note_links.h"

namespace folio {

namespace {

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

}  // namespace

Article lowerForDrawing(Article article) {
    for (Block& block : article.body) linkMarks(block);
    if (article.notes.empty()) return article;
    Block heading;
    heading.type = BlockType::Heading;
    heading.level = 3;
    heading.text.push_back(TextRun{notesHeading(article.language), false, false, {}});
    article.body.push_back(std::move(heading));
    // Each note ends with its link back to its mark.
    for (std::size_t i = 0; i < article.notes.size(); ++i) {
        RichText& note = article.notes[i];
        linkMarks(note);
        note.push_back(TextRun{" ", false, false, {}});
        note.push_back(TextRun{std::string(kNoteBackText), false, false, markTarget(i)});
    }
    Block notes;
    notes.type = BlockType::List;
    notes.ordered = true;
    notes.items = std::move(article.notes);
    article.body.push_back(std::move(notes));
    article.notes.clear();
    return article;
}

}  // namespace folio
