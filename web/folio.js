// Folio embedding API: mount an article viewer into an element of your page.
//
//   import { mount } from './folio.js';
//   const viewer = await mount(document.querySelector('#article'));
//   await viewer.load('articles/story.json');   // or viewer.load({ title: ..., body: [...] })
//   viewer.setFontSize(22);
//   viewer.state();   // { ready, title, error, blocks, fontSizePx, scrollY, contentHeight, ... }
//   viewer.addEventListener('load', (e) => console.log(e.detail.title));
//   viewer.destroy();   // when the page drops it: the element gets back what it held
//   viewer.addEventListener('error', (e) => console.log(e.detail.message));
//
// The viewer fills the element (give the element a size). It fetches its code, fonts and
// articles relative to this module's URL, and only from where you point it.
//
// Sections: fonts and helpers · mount() · FolioViewer: construction and start-up, load() and
// where articles may come from, the public API (text size, share, bookmarks, print, PDF,
// settings, state), the keyboard bar and its dialogs, import, the host the module calls (actions,
// PDF delivery, errors), fonts, fetching, watching the colour scheme and the size. Every call
// into the wasm module goes through core-bridge.js.
import { FolioError, createCoreBridge } from './core-bridge.js';
import { assetUrl, firstAssetUrl } from './asset-names.js';
import { FACE_FILES } from './folio-fonts.js';
import { installDesignTokens, installStyles } from './folio-styles.js';
import { TextLayer } from './text-layer.js';

// The faces' fonts come in unicode-range slices (the build writes FACE_FILES, each face's core
// slice, by folio::FontFace). A first frame in the default family needs only the regular and bold
// serif and the regular sans: those are fetched beside the code. The viewer names the faces its
// first frame needs once it has read the reader's settings, and then those its article's text is
// set in, and the slices and fallback fonts its characters need (_fetchFonts).
const LIKELY_FIRST_FACES = [0, 2, 4];
// How many emoji pictures (a few KB each) a viewer fetches at once, in the background.
const PICTURE_FETCHES = 6;

let viewerCount = 0;

// What a destroyed viewer's methods reach instead of the module: a plain error for any of them.
const DESTROYED = new Proxy({}, {
  get() {
    throw new FolioError('This viewer was destroyed (destroy()); mount a new one to show articles.');
  },
});

// The viewers started on this page. What one of them stores (reading settings, bookmarks, reading
// positions, comments) the others read again at once, and what the page stores in another tab
// (the storage event) they all do: every viewer shows the reader's one set of settings.
const startedViewers = new Set();

function storedElsewhere(key, writer = null) {
  for (const viewer of startedViewers) if (viewer !== writer) viewer._bridge.storedValueChanged(key);
}

function storedInAnotherTab(event) {
  if (event.storageArea !== localStorage || (event.key !== null && !event.key.startsWith('folio.'))) return;
  storedElsewhere(event.key ?? '');
}

function watchStorage(viewer, started) {
  if (started) startedViewers.add(viewer);
  else startedViewers.delete(viewer);
  if (started && startedViewers.size === 1) window.addEventListener('storage', storedInAnotherTab);
  if (!started && startedViewers.size === 0) window.removeEventListener('storage', storedInAnotherTab);
}

// What the reader is told when an article cannot be shown, in plain words; what went wrong, in
// the words of the page's developers, goes to the error event, state().error and the FolioError.
const READER_MESSAGES = {
  notFound: 'This article was not found. It may have been moved or taken down.',
  unreachable: 'This article could not be loaded. Check your connection, then try again.',
  notSent: 'This article could not be loaded: its site did not send it. Try again later.',
  tooLarge: 'This article is too long to be shown here.',
  unreadable: 'This article cannot be shown: its file is damaged, or in a form this viewer does not read.',
  notAllowed: 'This article cannot be shown on this page: it comes from a site this page does not show articles from.',
  cannotStart: 'The article viewer could not start. Reload the page to try again.',
  other: 'This article could not be shown.',
};

// The viewer's dialogs of real HTML (for keyboard and screen-reader users), by name: the class of
// each, from a module fetched the first time one of its dialogs opens (reading needs none of them).
const DIALOGS = {
  settings: () => import('./settings-dialog.js').then((module) => module.SettingsDialog),
  bookmarks: () => import('./bookmarks-dialog.js').then((module) => module.BookmarksDialog),
  share: () => import('./share-menu.js').then((module) => module.ShareMenu),
  comment: () => import('./comment-form.js').then((module) => module.CommentForm),
};

// Resolves once the page's first paint is on screen: the fonts it uses are in and a frame has been
// drawn since, or 200 ms after the fonts at most (a hidden tab draws no frames).
async function firstPaintShown() {
  await document.fonts.ready;
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}

// Whether this browser prints a PDF loaded in an iframe; Safari and mobile browsers print a blank
// page, so the PDF opens in a new tab there instead.
function printsPdfInFrame() {
  const agent = navigator.userAgent;
  const mobile = /Android|iPhone|iPad|iPod|Mobile/i.test(agent);
  const safari = /Safari/.test(agent) && !/Chrome|Chromium|Edg|Firefox/.test(agent);
  return !mobile && !safari;
}

export { FolioError };

/**
 * Mounts a viewer into `element` and resolves with it once it can show articles.
 * Options: `article`, a URL or an article object to show first (its download starts at once, beside
 * the viewer's own files; `viewer.loaded` is then the promise of that first load()); `assetsUrl`,
 * where the viewer's files are (default: the folder of this module); `height: 'auto'`, to let the
 * article flow in the page: the element grows to the article's height, the page's scrolling is the
 * article's, and the canvas (with its toolbar) stays in the window while the article passes.
 * Without it the viewer fills the element, which needs a height, and scrolls inside it. `nonce`: the
 * nonce of a Content-Security-Policy's style-src, for pages whose policy allows styles by nonce
 * (without it the viewer's styles are constructable stylesheets, which style-src 'self' allows).
 * Comments: `comments: false` leaves them out (no comments section, no form); `submitComment(comment)`,
 * a function returning a promise, sends a reader's comment (the object of commentPostBody: article,
 * author, text, posted) with the page's own fetch and credentials, and `commentEndpoint`, a URL, is
 * where it is POSTed as JSON otherwise. With neither, comments are kept in this browser and shown as
 * "not sent yet", and sent once the viewer has one (see setCommentSender).
 * `on`: listeners to add before anything happens (`{ load(event) {…}, error(event) {…} }`), so that
 * none of the first article's events is missed (the events of FolioViewer).
 * A `.folio-first-paint` child of `element` (the article as HTML, made by folio-first-paint) stays
 * shown until the viewer has drawn, and the viewer starts where the reader has scrolled it to.
 * Without WebGL 2 it resolves as a plain page (articles shown as HTML; state().plain is true).
 * Rejects with a FolioError (also shown in the element) when the viewer's files cannot be fetched.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('mount(element): element must be a DOM Element');
  const viewer = new FolioViewer(element, options);
  for (const [type, listener] of Object.entries(options.on ?? {})) viewer.addEventListener(type, listener);
  await viewer._start();
  if (options.article !== undefined) viewer.loaded = viewer.load(options.article);
  else viewer._showNothing();
  return viewer;
}

/**
 * A mounted viewer. Events: `load` (detail: { title, notices }: what was shown otherwise than
 * written, e.g. a block of a type from a newer format shown as its text), `error` (detail: { message }), `print` and
 * `pdf` (detail: { blob, fileName, pages }) when the reader prints or saves the PDF (call
 * preventDefault() on those to print or save it yourself), `share` (detail: { target, url }:
 * 'system', 'copy', 'email', 'x', 'facebook', 'linkedin', 'weibo' or 'whatsapp') and `bookmark`
 * (detail: { bookmarked, id, title }).
 */
