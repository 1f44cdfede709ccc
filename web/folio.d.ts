// The types of the viewer's embedding API (folio.js): mount(), FolioViewer, its events and state,
// FolioError. TypeScript picks this file up beside folio.js; tests/types/example.ts is checked
// against it with `tsc --noEmit` in the test suite.

/** An article in the Folio format (docs/article-format.md), or a post of another source it reads. */
export type ArticleDocument = Record<string, unknown>;

/** A problem the viewer also shows the reader: a bad article, an address it may not load, no memory. */
export class FolioError extends Error {
  /** What the viewer shows the reader, in plain words (`message` is for developers). */
  readonly readerMessage: string;
}

/** Reading settings, as stored and as applySettings() takes them. */
export interface ReadingSettings {
  fontSizePx: number;
  family: 'serif' | 'sans';
  lineSpacing: 'tight' | 'normal' | 'loose';
  columnWidth: 'narrow' | 'medium' | 'wide';
  theme: 'auto' | 'light' | 'sepia' | 'dark';
}

/** A saved bookmark. */
export interface Bookmark {
  id: string;
  title: string;
  source: string;
  url: string;
  articleUrl: string;
  savedAt: string;
  progress: number;
  block: number;
  offset: number;
}

/** A snapshot of the viewer (FolioViewer.state()). */
export interface FolioState {
  ready: boolean;
  plain: boolean;
  title: string | null;
  error: string | null;
  blocks: number;
  pictures: number;
  pages: number | null;
  previewing: boolean;
  previewPage: number;
  fontSizePx: number;
  scrollY: number;
  /** How far the reader has come: the share of the article above the view's bottom (0-1), its minutes, those left; null without an article. */
  progress: { fraction: number; minutes: number; minutesLeft: number } | null;
  contentHeight: number;
  viewportHeight: number;
  devicePixelRatio: number;
  framesRendered: number;
  lastFrameMs: number;
  settings: ReadingSettings;
  theme: 'light' | 'sepia' | 'dark';
  settingsOpen: boolean;
  notice: string | null;
  position: { block: number; item: number; offset: number } | null;
  controls: { id: string; x: number; y: number; width: number; height: number }[];
  missingGlyphs: number;
  missingCharacters: string;
  dictionariesWanted: string[];
  [more: string]: unknown;
}

/** Where a share went. */
export type ShareTarget = 'system' | 'copy' | 'email' | 'x' | 'facebook' | 'linkedin' | 'weibo' | 'whatsapp';

/** The viewer's events and their details. */
export interface FolioEventMap {
  /** An article was shown; `notices` say what was shown otherwise than written. */
  load: CustomEvent<{ title: string | null; notices: string[] }>;
  /** An article could not be shown: `message` says what went wrong (for developers), `readerMessage` what the reader was shown. */
  error: CustomEvent<{ message: string; readerMessage: string }>;
  /** The reader prints: preventDefault() to print `blob` yourself. */
  print: CustomEvent<{ blob: Blob; fileName: string; pages: number }>;
  /** The reader saves the PDF: preventDefault() to save `blob` yourself. */
  pdf: CustomEvent<{ blob: Blob; fileName: string; pages: number }>;
  share: CustomEvent<{ target: ShareTarget; url: string }>;
  bookmark: CustomEvent<{ bookmarked: boolean; id: string; title: string }>;
  /**
   * A comment was sent, kept in the browser to send later (`pending`), or could not be sent
   * (`error` says why, for developers). `unsent`: one kept earlier, sent now that the viewer can.
   */
  comment: CustomEvent<{ status: 'sent' | 'pending' | 'failed'; author: string; error?: string; unsent?: boolean }>;
  /** What the viewer tells the reader (also heard by screen readers). */
  notice: CustomEvent<{ message: string }>;
}

