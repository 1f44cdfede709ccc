// <folio-article>: the viewer as a custom element, for pages and frameworks that place components
// by markup. Importing this module defines it (once per page):
//
//   <script type="module" src="folio-element.js"></script>
//   <folio-article src="articles/story.json" style="height: 80vh"></folio-article>
//
// Attributes (read when the element is added to the page; `src` also whenever it changes):
//   src              the article to show: a URL of article JSON, relative to the page
//   height="auto"    the article flows in the page (mount's `height: 'auto'`); else give the
//                    element a height
//   assets-url       where the viewer's files are (mount's `assetsUrl`)
//   article-origins  other sites articles may come from, separated by spaces (mount's `articleOrigins`)
//   comment-endpoint where comments are sent (mount's `commentEndpoint`; a `submitComment` handler is
//                    given with element.ready.then((viewer) => viewer.setCommentSender({ submitComment })))
//   comments="off"   no comments under the article (mount's `comments: false`)
//   nonce            a style-src nonce (mount's `nonce`)
// Events: the viewer's (load, error, print, pdf, share, bookmark, comment, notice: see folio.js), dispatched on the
// element with the same detail; preventDefault() on one of them prevents the viewer's own action.
// `element.viewer` is the FolioViewer once started (`element.ready` resolves with it). Removed from
// the page, the element destroys its viewer; added again, it mounts a new one.

import { addStyleSheet } from './folio-styles.js';
import { mount } from './folio.js';

// The viewer's events, which the element dispatches again.
const EVENTS = ['load', 'error', 'print', 'pdf', 'share', 'bookmark', 'comment', 'notice'];

export class FolioArticleElement extends HTMLElement {
  static get observedAttributes() { return ['src']; }

  constructor() {
    super();
    /** The mounted viewer, or null before it starts and after the element leaves the page. */
    this.viewer = null;
    /** Resolves with the viewer once started; rejects with the FolioError that it shows. */
    this.ready = null;
    this._mounting = 0;  // counts mounts, so that one outlived by a removal is destroyed
  }

  connectedCallback() {
    addStyleSheet('folio-article-element', 'folio-article { display: block; }', this.getAttribute('nonce'));
    const mounting = ++this._mounting;
    const source = this.getAttribute('src');
    // The viewer's events, sent again from the element (listened to before the first article loads).
    const on = {};
    for (const type of EVENTS) {
      on[type] = (event) => {
        if (mounting !== this._mounting) return;
        const again = new CustomEvent(type, { detail: event.detail, cancelable: event.cancelable });
        if (!this.dispatchEvent(again)) event.preventDefault();
      };
    }
    const options = {
      on,
      height: this.getAttribute('height') === 'auto' ? 'auto' : undefined,
      assetsUrl: this.getAttribute('assets-url') ?? undefined,
      articleOrigins: (this.getAttribute('article-origins') ?? '').split(/\s+/).filter(Boolean),
      commentEndpoint: this.getAttribute('comment-endpoint') ?? undefined,
      comments: ['off', 'false'].includes(this.getAttribute('comments')) ? false : undefined,
      nonce: this.getAttribute('nonce') ?? undefined,
      article: source || undefined,
    };
    for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
    this.ready = mount(this, options).then((viewer) => {
      if (mounting !== this._mounting || !this.isConnected) {  // removed while it started
        viewer.destroy();
        return viewer;
      }
      this.viewer = viewer;
      viewer.loaded?.catch(() => {});  // shown in the element and sent as an error event
      return viewer;
    });
    this.ready.catch(() => {});  // shown in the element
  }

  disconnectedCallback() {
    this._mounting += 1;
    this.viewer?.destroy();
    this.viewer = null;
  }

  attributeChangedCallback(name, before, after) {
    if (name !== 'src' || before === after || !after || !this.viewer) return;
    this.viewer.load(after).catch(() => {});  // shown in the element and sent as an error event
  }
}

if (!customElements.get('folio-article')) customElements.define('folio-article', FolioArticleElement);