export class FolioViewer extends EventTarget {
  constructor(element, options) {
    super();
    if (options.height !== undefined && options.height !== 'auto') {
      throw new TypeError(`mount(): height may only be 'auto' (the article flows in the page), not ${JSON.stringify(options.height)}`);
    }
    this.element = element;
    this._assets = new URL(options.assetsUrl ?? '.', import.meta.url);
    this._loadToken = 0;
    this._bridge = null;  // the module's C API (core-bridge.js), once started
    this._picturesWaiting = [];  // resolves of _picturesForPdf(), called once every picture is kept
    this._fontFetches = new Map();  // folio::FontFace value -> Promise of its bytes
    this._facesAdded = new Set();
    this._firstFrameDrawn = new Promise((resolve) => { this._firstFrame = resolve; });
    this._prefetched = null;  // { url, bytes: Promise } of options.article, fetched during start-up
    this._commentsShown = options.comments !== false;
    this._commentEndpoint = null;
    this._submitComment = null;
    this._sendingUnsent = false;
    this._takeCommentSender(options);
    this._dialogs = {};  // name in DIALOGS -> the dialog, made when first opened
    this._dialogsMade = {};  // name in DIALOGS -> the promise of that dialog, while its module is fetched
    this._shareFallback = null;  // what share() shows without a system dialog, when not the canvas's sheet
    this.loaded = null;
    // Origins besides the page's own that articles may be loaded from (see _articleUrl).
    this._articleOrigins = new Set((options.articleOrigins ?? []).map((origin) => {
      let url = null;
      try { url = new URL(origin); } catch { /* refused below */ }
      if (!url || !/^https?:$/.test(url.protocol)) {
        throw new TypeError(`mount(): articleOrigins must list http(s) origins such as "https://example.com" (not "${origin}")`);
      }
      return url.origin;
    }));
    if ((typeof options.article === 'string' || options.article instanceof URL) && !this._refusal(options.article)) {
      const url = new URL(options.article, document.baseURI).href;
      const bytes = this._fetchBytes(url);
      bytes.catch(() => {});  // load() reports it
      this._prefetched = { url, bytes };
    }
    viewerCount += 1;
    // The canvas paints (pixels only: hidden from screen readers, never focused); the text layer
    // over it holds the article as real text, which the reader scrolls, selects, finds and reads
    // with the browser's own means. Both fill the stage, the element's content box.
    this.canvas = document.createElement('canvas');
    this.canvas.id = `folio-canvas-${viewerCount}`;
    this.canvas.className = 'folio-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.style.visibility = 'hidden';  // until the viewer has drawn its first frame
    this._flow = options.height === 'auto';
    this._nonce = options.nonce ?? null;  // for the viewer's <style> elements under a policy with a nonce
    this._textLayer = new TextLayer(() => this._bridge, FACE_FILES, () => this.openCommentForm(),
      this._flow ? this.canvas : null, this._nonce);
    // Where the article's pictures are (a translated page's layer shows them itself).
    this._textLayer.pictureBase = () => this._host?.articleBase ?? document.baseURI;
    this._textLayer.scroller.id = `folio-text-${viewerCount}`;
    this._stage = Object.assign(document.createElement('div'), { className: 'folio-stage' });
    this._stage.append(this.canvas, this._textLayer.scroller);
    // The article as HTML for Ctrl/Cmd+P (shown on paper only), and the plain page without WebGL 2.
    this.printCopy = document.createElement('div');
    this.printCopy.className = 'folio-print';
    // What the canvas tells the reader (a notice, an error), said to screen readers too.
    this._announcer = Object.assign(document.createElement('p'), { className: 'folio-announcer' });
    this._announcer.setAttribute('role', 'status');
    this.addEventListener('notice', (e) => this._announce(e.detail.message));
    // The article as HTML that the page already shows (see folio-first-paint), until the canvas
    // has drawn its first frame.
    this._firstPaint = element.querySelector(':scope > .folio-first-paint');
    installStyles(this._assets, this._nonce);
    this._teardown = [];  // what destroy() undoes, in order
    if (getComputedStyle(element).position === 'static') {
      const before = element.style.position;
      element.style.position = 'relative';
      this._teardown.push(() => { element.style.position = before; });
    }
    element.classList.add('folio-viewer');
    if (this._flow) element.classList.add('folio-flow');
    this._finishImport = null;  // resolves the pending _importBookmarksFile(), while a chooser is open
    this._importInput = this._makeImportInput();
    this._keyboardBarElement = this._keyboardBar();
    this._replaceAllButFirstPaint(this._keyboardBarElement, this._stage, this.printCopy, this._announcer,
      this._importInput);
  }

  // Has screen readers say `message` (politely, after what they are saying), even when it is the
  // same as the last one. Messages that come together are said together, in order, none lost.
  _announce(message) {
    this._announcing ??= [];
    this._announcing.push(message);
    if (this._announcing.length > 1) return;
    this._announcer.textContent = '';
    setTimeout(() => {
      this._announcer.textContent = this._announcing.join('\n');
      this._announcing = [];
    }, 100);
  }

