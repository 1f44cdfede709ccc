// Print and PDF for the browser: the viewer's print layout written as a PDF (folio/pdf.h) and
// handed to web/folio.js, which prints it (hidden iframe, or a new tab where that prints blank),
// saves it, or gives it to the embedding page.
#include <emscripten.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "folio/article_meta.h"
#include "folio/pdf.h"
#include "platform/web/web_app.h"
#include "platform/web/web_bridge.h"

namespace folio::web {

std::string nowIso() {
    char now[40] = {};  // toISOString() gives 24 characters, 27 for years past 9999
    folio_js_now_iso(now, static_cast<int>(sizeof now));
    return now;
}

namespace {

std::vector<unsigned char> gLastPdf;  // the last PDF made for JS; valid until the next one
std::string gLastPdfError;

// Writes `document` as a PDF into gLastPdf; false (with gLastPdfError) on failure.
bool makePdf(const WebApp& a, const PrintDocument& document) {
    PdfResult pdf = writePdf(document, a.metrics, nowIso(), a.pdfPictures);
    gLastPdf = std::move(pdf.bytes);
    gLastPdfError = pdf.ok ? std::string() : pdf.error;
    return pdf.ok;
}

}  // namespace

void deliverPdf(WebApp& a, bool print) {
    const PrintDocument* document = a.viewer.printDocument();
    const Article* article = a.viewer.reader().article();
    if (!document || !article) return;
    if (!makePdf(a, *document)) {
        // The reader asked for it: say why there is none (a PDF over kMaxPdfPages, say).
        a.viewer.tell("This article could not be printed: " + gLastPdfError + ".");
        a.invalidate();
        return;
    }
    const std::string fileName = articleSlug(*article) + ".pdf";
    folio_js_deliver_pdf(gLastPdf.data(), static_cast<int>(gLastPdf.size()), fileName.c_str(),
                         static_cast<int>(document->pages.size()), print ? 1 : 2);
}

}  // namespace folio::web

// The C API of this domain; each function is declared, with what it does, in web_bridge.h.
extern "C" {

EMSCRIPTEN_KEEPALIVE int folio_page_count() {
    folio::web::WebApp* a = folio::web::app();
    const folio::PrintDocument* document = a ? a->viewer.printDocument() : nullptr;
    return document ? static_cast<int>(document->pages.size()) : 0;
}

EMSCRIPTEN_KEEPALIVE void folio_print() {
    folio::web::WebApp* a = folio::web::app();
    if (!a) return;
    a->viewer.command(folio::ui::ViewerCommand::Print);
    folio::web::runViewerRequests(*a);
}

EMSCRIPTEN_KEEPALIVE int folio_export_pdf(const char* optionsJson) {
    using nlohmann::json;
    folio::web::WebApp* a = folio::web::app();
    folio::web::gLastPdf.clear();
    const folio::Article* article = a ? a->viewer.reader().article() : nullptr;
    if (!article) {
        folio::web::gLastPdfError = "no article is shown";
        return 0;
    }
    folio::ReadingSettings settings = a->viewer.settings();
    const json options = json::parse(optionsJson, nullptr, false);
    if (!options.is_object()) {
        folio::web::gLastPdfError = "options: expected an object";
        return 0;
    }
    if (options.contains("paper")) {
        const json& paper = options["paper"];
        if (paper == "a4") settings.paper = folio::Paper::A4;
        else if (paper == "letter") settings.paper = folio::Paper::Letter;
        else {
            folio::web::gLastPdfError = "paper: expected \"a4\" or \"letter\"";
            return 0;
        }
    }
    struct NumberOption {
        const char* key;
        float low, high;
        float& target;
    };
    for (const NumberOption& option :
         {NumberOption{"marginMm", folio::kPrintMarginMm.front(), folio::kPrintMarginMm.back(), settings.printMarginMm},
          NumberOption{"fontSizePt", folio::kPrintFontSizePt.front(), folio::kPrintFontSizePt.back(),
                       settings.printFontSizePt}}) {
        if (!options.contains(option.key)) continue;
        const json& value = options[option.key];
        const double number = value.is_number() ? value.get<double>() : -1.0;
        if (!(number >= option.low && number <= option.high)) {
            folio::web::gLastPdfError = std::string(option.key) + ": expected a number from " +
                                        std::to_string(static_cast<int>(option.low)) + " to " +
                                        std::to_string(static_cast<int>(option.high));
            return 0;
        }
        option.target = static_cast<float>(number);
    }
    const folio::PrintDocument document = folio::paginate(*article, a->metrics, folio::ui::pageSpecFor(settings));
    if (!folio::web::makePdf(*a, document)) return 0;
    return static_cast<int>(document.pages.size());
}

EMSCRIPTEN_KEEPALIVE const unsigned char* folio_pdf_data() { return folio::web::gLastPdf.data(); }
EMSCRIPTEN_KEEPALIVE int folio_pdf_size() { return static_cast<int>(folio::web::gLastPdf.size()); }
EMSCRIPTEN_KEEPALIVE const char* folio_pdf_error() { return folio::web::gLastPdfError.c_str(); }

}  // extern "C"
