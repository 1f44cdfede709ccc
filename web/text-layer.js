// The article as real text over the canvas: transparent HTML (a heading, paragraphs, lists, quotes,
// figures, links) in a scroll container of its own (or in the page's flow, mount's height 'auto'),
// each line placed exactly over the glyphs the canvas draws and stretched to their width. The browser owns what it gives text: scrolling (the
// scrollbar, wheel, keys, touch, find, anchors), selection, copy, focus, screen readers; the canvas
// paints the part in view, told of each scroll (src/ui/text_layer.h makes what is placed here).
//
// Sections: faces (registered for measuring and for the layer's text) · TextLayer: the layer and
// its scrolling · building groups and lines in chunks · fitting lines to the engine's glyphs ·
// selection and copy · footnotes (the popover of a mark, the links between marks and notes).

import { addStyleSheet } from './folio-styles.js';

const CHUNK_MS = 8;        // the longest a background chunk of building runs, ms
const MAX_GROUPS_PER_ASK = 64;  // groups asked of the module at once while building in the background
const SECTION_GROUPS = 64;  // groups per section: the browser lays out a section's groups, not all the article's
const PART_LINES = 200;    // lines of a long group built at a time, in a part of its own (a list of 10,000 items)
const SPLIT_TAGS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote']);  // groups that may be built in parts
const MEASURE_SPACING = 0.01;  // px of letter spacing that turns a measuring canvas's ligatures off
const KIND_MARKER = 1;     // folio::ui::LayerRun
const KIND_COMMENT = 2;
const SANS_FACE = 4;       // folio::FontFace::Sans
const KIND_NOTE_MARK = 3;  // a footnote's mark: its link names the note
const KIND_NOTE_BACK = 4;  // a note's link back to its mark

// ---- Faces ----

// The CSS face of a font file named like "NotoSerif-BoldItalic.ttf" (or a slice of it,
// "NotoSerif-BoldItalic.greek.ttf"): its family (one per file family, "folio-notoserif"), weight
// and style.
function faceOfFile(fileName) {
  const [family, style = 'Regular'] = fileName.replace(/\..*$/, '').split('-');
  return {
    family: `folio-${family.toLowerCase()}`,
    weight: /Bold/.test(style) ? '700' : '400',
    style: /Italic/.test(style) ? 'italic' : 'normal',
  };
}

// `text` in the elements `tags` names (a run's style: "code", "s", "sub", "sup"; innermost first),
// nested; the text alone when there are none.
function styledText(text, tags) {
  let node = document.createTextNode(text);
  for (const tag of tags) {
    const element = document.createElement(tag);
    element.append(node);
    node = element;
  }
  return node;
}

