// writePdf: the document structure (catalog, page tree, pages, fonts, pictures, document information,
// the structure tree of a tagged PDF).
#include "folio/pdf.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "folio/note_links.h"
#include "folio/url_rules.h"

#include "pdf_fonts.h"
#include "pdf_objects.h"
#include "pdf_page.h"
#include "pdf_structure.h"

namespace folio {

namespace {

// " /<key> <value>" for a document information entry, nothing when `value` is empty.
std::string infoEntry(const char* key, const std::string& value) {
    return value.empty() ? std::string() : std::string(" /") + key + " " + pdf::textString(value);
}

using pdf::ref;

// " /Annots [...]" with the link annotations of page `index` (0-based) of `doc`, written to `out`
// and added to `structure`; empty when the page has none. `content` is what the page drew.
// `destinations` holds, per PrintDocument::links entry, where an internal one goes (none for the others).
std::string annotations(const PrintDocument& doc, std::size_t index, const pdf::PageContent& content,
                        const std::vector<std::optional<pdf::Destination>>& destinations, pdf::StructureTree& structure,
                        pdf::ObjectWriter& out) {
    std::string annots;
    for (const PrintLinkArea& area : doc.pages[index].linkAreas) {
        if (!pdf::isAnnotated(area, doc.links)) continue;
        const std::optional<pdf::Destination>& destination = destinations[static_cast<std::size_t>(area.link)];
        if (!isSafeLink(doc.links[static_cast<std::size_t>(area.link)]) && !destination) continue;
        const bool onRun = area.run >= 0 && static_cast<std::size_t>(area.run) < content.runElements.size();
        const int owner = onRun ? content.runElements[static_cast<std::size_t>(area.run)] : -1;
        const int number = out.reserve();
        const int key = structure.annotation(index, owner, area.link, number);
        out.object(number, pdf::linkAnnotation(area, doc.links, doc.heightPt, key, destination));
        annots += (annots.empty() ? " /Annots [" : " ") + ref(number);
    }
    return annots.empty() ? annots : annots + "]";
}

// Where each internal link of `doc` goes (folio/note_links.h): the page, of those whose objects are
// `pageObjects`, and the top of the line of the run it goes to. None for other links and for
// targets not in the document.
std::vector<std::optional<pdf::Destination>> internalDestinations(const PrintDocument& doc, const std::vector<int>& pageObjects) {
    std::vector<std::optional<pdf::Destination>> destinations(doc.links.size());
    if (std::none_of(doc.links.begin(), doc.links.end(), [](const std::string& link) { return noteLinkOf(link).has_value(); }))
        return destinations;
    std::vector<std::pair<std::size_t, const PrintRun*>> places;  // every run with its page, in reading order
    for (std::size_t page = 0; page < doc.pages.size(); ++page)
        for (const PrintRun& run : doc.pages[page].runs) places.emplace_back(page, &run);
    const NoteLinkPlaces found(
        places.size(),
        [&](std::size_t i) {
            const int target = places[i].second->link;
            return target >= 0 && static_cast<std::size_t>(target) < doc.links.size()
                       ? std::string_view(doc.links[static_cast<std::size_t>(target)]) : std::string_view();
        },
        [&](std::size_t i) { return places[i].second->block; }, [&](std::size_t i) { return places[i].second->item; });
    for (std::size_t link = 0; link < doc.links.size(); ++link) {
        const std::optional<std::size_t> place = found.find(doc.links[link]);
        if (!place) continue;
        const PrintRun& run = *places[*place].second;
        // A little above the line's text, so that the line shows whole at the window's top.
        destinations[link] = pdf::Destination{pageObjects[places[*place].first], doc.heightPt - run.baseline + run.sizePt * 1.5f};
    }
    return destinations;
}

PdfResult failure(std::string error) {
    PdfResult result;
    result.error = std::move(error);
    return result;
}

}  // namespace

PdfResult writePdf(const PrintDocument& doc, const TrueTypeMetrics& fonts, const std::string& creationDate,
                   const PdfPictures& pictures) {
    std::string date;
    if (!creationDate.empty() && !pdf::date(creationDate, date)) {
        return failure("the creation date is not an ISO 8601 date: \"" + creationDate + "\"");
    }
    if (doc.pages.empty()) return failure("the document has no pages");
    if (doc.pages.size() > kMaxPdfPages) {
        return failure("this article would take " + std::to_string(doc.pages.size()) +
                       " pages to print; one PDF holds at most " + std::to_string(kMaxPdfPages) +
                       " (a smaller print text size takes fewer pages)");
    }
    if (!(doc.widthPt > 0.0f) || !(doc.heightPt > 0.0f) || !std::isfinite(doc.widthPt) || !std::isfinite(doc.heightPt)) {
        return failure("the page size is not positive");
    }

    pdf::FontSet fontSet(fonts);
    pdf::PictureSet pictureSet(pictures);
    pdf::StructureTree structure(doc.pages.size(), doc.links);
    std::vector<pdf::PageContent> contents(doc.pages.size());
    std::string error;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        if (!pdf::pageContent(doc.pages[i], i, doc.heightPt, fontSet, pictureSet, structure, contents[i], error))
            return failure(error);
    }

