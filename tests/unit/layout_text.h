// Test helpers: a layout's lines of a block, and the text a line shows.
#pragma once

#include <string>
#include <vector>

#include "folio/layout.h"

namespace folio::test {

// The lines of body block `block` of `layout`, in order (pointers into layout.lines).
inline std::vector<const Line*> linesOf(const Layout& layout, int block) {
    std::vector<const Line*> out;
    for (const Line& line : layout.lines)
        if (line.block == block) out.push_back(&line);
    return out;
}

// The text of `line` of `layout`: its spans joined (a list marker's included).
inline std::string textOf(const Layout& layout, const Line& line) {
    std::string text;
    for (const Span& span : layout.spansOf(line)) text += span.text;
    return text;
}

}  // namespace folio::test