/** A reader's comment as it is sent (submitComment's argument, commentEndpoint's JSON body). */
export interface CommentToSend {
  /** The article: `id` is where it was loaded from (or its own id), `url` and `title` its own. */
  article: { id: string; url: string; title: string };
  author: string;
  text: string;
  /** When it was written, ISO 8601 UTC. */
  posted: string;
}

/** Listeners mount() adds before anything happens, so that no event of the first article is missed. */
export type FolioListeners = { [K in keyof FolioEventMap]?: (event: FolioEventMap[K]) => void };

export interface MountOptions {
  /** The article to show first: a URL of article JSON (relative to the page) or an article object. */
  article?: string | URL | ArticleDocument;
  /** Where the viewer's files are; default: the folder of folio.js. */
  assetsUrl?: string | URL;
  /** 'auto': the article flows in the page, which scrolls it; else the element needs a height. */
  height?: 'auto';
  /** The nonce of a Content-Security-Policy's style-src, for a policy that allows styles by nonce. */
  nonce?: string;
  /** Other sites (http(s) origins) articles may be loaded from, besides the page's own. */
  articleOrigins?: string[];
  /** false: no comments section under the article and no comment form. Default true. */
  comments?: boolean;
  /**
   * Sends a reader's comment with the page's own code (its fetch, credentials, headers); resolve
   * once it is taken, reject when not. Preferred over commentEndpoint.
   */
  submitComment?: (comment: CommentToSend) => Promise<unknown>;
  /** Where the comment form POSTs comments as JSON; with neither this nor submitComment they are kept in the browser. */
  commentEndpoint?: string;
  /** Listeners to add before the first article loads. */
  on?: FolioListeners;
}

/** PDF options of exportPdf(); each defaults to the reader's print settings. */
export interface PdfOptions {
  paper?: 'a4' | 'letter';
  marginMm?: number;
  fontSizePt?: number;
}

/** A mounted viewer. */
export class FolioViewer extends EventTarget {
  /** The element it was mounted into. */
  readonly element: Element;
  /** The first article's load() (mount's `article` option), or null. */
  loaded: Promise<FolioState> | null;
  /** Shows an article: a URL of article JSON or an article object; rejects with a FolioError. */
  load(source: string | URL | ArticleDocument): Promise<FolioState>;
  /** Sets the body text size, CSS px (clamped to the supported range). */
  setFontSize(px: number): void;
  /** Shares the article (call from a reader's gesture). */
  share(): void;
  /** Bookmarks the shown article or removes its bookmark; whether it is now bookmarked. */
  toggleBookmark(): boolean;
  /** The saved bookmarks, newest first. */
  bookmarks(): Bookmark[];
  /** Prints the article as a PDF (call from a reader's gesture). */
  print(): void;
  /** The pages the article takes under the reader's print settings; 0 when none is shown. */
  pageCount(): number;
  /** The article as a PDF. */
  exportPdf(options?: PdfOptions): Promise<Blob>;
  /** Changes reading settings; throws a TypeError naming the first bad value. */
  applySettings(changes: Partial<ReadingSettings>): FolioState;
  /** A snapshot of the viewer. */
  state(): FolioState;
  /**
   * Opens the comment form for the shown article (nothing with `comments: false`); resolves once it
   * is open (its code is fetched the first time).
   */
  openCommentForm(): Promise<void>;
  /**
   * Sets where comments go from now on (as the mount options); comments kept in the browser for
   * the shown article are sent at once. Resolves when they have been tried.
   */
  setCommentSender(options: { submitComment?: (comment: CommentToSend) => Promise<unknown>; commentEndpoint?: string }): Promise<void>;
  /** Frees the viewer: its listeners, WebGL context and memory; the element gets back what it held. */
  destroy(): void;

  addEventListener<K extends keyof FolioEventMap>(type: K, listener: (event: FolioEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FolioEventMap>(type: K, listener: (event: FolioEventMap[K]) => void,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions): void;
}

/** Mounts a viewer into `element`; resolves once it can show articles. */
export function mount(element: Element, options?: MountOptions): Promise<FolioViewer>;