    pdf::ObjectWriter out;
    const int catalog = out.reserve();
    const int pageTree = out.reserve();
    const int info = out.reserve();
    const int structureRoot = out.reserve();
    std::vector<int> fontObjects;
    for (std::size_t i = 0; i < fontSet.size(); ++i) fontObjects.push_back(out.reserve());
    std::vector<int> pictureObjects;
    for (std::size_t i = 0; i < pictureSet.size(); ++i) pictureObjects.push_back(out.reserve());

    const std::string language = doc.language.empty() ? "en" : doc.language;
    out.object(catalog, "<< /Type /Catalog /Pages " + ref(pageTree) + " /ViewerPreferences << /DisplayDocTitle true >>" +
                            " /MarkInfo << /Marked true >> /StructTreeRoot " + ref(structureRoot) + " /Lang " +
                            pdf::textString(language) + " >>");
    const std::string mediaBox = "[0 0 " + pdf::number(doc.widthPt) + " " + pdf::number(doc.heightPt) + "]";
    std::string kids;
    std::vector<int> pageObjects;  // all first: a link may go to a later page
    for (std::size_t i = 0; i < doc.pages.size(); ++i) pageObjects.push_back(out.reserve());
    const std::vector<std::optional<pdf::Destination>> destinations = internalDestinations(doc, pageObjects);
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const int page = pageObjects[i];
        const int content = out.reserve();
        kids += (kids.empty() ? "" : " ") + ref(page);

        std::string resources = "<<";
        if (!contents[i].fonts.empty()) {
            resources += " /Font <<";
            for (const int font : contents[i].fonts) {
                resources += " /F" + std::to_string(font + 1) + " " + ref(fontObjects[static_cast<std::size_t>(font)]);
            }
            resources += " >>";
        }
        if (!contents[i].pictures.empty()) {
            resources += " /XObject <<";
            for (const int picture : contents[i].pictures) {
                resources += " /Im" + std::to_string(picture + 1) + " " + ref(pictureObjects[static_cast<std::size_t>(picture)]);
            }
            resources += " >>";
        }
        resources += " >>";
        const std::string annots = annotations(doc, i, contents[i], destinations, structure, out);
        out.object(page, "<< /Type /Page /Parent " + ref(pageTree) + " /MediaBox " + mediaBox + " /Resources " +
                             resources + " /Contents " + ref(content) + annots + " /StructParents " +
                             std::to_string(i) + " /Tabs /S >>");

        std::string compressed;
        if (!pdf::flate(contents[i].stream, compressed)) return failure("out of memory compressing page " + std::to_string(i + 1));
        out.stream(content, "/Filter /FlateDecode", compressed);
    }
    out.object(pageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(doc.pages.size()) + " >>");
    structure.write(out, structureRoot, pageObjects);

    for (std::size_t i = 0; i < fontSet.size(); ++i) {
        if (!fontSet.write(static_cast<int>(i), out, fontObjects[i], error)) return failure(error);
    }
    for (std::size_t i = 0; i < pictureSet.size(); ++i) {
        if (!pdf::writePicture(pictureSet.picture(static_cast<int>(i)), out, pictureObjects[i], error)) return failure(error);
    }

    std::string infoDict = "<<" + infoEntry("Title", doc.title) +
                           infoEntry("Author", doc.author.empty() ? doc.source : doc.author) +
                           " /Creator (Folio) /Producer (Folio)";
    if (!date.empty()) infoDict += " /CreationDate " + pdf::literalString(date) + " /ModDate " + pdf::literalString(date);
    out.object(info, infoDict + " >>");

    PdfResult result;
    if (!out.finish(catalog, info, result.bytes)) return failure("an object of the PDF was never written");
    result.ok = true;
    return result;
}

}  // namespace folio
