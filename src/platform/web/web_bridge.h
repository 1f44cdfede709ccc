// The boundary between the wasm module and JavaScript, both ways, declared in one place.
//
//   1. Calls into JavaScript, implemented in web_bridge_library.js (linked with --js-library).
//      Each does what only the browser can (storage, pictures, the clock) or hands over to the
//      page's host object, Module.folioHost, which web/core-bridge.js sets.
//   2. The C API that JavaScript calls: exported functions, defined in the web_*.cpp file of their
//      domain. web/core-bridge.js wraps them; nothing else in JavaScript calls them.
//
// Conventions, for both directions:
//  - Strings are UTF-8. A string argument is NUL-terminated and belongs to the caller, for the
//    call only. Bytes that may hold a NUL (stored values, files) cross as a pointer and a length.
//  - A returned `const char*` belongs to the module and stays valid until the next call into it:
//    JavaScript copies it (UTF8ToString) at once. JSON results are objects or arrays as documented.
//  - A pointer JavaScript returns to C++ (folio_js_page_url, folio_js_storage_get,
//    folio_js_parse_html) is malloc'd;
//    the C++ caller frees it. 0 means absent or no memory.
//  - Yes/no results are 1/0. Lengths are CSS px unless said.
#pragma once

#include <emscripten.h>

