// The bookmarks as a dialog of native controls, for readers who cannot use the canvas's Bookmarks
// panel: each saved article with its source and how much of it was read, Open (at the place the
// reader stopped) and Remove, and Export and Import of the list.
import { ViewerDialog } from './dialog.js';

export class BookmarksDialog extends ViewerDialog {
  constructor(viewer) {
    super(viewer, { name: 'bookmarks', title: 'Bookmarks' });
    this.body.innerHTML = `
      <p class="folio-bookmarks-empty">No bookmarks yet. Bookmark an article to find it here, at the place you
        stopped reading.</p>
      <ul class="folio-bookmark-list"></ul>
      <div class="folio-dialog-row">
        <button type="button" data-action="export">Export</button>
        <button type="button" data-action="import">Import</button>
        <p class="folio-dialog-status" role="status"></p>
      </div>`;
    this.list = this.body.querySelector('ul');
    this.empty = this.body.querySelector('.folio-bookmarks-empty');
    this.exportButton = this.body.querySelector('[data-action=export]');
    this.importButton = this.body.querySelector('[data-action=import]');
    this.status = this.body.querySelector('[role=status]');
    this.exportButton.addEventListener('click', () => {
      viewer._bridge.exportBookmarks();
      this.status.textContent = 'Your bookmarks are saved as folio-bookmarks.json.';
    });
    this.importButton.addEventListener('click', async () => {
      const message = await viewer._importBookmarksFile();
      if (message === null) return;
      this.status.textContent = message;
      this.render();
    });
  }

  open(opener) {
    this.status.textContent = '';
    super.open(opener);
  }

  render() {
    const bookmarks = this.viewer.bookmarks();
    this.list.replaceChildren(...bookmarks.map((bookmark, row) => this._item(bookmark, row)));
    this.list.hidden = bookmarks.length === 0;
    this.empty.hidden = bookmarks.length > 0;
    this.exportButton.disabled = bookmarks.length === 0;
  }

  // One bookmark: its title, source and share read, and its buttons.
  _item(bookmark, row) {
    const item = document.createElement('li');
    const text = document.createElement('div');
    const title = Object.assign(document.createElement('span'), { className: 'folio-bookmark-title', textContent: bookmark.title });
    const read = `${Math.round(bookmark.progress * 100)}% read`;
    const meta = Object.assign(document.createElement('span'), {
      className: 'folio-bookmark-meta', textContent: bookmark.source ? `${bookmark.source} · ${read}` : read,
    });
    text.append(title, meta);
    const buttons = Object.assign(document.createElement('div'), { className: 'folio-dialog-row' });
    item.append(text, buttons);
    const button = (label, action, run) => {
      const element = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
      element.setAttribute('aria-label', `${label} ${bookmark.title}`);
      element.dataset.action = action;
      element.addEventListener('click', run);
      buttons.append(element);
    };
    if (bookmark.articleUrl) button('Open', 'open', () => this._open(bookmark));
    button('Remove', 'remove', () => this._remove(bookmark, row));
    return item;
  }

  _open(bookmark) {
    const viewer = this.viewer;
    if (viewer._bridge.openBookmark(bookmark.id)) this.close();
  }

  // Removes a bookmark; the focus moves to the Remove button now in its row (else the last row's),
  // or to Import when the list is empty.
  _remove(bookmark, row) {
    const viewer = this.viewer;
    viewer._bridge.removeBookmark(bookmark.id);
    this.render();
    this.status.textContent = `Removed ${bookmark.title}.`;
    const rows = this.list.children;
    const next = rows[Math.min(row, rows.length - 1)]?.querySelector('[data-action=remove]');
    (next ?? this.importButton).focus();
  }
}