// [[first, last]...] code points as a CSS unicode-range value ("U+41-5A,U+E9").
function unicodeRange(ranges) {
  const hex = (cp) => cp.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

// Faces 0 to 3 (folio::FontFace) are the serif family's, the others the sans family's.
const isSerifFace = (face) => face < 4;

// The class of each face (.folio-f0 … by folio::FontFace), as CSS: its family, then the fallback
// families for other scripts that the layer's viewer has (TextLayer.addFallback).
function faceClasses(faces) {
  return faces.map(({ family, weight, style }, face) =>
    `.folio-text .folio-f${face} { font-family: "${family}", var(--folio-fallbacks-${isSerifFace(face) ? 'serif' : 'sans'}, serif); `
    + `font-weight: ${weight}; font-style: ${style}; }`).join('\n');
}

// ---- The layer ----

// The length of the text the layer wrote in each of its lines.
const written = new WeakMap();
// The article's address of the picture each picture box shows (shown by the layer only when the
// page is translated: the canvas draws the pictures otherwise).
const pictureSources = new WeakMap();

// Whether a mutation of the layer (or of the document's class) is a translation's: a line's text is
// no longer what the layer wrote (a translator rewriting text nodes), text was wrapped in the
// <font> elements Chrome's translation inserts, or the document was marked as translated. A
// highlighter wrapping words in elements of its own leaves each line's text as it was.
function rewritesText(record) {
  if (record.type === 'attributes') return /\btranslated-(ltr|rtl)\b/.test(record.target.className);
  if ([...record.addedNodes].some((node) => node.nodeName === 'FONT')) return true;
  const element = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
  const line = element?.closest?.('.folio-line');
  const length = line ? written.get(line) : undefined;
  return length !== undefined && line.textContent.length !== length;
}

/**
 * The text layer of one viewer. `bridgeOf()` gives its core-bridge; `fontFiles` the font file names by
 * folio::FontFace; `onComment` opens the comment form ("Add your comment"). Put `scroller` over the
 * canvas; it stays empty until viewChanged() names a layout. With `flowCanvas` (the canvas, sticky
 * in the page: mount's height 'auto') the page scrolls the article: the scroller is then no scroll
 * container, and its parent, the stage, takes the article's height. `nonce`: see addStyleSheet.
 */
export class TextLayer {
  constructor(bridgeOf, fontFiles, onComment, flowCanvas = null, nonce = null) {
    this._bridgeOf = bridgeOf;
    this._flowCanvas = flowCanvas;
    this._faceCss = fontFiles.map(faceOfFile);  // by folio::FontFace
    this._onComment = onComment;
    addStyleSheet('text-faces', faceClasses(this._faceCss), nonce);
    this.scroller = document.createElement('div');
    this.scroller.className = 'folio-scroller';
    this.scroller.tabIndex = 0;
    this.article = document.createElement('article');
    this.article.className = 'folio-text';
    this.scroller.append(this.article);
    this._generation = null;  // the layout the layer shows
    this._groups = [];        // per group: { tag, detail, top, left, element, built, parts }
    this._groupBottoms = [];  // per group, the largest bottom so far (non-decreasing), px
    this._fillCursor = 0;     // where background building goes on
    this._unbuilt = 0;
    this._msPerGroup = 0.5;   // what building a group has cost lately, ms
    this._pending = null;     // the scheduled background chunk
    this._view = null;        // what viewChanged() said last
    this._syncQueued = false;
    this._echo = null;        // a scrollTop the layer set itself (its scroll event is not the reader's)
    this._faces = new Map();  // folio::FontFace -> FontFace, once registered
    this._fallbacks = [];     // [{ family, style }] of the fallback fonts, in the order added
    this._fallbackStacks = { serif: '', sans: '' };  // their families as CSS lists, per family style
    this._baselines = new Map();  // "face size" -> px from a line box's top to its baseline
    this._measure = document.createElement('canvas').getContext('2d');
    this._measureFont = '';
    // How building the current layout went, ms of performance.now() (for bench/text_layer_bench.mjs):
    // started (its outline), visible (the lines in view built), complete (every group built), chunks
    // (background chunks run), longestChunk (ms).
    this.stats = null;
    /** Where the article's relative picture addresses are resolved (a function; the page's address by default). */
    this.pictureBase = null;
    // A translation of the page (the browser's, or an extension's) rewrites the layer's text, which
    // the canvas cannot draw: the layer then shows the text itself (see _showTranslation).
    this.translated = false;
    this._translation = new MutationObserver((records) => {
      if (!this.translated && records.some(rewritesText)) this._showTranslation();
    });
    this._translation.observe(this.article, { subtree: true, childList: true, characterData: true });
    this._translation.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    // The scroller's height, CSS px, kept as it changes: building what is in view reads it after
    // putting a new layout's groups in, and reading it from the element would make the browser lay
    // all of them out then, and again when it renders (about 100 ms at 285,000 words).
    this._viewHeight = 0;
    this._viewSize = new ResizeObserver(([entry]) => { this._viewHeight = entry.contentRect.height; });
    this._viewSize.observe(this.scroller);
    if (flowCanvas) {
      this._pageScrolled = () => this._scrolled();
      window.addEventListener('scroll', this._pageScrolled, { passive: true });
    } else {
      this.scroller.addEventListener('scroll', () => this._scrolled(), { passive: true });
    }
    this.scroller.addEventListener('copy', (e) => this._copy(e));
    this.scroller.addEventListener('keydown', (e) => this._keyDown(e));
    this.scroller.addEventListener('blur', () => delete this.scroller.dataset.pointerFocus);
    // A selection made out of view by other means than the pointer (window.find, a script,
    // assistive technology) is brought into view, as the browser does for a page's own scrolling.
    this._pointerDown = false;
    this.scroller.addEventListener('pointerdown', () => { this._pointerDown = true; });
    this._pointerUp = () => { this._pointerDown = false; };
    this._selectionChanged = () => this._revealSelection();
    document.addEventListener('pointerup', this._pointerUp, true);
    document.addEventListener('selectionchange', this._selectionChanged);
    this.article.addEventListener('mousedown', (e) => this._tripleClick(e));
    this.article.addEventListener('click', (e) => {
      if (e.target.closest?.('.folio-action')) this._onComment();
      const mark = e.target.closest?.('.folio-noteref');
      const back = e.target.closest?.('.folio-backlink');
      if (mark || back) e.preventDefault();
      if (mark) this._showNote(mark);
      if (back) this._goToLink(back.getAttribute('href'));
    });
    this._note = null;  // the open popover of a footnote: { element, mark }
    this._closeNoteOutside = (e) => {
      if (this._note && !this._note.element.contains(e.target) && !this._note.mark.contains(e.target)) this._closeNote(false);
    };
    document.addEventListener('pointerdown', this._closeNoteOutside, true);
  }

  /** The toolbar's height changed (Viewer::setTouch): the article starts lower or higher. */
  viewTopChanged() {
    if (this._generation !== null) this._rebuild();
  }

  /** Focuses the article for a press beside it (the canvas's toolbar): keys go on to it, no ring shows. */
  focusByPointer() {
    this.scroller.dataset.pointerFocus = '';
    this.scroller.focus({ preventScroll: true });
  }

  /** Registers the font `bytes` of `face` (folio::FontFace) for the layer's text; resolves when usable. */
  async addFace(face, bytes) {
    const { family, weight, style } = this._faceCss[face];
    const fontFace = new FontFace(family, bytes, { weight, style });
    await fontFace.load();
    if (this._destroyed) return;
    document.fonts.add(fontFace);
    this._faces.set(face, fontFace);
    this._refit();  // lines measured with a stand-in face are fitted again
  }

  /**
   * Registers `bytes`, a slice of the font of `face` (folio::FontFace) holding the characters
   * `ranges` ([[first, last]...] code points, from the coverage manifest), in that face's family:
   * the browser takes each character from the slice that has it. Resolves when usable.
   */
  async addFaceSlice(face, bytes, ranges) {
    const { family, weight, style } = this._faceCss[face];
    const fontFace = new FontFace(family, bytes, { weight, style, unicodeRange: unicodeRange(ranges) });
    await fontFace.load();
    if (this._destroyed) return;
    document.fonts.add(fontFace);
    this._measureFont = null;
    this._refit();
  }

  /**
   * Registers the fallback font `bytes` (the viewer's `file`, for `style` 'serif', 'sans' or 'any',
   * bold or not, with the characters `ranges` ([[first, last]...] code points, from the coverage
   * manifest): the slices of one font share its family) for the layer's text in other scripts: after
   * each face's own family, as the viewer draws them (the family's style first, then any, then the
   * other). Resolves when usable.
   */
  async addFallback(file, bytes, style, bold, ranges = null) {
    const { family } = faceOfFile(file);
    const descriptors = { weight: bold ? '700' : '400' };
    if (ranges?.length) descriptors.unicodeRange = unicodeRange(ranges);
    const fontFace = new FontFace(family, bytes, descriptors);
    await fontFace.load();
    if (this._destroyed) return;
    document.fonts.add(fontFace);
    if (!this._fallbacks.some((f) => f.family === family)) this._fallbacks.push({ family, style });
    const rank = (wanted) => (f) => (f.style === wanted ? 0 : f.style === 'any' ? 1 : 2);
    for (const wanted of ['sans', 'serif']) {  // the fallback styles of the two families' faces
      const order = [...this._fallbacks].sort((a, b) => rank(wanted)(a) - rank(wanted)(b));
      this._fallbackStacks[wanted] = order.map((f) => `"${f.family}"`).join(', ');
      this.article.style.setProperty(`--folio-fallbacks-${wanted}`, `${this._fallbackStacks[wanted]}, serif`);
    }
    this._measureFont = null;
    this._refit();
  }

  /**
   * What the canvas shows now (folioHost.viewChanged): the layout `generation`, its scroll position
   * and height (CSS px), whether a panel or the print preview covers the article, the theme, and
   * what is drawn over part of it (`coverings`, [[x, y, width, height]…] CSS px of the canvas).
   * The layer follows before the browser paints that frame.
   */
  viewChanged(generation, scrollY, height, overlay, theme, coverings) {
    this._view = { generation, scrollY, height, overlay, theme, coverings };
    if (this._syncQueued) return;
    this._syncQueued = true;
    queueMicrotask(() => {
      this._syncQueued = false;
      if (!this._destroyed) this._sync();
    });
  }

  /** Stops building and listening; the viewer removes the scroller. */
  destroy() {
    this._destroyed = true;
    this._cancelFill();
    this._translation.disconnect();
    this._viewSize.disconnect();
    this._translatedHeight?.disconnect();
    document.removeEventListener('pointerup', this._pointerUp, true);
    document.removeEventListener('selectionchange', this._selectionChanged);
    document.removeEventListener('pointerdown', this._closeNoteOutside, true);
    if (this._pageScrolled) window.removeEventListener('scroll', this._pageScrolled);
    for (const face of this._faces.values()) document.fonts.delete(face);
    this._faces.clear();
  }

  _sync() {
    const { generation, scrollY, height, overlay, theme } = this._view;
    if (generation !== this._generation && !(this.translated && this._keepTranslation())) this._rebuild();
    this.article.style.height = `${height}px`;
    this.scroller.dataset.theme = theme;
    this.scroller.classList.toggle('folio-covered', overlay);
    this._clip();
    if (this.translated) return;  // the layer's own flow: the canvas's place no longer says where its text is
    if (this._flowCanvas) {
      this._followInPage(scrollY, height);
    } else if (Math.abs(this.scroller.scrollTop - scrollY) > 1) {
      this._echo = scrollY;
      this.scroller.scrollTop = scrollY;
    }
    this._buildVisible(scrollY);
  }

  // How far the page has scrolled the article past the top of the window (flow mode), CSS px; <= 0
  // while its top is in view or below.
  _pageOffset() {
    return -this.scroller.parentElement.getBoundingClientRect().top;
  }

  // Flow mode: the stage takes the article's height, and the page scrolls to where the canvas was
  // moved to (a new article, a size change keeping the line at the top, a reading position).
  _followInPage(scrollY, height) {
    const viewTop = this.scroller.offsetTop;
    this.scroller.parentElement.style.height = `${viewTop + height}px`;
    const end = Math.max(0, height - (this._flowCanvas.clientHeight - viewTop));
    const offset = this._pageOffset();
    // The page shows what the canvas does when the offset, clamped to the article, is its position.
    if (Math.abs(Math.min(Math.max(offset, 0), end) - scrollY) <= 1) return;
    if (scrollY <= 0 && offset <= 0) return;
    if (scrollY >= end && offset >= end) return;
    this._echo = scrollY;
    window.scrollBy(0, scrollY - offset);
  }

  // Cuts out of the layer what the canvas draws over the article (its notice banner, and in flow
  // mode its toolbar, which stays in the window while the layer passes under it), so that the
  // pointer reaches the canvas there: a clip path bounds hit testing as well as painting.
  _clip() {
    const coverings = this._view?.coverings ?? [];
    if (!coverings.length && !this._flowCanvas) {
      if (this._clipPath) this.scroller.style.clipPath = this._clipPath = '';
      return;
    }
    const { top: scrollerTop } = this.scroller.getBoundingClientRect();
    const canvasTop = this._flowCanvas ? this._flowCanvas.getBoundingClientRect().top : scrollerTop - this.scroller.offsetTop;
    const shift = canvasTop - scrollerTop;  // canvas px + shift = scroller px
    const top = this._flowCanvas ? Math.max(0, shift + this.scroller.offsetTop) : 0;  // below the toolbar
    const points = [`0 ${top}px`, `100% ${top}px`, '100% 100%', '0 100%', `0 ${top}px`];
    for (const [x, y, width, height] of coverings) {
      const [left, right, upper, lower] = [x, x + width, y + shift, y + height + shift];
      points.push(`${left}px ${upper}px`, `${right}px ${upper}px`, `${right}px ${lower}px`, `${left}px ${lower}px`,
        `${left}px ${upper}px`, `0 ${top}px`);
    }
    const path = `polygon(evenodd, ${points.join(', ')})`;
    if (path !== this._clipPath) this.scroller.style.clipPath = this._clipPath = path;
  }

  // The reader scrolled the layer (wheel, keys, touch, the scrollbar, find, a focused link): the
  // canvas draws that part now, and the layer builds it if it has not yet.
  _scrolled() {
    if (this.translated) {
      // The canvas draws none of it, but its place follows as the same share of the article: the
      // toolbar's progress and the reading position kept for the next visit stay the reader's.
      const range = this.scroller.scrollHeight - this.scroller.clientHeight;
      const canvasRange = Math.max(0, (this._view?.height ?? 0) - this._viewHeight);
      if (!this._flowCanvas && range > 0) this._bridgeOf().setScroll((this.scroller.scrollTop / range) * canvasRange);
      return;
    }
    if (this._flowCanvas) {
      const y = Math.max(0, this._pageOffset());  // the module keeps it within the article
      const echo = this._echo;
      this._echo = null;
      this._clip();
      if (echo !== null && Math.abs(y - echo) <= 1) return;
      this._bridgeOf().setScroll(y);
      this._buildVisible(y);
      return;
    }
    const y = this.scroller.scrollTop;
    const echo = this._echo;
    this._echo = null;
    if (echo !== null && Math.abs(y - echo) <= 1) return;
    // At the end, the canvas goes to its own end (the layer's height is rounded to whole pixels).
    const end = this.scroller.scrollHeight - this.scroller.clientHeight;
    this._bridgeOf().setScroll(end > 0 && y >= end - 1 ? Math.max(y, this._view?.height ?? y) : y);
    this._buildVisible(y);
  }

  // Ctrl/Cmd+A selects the article, not the page; Escape closes a note's popover.
  _keyDown(e) {
    if (e.key === 'Escape' && this._note) {
      e.preventDefault();
      this._closeNote(true);
      return;
    }
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      getSelection().selectAllChildren(this.article);
    }
  }

  // A triple click selects the paragraph, list item, caption or attribution under it (each line is
  // a box of its own, so the browser's would select a line).
  _tripleClick(e) {
    if (e.detail !== 3 || e.button !== 0) return;
    const unit = e.target.closest?.('li, footer, figcaption, aside > p, aside > h4, .folio-group');
    if (!unit || !this.article.contains(unit)) return;
    e.preventDefault();
    getSelection().selectAllChildren(unit);
  }

  // Scrolls a selection in the article that is wholly out of view, and smaller than the view, to a
  // third of the way down it.
  _revealSelection() {
    const selection = getSelection();
    if (this._flowCanvas) return;  // the page's own scrolling reveals it
    if (this._pointerDown || !selection.rangeCount || !this.article.contains(selection.focusNode)) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const view = this.scroller.getBoundingClientRect();
    if (!rect.height || rect.height > view.height / 2) return;
    if (rect.bottom > view.top && rect.top < view.bottom) return;
    this.scroller.scrollTop += rect.top - view.top - view.height / 3;
  }

  // ---- Building ----

  // A new layout: the outline of every group now, their lines in view at once, the rest in chunks.
  _rebuild() {
    this._cancelFill();
    const outline = this._bridgeOf().textLayerOutline();
    this._closeNote(false);
    this.article.replaceChildren();
    this._groups = [];
    this._groupBottoms = [];
    this._generation = outline ? outline.generation : null;
    if (!outline) return;
    this.scroller.style.top = `${outline.viewTop}px`;
    this.article.lang = outline.language || '';
    this.article.dir = outline.direction;
    this._rtl = outline.direction === 'rtl';
    let bottom = 0;
    const elements = document.createDocumentFragment();
    // Groups go in sections of SECTION_GROUPS, each a box of its own (see .folio-section): a group
    // filled in is then laid out with its section's groups, not with every group of the article.
    let section = null;
    let sectionTop = 0;
    for (const [index, [tag, detail, top, groupBottom, sideways = null]] of outline.groups.entries()) {
      if (index % SECTION_GROUPS === 0) {
        section = elements.appendChild(document.createElement('div'));
        section.className = 'folio-section';
        let sectionBottom = 0;
        sectionTop = Infinity;
        for (const [, , t, b] of outline.groups.slice(index, index + SECTION_GROUPS)) {
          if (b <= t) continue;  // a group with no lines or pictures has no place
          sectionTop = Math.min(sectionTop, t);
          sectionBottom = Math.max(sectionBottom, b);
        }
        if (sectionTop === Infinity) sectionTop = 0;
        section.style.top = `${sectionTop}px`;
        section.style.height = `${Math.max(0, sectionBottom - sectionTop)}px`;
      }
      const element = document.createElement(tag);
      element.className = 'folio-group';
      if (detail === 'meta') element.classList.add('folio-meta');
      if (tag === 'ul' || tag === 'ol') element.setAttribute('role', 'list');
      if (tag === 'table') element.setAttribute('role', 'table');
      element.style.top = `${top - sectionTop}px`;
      element.style.height = `${Math.max(0, groupBottom - top)}px`;
      let left = 0;
      if (sideways) {  // wider than the column: it scrolls sideways in its box, and the canvas with it
        const [x, width, , block] = sideways;
        left = x;
        element.classList.add('folio-sideways');
        Object.assign(element.style, { left: `${x}px`, width: `${width}px` });
        element.addEventListener('scroll', () => this._bridgeOf().setSidewaysScroll(block, element.scrollLeft), { passive: true });
      }
      this._groups.push({ tag, detail, top, left, sideways, element, built: false });
      section.appendChild(element);
      bottom = Math.max(bottom, groupBottom);
      this._groupBottoms.push(bottom);
    }
    this.article.append(elements);
    this._unbuilt = this._groups.length;  // groups whose lines are not all in yet
    this._fillCursor = 0;
    this.stats = { started: performance.now(), visible: null, complete: null, chunks: 0, longestChunk: 0 };
    this._buildVisible(this._view?.scrollY ?? 0);  // never a moment without the text in view
    this._scheduleFill();
  }

  // The page was translated (the layer's text rewritten, or the document marked so by the browser):
  // the canvas would still draw the article as it was written, so it draws only its background and
  // toolbar, and the layer shows its own text, in the theme's colours and in the page's flow.
  // The groups not built yet still come in background chunks; in flow mode the stage takes the
  // height of what the layer shows. The pictures, which the canvas drew, are the layer's now.
  _showTranslation() {
    this.translated = true;
    this._translatedSize = this._bridgeOf().state().fontSizePx;
    this.scroller.classList.add('folio-translated');
    this._bridgeOf().setArticleDrawn(false);
    for (const picture of this.article.querySelectorAll('.folio-picture')) this._showPicture(picture);
    if (this._flowCanvas) {
      this._translatedHeight = new ResizeObserver(() => {
        this.scroller.parentElement.style.height = `${this.scroller.offsetTop + this.article.offsetHeight}px`;
      });
      this._translatedHeight.observe(this.article);
    }
  }

  // Puts the picture of the box `picture` in it, from its address in the article (http(s) only),
  // for the translated flow.
  _showPicture(picture) {
    const src = pictureSources.get(picture);
    if (!src || picture.firstChild) return;
    let url;
    try {
      url = new URL(src, this.pictureBase?.() ?? document.baseURI);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    const image = picture.appendChild(document.createElement('img'));
    image.alt = '';  // the box says what it shows (its aria-label)
    image.src = url.href;
  }

  // A new layout of a translated page: the same article at the same text size (fonts arrived, the
  // box was resized) keeps the layer and its translated text, the lines' places not mattering in
  // its flow; true then. Otherwise (false) the layer is built again, and the translator translates
  // the new text.
  _keepTranslation() {
    const outline = this._bridgeOf().textLayerOutline();
    const size = this._bridgeOf().state().fontSizePx;
    if (!outline || size !== this._translatedSize || outline.groups.length !== this._groups.length ||
        outline.groups.some(([tag, detail], i) => tag !== this._groups[i].tag || detail !== this._groups[i].detail)) {
      this._translatedSize = size;
      return false;
    }
    this._generation = outline.generation;  // the groups not built yet come from this layout
    return true;
  }

  // Builds, now, the groups within a view's height of the view at `scrollY`.
  _buildVisible(scrollY) {
    if (!this._groups.length) return;
    const viewHeight = (this._flowCanvas ? window.innerHeight : this._viewHeight || window.innerHeight) || 1000;
    const from = scrollY - viewHeight;
    const to = scrollY + 2 * viewHeight;
    let first = this._firstGroupEndingAfter(from);
    let end = first;
    while (end < this._groups.length && this._groups[end].top <= to) end += 1;
    for (let i = first; i < end;) {
      if (this._groups[i].built) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < end && !this._groups[j].built) j += 1;
      this._build(i, j);
      i = j;
    }
    for (let i = first; i < end; ++i) {
      const group = this._groups[i];
      if (!group.parts) {
        this._fitGroup(group);
        continue;
      }
      for (const part of group.parts) {
        if (part.bottom <= from || part.top > to) continue;
        this._buildPart(group, part);
        this._fitGroup(part);
      }
    }
    if (end > this._fillCursor) this._fillCursor = end;  // reading goes on downwards
    if (this.stats && this.stats.visible === null) this.stats.visible = performance.now();
  }

  // The first group whose bottom is below `y` (binary search on the running bottoms).
  _firstGroupEndingAfter(y) {
    let low = 0;
    let high = this._groupBottoms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this._groupBottoms[mid] <= y) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  _scheduleFill() {
    if (this._pending || this._destroyed) return;
    const run = () => {
      this._pending = null;
      this._fill();
    };
    // One chunk a frame: the next one is a task queued at the next frame, so it runs once the
    // browser has rendered what the last one added (chunks run back to back would leave it all for
    // one long frame). Not an idle callback: those wait for the idle part of a frame, and most of
    // each frame went unused.
    let task = null;
    const frame = requestAnimationFrame(() => { task = setTimeout(run, 0); });
    this._pending = () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }

  _cancelFill() {
    this._pending?.();
    this._pending = null;
  }

  // One background chunk: the next groups not built yet (below the view first, then from the top),
  // for at most CHUNK_MS.
  _fill() {
    const start = performance.now();
    const count = this._groups.length;
    let scanned = 0;
    let elapsed = 0;
    // Batches sized by what a group has cost so far, so that the chunk ends near CHUNK_MS.
    while (scanned < count && (elapsed === 0 || elapsed + this._msPerGroup <= CHUNK_MS)) {
      if (this._fillCursor >= count) this._fillCursor = 0;
      const first = this._fillCursor;
      const group = this._groups[first];
      const part = group.built && group.parts?.find((p) => !p.built);
      if (part) {  // a long group's next part
        const before = performance.now();
        this._buildPart(group, part);
        elapsed = performance.now() - start;
        this._msPerGroup = 0.7 * this._msPerGroup + 0.3 * (performance.now() - before);
        continue;
      }
      if (group.built) {
        this._fillCursor += 1;
        scanned += 1;
        continue;
      }
      // (Half the time left, in groups: groups differ, and one may cost twice the average.)
      const batch = Math.max(1, Math.min(MAX_GROUPS_PER_ASK, Math.floor((CHUNK_MS - elapsed) / (2 * this._msPerGroup))));
      let end = first;
      while (end < count && end - first < batch && !this._groups[end].built) end += 1;
      const before = performance.now();
      if (!this._build(first, end)) return;  // the layout changed: a rebuild comes
      const now = performance.now();
      this._msPerGroup = 0.7 * this._msPerGroup + 0.3 * ((now - before) / (end - first));
      elapsed = now - start;
      scanned += end - first;
      this._fillCursor = end;
    }
    const took = performance.now() - start;
    this.stats.chunks += 1;
    this.stats.longestChunk = Math.max(this.stats.longestChunk, took);
    if (this._unbuilt > 0) this._scheduleFill();
    else this.stats.complete = performance.now();
  }

  // Builds groups [first, end), their lines not fitted yet (_fitGroup); false when the module's
  // layout is no longer the layer's.
  _build(first, end) {
    const data = this._bridgeOf().textLayerGroups(first, end);
    if (!data || data.generation !== this._generation) return false;
    for (const { group, lines, images, items } of data.groups) this._fillGroup(this._groups[group], lines, images, items);
    for (let i = first; i < end; ++i) {
      const group = this._groups[i];
      if (!group.built && !group.parts) this._unbuilt -= 1;  // (a long group's count goes with its last part)
      group.built = true;
    }
    return true;
  }

  // Builds `part` of the long `group` (made by _fillGroup) when not built yet.
  _buildPart(group, part) {
    if (part.built) return;
    part.built = true;
    const { lines, items } = group.partData;
    const parts = document.createDocumentFragment();
    this._fillLines(group, part, parts, lines.slice(part.first, part.end), new Map(), items);
    part.element.append(parts);
    group.partsLeft -= 1;
    if (group.partsLeft === 0) {
      group.partData = null;
      this._unbuilt -= 1;
    }
  }

  // The parts of a long group's `lines` (none when it is not long): [first, end) line ranges of
  // about PART_LINES each, cut only between two lines of one role and where a top-level list item
  // (or any line of a paragraph or code) begins, so that each part holds its own elements.
  _partsOf(group, lines, images, items) {
    if (lines.length < 2 * PART_LINES || images.length || group.sideways || !SPLIT_TAGS.has(group.tag)) return null;
    const parts = [];
    let first = 0;
    for (let i = 1; i < lines.length; ++i) {
      const [item, role] = lines[i];
      const [previousItem, previousRole] = lines[i - 1];
      if (i - first < PART_LINES || role !== previousRole || role === 'cite') continue;
      if (item >= 0 && role !== 'code' && (item === previousItem || (items?.[item]?.[0] ?? 0) !== 0)) continue;
      parts.push([first, i]);
      first = i;
    }
    parts.push([first, lines.length]);
    return parts.length > 1 ? parts : null;
  }

  // Puts a group's lines (and its pictures' boxes) into its element. `items`: a nested list's
  // [depth, ordered] per item (none for a flat list).
  _fillGroup(group, lines, images, items = null) {
    const element = group.element;
    group.lines = [];
    group.fitted = false;
    const ranges = this._partsOf(group, lines, images, items);
    if (ranges) {  // a long group: a box per part, filled as it comes near the view or in the background
      group.partData = { lines, items };
      group.partsLeft = ranges.length;
      group.parts = ranges.map(([first, end]) => {
        let top = Infinity;
        let bottom = -Infinity;
        for (let i = first; i < end; ++i) {
          for (const run of lines[i][3]) {
            top = Math.min(top, lines[i][2] - run[4]);
            bottom = Math.max(bottom, lines[i][2] + run[4] / 2);
          }
        }
        const part = document.createElement('div');
        part.className = 'folio-part';
        part.style.top = `${top - group.top}px`;
        part.style.height = `${Math.max(0, bottom - top)}px`;
        return { first, end, top, bottom, left: group.left, element: part, built: false, lines: [], fitted: false };
      });
      element.replaceChildren(...group.parts.map((part) => part.element));
      return;
    }
    const parts = document.createDocumentFragment();
    if (group.sideways) {  // as wide as its content, so that it scrolls as far as the canvas's
      const spacer = parts.appendChild(document.createElement('div'));
      spacer.className = 'folio-spacer';
      spacer.style.width = `${group.sideways[2]}px`;
    }
    const pictures = new Map();  // a gallery's picture -> its figure
    for (const [x, y, width, height, givenAlt, givenItem, src = ''] of images) {
      const alt = givenAlt ?? group.detail;
      const item = givenItem ?? null;
      const picture = document.createElement('div');
      picture.className = 'folio-picture';
      if (src) {
        pictureSources.set(picture, src);
        if (this.translated) this._showPicture(picture);
      }
      if (alt) {
        picture.setAttribute('role', 'img');
        picture.setAttribute('aria-label', alt);
      }
      Object.assign(picture.style, { left: `${x}px`, top: `${y - group.top}px`, width: `${width}px`, height: `${height}px` });
      if (item === null) {
        parts.append(picture);
      } else {  // a gallery's picture: a figure of its own, its caption to come
        pictures.set(item, parts.appendChild(document.createElement('figure')));
        pictures.get(item).append(picture);
      }
    }
    this._fillLines(group, group, parts, lines, pictures, items);
    element.replaceChildren(parts);
  }

  // Puts `lines` of `group` into `parts` (a fragment), placed in `unit` (the group, or a part of
  // it: its top and left, and its list of lines to fit). `pictures`: a gallery's figure by picture.
  _fillLines(group, unit, parts, lines, pictures, items) {
    const nesting = items;  // a nested list's [depth, ordered] by item
    const listItems = new Map();  // list item -> li
    const lists = [];  // a nested list's open lists, outermost (the group's) first: { list, depth }
    const asideParts = new Map();  // an aside's paragraph (-1: its title) -> p (h4); an embed card's line -> p
    const rows = new Map();  // table row -> tr
    const cells = new Map();  // "row column" -> td or th
    let footer = null;
    let caption = null;
    for (const line of lines) {
      const [item, role] = line;
      let parent = parts;
      if (role === 'th' || role === 'td') {  // a table cell's line: item is its row, the seventh member its column
        parent = this._tableCell(parts, rows, cells, item, line[6], role);
      } else if (group.tag === 'aside') {  // its title's lines (headings) and its paragraphs' (item: the paragraph)
        const key = role === 'heading' ? -1 : item;
        if (!asideParts.has(key)) asideParts.set(key, parts.appendChild(document.createElement(key < 0 ? 'h4' : 'p')));
        parent = asideParts.get(key);
      } else if (pictures.has(item)) {  // a gallery picture's caption
        const figure = pictures.get(item);
        parent = figure.querySelector('figcaption') ?? figure.appendChild(document.createElement('figcaption'));
      } else if (group.tag === 'figure' && item >= 0) {  // an embed's card: its label, title and host, a line each
        caption ??= parts.appendChild(document.createElement('figcaption'));
        if (!asideParts.has(item)) asideParts.set(item, caption.appendChild(document.createElement('p')));
        parent = asideParts.get(item);
      } else if (item >= 0 && role !== 'code') {  // (a code line's item is its line number)
        if (!listItems.has(item)) {
          const li = this._listOf(parts, lists, nesting?.[item]).appendChild(document.createElement('li'));
          li.dataset.item = item;
          listItems.set(item, li);
        }
        parent = listItems.get(item);
      } else if (role === 'cite') {
        footer ??= parts.appendChild(document.createElement('footer'));
        parent = footer;
      } else if (role === 'caption') {
        caption ??= parts.appendChild(document.createElement(group.tag === 'table' ? 'caption' : 'figcaption'));
        parent = caption;
      }
      this._addLine(parent, line, unit);
    }
  }

  // The list a list item at `place` ([depth, ordered]; none: the group's own) goes in: the group's
  // (`parts`), or one nested in the last item of the list a level up, made on first use. `lists`
  // holds the open lists, outermost first (the caller appends its li to the one returned).
  _listOf(parts, lists, place) {
    const [depth, ordered] = place ?? [0, false];
    if (!lists.length) lists.push({ list: parts, depth: 0 });
    while (lists.length > depth + 1) lists.pop();
    while (lists.length < depth + 1) {
      const owner = lists[lists.length - 1].list.lastElementChild;  // the item a level up
      if (!owner) break;
      const list = owner.appendChild(document.createElement(ordered ? 'ol' : 'ul'));
      list.setAttribute('role', 'list');
      lists.push({ list, depth: lists.length });
    }
    return lists[lists.length - 1].list;
  }

  // The element of a table's cell (row `row`, column `column`, a "th" or "td"), made in its row (made
  // in `parts`) on first use; `rows` and `cells` hold those made so far. Roles say what they are,
  // as the layer's CSS sets them as blocks.
  _tableCell(parts, rows, cells, row, column, tag) {
    const key = `${row} ${column}`;
    if (cells.has(key)) return cells.get(key);
    if (!rows.has(row)) {
      const tr = parts.appendChild(document.createElement('tr'));
      tr.setAttribute('role', 'row');
      rows.set(row, tr);
    }
    const cell = rows.get(row).appendChild(document.createElement(tag));
    cell.setAttribute('role', tag === 'td' ? 'cell' : row === 0 ? 'columnheader' : 'rowheader');
    cells.set(key, cell);
    return cell;
  }

  // Appends the elements of one line: its marker (a list item's number or bullet, hidden from
  // screen readers and copies) and its text, each over the canvas glyphs.
  _addLine(parent, [, role, baseline, runs, spaceAfter, rtl], unit) {
    const marker = runs.find((run) => run[6] === KIND_MARKER);
    if (marker) {
      const element = this._lineElement([marker], baseline, unit);
      element.classList.add('folio-marker');
      element.setAttribute('aria-hidden', 'true');
      parent.appendChild(element);
    }
    const text = runs.filter((run) => run[6] !== KIND_MARKER);
    if (!text.length) {  // a blank line of code is a line of its own in a copy
      if (role === 'code') parent.append(Object.assign(document.createElement('span'), { className: 'folio-line folio-code-line' }));
      return;
    }
    const element = this._lineElement(text, baseline, unit, rtl && spaceAfter);
    if (role === 'code') element.classList.add('folio-code-line');
    if (Boolean(rtl) !== this._rtl) element.dir = rtl ? 'rtl' : 'ltr';  // a paragraph against the article's direction
    if (spaceAfter) element.appendChild(document.createTextNode(' '));  // the space the line break took, for copies and find
    written.set(element, element.textContent.length);
    parent.appendChild(element);
  }

  // An absolutely placed line of `runs` ([text, face, x, width, size, link, kind, tags, rise], in
  // reading order; right-to-left runs stand left of the ones before them) with its baseline at
  // `baseline` px, in `group` (a group or a part of one: its box starts group.top and group.left
  // px into the layer); put in its list of lines to fit to the engine's width (_fitGroup).
  // `leftSpace`: a space will be added that stands at the line's left end (the break space of a
  // right-to-left line): the box starts that much further left.
  _lineElement(runs, baseline, group, leftSpace = false) {
    const [, face, , , size] = runs.find((run) => !run[8]) ?? runs[0];  // the first run on the baseline
    let x = Infinity;
    let right = -Infinity;
    for (const run of runs) {
      x = Math.min(x, run[2]);
      right = Math.max(right, run[2] + run[3]);
    }
    const line = document.createElement('span');
    line.className = `folio-line folio-f${face}`;
    for (const [text, runFace, , , runSize, link, kind, tags = [], rise = 0] of runs) {
      if (runFace === face && runSize === size && link === null && kind === 0 && !tags.length) {
        line.appendChild(document.createTextNode(text));
        continue;
      }
      let run;
      if (kind === KIND_NOTE_MARK || kind === KIND_NOTE_BACK) {  // followed in the article (see Footnotes)
        run = document.createElement('a');
        run.setAttribute('href', link);
        run.className = kind === KIND_NOTE_MARK ? 'folio-noteref' : 'folio-backlink';
        run.setAttribute('role', kind === KIND_NOTE_MARK ? 'doc-noteref' : 'doc-backlink');
        if (kind === KIND_NOTE_MARK) run.setAttribute('aria-haspopup', 'dialog');
        else run.setAttribute('aria-label', 'Back to the text');
      } else if (link !== null) {
        run = Object.assign(document.createElement('a'), { href: link, target: '_blank', rel: 'noopener noreferrer' });
      } else if (kind === KIND_COMMENT) {
        run = document.createElement('span');
        run.className = 'folio-action';
        run.setAttribute('role', 'button');
        run.tabIndex = 0;
      } else {
        run = document.createElement('span');
      }
      run.classList.add(`folio-f${runFace}`);
      if (runSize !== size) run.style.fontSize = `${runSize}px`;
      if (rise) run.style.verticalAlign = `${rise}px`;  // raised or lowered as the engine sets it
      run.appendChild(styledText(text, tags));
      line.appendChild(run);
    }
    const style = line.style;
    style.left = `${x - group.left}px`;
    style.top = `${baseline - this._baselineOf(face, size) - group.top}px`;  // (exact once fitted)
    style.fontSize = `${size}px`;
    // What fitting needs, and no more (it is kept for a face's arrival): text, face and size by run.
    const measure = [];
    for (const run of runs) measure.push(run[0], run[1], run[4]);
    group.lines.push({ line, measure, x, width: right - x, leftSpace, baseline, face, size });
    return line;
  }

  // Fits the lines of `group` (or of a part of one), once built, to the engine's glyphs: each on
  // its baseline and scaled across to the engine's width. Measuring is most of a line's cost, and
  // only lines near the view need it, so the layer does it as they come near (_buildVisible).
  _fitGroup(group) {
    if (group.fitted || !group.lines) return;
    this._learnBaselines(group.lines.map((job) => [job.face, job.size]));
    for (const { line, measure, x, width, leftSpace, baseline, face, size } of group.lines) {
      let measured = 0;
      for (let i = 0; i < measure.length; i += 3) measured += this._textWidth(measure[i], measure[i + 1], measure[i + 2]);
      const scale = measured > 0 && width > 0 ? width / measured : 1;
      line.style.transform = scale !== 1 ? `scaleX(${scale})` : '';
      line.style.top = `${baseline - this._baselineOf(face, size) - group.top}px`;
      if (leftSpace) {  // the last run's space
        const space = this._textWidth(' ', measure[measure.length - 2], measure[measure.length - 1]);
        line.style.left = `${x - space * scale - group.left}px`;
      }
    }
    group.fitted = true;
  }

  // A face came in: every line is fitted again (those in view now, the others as they come near).
  _refit() {
    this._baselines.clear();
    for (const group of this._groups) {
      group.fitted = false;
      for (const part of group.parts ?? []) part.fitted = false;
    }
    if (this._view) this._buildVisible(this._view.scrollY);
  }

  // ---- Fitting ----

  // The width of `text` in `face` at `size` px as the layer sets it: kerned, without ligatures (as
  // the engine). A canvas has no switch for ligatures, but sets none with any letter spacing: a
  // spacing of MEASURE_SPACING px, taken off again after each character.
  _textWidth(text, face, size) {
    const { family, weight, style } = this._faceCss[face];
    const fallbacks = this._fallbackStacks[isSerifFace(face) ? 'serif' : 'sans'];
    const font = `${style} ${weight} ${size}px "${family}"${fallbacks ? `, ${fallbacks}` : ''}`;
    if (font !== this._measureFont) {
      this._measure.font = font;
      this._measure.fontKerning = 'normal';
      this._measure.letterSpacing = `${MEASURE_SPACING}px`;
      this._measureFont = font;
    }
    const width = this._measure.measureText(text).width;
    if (!this._measure.letterSpacing) return width;
    let characters = 0;
    for (const _ of text) characters += 1;  // code points, as the spacing is given
    return width - MEASURE_SPACING * characters;
  }

  // Measures, in one layout, the baseline offsets of the [face, size] `pairs` not known yet.
  _learnBaselines(pairs) {
    const wanted = new Map();
    for (const [face, size] of pairs) {
      const key = `${face} ${size}`;
      if (!this._baselines.has(key) && !wanted.has(key)) wanted.set(key, [face, size]);
    }
    if (!wanted.size) return;
    const probes = [...wanted].map(([key, [face, size]]) => {
      const line = document.createElement('span');
      line.className = `folio-line folio-f${face}`;
      line.style.fontSize = `${size}px`;
      const probe = document.createElement('i');  // sits on the baseline
      Object.assign(probe.style, { display: 'inline-block', width: '0', height: '0' });
      line.append('x', probe);
      this.article.append(line);
      return [key, line];
    });
    for (const [key, line] of probes) {
      this._baselines.set(key, line.lastChild.getBoundingClientRect().top - line.getBoundingClientRect().top);
    }
    for (const [, line] of probes) line.remove();
  }

  // Px from the top of a line box of `face` at `size` px to its baseline.
  _baselineOf(face, size) {
    return this._baselines.get(`${face} ${size}`) ?? size * 0.8;
  }

  // ---- Footnotes ----

  // The element an internal link (a footnote's mark or note) goes to, its group built first: the
  // first mark of a note (a link to the note), or the note's list item; null when it is not there.
  _linkDestination(target) {
    const place = this._bridgeOf().linkTarget(target);
    const group = place && this._groups[place.group];
    if (!group) return null;
    if (!group.built) this._build(place.group, place.group + 1);
    for (const part of group.parts ?? []) this._buildPart(group, part);
    for (const unit of group.parts ?? [group]) this._fitGroup(unit);
    if (place.link) return [...group.element.querySelectorAll('a')].find((a) => a.getAttribute('href') === place.link) ?? null;
    return place.item >= 0 ? group.element.querySelector(`li[data-item="${place.item}"]`) : group.element;
  }

  // Scrolls to where the internal link `target` goes and moves the focus there (a note's item is
  // focusable for it).
  _goToLink(target) {
    this._closeNote(false);
    const destination = this._linkDestination(target);
    if (!destination) return;
    if (destination.localName !== 'a') destination.tabIndex = -1;
    destination.scrollIntoView({ block: 'center' });
    destination.focus({ preventScroll: true });
  }

  // Opens the popover of the footnote `mark` (a .folio-noteref): the note's text under the mark
  // (over it when there is more room above), with a link to the note in the list at the end.
  _showNote(mark) {
    const again = this._note?.mark === mark;
    this._closeNote(false);
    if (again) return;  // a second press closes it
    const target = mark.getAttribute('href');
    const note = this._linkDestination(target);
    if (!note) return;
    const popover = document.createElement('div');
    popover.className = 'folio-note-popover';
    popover.setAttribute('role', 'dialog');
    popover.setAttribute('aria-label', `Note ${mark.textContent}`);
    popover.tabIndex = -1;
    popover.lang = this.article.lang;
    popover.dir = this.article.dir;
    // In the viewer's sans face (the toolbar's and the captions'), then the article's fallbacks.
    popover.style.fontFamily = `"${this._faceCss[SANS_FACE].family}", ${this._fallbackStacks.sans ? `${this._fallbackStacks.sans}, ` : ''}sans-serif`;
    const text = popover.appendChild(document.createElement('p'));
    for (const line of note.querySelectorAll('.folio-line:not(.folio-marker)')) {
      for (const node of line.childNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && node.classList.contains('folio-backlink')) continue;
        const copy = node.cloneNode(true);
        if (copy.nodeType === Node.ELEMENT_NODE) {
          for (const element of [copy, ...copy.querySelectorAll('*')]) element.removeAttribute('style');
        }
        text.append(copy);
      }
    }
    // A link broken over two lines is one link again.
    for (const link of [...text.querySelectorAll('a')]) {
      const space = link.previousSibling;
      const before = space?.nodeType === Node.TEXT_NODE && !space.data.trim() ? space.previousSibling : space;
      if (before?.localName !== 'a' || before.getAttribute('href') !== link.getAttribute('href')) continue;
      if (before !== space) before.append(space);
      before.append(...link.childNodes);
      link.remove();
    }
    const go = popover.appendChild(document.createElement('a'));
    go.className = 'folio-note-go';
    go.setAttribute('href', target);
    go.textContent = 'Go to the note';
    go.addEventListener('click', (e) => {
      e.preventDefault();
      this._goToLink(target);
    });
    popover.addEventListener('focusout', (e) => {
      if (e.relatedTarget && !popover.contains(e.relatedTarget) && e.relatedTarget !== mark) this._closeNote(false);
    });
    this.scroller.append(popover);
    // Placed in the article's coordinates (it scrolls with the text), within the scroller's width.
    const area = this.article.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const view = this._flowCanvas ? { top: 0, bottom: window.innerHeight } : this.scroller.getBoundingClientRect();
    const margin = 12;
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const left = Math.max(margin, Math.min(at.left - area.left - width / 2, this.scroller.clientWidth - width - margin));
    const below = at.bottom + 6 + height <= view.bottom || at.top - 6 - height < view.top;
    Object.assign(popover.style, {
      left: `${left}px`,
      top: `${(below ? at.bottom + 6 : at.top - 6 - height) - area.top + this.article.offsetTop}px`,
    });
    mark.setAttribute('aria-expanded', 'true');
    this._note = { element: popover, mark };
    popover.focus({ preventScroll: true });
  }

  // Closes the open popover, if any; the focus goes back to its mark when `refocus`.
  _closeNote(refocus) {
    if (!this._note) return;
    const { element, mark } = this._note;
    this._note = null;
    mark.setAttribute('aria-expanded', 'false');
    element.remove();
    if (refocus && mark.isConnected) mark.focus({ preventScroll: true });
  }

  // ---- Selection and copy ----

  // Copies the selected part of the article as text with its paragraph breaks (lines joined as
  // written, list markers left out) and as HTML with its structure.
  _copy(e) {
    const selection = getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!this.article.contains(range.startContainer) || !this.article.contains(range.endContainer)) return;
    const { text, html } = serializeArticlePart(range.cloneContents());
    if (!text) return;
    e.clipboardData.setData('text/plain', text);
    e.clipboardData.setData('text/html', html);
    e.preventDefault();
  }
}