extern "C" {

// ---- 1. Calls into JavaScript (web_bridge_library.js) ----

// The viewer numbered `id` (folio_create) is selected, 0 none: the calls that follow go to its host
// (Module.folioHost becomes Module.folioHosts.get(id); Module.folioSelected is `id`).
void folio_js_select(int id);

// Makes the canvas `selector` visible (it starts hidden, so that no blank frame shows before the
// first one), then tells the host (folioHost.canvasShown: the page removes its first paint).
void folio_js_show_canvas(const char* selector);

// After a frame that changed the article's layout or scroll position (or what covers it), tells the
// host (folioHost.viewChanged): `generation` names the layout (ask for its text layer with it),
// `scrollY` and `contentHeight` are CSS px, `overlay` is 1 while a panel or the print preview
// covers the article, `theme` names the colours in use ("light", "sepia", "dark"), `coverings` is
// JSON, [[x, y, width, height]…] CSS px of the canvas: what is drawn over part of the article
// (Viewer::coverings), where the canvas takes the pointer.
void folio_js_view_changed(double generation, float scrollY, float contentHeight, int overlay, const char* theme,
                           const char* coverings);

// Sets the canvas's CSS cursor ("default" or "pointer").
void folio_js_set_cursor(const char* selector, const char* cursor);

// Opens a link from the article in a new tab, without giving it this page. Only called with a
// link folio::isSafeLink accepts.
void folio_js_open_link(const char* url);

// Hands an action to the host (folioHost.action), inside the reader's gesture: `kind` is one of
// "share", "open", "copy", "article", "export", "import", "comment".
void folio_js_action(const char* kind, const char* url, const char* title, const char* text);

// Dispatches the viewer event `name` with `detailJson` (folioHost.emit).
void folio_js_emit(const char* name, const char* detailJson);

// The page's address, for sharing an article that has no URL of its own; malloc'd, the caller
// frees; 0 when no memory could be had for it.
char* folio_js_page_url();

// Writes the current time as ISO 8601 (UTC, "2026-12-03T12:00:00.000Z"), NUL-terminated, into the
// `size` bytes at `out` (no allocation).
void folio_js_now_iso(char* out, int size);

// The localStorage value under `key` (`keyLength` bytes) as malloc'd bytes the caller frees, their
// count in `*length`; 0 when absent or unreadable, or when no memory could be had for it.
unsigned char* folio_js_storage_get(const char* key, int keyLength, int* length);

// Stores `valueLength` bytes at `value` under `key`: 0 when stored, 1 when the storage is full, 2
// when the browser allows no storage here.
int folio_js_storage_set(const char* key, int keyLength, const char* value, int valueLength);

// Loads `src` (resolved against the article's address, folioHost.articleBase; http(s) only) into
// a new texture and reports to folio_picture_loaded(request, texture, width, height), texture 0 on
// failure. Pictures larger than the GPU takes are scaled down first. Then keeps the picture for
// the PDF, one after the other: the file's bytes when it is a JPEG (the PDF holds it as it is),
// else the picture drawn into a canvas, an SVG at 1600 px on its longer side (or its own size if
// larger), any picture at most 2400 px: folio_pdf_picture(request, 1, 0, 0, bytes) or (request, 2,
// width, height, RGBA pixels). A picture that cannot be had is left out (its box stays grey).
void folio_js_load_picture(int request, const char* src);

// Every picture asked for has been kept for the PDF or given up (folioHost.picturesKept: what
// waits for them, exportPdf(), goes on).
void folio_js_pdf_pictures_kept();

// Parses the `length` bytes of HTML at `html` with the page's own HTML parser (DOMParser: nothing in
// it runs or loads) and returns its body as malloc'd bytes the caller frees, their count in
// `*size`: items in document order, each a letter and its text ended by a NUL byte (which an HTML
// parser never leaves in a document): "o<name>" opens an element (its name lower case, "svg:…" or
// "math:…" outside HTML's namespace), "a<name>" then "v<value>" give it an attribute, "t<text>" is
// text, "c" closes the element open last. 0 when the page has no parser or no memory could be had.
unsigned char* folio_js_parse_html(const char* html, int length, int* size);

// Gives the PDF (`size` bytes, copied) to the host (folioHost.deliverPdf): `mode` 1 prints it, 2
// saves it as `fileName`.
void folio_js_deliver_pdf(const unsigned char* data, int size, const char* fileName, int pages, int mode);

// ---- 2. The C API that JavaScript calls ----
//
// One module instance holds every viewer of the page. Each function is for the viewer selected
// (folio_select; folio_create selects the viewer it makes), and the module selects the viewer an
// animation frame, an input event or a picture is for while it runs it.
// Every function works before folio_start too, doing nothing and returning 0 or "" (unless said).
// Without a canvas (folio_start failed) folio_load_json, folio_show_error, folio_article_html and
// folio_state still work: they keep and describe the article the page shows as HTML (the plain
// page, "plain": true in the state).

// -- Start, fonts, articles, settings and the view (web_app.cpp) --

// Makes a viewer, without a canvas yet, and selects it. Returns its number (from 1).
EMSCRIPTEN_KEEPALIVE int folio_create();

// Selects the viewer numbered `id`: the calls that follow are for it. Returns 1, or 0 (and none is
// selected) when there is no such viewer.
EMSCRIPTEN_KEEPALIVE int folio_select(int id);

// Gives the selected viewer the canvas `selector` ("#id"), with the text layer's scroll container
// `layerSelector` ("#id"), whose keys (text size, Escape) it also takes. Returns 0, or 1 when
// WebGL2 is unavailable (or no viewer is selected).
EMSCRIPTEN_KEEPALIVE int folio_start(const char* selector, const char* layerSelector);

// Stops the selected viewer for good (destroy()): its input listeners, its pending frame and
// pictures, its Dear ImGui context and its WebGL context go, and all it holds is freed; none is
// selected then. Nothing when none is selected.
EMSCRIPTEN_KEEPALIVE void folio_stop();

// Adds a TTF font for `face` (a folio::FontFace value); copies the bytes. Returns 1, or 0 when the
// bytes are not a font.
EMSCRIPTEN_KEEPALIVE int folio_add_font(int face, const unsigned char* data, int size);

// The faces an article's first frame is drawn with under the reader's settings (call after
// folio_restore_settings), as a bitmask: bit i for folio::FontFace i. 0 before folio_start.
EMSCRIPTEN_KEEPALIVE int folio_first_frame_faces();

// The faces the viewer draws with now: those the shown article's text is set in (on screen, and in
// the print preview or PDF once paginated) and the toolbar's, as a bitmask like
// folio_first_frame_faces. 0 before folio_start.
EMSCRIPTEN_KEEPALIVE int folio_faces_wanted();

// Takes the fallback fonts' coverage manifest (`coverageJson`: fonts/fallbacks.json, which the build
// writes, with the entries of any slice manifests merged in) and returns the fonts the shown
// article's missing characters need, less those added already, as a JSON array of { "file", "style"
// ("serif", "sans" or "any"), "bold", "face" (for a slice of a face's own font, that folio::FontFace
// value, else -1) }; "[]" when none, or when the manifest is malformed (stderr says why). A file
// ending in ".json" is a manifest of slices: fetch it, merge its entries and ask again.
EMSCRIPTEN_KEEPALIVE const char* folio_fallbacks_wanted(const char* coverageJson);

// Adds the fallback font `file` (a name folio_fallbacks_wanted gave) from `size` bytes at `data`
// (copied). Returns 1, or 0 when the name is unknown or the bytes are not a usable font.
EMSCRIPTEN_KEEPALIVE int folio_add_fallback(const char* file, const unsigned char* data, int size);

// The pictures the shown article's emoji need from the colour fonts added (the web's copy of an
// emoji font holds only their places), as a JSON array of { "file" (the font's name, as
// folio_add_fallback took it), "glyph" }; each is the file emoji/<file's stem>.<glyph>.png. "[]"
// when none is wanted.
EMSCRIPTEN_KEEPALIVE const char* folio_color_glyphs_wanted();

// Gives the picture of colour glyph `glyph` of the fallback font `file`: `width` x `height` RGBA
// pixels, not premultiplied (the browser decoded the PNG), `size` bytes at `data` (copied). The
// viewer draws it from the next frame. Returns 1, or 0 when the font is not a colour font added,
// the glyph has no place in it, or the size does not match (stderr says why).
EMSCRIPTEN_KEEPALIVE int folio_add_color_glyph(const char* file, int glyph, int width, int height,
                                               const unsigned char* data, int size);

// Fonts or word dictionaries were added after content was shown: measure it again (keeping the
// reading position).
EMSCRIPTEN_KEEPALIVE void folio_fonts_added();

// Adds a word dictionary file (dictionaries/<script>.words, which the build writes; the state's
// "dictionariesWanted" names the ones the shown article's text needs), copying the `size` bytes at
// `data`: text of its script (Thai, Lao, Khmer, Myanmar) measured from then on breaks between
// words (call folio_fonts_added to measure the shown article again). Returns 1, or 0 when the
// bytes are not a word dictionary (a warning on the console says why).
EMSCRIPTEN_KEEPALIVE int folio_add_word_dictionary(const unsigned char* data, int size);

// The largest article JSON folio_load_json reads, bytes (folio::ParseLimits::maxInputBytes): the
// embedding API refuses a larger response before copying it into the module's memory.
EMSCRIPTEN_KEEPALIVE unsigned folio_max_article_bytes();

// The core's design tokens as JSON (folio::designTokensJson: colours, choices and labels, steps),
// and "touchTargetPx": the least height of a control on a touch screen (the canvas's buttons'
// there, ui/toolbar_layout.h), from which the page's CSS custom properties and the dialogs are made. Works before folio_start;
// the string stays valid until the next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_design_tokens();

// Parses article JSON (`size` bytes of UTF-8) and shows it. Returns "" on success, else the error
// message, which the viewer then shows. The string stays valid until the next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_load_json(const char* data, int size);

// What the last folio_load_json showed otherwise than written (folio::ParseResult::notices, e.g.
// a block of an unknown type shown as its text), as a JSON array of strings; "[]" when nothing.
EMSCRIPTEN_KEEPALIVE const char* folio_load_notices();

// The shown article as semantic HTML (see folio/article_html.h); "" when none is shown.
EMSCRIPTEN_KEEPALIVE const char* folio_article_html();

// Scrolls the shown article so that `offsetPx` CSS px into body block `block` (-1: the title and
// meta line) is at the top of the view.
EMSCRIPTEN_KEEPALIVE void folio_scroll_to_block(int block, float offsetPx);

// Shows a page saying there is nothing to read yet (mounted without an article); returns its text
// (static), which the page's HTML copy says too, also without a canvas. Not an error:
// state().error stays null.
EMSCRIPTEN_KEEPALIVE const char* folio_show_nothing();

// Shows an error page saying `message` (UTF-8, for the reader); folio_state's "error" is then
// `detail` (what went wrong, for the page's developers).
EMSCRIPTEN_KEEPALIVE void folio_show_error(const char* message, const char* detail);

// Sets the body text size in CSS px (clamped to the supported range); stored like any setting.
EMSCRIPTEN_KEEPALIVE void folio_set_font_size(float px);

// Steps the body text size as A+ (`direction` > 0) and A- (< 0) do, through the sizes they offer,
// or goes back to the default 20 px (0); stored like any setting.
EMSCRIPTEN_KEEPALIVE void folio_step_font_size(int direction);

// Reads the stored reading settings and applies them; call once the fonts are in.
EMSCRIPTEN_KEEPALIVE void folio_restore_settings();

// Whether the system prefers a dark colour scheme (for the Auto theme).
EMSCRIPTEN_KEEPALIVE void folio_set_prefers_dark(int dark);

// The stored value of `key` was changed by another viewer on the page or the page in another tab
// ("" : storage was cleared): the viewer reads it again (Viewer::storedValueChanged).
EMSCRIPTEN_KEEPALIVE void folio_stored_value_changed(const char* key);

// Whether the primary pointer is coarse (a touch screen): a taller toolbar and 44 px buttons
// (toolbar_layout::kTouchSizes). The text layer's outline moves down with the toolbar.
EMSCRIPTEN_KEEPALIVE void folio_set_touch(int touch);

// Applies reading settings given as JSON (the stored form); returns "" or why they were refused.
EMSCRIPTEN_KEEPALIVE const char* folio_apply_settings(const char* json);

// The canvas is `width` x `height` CSS px at `dpr` device px per CSS px.
EMSCRIPTEN_KEEPALIVE void folio_set_viewport(float width, float height, float dpr);

// The viewer's state as a JSON object (see web/folio.js, state()).
EMSCRIPTEN_KEEPALIVE const char* folio_state();

// -- The text layer over the canvas (web_text_layer.cpp) --

// The shown content's text layer outline (folio::ui::textLayerOutline, JSON) for the current
// layout; "" when nothing is shown. The string stays valid until the next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_text_layer_outline();

// The runs of the layer's groups [first, end) for the current layout (folio::ui::textLayerGroups,
// JSON); "" when nothing is shown. The string stays valid until the next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_text_layer_groups(int first, int end);

// The text layer was scrolled to `y` CSS px from the content top (the page's own scrolling: wheel,
// touch, keys, find, anchors): the canvas draws that part now, in the same animation frame.
EMSCRIPTEN_KEEPALIVE void folio_set_scroll(float y);

// The text layer's copy of the sideways area of body block `block` (a code block wider than the
// column) was scrolled to `x` CSS px from its left edge: the canvas draws it so, now.
EMSCRIPTEN_KEEPALIVE void folio_set_sideways_scroll(int block, float x);

// Where the internal link `target` (UTF-8: a footnote's mark or note, folio/note_links.h) goes in
// the current layout, as JSON {"y":px,"group":g,"item":i,"link":"…"}: the top of its line (CSS px
// from the content top), the text layer group and list item (-1: none) it is in, and the link of
// the run there ("" when it is no link); "" when it is not there. The string stays valid until the
// next call into the module.
EMSCRIPTEN_KEEPALIVE const char* folio_link_target(const char* target);

// Whether the canvas draws the article (1, at first) or only its background and the toolbar (0):
// the text layer shows the article itself, once a translation of the page rewrote its text.
EMSCRIPTEN_KEEPALIVE void folio_set_article_drawn(int drawn);

// -- Sharing, links and bookmarks (web_actions.cpp) --

// The system's share dialog is not available (or failed): show the viewer's share sheet.
EMSCRIPTEN_KEEPALIVE void folio_share_sheet();

// The link was copied (`ok` 1) or could not be (0).
EMSCRIPTEN_KEEPALIVE void folio_copied(int ok);

// Merges an exported bookmarks file (UTF-8 JSON). Returns what happened, which the viewer's notice
// also says ("" before folio_start); the string is the module's, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_import_bookmarks(const char* json);

// Shares the shown article (the embedding page's share()): the system's dialog, else the sheet.
EMSCRIPTEN_KEEPALIVE void folio_share();

// Bookmarks or un-bookmarks the shown article; returns 1 when it is now bookmarked.
EMSCRIPTEN_KEEPALIVE int folio_toggle_bookmark();

// The bookmarks as JSON (the stored and exported form).
EMSCRIPTEN_KEEPALIVE const char* folio_bookmarks_json();

// Reopens the bookmark with `id` (UTF-8) as the bookmarks panel does: its article is loaded
// (the host's "article" action) and shown at the bookmark's reading position. Returns 1, or 0 when there
// is no such bookmark or it has no address to load it from.
EMSCRIPTEN_KEEPALIVE int folio_open_bookmark(const char* id);

// Removes the bookmark with `id` (UTF-8) and stores the list (a "bookmark" event follows). Returns
// 1, or 0 when there is no such bookmark.
EMSCRIPTEN_KEEPALIVE int folio_remove_bookmark(const char* id);

// Saves the bookmarks as folio-bookmarks.json (the host's "export" action), as the panel's Export does.
EMSCRIPTEN_KEEPALIVE void folio_export_bookmarks();

// The shown article's share menu as a JSON object: {"title", "url", "links": [{"target", "label",
// "url"}]}, the links exactly as the share sheet opens them, one for each target, "url" "" where a
// target has nothing to share. "" when no article is shown. The string is the module's, valid
// until the next call.
EMSCRIPTEN_KEEPALIVE const char* folio_share_links();

// Where the next article comes from (for its bookmark); call before folio_load_json. Also notes
// the page's address, shared for an article without a URL of its own.
EMSCRIPTEN_KEEPALIVE void folio_set_article_source(const char* url);

// 1 when the viewer may open `href` (folio::isSafeLink: http(s) or mailto:), else 0. JavaScript
// asks this instead of repeating the rule.
EMSCRIPTEN_KEEPALIVE int folio_is_safe_link(const char* href);

// -- Comments (web_comments.cpp) --

// The shown article's draft: {"name", "text"} (empty strings when none).
EMSCRIPTEN_KEEPALIVE const char* folio_comment_draft();

// Keeps what is typed as the shown article's draft (also across reloads).
EMSCRIPTEN_KEEPALIVE void folio_comment_save_draft(const char* name, const char* text);

// 1 when the shown article's draft, as last saved, is in storage (it survives a reload); else 0.
EMSCRIPTEN_KEEPALIVE int folio_comment_draft_stored();

// Checks a comment: {"ok", "nameError", "textError"} (messages for the reader; empty when fine).
EMSCRIPTEN_KEEPALIVE const char* folio_comment_check(const char* name, const char* text);

// The JSON body to POST for a comment on the shown article; "" when no article is shown.
EMSCRIPTEN_KEEPALIVE const char* folio_comment_body(const char* name, const char* text, const char* postedIso);

// The endpoint took the comment: its draft is dropped.
EMSCRIPTEN_KEEPALIVE void folio_comment_sent();

// Keeps the comment in this browser's storage (nothing can send it), shown as not sent yet; 1 when
// kept, 0 when storage could not keep it (nothing is kept then, and the draft stays as it is).
EMSCRIPTEN_KEEPALIVE int folio_comment_keep(const char* name, const char* text);

// The shown article's comments kept in this browser, oldest first, each with the body to send:
// {"article":"<articleId>","comments":[{"author":"…","text":"…","posted":"…","body":"<commentPostBody
// JSON>"}]}; no comments when none (or no article is shown).
EMSCRIPTEN_KEEPALIVE const char* folio_comment_unsent();

// The comment kept for `article` (author, text, posted as folio_comment_unsent gave them) was
// sent: it is dropped from storage and from under the article. 1 when dropped, 0 when not kept or
// storage refused.
EMSCRIPTEN_KEEPALIVE int folio_comment_unsent_sent(const char* article, const char* author, const char* text,
                                                   const char* posted);

// Whether the comments section follows the article (1, the default) or not (0).
EMSCRIPTEN_KEEPALIVE void folio_comments_shown(int shown);

// -- Pictures (web_images.cpp) --

// A picture asked for by loadPictures arrived (texture > 0) or failed (texture 0).
EMSCRIPTEN_KEEPALIVE void folio_picture_loaded(int request, unsigned texture, int width, int height);

// The picture of request `request` for the PDF: `kind` 1, the `size` bytes at `data` are a JPEG
// file; 2, they are `width` x `height` RGBA pixels; 0, it could not be had. Copies what it keeps.
// Returns 1 when kept, 0 when refused (a JPEG the PDF cannot hold as it is: send its pixels then)
// or no longer wanted (the article changed).
EMSCRIPTEN_KEEPALIVE int folio_pdf_picture(int request, int kind, int width, int height, const unsigned char* data, int size);

// Selects the viewer that asked for picture `request` (before its texture is made in its WebGL
// context). Returns 1, or 0 when that viewer is gone or the picture no longer wanted.
EMSCRIPTEN_KEEPALIVE int folio_select_picture_viewer(int request);

// How many pictures of the shown content are still on their way to the PDF.
EMSCRIPTEN_KEEPALIVE int folio_pdf_pictures_pending();

// -- Print and PDF (web_print.cpp) --

// The page count of the shown article under the reader's print settings, paginating it when that
// was not done yet (web/folio.js pageCount()); 0 when no article is shown.
EMSCRIPTEN_KEEPALIVE int folio_page_count();

// Asks for the print dialog with the PDF of the current print settings (web/folio.js print()).
EMSCRIPTEN_KEEPALIVE void folio_print();

// Makes the PDF for `optionsJson` ({"paper":"a4"|"letter","marginMm":n,"fontSizePt":n}, each
// optional, the reader's print settings otherwise). Returns its page count, or 0 on failure: then
// folio_pdf_error() says why. folio_pdf_data() and folio_pdf_size() give the bytes.
EMSCRIPTEN_KEEPALIVE int folio_export_pdf(const char* optionsJson);

// The bytes of the last PDF folio_export_pdf made (the module's, valid until the next export).
EMSCRIPTEN_KEEPALIVE const unsigned char* folio_pdf_data();

// How many bytes folio_pdf_data() holds.
EMSCRIPTEN_KEEPALIVE int folio_pdf_size();

// Why the last folio_export_pdf failed ("" after a success).
EMSCRIPTEN_KEEPALIVE const char* folio_pdf_error();
}  // extern "C"
