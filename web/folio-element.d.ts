// The types of <folio-article> (folio-element.js).
import type { FolioEventMap, FolioViewer } from './folio.js';

export class FolioArticleElement extends HTMLElement {
  /** The mounted viewer, or null before it starts and after the element leaves the page. */
  viewer: FolioViewer | null;
  /** Resolves with the viewer once started, or null before the element is first added to a page. */
  ready: Promise<FolioViewer> | null;
  addEventListener<K extends keyof FolioEventMap>(type: K, listener: (event: FolioEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'folio-article': FolioArticleElement;
  }
}
