// The styles of every Folio viewer on a page: the stage (the canvas and the text layer over it),
// the HTML copy of the article (printed on paper, the plain page without WebGL 2), the keyboard bar
// and the dialogs (reading settings, bookmarks, share menu, comment form). Their colours are custom properties (--folio-surface, --folio-paper-text…)
// that installDesignTokens() defines from the core's palettes; no colour is written here.

import { firstAssetUrl } from './asset-names.js';
import { FACE_FILES } from './folio-fonts.js';

// Sheets added to the page so far, by name.
const added = new Set();

/**
 * Adds the stylesheet `css` to the page once under `name`. Without `nonce`, as a constructable
 * stylesheet (document.adoptedStyleSheets), which a Content-Security-Policy of style-src 'self'
 * allows; with one (mount's `nonce` option), as a <style nonce> element, for a policy that names
 * its nonce or a browser without constructable stylesheets.
 */
export function addStyleSheet(name, css, nonce = null) {
  if (added.has(name)) return;
  added.add(name);
  if (nonce === null && 'adoptedStyleSheets' in document && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.dataset.folio = name;
  if (nonce !== null) style.nonce = nonce;
  style.textContent = css;
  document.head.append(style);
}

// Styles for every viewer on the page, added once: on screen the text layer is what assistive
// technology, find and selection reach; on paper the HTML copy replaces the stage.
export function installStyles(assets, nonce = null) {
  const font = (face) => firstAssetUrl(`fonts/${FACE_FILES[face]}`, assets);  // by folio::FontFace
  addStyleSheet('styles', `
@font-face { font-family: "Folio Print Serif"; src: url("${font(0)}"); }
@font-face { font-family: "Folio Print Serif"; font-weight: bold; src: url("${font(2)}"); }
@font-face { font-family: "Folio Print Serif"; font-style: italic; src: url("${font(1)}"); }
@font-face { font-family: "Folio Print Serif"; font-weight: bold; font-style: italic; src: url("${font(3)}"); }
.folio-viewer .folio-announcer { position: absolute; width: 1px; height: 1px; overflow: hidden;
                                 clip-path: inset(50%); white-space: normal; margin: 0; }
.folio-viewer .folio-print { display: none; }
/* The stage fills the element's content box: the canvas paints, the text layer over the article's
   part of it (below the toolbar the canvas draws) scrolls and holds the text. */
.folio-stage { position: relative; width: 100%; height: 100%; }
.folio-stage .folio-canvas { display: block; width: 100%; height: 100%; touch-action: none; }
/* Its top is where the canvas's view of the article begins (the layer's outline says): until then it
   has no height. */
.folio-scroller { position: absolute; inset: 100% 0 0 0; overflow: hidden auto; outline: none; }
.folio-scroller:focus-visible:not([data-pointer-focus]) { outline: 3px solid var(--folio-link); outline-offset: -3px; }
.folio-scroller.folio-covered { pointer-events: none; }
/* Flow mode (mount's height 'auto'): the stage takes the article's height (set by the text layer),
   the page scrolls, and the canvas stays in the window while the article passes. */
.folio-viewer.folio-flow .folio-stage { height: auto; }
.folio-viewer.folio-flow .folio-canvas { position: sticky; top: 0; height: 100vh; height: 100dvh; max-height: 100%; }
.folio-viewer.folio-flow .folio-scroller { bottom: auto; overflow: visible; }
.folio-viewer.folio-flow .folio-dialog { position: fixed; }
/* Transparent text exactly over the canvas glyphs (never opacity or visibility, which find, screen
   readers and extensions skip): each group a box at its blocks' place, each line a box of its own,
   set as the engine sets it (kerning, no ligatures) and stretched to the engine's width. */
.folio-text { position: relative; display: block; margin: 0; color: transparent;
              forced-color-adjust: none; -webkit-tap-highlight-color: transparent; }
/* Sections of groups, and parts of a long group, each a box laid out apart (lines added to a group
   lay out its section only; a part's, its part only). */
.folio-text :is(.folio-section, .folio-part) { position: absolute; left: 0; right: 0; contain: layout size style; }
.folio-text .folio-group { position: absolute; left: 0; right: 0; margin: 0; padding: 0; border: 0; contain: layout size style;
                           font-size: inherit; font-weight: inherit; list-style: none; }
.folio-text :is(li, footer, figcaption, caption, tr, th, td, aside > p, aside > h4) { display: block; margin: 0; padding: 0;
                                                                                font-size: inherit; font-weight: inherit; }
.folio-text table.folio-group { display: block; border-spacing: 0; }
.folio-text li > :is(ul, ol), .folio-text figure > figure { display: block; margin: 0; padding: 0; list-style: none; }
.folio-text hr.folio-group { height: 0; }
.folio-text .folio-line { position: absolute; white-space: pre; line-height: 1; transform-origin: 0 0;
                          font-kerning: normal; font-variant-ligatures: none; font-synthesis: none; }
.folio-text .folio-picture { position: absolute; }
/* A part wider than the column (a code block): it scrolls sideways in its box, the canvas following. */
.folio-text .folio-sideways { right: auto; overflow: auto hidden; scrollbar-width: thin; contain: layout size style; }
.folio-text .folio-spacer { height: 1px; }
/* A run's style is in its elements for what reads them; size and place are the engine's (set on the run). */
.folio-text :is(code, s, sub, sup) { font: inherit; vertical-align: baseline; text-decoration: none; }
.folio-text a, .folio-text .folio-action { color: transparent; text-decoration: none; cursor: pointer; }
.folio-text :is(a, .folio-action):focus-visible { outline: 2px solid var(--folio-link); outline-offset: 2px; border-radius: 2px; }
.folio-text .folio-marker { user-select: none; -webkit-user-select: none; }
.folio-text ::selection { color: transparent; background: color-mix(in srgb, var(--folio-link) 32%, transparent); }
/* Find-in-page's matches and a text fragment's target: tinted, the canvas glyphs showing through.
   (Rules of their own: a browser that knows neither pseudo-element drops only its rule.) */
.folio-text ::search-text { color: transparent; background: color-mix(in srgb, var(--folio-link) 25%, transparent); }
.folio-text ::search-text:current { color: transparent; background: color-mix(in srgb, var(--folio-link) 45%, transparent); }
.folio-text ::target-text { color: transparent; background: color-mix(in srgb, var(--folio-link) 32%, transparent); }
/* A translated page: the layer shows the text the translation wrote (the canvas, which would draw it
   as written, draws only its background and toolbar), in the theme's colours and in the page's own
   flow. The engine's places (set on each box) give way to the flow. */
.folio-translated .folio-text { box-sizing: border-box; height: auto !important; max-width: 40em; margin: 0 auto;
                                padding: 1em 1.25em 3em; color: var(--folio-text); line-height: 1.6; }
.folio-translated .folio-text :is(.folio-section, .folio-part, .folio-group) { position: static; contain: none;
                                                                               width: auto !important; height: auto !important; }
.folio-translated .folio-text .folio-group { margin-bottom: 0.8em; }
.folio-translated .folio-text .folio-line { position: static; display: inline; white-space: normal; line-height: inherit;
                                            width: auto !important; transform: none !important; }
.folio-translated .folio-text .folio-code-line { display: block; white-space: pre-wrap; }
.folio-translated .folio-text .folio-picture { position: static; width: auto !important; height: auto !important; margin: 0 0 0.5em; }
.folio-translated .folio-text .folio-picture img { display: block; max-width: 100%; height: auto; }
.folio-translated .folio-text :is(a, .folio-action) { color: var(--folio-link); text-decoration: underline; }
.folio-translated .folio-text ::selection { color: var(--folio-text); }
.folio-translated .folio-text ::search-text { color: var(--folio-text); }
.folio-translated .folio-text ::target-text { color: var(--folio-text); }
/* A footnote's popover, under (or over) its mark in the article; it scrolls with the text. */
.folio-note-popover { position: absolute; z-index: 1; box-sizing: border-box; width: min(26em, calc(100% - 24px));
                      max-height: 60vh; overflow: auto; padding: 10px 14px; border: 1px solid var(--folio-rule);
                      border-radius: 8px; background: var(--folio-surface); color: var(--folio-text);
                      box-shadow: 0 6px 24px rgb(0 0 0 / 0.22); font-size: 15px; line-height: 1.45; }
.folio-note-popover p { margin: 0 0 6px; overflow-wrap: anywhere; }
.folio-note-popover a { color: var(--folio-link); }
.folio-note-popover:focus-visible, .folio-note-popover a:focus-visible { outline: 2px solid var(--folio-link); outline-offset: 2px; }
.folio-keyboard-bar { position: absolute; top: 0; left: 0; right: 0; z-index: 2; display: flex; flex-wrap: wrap;
                      gap: 6px; padding: 8px; background: var(--folio-surface); border-bottom: 1px solid var(--folio-rule);
                      font: 14px/1.3 system-ui, sans-serif; }
.folio-keyboard-bar:not(:focus-within) { clip-path: inset(50%); height: 1px; overflow: hidden; padding: 0; border: 0; }
.folio-keyboard-bar button { font: inherit; padding: 6px 10px; border-radius: 6px; border: 1px solid var(--folio-field-border);
                             background: var(--folio-control); color: var(--folio-text); }
.folio-keyboard-bar button[aria-pressed=true] { background: var(--folio-selected); border-color: var(--folio-link); }
.folio-keyboard-bar button:focus-visible { outline: 3px solid var(--folio-link); outline-offset: 1px; }
/* The plain page (no WebGL 2): the HTML copy of the article is what the reader reads and scrolls. */
.folio-viewer.folio-plain { overflow: auto; background: var(--folio-background); color: var(--folio-text); }
.folio-viewer.folio-plain .folio-print { display: block; position: static; width: auto; height: auto; overflow: visible; clip-path: none;
  max-width: 40em; margin: 0 auto; padding: 1em 1.25em 3em; font: 20px/1.6 "Folio Print Serif", Georgia, serif; }
.folio-viewer.folio-plain .folio-print a { color: var(--folio-link); }
.folio-viewer.folio-plain .folio-print h1 { font-size: clamp(1.45em, 6vw, 1.9em); line-height: 1.2; margin: 0.6em 0 0.4em; }
.folio-viewer.folio-plain .folio-print :is(h2, h3, h4) { line-height: 1.3; margin: 1.4em 0 0.4em; }
.folio-viewer.folio-plain .folio-print blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--folio-rule); }
.folio-viewer.folio-plain .folio-print img { max-width: 100%; height: auto; }
.folio-viewer.folio-plain .folio-print .folio-meta, .folio-viewer.folio-plain .folio-print figcaption {
  color: var(--folio-muted); font: 0.8em/1.4 system-ui, sans-serif; }
.folio-plain-note { margin: 0; padding: 0.6em 1.25em; font: 14px/1.4 system-ui, sans-serif; background: var(--folio-surface);
                    color: var(--folio-muted); border-bottom: 1px solid var(--folio-rule); }
/* When the viewer cannot start; without the core's colours (its code did not load) the page's own. */
.folio-fatal { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1em 2em; color: var(--folio-error);
               background: var(--folio-background); position: relative; z-index: 2; }
.folio-dialog { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
                background: rgb(0 0 0 / 0.35); font: 15px/1.45 system-ui, sans-serif; z-index: 1; }
.folio-dialog[hidden], .folio-dialog [hidden] { display: none; }
.folio-dialog-box { box-sizing: border-box; width: min(32em, calc(100% - 24px)); max-height: calc(100% - 24px);
                    overflow: auto; padding: 18px 20px; border-radius: 12px; background: var(--folio-surface);
                    color: var(--folio-text); box-shadow: 0 8px 32px rgb(0 0 0 / 0.25); }
.folio-dialog h2 { font-size: 1.2em; margin: 0 0 12px; }
.folio-dialog button, .folio-share-links a { font: inherit; padding: 8px 14px; border-radius: 6px;
                                            border: 1px solid var(--folio-field-border); background: var(--folio-control);
                                            color: var(--folio-text); cursor: pointer; }
.folio-dialog button[aria-disabled=true], .folio-dialog button:disabled { opacity: 0.5; cursor: default; }
.folio-dialog :focus-visible { outline: 3px solid var(--folio-link); outline-offset: 1px; }
.folio-dialog-actions, .folio-dialog-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.folio-dialog-actions { justify-content: flex-end; margin-top: 12px; }
.folio-dialog-status { flex: 1 1 12em; margin: 0; }
.folio-dialog fieldset { border: 0; padding: 0; margin: 0 0 14px; min-width: 0; }
.folio-dialog legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.folio-dialog .folio-text-size { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.folio-dialog .folio-text-size legend { width: 100%; margin-bottom: 0; }
.folio-dialog output { min-width: 4em; text-align: center; font-variant-numeric: tabular-nums; }
.folio-dialog .folio-choices label { display: inline-flex; align-items: center; gap: 6px; padding: 4px 14px 4px 0;
                                     cursor: pointer; }
.folio-dialog input[type=radio] { width: 18px; height: 18px; margin: 0; accent-color: var(--folio-link); }
.folio-bookmark-list { list-style: none; margin: 0 0 14px; padding: 0; }
.folio-bookmark-list li { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 10px 0;
                          border-bottom: 1px solid var(--folio-rule); }
.folio-bookmark-list li > div:first-child { flex: 1 1 14em; min-width: 0; }
.folio-bookmark-title { display: block; font-weight: 600; overflow-wrap: anywhere; }
.folio-bookmark-meta { display: block; font-size: 0.9em; opacity: 0.8; }
.folio-share-title { margin: 0 0 10px; font-weight: 600; overflow-wrap: anywhere; }
.folio-share-url { display: block; margin-bottom: 8px; }
.folio-share-url input { display: block; box-sizing: border-box; width: 100%; margin-top: 4px; padding: 8px 10px;
                         font: inherit; border: 1px solid var(--folio-field-border); border-radius: 6px;
                         background: var(--folio-field); color: var(--folio-text); }
.folio-share-links { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 8px;
                     grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr)); }
.folio-share-links a { display: block; text-align: center; text-decoration: none; }
.folio-comment-form label { display: block; font-weight: 600; }
.folio-comment-form label span { font-weight: normal; opacity: 0.7; }
.folio-comment-form input, .folio-comment-form textarea { display: block; box-sizing: border-box; width: 100%;
  margin-top: 4px; padding: 8px 10px; font: inherit; font-weight: normal; border: 1px solid var(--folio-field-border);
  border-radius: 6px; background: var(--folio-field); color: var(--folio-text); }
.folio-comment-form [aria-invalid=true] { border-color: var(--folio-error); outline: 1px solid var(--folio-error); }
.folio-comment-form .folio-field-error { color: var(--folio-error); margin: 4px 0 10px; min-height: 1em; font-size: 0.9em; }
.folio-comment-form .folio-moderation { font-size: 0.85em; opacity: 0.8; }
.folio-comment-form button[type=submit] { background: var(--folio-link); border-color: var(--folio-link); color: var(--folio-field); }
/* On a touch screen every control is a finger's target, as tall as the canvas's buttons there. */
@media (pointer: coarse) {
  .folio-dialog button, .folio-share-links a, .folio-keyboard-bar button, .folio-dialog .folio-choices label,
  .folio-comment-form input, .folio-share-url input, .folio-note-go {
    min-height: var(--folio-touch-target); box-sizing: border-box; }
  .folio-share-links a, .folio-note-go { display: flex; align-items: center; justify-content: center; }
}
@media print {
  .folio-viewer { position: static !important; inset: auto !important; width: auto !important;
                  height: auto !important; overflow: visible !important; background: none !important; }
  .folio-viewer .folio-stage, .folio-dialog, .folio-keyboard-bar, .folio-announcer { display: none !important; }
  .folio-viewer .folio-print { display: block; position: static; width: auto; height: auto; overflow: visible; clip-path: none;
                               font: 11pt/1.45 "Folio Print Serif", Georgia, serif; color: var(--folio-paper-text);
                               max-width: 40em; margin: 0 auto; }
  .folio-print h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 6pt; }
  .folio-print h2 { font-size: 15pt; margin: 16pt 0 4pt; break-after: avoid; }
  .folio-print h3 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
  .folio-print h4 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
  .folio-print p { margin: 0 0 8pt; orphans: 2; widows: 2; }
  .folio-print .folio-meta, .folio-print .folio-source, .folio-print figcaption, .folio-print blockquote footer {
    font-family: system-ui, sans-serif; font-size: 9pt; color: var(--folio-paper-muted); }
  .folio-print .folio-meta { margin-bottom: 16pt; }
  .folio-print blockquote { margin: 10pt 0; padding-left: 12pt; border-left: 2pt solid var(--folio-paper-rule); font-style: italic;
                            break-inside: avoid; }
  .folio-print li { break-inside: avoid; }
  .folio-print figure { margin: 10pt 0; break-inside: avoid; }
  .folio-print img { max-width: 100%; height: auto; }
  .folio-print a { color: inherit; }
}`, nonce);
}


// The colours of every viewer on the page, added once, from the core's design tokens (see
// folio_design_tokens): the paper's and the light theme's on each viewer, each theme's on what
// carries its name in data-theme (the dialogs and the keyboard bar).
export function installDesignTokens(tokens, nonce = null) {
  addStyleSheet('design-tokens', [
    `.folio-viewer { ${tokens.paper} ${tokens.themes.light} --folio-touch-target: ${tokens.touchTargetPx}px; }`,
    // The plain page has no reading settings of its own: it follows the system's colour scheme.
    `@media (prefers-color-scheme: dark) { .folio-viewer.folio-plain { ${tokens.themes.dark} } }`,
    ...Object.entries(tokens.themes).map(([name, css]) => `.folio-viewer [data-theme=${name}] { ${css} }`)].join('\n'), nonce);
}