  // Makes `nodes` the element's children, before the first paint if there is one (which stays
  // where it is: moving it would lose where the reader has scrolled it to).
  // What the element held before the viewer is kept, for destroy() to put back.
  _replaceAllButFirstPaint(...nodes) {
    for (const child of [...this.element.childNodes]) {
      if (child === this._firstPaint) continue;
      if (!this._ownNodes?.has(child)) (this._replaced ??= []).push(child);
      child.remove();
    }
    this._ownNodes = new Set(nodes);
    this.element.prepend(...nodes);
  }

  async _start() {
    const host = this._makeHost();
    const starting = createCoreBridge(host);  // the code first, then the likely fonts of the first frame
    for (const face of LIKELY_FIRST_FACES) this._fetchFont(face);
    let bridge;
    try {
      bridge = await starting;
    } catch (e) {
      throw this._fatal(`The viewer's code could not be loaded (${e.message ?? e}).`, READER_MESSAGES.cannotStart);
    }
    // The colours, choices and steps the dialogs and styles take from the core.
    this._tokens = bridge.designTokens();
    installDesignTokens(this._tokens, this._nonce);
    // Starting takes the main thread for a while (WebGL, fonts): let the first paint be seen first.
    if (this._firstPaint) await firstPaintShown();
    this._bridge = bridge;
    this._host = host;
    if (!bridge.start(`#${this.canvas.id}`, `#${this._textLayer.scroller.id}`)) {
      this._showPlain();
      return;
    }
    this._started = true;  // the canvas has a WebGL context
    watchStorage(this, true);
    bridge.setCommentsShown(this._commentsShown);
    bridge.restoreSettings();
    const needed = bridge.firstFrameFaces();
    const first = FACE_FILES.map((_, face) => face).filter((face) => needed & (1 << face));
    let fontBytes;
    try {
      fontBytes = await Promise.all(first.map((face) => this._fetchFont(face)));
    } catch (e) {
      throw this._fatal(e.message, READER_MESSAGES.cannotStart);
    }
    fontBytes.forEach((bytes, i) => {
      if (!this._addFont(first[i], bytes)) {
        throw this._fatal(`The font ${FACE_FILES[first[i]]} could not be read.`, READER_MESSAGES.cannotStart);
      }
    });
    this._watchColorScheme();
    this._watchPointer();
    this._watchSize();
    // The toolbar is drawn on the canvas: pressing it leaves the keys with the article.
    // (A press on the canvas, which cannot take the focus, would otherwise take it from the article.)
    this.canvas.addEventListener('pointerdown', () => this._textLayer.focusByPointer());
    this.canvas.addEventListener('mousedown', (e) => e.preventDefault());
  }

  /**
   * Loads an article: a URL (string or URL, relative to the page) of article JSON, or an article
   * object. Resolves with the state once shown; rejects with the FolioError that the viewer shows.
   */
  async load(source) {
    const token = ++this._loadToken;
    let bytes;
    let origin = null;
    try {
      if (typeof source === 'string' || source instanceof URL) {
        const refusal = this._refusal(source);
        if (refusal) throw new FolioError(refusal, READER_MESSAGES.notAllowed);
        origin = new URL(source, document.baseURI).href;
        const prefetched = this._prefetched?.url === origin ? this._prefetched.bytes : null;
        this._prefetched = null;
        bytes = await (prefetched ?? this._fetchBytes(origin, this._maxArticleBytes()));
        // Refused before it is copied into the viewer's memory (the parser would refuse it anyway).
        if (bytes.length > this._maxArticleBytes()) throw this._tooLarge(origin);
      } else if (source && typeof source === 'object') {
        bytes = new TextEncoder().encode(JSON.stringify(source));
      } else {
        throw new FolioError('load() takes the URL of an article or an article object.', READER_MESSAGES.other);
      }
    } catch (e) {
      const error = e instanceof FolioError ? e : new FolioError(String(e?.message ?? e), READER_MESSAGES.other);
      if (token === this._loadToken) this._showError(error);
      throw error;
    }
    if (token !== this._loadToken) throw new FolioError('A later load() replaced this one.');
    this._host.articleBase = origin ?? document.baseURI;  // pictures are relative to the article
    let problem;
    try {
      this._bridge.setArticleSource(origin ?? '');
      problem = this._bridge.loadJson(bytes);
    } catch (e) {
      const error = e instanceof FolioError ? e : new FolioError(String(e?.message ?? e), READER_MESSAGES.other);
      this._showError(error);  // out of memory (a FolioError from the bridge)
      throw error;
    }
    if (problem) {
      const message = origin ? `${origin} is not a valid article: ${problem}` : `Not a valid article: ${problem}`;
      const error = new FolioError(message, READER_MESSAGES.unreadable);
      this._showError(error);
      throw error;
    }
    this._keepFirstPaintPosition();
    this.printCopy.innerHTML = this._bridge.articleHtml();
    for (const image of this.printCopy.querySelectorAll('img')) {
      image.src = new URL(image.getAttribute('src'), this._host.articleBase).href;
    }
    if (this._plain) this._removeFirstPaint();  // the plain page shows the article now
    await this._fetchFonts();
    const state = this.state();
    // What was shown otherwise than written (a block type from a newer format): for the page's
    // developers, never an error for the reader.
    const notices = this._bridge.loadNotices();
    for (const notice of notices) console.warn(`Folio: ${origin ?? 'the article'}: ${notice}`);
    this.dispatchEvent(new CustomEvent('load', { detail: { title: state.title, notices } }));
    this._sendUnsentComments();
    return state;
  }

  // Why the article at `source` (a URL, relative to the page) may not be loaded, or null when it
  // may: only http(s) addresses on the page's own origin or on one listed in the `articleOrigins`
  // mount option. An article shown under the publisher's address and look must be the publisher's:
  // a page that showed any URL given in ?article= would show another site's fake (or a data: URL
  // needing no site at all) as if the publisher had written it.
  _refusal(source) {
    let url;
    try {
      url = new URL(source, document.baseURI);
    } catch {
      return `The article was not loaded: "${source}" is not a valid address.`;
    }
    if (!/^https?:$/.test(url.protocol)) {
      return `The article was not loaded: articles are loaded only from http or https addresses, not from ${url.protocol} addresses.`;
    }
    if (url.origin !== location.origin && !this._articleOrigins.has(url.origin)) {
      return `The article was not loaded: it is on ${url.origin}, and this page shows articles only from its own site (${location.origin}) and the sites it allows.`;
    }
    return null;
  }

  /** Sets the body text size in CSS px; the viewer clamps it to its supported range. */
  setFontSize(px) {
    const size = Number(px);
    if (!Number.isFinite(size)) throw new TypeError('setFontSize(px): px must be a number');
    this._bridge.setFontSize(size);
  }

