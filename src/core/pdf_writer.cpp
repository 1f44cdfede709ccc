// writePdf: the document structure (catalog, page tree, pages, fonts, pictures, document information).
#include "folio/pdf.h"

#include <cmath>
#include <utility>

#include "pdf_fonts.h"
#include "pdf_objects.h"
#include "pdf_page.h"

namespace folio {

namespace {

// " /<key> <value>" for a document information entry, nothing when `value` is empty.
std::string infoEntry(const char* key, const std::string& value) {
    return value.empty() ? std::string() : std::string(" /") + key + " " + pdf::textString(value);
}

// A reference "N 0 R".
std::string ref(int number) { return std::to_string(number) + " 0 R"; }

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
    if (!(doc.widthPt > 0.0f) || !(doc.heightPt > 0.0f) || !std::isfinite(doc.widthPt) || !std::isfinite(doc.heightPt)) {
        return failure("the page size is not positive");
    }

    pdf::FontSet fontSet(fonts);
    pdf::PictureSet pictureSet(pictures);
    std::vector<pdf::PageContent> contents(doc.pages.size());
    std::string error;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        if (!pdf::pageContent(doc.pages[i], doc.heightPt, fontSet, pictureSet, contents[i], error)) return failure(error);
    }

    pdf::ObjectWriter out;
    const int catalog = out.reserve();
    const int pageTree = out.reserve();
    const int info = out.reserve();
    std::vector<int> fontObjects;
    for (std::size_t i = 0; i < fontSet.size(); ++i) fontObjects.push_back(out.reserve());
    std::vector<int> pictureObjects;
    for (std::size_t i = 0; i < pictureSet.size(); ++i) pictureObjects.push_back(out.reserve());

    out.object(catalog, "<< /Type /Catalog /Pages " + ref(pageTree) + " /ViewerPreferences << /DisplayDocTitle true >> >>");
    const std::string mediaBox = "[0 0 " + pdf::number(doc.widthPt) + " " + pdf::number(doc.heightPt) + "]";
    std::string kids;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const int page = out.reserve();
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
        std::string annots;
        for (const std::string& annotation : pdf::linkAnnotations(doc.pages[i], doc.links, doc.heightPt)) {
            const int number = out.reserve();
            out.object(number, annotation);
            annots += (annots.empty() ? " /Annots [" : " ") + ref(number);
        }
        if (!annots.empty()) annots += "]";
        out.object(page, "<< /Type /Page /Parent " + ref(pageTree) + " /MediaBox " + mediaBox + " /Resources " +
                             resources + " /Contents " + ref(content) + annots + " >>");

        std::string compressed;
        if (!pdf::flate(contents[i].stream, compressed)) return failure("out of memory compressing page " + std::to_string(i + 1));
        out.stream(content, "/Filter /FlateDecode", compressed);
    }
    out.object(pageTree, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(doc.pages.size()) + " >>");

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