// The text and HTML of a part of the layer (a copy of its selected nodes).
function serializeArticlePart(fragment) {
  let text = '';
  let pendingBreak = '';
  const breakBefore = (kind) => {
    if (text && kind.length > pendingBreak.length) pendingBreak = kind;
  };
  const html = document.createElement('div');
  const codeLines = new Set();  // the copy's pre elements that have a line already
  const codeBlocks = new Map();  // element of the copy -> the pre made in it for lines of code
  const walk = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        if (pendingBreak) {
          text = text.replace(/[ \t]+$/, '') + pendingBreak;
          pendingBreak = '';
        }
        text += child.data;
        into.append(child.data);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || child.classList.contains('folio-marker') ||
          child.classList.contains('folio-picture') || child.classList.contains('folio-backlink')) continue;
      const tag = child.localName;
      let target = into;
      if (child.classList.contains('folio-group')) {
        breakBefore('\n\n');
        target = into.appendChild(document.createElement(tag));
      } else if (child.classList.contains('folio-code-line')) {
        // A line of code: its own line in the copy, as written, blank ones too; in the HTML, in a pre
        // (the group's, or one of its own when the selection began inside the code).
        let pre = into;
        if (into.localName !== 'pre') {
          if (!codeBlocks.has(into)) codeBlocks.set(into, into.appendChild(document.createElement('pre')));
          pre = codeBlocks.get(into);
        }
        if (codeLines.has(pre)) {
          pre.append('\n');
          text += '\n';
        } else if (text) {
          text += pendingBreak;
        }
        codeLines.add(pre);
        pendingBreak = '';
        target = pre;
      } else if (tag === 'ul' || tag === 'ol') {  // a list in a list item
        target = into.appendChild(document.createElement(tag));
      } else if (tag === 'p' || tag === 'h4') {  // an aside's paragraph or title
        breakBefore('\n\n');
        target = into.appendChild(document.createElement(tag));
      } else if (tag === 'li' || tag === 'footer' || tag === 'figcaption' || tag === 'caption' || tag === 'tr') {
        breakBefore('\n');
        target = into.appendChild(document.createElement(tag));
      } else if (tag === 'td' || tag === 'th') {  // cells of a row apart by tabs, as spreadsheets paste them
        if (into.localName === 'tr' && into.childElementCount) breakBefore('\t');
        target = into.appendChild(document.createElement(tag));
      } else if (tag === 'a' && child.hasAttribute('href')) {
        target = into.appendChild(document.createElement('a'));
        target.href = child.href;
      }
      walk(child, target);
      if (child.classList.contains('folio-group')) breakBefore('\n\n');
    }
  };
  walk(fragment, html);
  return { text: text.replace(/\s+$/, '').replace(/^\s+/, ''), html: html.innerHTML };
}