  /**
   * Shares the article: the system's share dialog where the browser has one (call it from a click
   * or key handler: it needs the reader's gesture), else the viewer's share sheet.
   */
  share() {
    this._bridge.share();
  }

  /** Bookmarks the shown article, or removes its bookmark; returns whether it is now bookmarked. */
  toggleBookmark() {
    return this._bridge.toggleBookmark();
  }

  /** The saved bookmarks, newest first: `[{ id, title, source, url, articleUrl, savedAt, progress, block, offset }]`. */
  bookmarks() {
    return this._bridge.bookmarks().bookmarks;
  }

  /**
   * Opens the browser's print dialog with the article as a PDF for the reader's print settings
   * (the same as Print in the viewer's print preview). Call it from a click or key handler: where
   * the browser cannot print a PDF from a page, it opens in a new tab, which needs that gesture.
   */
  print() {
    this._bridge.print();
  }

  /**
   * The number of pages the article takes under the reader's print settings (paginating it when
   * that was not done yet, which takes time in proportion to the article); 0 when none is shown.
   */
  pageCount() {
    return this._bridge.pageCount();
  }

  /**
   * The article as a PDF: a Promise of a Blob (application/pdf), with the article's pictures once
   * they have loaded. `options`: `paper` ('a4' or 'letter'), `marginMm` (10-25), `fontSizePt`
   * (9-14); each defaults to the reader's print settings. Rejects with a FolioError when no
   * article is shown or an option is wrong.
   */
  async exportPdf(options = {}) {
    await this._picturesForPdf();
    const pdf = this._bridge.exportPdf(options ?? {});
    if (pdf.error !== undefined) throw new FolioError(`exportPdf: ${pdf.error}`);
    return new Blob([pdf.bytes], { type: 'application/pdf' });
  }

  /**
   * Changes reading settings; `changes` holds any of `fontSizePx` (12-40), `family` ('serif',
   * 'sans'), `lineSpacing` ('tight', 'normal', 'loose'), `columnWidth` ('narrow', 'medium',
   * 'wide') and `theme` ('auto', 'light', 'sepia', 'dark'). They are stored like the reader's own
   * choices. Throws a TypeError naming the first bad value; returns the new state.
   */
  applySettings(changes) {
    const problem = this._bridge.applySettings({ ...this.state().settings, ...changes, version: 1 });
    if (problem) throw new TypeError(`applySettings: ${problem}`);
    return this.state();
  }

  /**
   * A snapshot of the viewer: `ready` (an article is shown and drawn), `plain` (no canvas: the
   * article is shown as HTML), `title` and `error` (string or null), `blocks` (body blocks), `pictures` (images loaded and shown), `pages` (the page count
   * for the print settings once the preview or a print has paginated, else null: see pageCount()), `previewing` and `previewPage` (the print preview), `fontSizePx`, `scrollY`, `contentHeight` and `viewportHeight`
   * (CSS px), `devicePixelRatio`, `framesRendered` (frames actually drawn since mount),
   * `lastFrameMs` (performance.now() when the last of them was drawn), `settings` (see
   * applySettings), `theme` (the one in use: 'light', 'sepia' or 'dark'), `settingsOpen`,
   * `notice` (a message shown to the reader, or null), `position` (the text at the top of the
   * view: `{ block, item, offset }`, a body block index, list item and byte offset, or null) and
   * `controls` (the buttons on screen:
   * `{ id, x, y, width, height }` in CSS px of the viewer, e.g. id 'larger' for A+).
   */
  state() {
    return this._bridge.state();
  }

  /**
   * Removes the viewer from its element (which gets back what it held before mount()) and frees
   * what it holds: its listeners, its WebGL context and its memory. Call it before dropping a viewer (a page that
   * replaces its content, a component that unmounts). Once destroyed, every method throws a
   * FolioError; calling destroy() again does nothing.
   */
  destroy() {
    if (this._destroyed) return;
    this._destroyed = true;
    watchStorage(this, false);
    for (const undo of this._teardown.splice(0)) undo();
    this._textLayer.destroy();
    if (this._bridge) {
      // The module finds the canvas by its id, so it lets go of it while it is in the page: a stage
      // already out of the page (its element removed first, as a custom element's is) goes back in,
      // hidden, for that moment.
      const parking = this._stage.isConnected ? null : document.body.appendChild(document.createElement('div'));
      if (parking) {
        parking.hidden = true;
        parking.append(this._stage);
      }
      this._bridge.stop();
      parking?.remove();
      // The GPU memory goes now, not when the canvas is collected.
      if (this._started) this.canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    }
    this._bridge = DESTROYED;
    for (const dialog of Object.values(this._dialogs)) dialog.root.remove();
    for (const node of [this._keyboardBarElement, this._stage, this.printCopy, this._announcer, this._importInput,
      this._plainNote, ...this._ownNodes]) node?.remove();  // a first paint still shown is the page's: it stays
    this.element.append(...(this._replaced ?? []));  // what the element held before mount()
    this.element.classList.remove('folio-viewer', 'folio-plain', 'folio-flow');
    this._dialogs = {};
  }

