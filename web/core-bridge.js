// The one JavaScript side of the wasm module's C API (src/platform/web/web_bridge.h): every call
// into the module goes through a CoreBridge, which copies strings and bytes in and out, parses the
// JSON it returns and frees what it allocated; the module's calls back into the page arrive at the
// `host` given to createCoreBridge (see web_bridge_library.js). Nothing else touches the module.
//
// Sections: errors and memory · start, fonts, articles · settings and the view · sharing, links,
// bookmarks · comments · pictures, print and PDF.
import createFolioCore from './folio-core.js';

/**
 * An error of the viewer. `message` says what went wrong, for the page's developers (state().error
 * and the error event have it too); `readerMessage` is what the viewer shows the reader, in plain
 * words (the message itself when none is given).
 */
export class FolioError extends Error {
  constructor(message, readerMessage = message) {
    super(message);
    this.name = 'FolioError';
    this.readerMessage = readerMessage;
  }
}

const encoder = new TextEncoder();

// The core's code, downloaded and compiled once for the page. A failed download is tried again by
// the next viewer.
let compiledCore = null;

function compileCore() {
  if (!compiledCore) {
    const url = new URL('./folio-core.wasm', import.meta.url);
    compiledCore = (async () => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url.pathname} could not be fetched: ${response.status} ${response.statusText}`.trim());
      const streamable = /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '');
      return streamable ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
    })();
    compiledCore.catch(() => { compiledCore = null; });
  }
  return compiledCore;
}

/**
 * Loads and starts the module and resolves with its bridge. `host` receives the module's calls
 * into the page: `{ articleBase, action(kind, url, title, text), emit(name, detailJson),
 * canvasShown(), deliverPdf(bytes, fileName, pages, mode), picturesKept(), stored(key) }`: `stored`
 * hears of each value the module stored in localStorage; `articleBase` (the address pictures are
 * relative to) may change at any time. Rejects when the code cannot be fetched or compiled.
 */
export async function createCoreBridge(host) {
  const module = await startCore();
  const id = module._folio_create();  // selects it
  module.folioHosts.set(id, host);
  module.folioHost = host;
  return new CoreBridge(module, id);
}

// The core's one instance on the page: every viewer is a viewer of its own in it (folio_create),
// with its own WebGL and Dear ImGui contexts, all in one memory. A failed start is tried again by
// the next viewer.
let sharedCore = null;

function startCore() {
  if (!sharedCore) {
    sharedCore = (async () => {
      let failed;
      const failure = new Promise((resolve, reject) => { failed = reject; });
      const module = await Promise.race([failure, createFolioCore({
        instantiateWasm(imports, receive) {
          compileCore().then((compiled) => WebAssembly.instantiate(compiled, imports)
            .then((instance) => receive(instance, compiled))).catch(failed);
          return {};
        },
      })]);
      module.folioHosts = new Map();  // each viewer's host, by its number (web_bridge_library.js)
      return module;
    })();
    sharedCore.catch(() => { sharedCore = null; });
  }
  return sharedCore;
}

export class CoreBridge {
  constructor(module, id) {
    /** The Emscripten module itself, which every viewer on the page shares. Only this file calls
     * it; a fault-injection test and a benchmark that times one export reach it too. */
    this.module = module;
    /** This viewer's number in the module (folio_create). */
    this.id = id;
  }

  // ---- Errors and memory ----

  // `size` bytes of the module's memory (free them with _free); throws a FolioError instead of
  // returning 0 when the module is out of memory (writing there would overwrite its memory from 0).
  _alloc(size) {
    const ptr = this.module._malloc(size);
    if (!ptr) {
      throw new FolioError(`The viewer ran out of memory (${size} bytes were needed).`,
        'This article is too large for the memory this browser gives the page.');
    }
    return ptr;
  }

  /** The size of the module's memory, bytes (it grows, never shrinks). */
  heapBytes() {
    return this.module.HEAPU8.length;
  }

  // Calls `use(ptr, length)` with `bytes` copied into the module's memory for the call.
  _withBytes(bytes, use) {
    const ptr = this._alloc(Math.max(1, bytes.length));
    try {
      this.module.HEAPU8.set(bytes, ptr);
      return use(ptr, bytes.length);
    } finally {
      this.module._free(ptr);
    }
  }

  // Calls `use(...pointers)` with each of `strings` as a NUL-terminated UTF-8 copy for the call.
  _withStrings(strings, use) {
    const pointers = [];
    try {
      for (const text of strings) {
        const bytes = encoder.encode(`${text}\0`);
        const ptr = this._alloc(bytes.length);
        pointers.push(ptr);
        this.module.HEAPU8.set(bytes, ptr);
      }
      return use(...pointers);
    } finally {
      pointers.forEach((ptr) => this.module._free(ptr));
    }
  }

  // The module's string at `ptr` (valid until its next call), copied.
  _string(ptr) {
    return this.module.UTF8ToString(ptr);
  }

  // ---- Start, fonts, articles ----

  /**
   * Creates the viewer on the canvas `selector`, with the text layer's scroll container
   * `layerSelector`; false when WebGL 2 is not available.
   */
  start(selector, layerSelector) {
    return this._withStrings([selector, layerSelector], (s, l) => this.module._folio_start(s, l)) === 0;
  }

  /** Stops the viewer for good and frees what the module holds for it; the host hears no more. */
  stop() {
    this.module._folio_stop();
    this.module.folioHosts.delete(this.id);
  }

  /** Adds the TTF `bytes` as `face` (a folio::FontFace value); false when they are not a font. */
  addFont(face, bytes) {
    return this._withBytes(bytes, (ptr, length) => this.module._folio_add_font(face, ptr, length)) === 1;
  }

  /**
   * Sets the fallback fonts' coverage manifest (fonts/fallbacks.json, written by the build) and
   * returns the fallbacks the shown article's missing characters need, less the ones added already,
   * as [{ file, style ('serif', 'sans' or 'any'), bold, face (for a slice of a face's own font, that
   * folio::FontFace value, else -1) }]; [] when none (or the manifest is malformed: a warning says
   * so). A file ending in .json is a manifest of slices to add and ask again.
   */
  fallbacksWanted(coverageJson) {
    const json = this._withStrings([coverageJson], (c) => this._string(this.module._folio_fallbacks_wanted(c)));
    return JSON.parse(json);
  }

  /** Adds the fallback font `file` (a name from fallbacksWanted) with its `bytes`; false when refused. */
  addFallback(file, bytes) {
    return this._withStrings([file], (f) => this._withBytes(bytes, (ptr, length) => this.module._folio_add_fallback(f, ptr, length))) === 1;
  }

  /**
   * The pictures the shown article's emoji need from the colour fonts added (the web's copy of an
   * emoji font holds only their places), as [{ file (the font's name), glyph }]: each is the file
   * emoji/<file's stem>.<glyph>.png. [] when none is wanted.
   */
  colorGlyphsWanted() {
    return JSON.parse(this._string(this.module._folio_color_glyphs_wanted()));
  }

  /**
   * Gives the picture of colour glyph `glyph` of the fallback font `file`: `width` x `height` RGBA
   * pixels, not premultiplied (`rgba`, a Uint8ClampedArray or Uint8Array); drawn from the next frame.
   * False when refused (a warning says why).
   */
  addColorGlyph(file, glyph, width, height, rgba) {
    return this._withStrings([file], (f) => this._withBytes(rgba,
      (ptr, length) => this.module._folio_add_color_glyph(f, glyph, width, height, ptr, length))) === 1;
  }

  /**
   * Adds a word dictionary (`bytes` of dictionaries/<script>.words, a name from
   * state().dictionariesWanted); false when refused. Call fontsAdded() then to measure again.
   */
  addWordDictionary(bytes) {
    return this._withBytes(bytes, (ptr, length) => this.module._folio_add_word_dictionary(ptr, length)) === 1;
  }

  /** The faces the first frame needs under the reader's settings, as a bitmask (bit i: face i). */
  firstFrameFaces() {
    return this.module._folio_first_frame_faces();
  }

  /** The faces the viewer draws with now (the article's, the print preview's, the tools'), as a bitmask. */
  facesWanted() {
    return this.module._folio_faces_wanted();
  }

  /** Fonts or word dictionaries were added after content was shown: it is measured again. */
  fontsAdded() {
    this.module._folio_fonts_added();
  }

  /** The largest article JSON loadJson takes, bytes. */
  maxArticleBytes() {
    return this.module._folio_max_article_bytes() >>> 0;
  }

  /** The core's design tokens (folio/design_tokens.h): CSS custom properties, choices, steps. */
  designTokens() {
    return JSON.parse(this._string(this.module._folio_design_tokens()));
  }

  /** Where the next article comes from ('' when it is not from an address). */
  setArticleSource(url) {
    this._withStrings([url], (u) => this.module._folio_set_article_source(u));
  }

  /** Shows the article JSON `bytes`; returns '' or why it was refused. */
  loadJson(bytes) {
    return this._withBytes(bytes, (ptr, length) => this._string(this.module._folio_load_json(ptr, length)));
  }

  /** What the last loadJson showed otherwise than written: strings for the embedder. */
  loadNotices() {
    return JSON.parse(this._string(this.module._folio_load_notices()));
  }

  /** The shown article as semantic HTML; '' when none is shown. */
  articleHtml() {
    return this._string(this.module._folio_article_html());
  }

  /**
   * The text layer's outline for the current layout (src/ui/text_layer.h):
   * `{ generation, height, language, groups: [[tag, detail]…] }`, or null when nothing is shown.
   */
  textLayerOutline() {
    const json = this._string(this.module._folio_text_layer_outline());
    return json ? JSON.parse(json) : null;
  }

  /**
   * The runs of the layer's groups [first, end) for the current layout:
   * `{ generation, groups: [{ group, lines: [[item, role, baseline, runs]…], images }…] }`, or null.
   */
  textLayerGroups(first, end) {
    const json = this._string(this.module._folio_text_layer_groups(first, end));
    return json ? JSON.parse(json) : null;
  }

  /** The text layer was scrolled to `y` CSS px: the canvas draws that part now. */
  setScroll(y) {
    this.module._folio_set_scroll(y);
  }

  /** The layer's copy of block `block`'s sideways area (a wide code block) was scrolled to `x` CSS px. */
  setSidewaysScroll(block, x) {
    this.module._folio_set_sideways_scroll(block, x);
  }

  /**
   * Where the internal link `target` (a footnote's mark or note: "#folio-note-1") goes in the
   * current layout: `{ y, group, item, link }` (src/ui/text_layer.h), or null when it is not there.
   */
  linkTarget(target) {
    const json = this._withStrings([target], (t) => this._string(this.module._folio_link_target(t)));
    return json ? JSON.parse(json) : null;
  }

  /** Whether the canvas draws the article, or only its background and toolbar (the text layer shows it). */
  setArticleDrawn(drawn) {
    this.module._folio_set_article_drawn(drawn ? 1 : 0);
  }

  /** Shows a page saying there is nothing to read yet; returns its text. */
  showNothing() {
    return this._string(this.module._folio_show_nothing());
  }

  /** Shows an error page saying `message` to the reader; state().error is then `detail`. */
  showError(message, detail = message) {
    this._withStrings([message, detail], (m, d) => this.module._folio_show_error(m, d));
  }

  // ---- Settings and the view ----

  /** Reads the stored reading settings and applies them. */
  restoreSettings() {
    this.module._folio_restore_settings();
  }

  /** Sets the body text size, CSS px (clamped). */
  setFontSize(px) {
    this.module._folio_set_font_size(px);
  }

  /** Steps the text size as A+ (1) and A- (-1) do, or back to the default (0). */
  stepFontSize(direction) {
    this.module._folio_step_font_size(direction);
  }

  /** Applies settings given as their JSON object (the stored form); returns '' or why not. */
  applySettings(settings) {
    return this._withStrings([JSON.stringify(settings)], (s) => this._string(this.module._folio_apply_settings(s)));
  }

  /** Whether the system prefers a dark colour scheme (for the Auto theme). */
  setPrefersDark(dark) {
    this.module._folio_set_prefers_dark(dark ? 1 : 0);
  }

  /** The stored value of `key` was changed elsewhere ('' : storage was cleared): read it again. */
  storedValueChanged(key) {
    this._withStrings([key], (k) => this.module._folio_stored_value_changed(k));
  }

  /** Whether the primary pointer is coarse (a touch screen): taller toolbar, 44 px buttons. */
  setTouch(touch) {
    this.module._folio_set_touch(touch ? 1 : 0);
  }

  /** The canvas is `width` x `height` CSS px at `dpr` device px per CSS px. */
  setViewport(width, height, dpr) {
    this.module._folio_set_viewport(width, height, dpr);
  }

  /** Scrolls `offsetPx` CSS px into body block `block` (-1: the title) to the top of the view. */
  scrollToBlock(block, offsetPx) {
    this.module._folio_scroll_to_block(block, offsetPx);
  }

  /** The viewer's state (see FolioViewer.state()). */
  state() {
    return JSON.parse(this._string(this.module._folio_state()));
  }

  // ---- Sharing, links, bookmarks ----

  /** Shares the shown article: the system's dialog (through the host), else the share sheet. */
  share() {
    this.module._folio_share();
  }

  /** The system's share dialog is not there or failed: the viewer's share sheet opens. */
  shareSheet() {
    this.module._folio_share_sheet();
  }

  /** The link was copied (`ok`) or could not be. */
  copied(ok) {
    this.module._folio_copied(ok ? 1 : 0);
  }

  /** The share menu: `{ title, url, links: [{ target, label, url }] }`, or null with no article. */
  shareLinks() {
    const json = this._string(this.module._folio_share_links());
    return json ? JSON.parse(json) : null;
  }

  /** Whether the viewer may open `url` (the core's rule: http(s) and mailto:). */
  isSafeLink(url) {
    return this._withStrings([String(url)], (u) => this.module._folio_is_safe_link(u)) === 1;
  }

  /** Bookmarks the shown article or removes its bookmark; returns whether it is now bookmarked. */
  toggleBookmark() {
    return this.module._folio_toggle_bookmark() === 1;
  }

  /** The bookmarks, in their stored form: `{ version, bookmarks: [...] }`. */
  bookmarks() {
    return JSON.parse(this._string(this.module._folio_bookmarks_json()));
  }

  /** Reopens the bookmark `id` at its reading position; false when there is none to open. */
  openBookmark(id) {
    return this._withStrings([id], (i) => this.module._folio_open_bookmark(i)) === 1;
  }

  /** Removes the bookmark `id`; false when there is none. */
  removeBookmark(id) {
    return this._withStrings([id], (i) => this.module._folio_remove_bookmark(i)) === 1;
  }

  /** Saves the bookmarks as a file (through the host's "export" action). */
  exportBookmarks() {
    this.module._folio_export_bookmarks();
  }

  /** Merges an exported bookmarks file's text; returns what happened, in the reader's words. */
  importBookmarks(json) {
    return this._withStrings([json], (j) => this._string(this.module._folio_import_bookmarks(j)));
  }

  // ---- Comments ----

  /** The shown article's draft: `{ name, text }`. */
  commentDraft() {
    return JSON.parse(this._string(this.module._folio_comment_draft()));
  }

  /** Keeps what is typed as the shown article's draft. */
  saveCommentDraft(name, text) {
    this._withStrings([name, text], (n, t) => this.module._folio_comment_save_draft(n, t));
  }

  /** Whether the draft, as last saved, is in storage (it survives a reload). */
  commentDraftStored() {
    return this.module._folio_comment_draft_stored() === 1;
  }

  /** Checks a comment: `{ ok, nameError, textError }`. */
  checkComment(name, text) {
    return JSON.parse(this._withStrings([name, text], (n, t) => this._string(this.module._folio_comment_check(n, t))));
  }

  /** The JSON body to POST for a comment posted at `postedIso`; '' when no article is shown. */
  commentBody(name, text, postedIso) {
    return this._withStrings([name, text, postedIso],
      (n, t, p) => this._string(this.module._folio_comment_body(n, t, p)));
  }

  /** The endpoint took the comment: its draft is dropped. */
  commentSent() {
    this.module._folio_comment_sent();
  }

  /**
   * The shown article's comments kept in this browser, oldest first: { article, comments: [{
   * author, text, posted, body }] } with the article's id and the JSON `body` to send.
   */
  unsentComments() {
    return JSON.parse(this._string(this.module._folio_comment_unsent()));
  }

  /** A comment kept for `article` (as unsentComments gave them) was sent: dropped; false when not kept. */
  unsentCommentSent(article, comment) {
    return this._withStrings([article, comment.author, comment.text, comment.posted],
      (i, a, t, p) => this.module._folio_comment_unsent_sent(i, a, t, p)) === 1;
  }

  /** Whether the comments section follows the article (true at first). */
  setCommentsShown(shown) {
    this.module._folio_comments_shown(shown ? 1 : 0);
  }

  /** Keeps the comment in this browser (nothing can send it); false when storage could not keep it. */
  keepComment(name, text) {
    return this._withStrings([name, text], (n, t) => this.module._folio_comment_keep(n, t)) === 1;
  }

  // ---- Pictures, print and PDF ----

  /** How many pictures of the shown content are still on their way to the PDF. */
  picturesPending() {
    return this.module._folio_pdf_pictures_pending();
  }

  /** The page count under the reader's print settings (paginating when needed); 0 without an article. */
  pageCount() {
    return this.module._folio_page_count();
  }

  /** Prints the PDF of the reader's print settings (through the host's deliverPdf). */
  print() {
    this.module._folio_print();
  }

  /** The PDF for `options` ({ paper, marginMm, fontSizePt }): `{ bytes }` (a copy), or `{ error }`. */
  exportPdf(options) {
    const pages = this._withStrings([JSON.stringify(options)], (o) => this.module._folio_export_pdf(o));
    if (!pages) return { error: this._string(this.module._folio_pdf_error()) };
    const start = this.module._folio_pdf_data();
    return { bytes: this.module.HEAPU8.slice(start, start + this.module._folio_pdf_size()) };
  }
}

// Every method of a bridge runs with its viewer selected in the module, and selects the viewer
// selected before again when it returns: a host's handler may call another viewer's bridge in the
// middle of a call (a stored setting, heard by every viewer on the page).
for (const name of Object.getOwnPropertyNames(CoreBridge.prototype)) {
  const method = Object.getOwnPropertyDescriptor(CoreBridge.prototype, name).value;
  if (name === 'constructor' || typeof method !== 'function') continue;
  CoreBridge.prototype[name] = function selecting(...args) {
    const previous = this.module.folioSelected;
    if (previous === this.id) return method.apply(this, args);
    this.module._folio_select(this.id);
    try {
      return method.apply(this, args);
    } finally {
      if (previous) this.module._folio_select(previous);
    }
  };
}