  // Real buttons for keyboard and screen-reader users (the canvas toolbar is pixels to them): the
  // first stops when tabbing into the viewer, shown while one of them has focus. Reading settings,
  // Bookmarks, Share (without a system share dialog) and Add a comment open dialogs of real HTML.
  _keyboardBar() {
    const bar = document.createElement('div');
    bar.className = 'folio-keyboard-bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Article tools');
    // Shown only while focused, in the theme the viewer shows then, and mirrored like the canvas's
    // toolbar for a right-to-left article.
    bar.addEventListener('focusin', () => {
      if (this._bridge) bar.dataset.theme = this.state().theme;
      bar.dir = this._textLayer.article.dir === 'rtl' ? 'rtl' : 'ltr';
    });
    const actions = [
      ['Larger text', () => this._bridge.stepFontSize(1)],
      ['Smaller text', () => this._bridge.stepFontSize(-1)],
      ['Reading settings', (button) => this._openDialog('settings', button), 'dialog'],
      ['Bookmark', () => this.toggleBookmark()],
      ['Bookmarks', (button) => this._openDialog('bookmarks', button), 'dialog'],
      ['Share', (button) => this._shareFromBar(button), navigator.share ? null : 'dialog'],
      ['Print', () => this.print()],
      ['Add a comment', () => this.openCommentForm(), 'dialog'],
      ['Go to the article', () => this._textLayer.scroller.focus()],
    ].filter(([label]) => this._commentsShown || label !== 'Add a comment');
    for (const [label, action, popup] of actions) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
      if (popup) button.setAttribute('aria-haspopup', popup);
      button.addEventListener('click', () => action(button));
      bar.append(button);
    }
    // Bookmark says whether the shown article is bookmarked, however that changed.
    const bookmark = [...bar.children].find((button) => button.textContent === 'Bookmark');
    bookmark.setAttribute('aria-pressed', 'false');
    const showBookmarked = () => bookmark.setAttribute('aria-pressed', String(this.state().bookmarked));
    this.addEventListener('bookmark', showBookmarked);
    this.addEventListener('load', showBookmarked);
    return bar;
  }

  // Opens the dialog `name` (see DIALOGS), made on first use; `opener` gets the focus back.
  // Resolves when it is open. A module that could not be fetched is fetched again on the next try.
  async _openDialog(name, opener) {
    this._dialogsMade[name] ??= DIALOGS[name]().then((Dialog) => {
      if (!this._destroyed) this._dialogs[name] ??= new Dialog(this);
    }, (error) => {
      delete this._dialogsMade[name];
      console.error(`folio: the ${name} dialog could not be loaded:`, error);
    });
    await this._dialogsMade[name];
    if (!this._destroyed) this._dialogs[name]?.open(opener);
  }

  // Share from the keyboard bar: the system's share dialog where there is one, else the share menu
  // of real HTML instead of the canvas's sheet, which a keyboard cannot reach.
  _shareFromBar(button) {
    this._shareFallback = () => this._openDialog('share', button);
    try {
      this.share();
    } finally {
      this._shareFallback = null;
    }
  }

  /**
   * Opens the comment form for the shown article (also opened by "Add your comment" under the
   * comments); nothing with `comments: false`. A comment goes to the `submitComment` handler, else
   * to the `commentEndpoint` (POSTed as JSON); with neither it is kept in this browser, shown as
   * "not sent yet", until the viewer has one. What is typed is kept as a draft, also across
   * reloads, until it is sent. Closing the form gives the focus back to what had it. Resolves once
   * the form is open (its module is fetched the first time).
   */
  async openCommentForm() {
    if (!this._commentsShown || !this.state().title) return;
    await this._openDialog('comment', document.activeElement);
  }

  /**
   * Sets where readers' comments go from now on, as the mount options do: `{ submitComment }` (a
   * function returning a promise) or `{ commentEndpoint }` (a URL), or neither (kept in this
   * browser). Comments kept for the shown article are sent at once when one is given (and those of
   * other articles when these are shown), each dispatching a `comment` event.
   */
  setCommentSender(options = {}) {
    this._takeCommentSender(options);
    return this._sendUnsentComments();
  }

  _takeCommentSender({ commentEndpoint = null, submitComment = null }) {
    if (submitComment !== null && typeof submitComment !== 'function') {
      throw new TypeError('submitComment must be a function that returns a promise');
    }
    this._commentEndpoint = commentEndpoint === null ? null : String(commentEndpoint);
    this._submitComment = submitComment;
  }

  /** Whether a comment can leave this browser: a `submitComment` handler or a `commentEndpoint`. */
  _canSendComments() {
    return Boolean(this._submitComment || this._commentEndpoint);
  }

  // Sends a comment, `body` being commentPostBody's JSON: to the submitComment handler, else POSTed
  // to the commentEndpoint. Rejects with an Error saying what went wrong (for the page's developers).
  async _sendComment(body) {
    if (this._submitComment) {
      await this._submitComment(JSON.parse(body));
      return;
    }
    const response = await fetch(this._commentEndpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!response.ok) throw new Error(`${this._commentEndpoint} answered ${response.status} ${response.statusText}`.trim());
  }

  // Sends the shown article's comments kept in this browser, oldest first, once something can send
  // them; stops at the first failure (the rest stay kept, and are tried again with the next load).
  async _sendUnsentComments() {
    if (!this._commentsShown || !this._canSendComments() || this._sendingUnsent || !this._bridge) return;
    this._sendingUnsent = true;
    try {
      const { article, comments } = this._bridge.unsentComments();
      for (const comment of comments) {
        const detail = { author: comment.author, unsent: true };
        try {
          await this._sendComment(comment.body);
        } catch (e) {
          this.dispatchEvent(new CustomEvent('comment', { detail: { status: 'failed', error: String(e?.message ?? e), ...detail } }));
          break;
        }
        if (this._bridge === DESTROYED) break;
        this._bridge.unsentCommentSent(article, comment);
        this.dispatchEvent(new CustomEvent('comment', { detail: { status: 'sent', ...detail } }));
      }
    } finally {
      this._sendingUnsent = false;
    }
  }

  // Lets the reader pick an exported bookmarks file and merges it. Resolves with what happened (as
  // the viewer's notice says it), or null when no file was picked.
  _importBookmarksFile() {
    const input = this._importInput;
    this._finishImport?.(null);  // a chooser still open from an earlier click counts as cancelled
    return new Promise((resolve) => {
      this._finishImport = (result) => {
        this._finishImport = null;
        resolve(result);
      };
      input.value = '';
      input.click();
    });
  }

  // The one file input of Import (the keyboard bar's and the canvas panel's): attached to the
  // element and kept here, so that a garbage collection between the click and the file chooser
  // cannot take it away (a detached input nobody refers to can be collected, and Import then does
  // nothing).
  _makeImportInput() {
    const input = Object.assign(document.createElement('input'), {
      type: 'file', accept: '.json,application/json', className: 'folio-import-input', tabIndex: -1,
    });
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('cancel', () => this._finishImport?.(null));
    input.addEventListener('change', async () => {
      const finish = this._finishImport;
      if (!finish) return;
      const file = input.files?.[0];
      if (!file) {
        finish(null);
        return;
      }
      const json = await file.text();
      finish(this._bridge.importBookmarks(json));
    });
    return input;
  }

  // What the module asks of the page (see core-bridge.js): `articleBase` is where the shown
  // article's pictures are relative to.
  _makeHost() {
    return {
      articleBase: document.baseURI,
      action: (kind, url, title, text) => this._runAction(kind, url, title, text),
      emit: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail: JSON.parse(detail) })),
      canvasShown: () => {
        this._removeFirstPaint();
        this._firstFrame();
      },
      viewChanged: (generation, scrollY, height, overlay, theme, coverings) => {
        this._textLayer.viewChanged(generation, scrollY, height, overlay, theme, coverings);
        if (generation !== this._fontsGeneration) this._layoutChanged(generation);
      },
      deliverPdf: (bytes, fileName, pages, mode) => this._deliverPdf(bytes, fileName, pages, mode),
      picturesKept: () => this._picturesWaiting.splice(0).forEach((resolve) => resolve()),
      // After the module's call that stored it has returned.
      stored: (key) => queueMicrotask(() => { if (!this._destroyed) storedElsewhere(key, this); }),
    };
  }

  // What the viewer asked for, run inside the reader's gesture: see ViewerAction in src/ui/viewer.h.
  _runAction(kind, url, title, text) {
    if (kind === 'share') {
      const fallback = this._shareFallback ?? (() => this._bridge.shareSheet());
      if (!navigator.share) {
        fallback();
        return;
      }
      navigator.share({ title, text, url: url || undefined }).then(
        () => this.dispatchEvent(new CustomEvent('share', { detail: { target: 'system', url } })),
        (e) => { if (e?.name !== 'AbortError') fallback(); });
    } else if (kind === 'open') {
      if (!this._bridge.isSafeLink(url)) return;
      if (new URL(url).protocol === 'mailto:') {
        Object.assign(document.createElement('a'), { href: url }).click();
      } else {
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    } else if (kind === 'copy') {
      import('./share-menu.js').then(({ copyText }) => copyText(url), () => false).then((ok) => this._bridge.copied(ok));
    } else if (kind === 'article') {
      this.load(new URL(url, document.baseURI)).catch(() => {});
    } else if (kind === 'export') {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = title;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    } else if (kind === 'comment') {
      this.openCommentForm();
    } else if (kind === 'import') {
      this._importBookmarksFile();
    }
  }

  // A PDF made by the viewer (Print or PDF in its preview, or print()): `mode` 1 prints, 2 saves.
  _deliverPdf(bytes, fileName, pages, mode) {
    const blob = new Blob([bytes], { type: 'application/pdf' });
    const event = new CustomEvent(mode === 1 ? 'print' : 'pdf', { detail: { blob, fileName, pages }, cancelable: true });
    if (!this.dispatchEvent(event)) return;  // the embedding page prints or saves it itself
    const url = URL.createObjectURL(blob);
    if (mode === 2) {
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
    } else if (printsPdfInFrame()) {
      // Off screen but not display:none, or Firefox prints a blank page.
      const frame = Object.assign(document.createElement('iframe'), { src: url, title: fileName });
      Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px',
                                   border: '0', opacity: '0' });
      frame.addEventListener('load', () => {
        try {
          frame.contentWindow.focus();
          frame.contentWindow.print();
        } catch {
          window.open(url, '_blank');
        }
      });
      document.body.append(frame);
      setTimeout(() => frame.remove(), 60000);
    } else {
      window.open(url, '_blank');
    }
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // Shows the FolioError `error`: its readerMessage to the reader (on the canvas, to screen
  // readers, in the plain page), its message to the page (state().error, the error event).
  _showError(error) {
    const { message, readerMessage } = error;
    this.printCopy.replaceChildren(Object.assign(document.createElement('p'), { textContent: readerMessage }));
    if (this._plain) this._removeFirstPaint();
    this._announce(readerMessage);
    try {
      this._bridge.showError(readerMessage, message);
    } finally {  // out of memory even for the message: the page is still told
      this.dispatchEvent(new CustomEvent('error', { detail: { message, readerMessage } }));
    }
  }

  // Where the reader has scrolled the first paint to, the canvas starts: the block at the top of
  // the view (the first paint's article holds the title, the meta line, then one element per
  // body block) and how far into it, in CSS px.
  _keepFirstPaintPosition() {
    const view = this._firstPaint;
    const article = view?.querySelector('article');
    if (!article || view.scrollTop <= 0) return;
    const children = [...article.children];
    const header = children.filter((child) => child.matches('h1, .folio-meta')).length;
    const viewTop = view.getBoundingClientRect().top + parseFloat(getComputedStyle(view, '::before').height || '0');
    const index = children.findIndex((child) => child.getBoundingClientRect().bottom > viewTop);
    if (index < header) {
      this._bridge.scrollToBlock(-1, view.scrollTop);
    } else if (index >= 0) {
      this._bridge.scrollToBlock(index - header, Math.max(0, viewTop - children[index].getBoundingClientRect().top));
    }
  }

  // Resolves once the shown article's pictures are kept for its PDF (or given up), or after
  // `timeoutMs` (a picture still on its way is then left out).
  _picturesForPdf(timeoutMs = 10000) {
    if (!this._bridge.picturesPending()) return Promise.resolve();
    return new Promise((resolve) => {
      this._picturesWaiting.push(resolve);
      setTimeout(resolve, timeoutMs);
    });
  }

  // The font file of `face` (a folio::FontFace value), fetched once; resolves with its bytes.
  _fetchFont(face) {
    if (!this._fontFetches.has(face)) {
      const fetching = this._fetchBytes(firstAssetUrl(`fonts/${FACE_FILES[face]}`, this._assets));
      fetching.catch(() => {});  // reported where awaited
      this._fontFetches.set(face, fetching);
    }
    return this._fontFetches.get(face);
  }

  // Hands a font to the viewer and to its text layer; false when it is not a font.
  _addFont(face, bytes) {
    const added = this._bridge.addFont(face, bytes);
    if (added) {
      this._facesAdded.add(face);
      this._textLayer.addFace(face, bytes).catch((e) => {
        console.warn(`Folio: the text layer cannot use ${FACE_FILES[face]} (${e.message ?? e}); its selection may sit beside the text.`);
      });
    }
    return added;
  }

  // Fetches what the shown article needs of the fonts, in parallel, then measures it again, until it
  // needs nothing more: the faces its text is set in (on screen, in the print preview), the slices
  // of those faces and the fallback fonts (other scripts, symbols) that its characters need, and the
  // word dictionaries of its scripts written without spaces. A face
  // that cannot be had leaves its text in the nearest face the viewer has; a fallback, its
  // characters as boxes (state().missingGlyphs counts them). One pass at a time: a call during a pass
  // makes it look again and resolves with it.
  _fetchFonts() {
    if (this._plain || !this._started || this._destroyed) return Promise.resolve();
    this._fontsAgain = true;
    this._fontsPass ??= (async () => {
      try {
        while (this._fontsAgain && !this._destroyed) {
          this._fontsAgain = false;
          const added = await Promise.all([this._addWantedFaces(), this._addWantedFallbacks(), this._addWantedDictionaries(),
            this._addWantedColorGlyphs()]);
          if (this._destroyed) break;
          if (added.some(Boolean)) {
            this._bridge.fontsAdded();
            this._fontsAgain = true;  // measured anew: it may need more
          }
        }
      } finally {
        this._fontsPass = null;
      }
    })();
    return this._fontsPass;
  }

  // A frame showed a new layout (`generation`): a setting may have put the text in faces the viewer
  // has not fetched yet (the other family, the print preview's), which _fetchFonts then fetches.
  _layoutChanged(generation) {
    this._fontsGeneration = generation;
    if (this._plain || !this._started) return;
    const wanted = this._bridge.facesWanted();
    if (FACE_FILES.some((_, face) => wanted & (1 << face) && !this._facesTried?.has(face))) this._fetchFonts();
  }

  // Fetches and adds the faces the viewer draws with and has not tried yet; true when one was added.
  // Until the first frame is drawn, only its own faces: the others wait for it (a later pass).
  async _addWantedFaces() {
    const wanted = this._bridge.facesWanted();
    this._facesTried ??= new Set();
    let faces = FACE_FILES.map((_, face) => face).filter((face) => wanted & (1 << face) && !this._facesTried.has(face));
    if (!this._canvasDrawn) {
      const first = this._bridge.firstFrameFaces();
      if (faces.some((face) => !(first & (1 << face)))) {
        this._afterFirstFrame ??= this._firstFrameDrawn
          .then(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))))
          .then(() => {
            this._canvasDrawn = true;
            this._fetchFonts();
          });
      }
      faces = faces.filter((face) => first & (1 << face));
    }
    if (!faces.length) return false;
    for (const face of faces) this._facesTried.add(face);
    const results = await Promise.allSettled(faces.map((face) => this._fetchFont(face)));
    if (this._destroyed) return false;
    let added = false;
    results.forEach((result, i) => {
      if (this._facesAdded.has(faces[i])) return;
      if (result.status === 'fulfilled' && this._addFont(faces[i], result.value)) added = true;
      else console.warn(`Folio: ${FACE_FILES[faces[i]]} is unavailable; its text uses the nearest face the viewer has.`);
    });
    return added;
  }

  // Fetches and adds the slices and fallback fonts that the shown article's missing characters need;
  // true when one was added.
  async _addWantedFallbacks() {
    const { missingGlyphs, emojiWithoutColor } = this._bridge.state();
    if (!missingGlyphs && !emojiWithoutColor) return false;
    try {
      const manifest = (name) => this._fetchAsset(`fonts/${name}`)
        .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)));
      this._fallbackCoverage ??= manifest('fallbacks.json');
      let coverage = await this._fallbackCoverage;
      let wanted = this._bridge.fallbacksWanted(JSON.stringify(coverage));
      // A font in slices (Chinese, Japanese, Korean) has a manifest of its own: its slices' entries
      // join the coverage, and the viewer is asked again which files it needs.
      const groups = wanted.map(({ file }) => file).filter((file) => file.endsWith('.json'));
      if (groups.length) {
        const parts = await Promise.all(groups.map((name) => {
          this._fallbackGroups ??= new Map();
          if (!this._fallbackGroups.has(name)) this._fallbackGroups.set(name, manifest(name));
          return this._fallbackGroups.get(name);
        }));
        coverage = Object.assign({}, coverage, ...parts);
        for (const name of groups) delete coverage[name];
        wanted = this._bridge.fallbacksWanted(JSON.stringify(coverage));
      }
      this._fallbackFetches ??= new Map();
      wanted = wanted.filter(({ file }) => !file.endsWith('.json') && !this._fallbackFetches.has(file));
      if (!wanted.length) return false;
      for (const { file } of wanted) this._fallbackFetches.set(file, this._fetchAsset(`fonts/${file}`));
      const results = await Promise.allSettled(wanted.map(({ file }) => this._fallbackFetches.get(file)));
      if (this._destroyed) return false;
      let added = false;
      results.forEach((result, i) => {
        const { file, style, bold, face } = wanted[i];
        if (result.status !== 'fulfilled' || !this._bridge.addFallback(file, result.value)) {
          console.warn(`Folio: the font ${file} is unavailable; some characters show as boxes.`);
          return;
        }
        added = true;
        const registered = face >= 0 ? this._textLayer.addFaceSlice(face, result.value, coverage[file])
          : this._textLayer.addFallback(file, result.value, style, bold, coverage[file]);
        registered.catch((e) => {
          console.warn(`Folio: the text layer cannot use ${file} (${e.message ?? e}); its selection may sit beside the text.`);
        });
      });
      return added;
    } catch (e) {
      this._fallbackCoverage = null;
      console.warn(`Folio: the fonts for this article's scripts are unavailable (${e.message ?? e}).`);
      return false;
    }
  }

  // Fetches the pictures of the emoji the shown article shows (emoji/<font>.<glyph>.png: the web's
  // copy of the emoji font keeps only their places) in the background, in the article's order, a
  // few at a time, and gives each, decoded, to the viewer, which draws it from the next frame. Never
  // waited for: the article is read while they come. An emoji whose picture cannot be had stays
  // blank where it stands (asked again by a later pass). Nothing is measured again: false.
  _addWantedColorGlyphs() {
    this._pictureFetches ??= new Set();
    this._pictureQueue ??= [];
    for (const { file, glyph } of this._bridge.colorGlyphsWanted()) {
      const key = `${file}:${glyph}`;
      if (this._pictureFetches.has(key)) continue;
      this._pictureFetches.add(key);
      this._pictureQueue.push({ file, glyph, key });
    }
    this._pumpPictures();
    return Promise.resolve(false);
  }

  // Starts fetching the next queued emoji pictures, up to PICTURE_FETCHES at once.
  _pumpPictures() {
    this._picturesActive ??= 0;
    while (this._picturesActive < PICTURE_FETCHES && this._pictureQueue.length && !this._destroyed) {
      this._picturesActive += 1;
      this._fetchPicture(this._pictureQueue.shift()).finally(() => {
        this._picturesActive -= 1;
        this._pumpPictures();
      });
    }
  }

  // Fetches, decodes and gives the viewer one emoji picture of _addWantedColorGlyphs.
  async _fetchPicture({ file, glyph, key }) {
    try {
      const bytes = await this._fetchAsset(`emoji/${file.replace(/\.[^.]*$/, '')}.${glyph}.png`);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }),
        { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      if (!this._destroyed) this._bridge.addColorGlyph(file, glyph, canvas.width, canvas.height, data);
    } catch (e) {
      this._pictureFetches.delete(key);  // asked again by a later pass
      console.warn(`Folio: an emoji's picture is unavailable (${e.message ?? e}); it stays blank.`);
    }
  }

  // Fetches and adds the word dictionaries the shown article's text needs and the viewer lacks
  // (Thai, Lao, Khmer, Myanmar: scripts written without spaces between words;
  // state().dictionariesWanted names them), so that its lines break between words; true when one was
  // added. An article in other scripts fetches nothing. A dictionary that cannot be had leaves its
  // script breaking at spaces, and inside a word where a line is full.
  async _addWantedDictionaries() {
    const wanted = this._bridge.state().dictionariesWanted;
    if (!wanted.length) return false;
    this._dictionaryFetches ??= new Map();
    for (const file of wanted) {
      if (!this._dictionaryFetches.has(file)) {
        this._dictionaryFetches.set(file, this._fetchAsset(`dictionaries/${file}`));
      }
    }
    const results = await Promise.allSettled(wanted.map((file) => this._dictionaryFetches.get(file)));
    if (this._destroyed) return false;
    let added = false;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled' && this._bridge.addWordDictionary(result.value)) {
        added = true;
        return;
      }
      this._dictionaryFetches.delete(wanted[i]);  // asked again for a later article
      console.warn(`Folio: the word dictionary ${wanted[i]} is unavailable; lines of its script may break inside words.`);
    });
    return added;
  }

  // The bytes of the viewer's file `path` ('fonts/…', 'dictionaries/…'; asset-names.js says where
  // it is); rejects with a FolioError, as _fetchBytes does.
  async _fetchAsset(path) {
    let url;
    try {
      url = await assetUrl(path, this._assets);
    } catch (error) {
      throw new FolioError(`Could not find ${path}: the list of the viewer's files could not be loaded (${error.message ?? error}).`,
        READER_MESSAGES.unreachable);
    }
    return this._fetchBytes(url);
  }

  // The largest article the core's parser reads, bytes (folio::ParseLimits::maxInputBytes, asked of
  // the core); no limit before the core has started (load() checks again before the copy).
  _maxArticleBytes() {
    return this._bridge ? this._bridge.maxArticleBytes() : Infinity;
  }

  _tooLarge(url) {
    const megabytes = Math.round(this._maxArticleBytes() / 1048576);
    return new FolioError(`Could not load ${url}: it is larger than the ${megabytes} MB an article may have.`,
      READER_MESSAGES.tooLarge);
  }

  // The bytes at `url`; a response whose Content-Length says it is over `maxBytes` is refused unread.
  async _fetchBytes(url, maxBytes = Infinity) {
    let response;
    try {
      response = await fetch(url);
    } catch {
      throw new FolioError(`Could not load ${url}: the network request failed.`, READER_MESSAGES.unreachable);
    }
    if (!response.ok) {
      throw new FolioError(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.',
        [404, 410].includes(response.status) ? READER_MESSAGES.notFound : READER_MESSAGES.notSent);
    }
    if (Number(response.headers.get('Content-Length')) > maxBytes) throw this._tooLarge(url);
    return new Uint8Array(await response.arrayBuffer());
  }

  // Tells the viewer the system's colour scheme, for the Auto theme, now and when it changes.
  _watchColorScheme() {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => this._bridge.setPrefersDark(query.matches);
    query.addEventListener('change', update);
    this._teardown.push(() => query.removeEventListener('change', update));
    update();
  }

  // Tells the viewer whether the reader points with a finger (taller toolbar, 44 px targets), now
  // and when it changes (a tablet's keyboard and trackpad attached or taken off).
  _watchPointer() {
    const query = matchMedia('(pointer: coarse)');
    const update = () => {
      this._bridge.setTouch(query.matches);
      this._textLayer.viewTopChanged();
    };
    query.addEventListener('change', update);
    this._teardown.push(() => query.removeEventListener('change', update));
    update();
  }

  // Keeps the canvas backing store at the element's size in device pixels, through resizes and
  // devicePixelRatio changes (browser zoom, another monitor). A ratio change alone is caught by a
  // media query on the current ratio, and by the window's resize event where that query is silent.
  _watchSize() {
    let ratio = 0;
    let query = null;
    // The canvas's own layout size: the element's content box (never its padding or border, which
    // would make the drawing buffer larger than the canvas shown, blurring it and misplacing clicks).
    const update = () => {
      this._bridge.setViewport(this.canvas.clientWidth, this.canvas.clientHeight, window.devicePixelRatio || 1);
      if (ratio !== window.devicePixelRatio) {
        ratio = window.devicePixelRatio;
        query?.removeEventListener('change', update);
        query = matchMedia(`(resolution: ${ratio}dppx)`);
        query.addEventListener('change', update);
      }
    };
    const observer = new ResizeObserver(update);
    observer.observe(this.canvas);
    window.addEventListener('resize', update);
    this._teardown.push(() => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      query?.removeEventListener('change', update);
    });
    update();
  }

  // Mounted without an article: a page saying so, on the canvas and in the HTML copy, rather than
  // an empty box (the plain page says it in its copy alone).
  _showNothing() {
    const text = this._bridge.showNothing();
    this.printCopy.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
  }

  // The page's first paint goes: the canvas, or the plain page, shows the article now.
  _removeFirstPaint() {
    this._firstPaint?.remove();
    this._firstPaint = null;
  }

  // Without WebGL 2 the canvas cannot draw: the article is shown as the HTML the core makes of it
  // (this.printCopy, made visible), in the page's own scrolling and text, with a note saying why.
  // load() and state() work as ever; the tools that need the canvas are not offered.
  _showPlain() {
    this._plain = true;
    this.element.classList.add('folio-plain');
    const note = this._plainNote = Object.assign(document.createElement('p'), {
      className: 'folio-plain-note',
      textContent: 'This browser cannot draw the viewer (WebGL 2 is not available), so the article is shown as a plain page.',
    });
    note.setAttribute('role', 'note');
    this._stage.remove();
    this._keyboardBarElement?.remove();
    this.element.prepend(note);
  }

  // Shows a message in the element when the canvas cannot be used at all; a first paint stays
  // below it, so that the article can still be read.
  // (`message` for the page's developers, logged too; `readerMessage` in plain words, shown.)
  _fatal(message, readerMessage) {
    const note = document.createElement('p');
    note.className = 'folio-fatal';
    note.setAttribute('role', 'alert');
    note.textContent = readerMessage;
    this._replaceAllButFirstPaint(note);
    console.error(`Folio: ${message}`);
    return new FolioError(message, readerMessage);
  }
}
