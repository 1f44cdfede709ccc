// The share menu as a dialog of native controls, for readers who share from the keyboard bar where
// the browser has no share dialog of its own (the canvas's share sheet is pixels to them): the
// article's link with Copy link, and a link that shares it on each site. The links are the core's
// (include/folio/share.h), through the module, exactly as the share sheet opens them.
import { ViewerDialog } from './dialog.js';

// Puts `text` on the clipboard: the Clipboard API, else a selected textarea and the copy command
// (older browsers, insecure pages). Resolves with whether it worked.
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    Object.assign(area.style, { position: 'fixed', opacity: '0', left: '0', top: '0' });
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export class ShareMenu extends ViewerDialog {
  constructor(viewer) {
    super(viewer, { name: 'share', title: 'Share' });
    this.body.innerHTML = `
      <p class="folio-share-title"></p>
      <label class="folio-share-url">Link <input readonly></label>
      <div class="folio-dialog-row">
        <button type="button" data-action="copy">Copy link</button>
        <p class="folio-dialog-status" role="status" aria-live="polite"></p>
      </div>
      <ul class="folio-share-links" aria-label="Share on"></ul>`;
    this.title = this.body.querySelector('.folio-share-title');
    this.urlField = this.body.querySelector('input');
    this.copyRow = this.body.querySelector('.folio-dialog-row');
    this.status = this.body.querySelector('[role=status]');
    this.links = this.body.querySelector('ul');
    this.url = '';
    this.copyButton = this.body.querySelector('[data-action=copy]');
    this.copyButton.addEventListener('click', () => this._copy());
  }

  initialFocus() {
    return this.url ? this.copyButton : super.initialFocus();
  }

  render() {
    const menu = this.viewer._bridge.shareLinks() ?? { title: '', url: '', links: [] };
    this.url = menu.url;
    this.title.textContent = menu.title;
    this.urlField.value = menu.url;
    this.body.querySelector('.folio-share-url').hidden = !menu.url;
    this.copyRow.hidden = !menu.url;
    this.status.textContent = '';
    this.links.replaceChildren(...menu.links.filter((link) => link.url && this.viewer._bridge.isSafeLink(link.url)).map((link) => this._item(link)));
  }

  // A site's link: opened by the browser itself (a new tab, or the mail program for e-mail).
  _item({ target, label, url }) {
    const item = document.createElement('li');
    const anchor = Object.assign(document.createElement('a'), { textContent: label });
    anchor.setAttribute('href', url);
    anchor.dataset.target = target;
    if (new URL(url).protocol !== 'mailto:') Object.assign(anchor, { target: '_blank', rel: 'noopener noreferrer' });
    anchor.addEventListener('click', () => this._shared(target, url));
    item.append(anchor);
    return item;
  }

  _shared(target, url) {
    this.viewer.dispatchEvent(new CustomEvent('share', { detail: { target, url } }));
  }

  async _copy() {
    this._shared('copy', this.url);
    const ok = await copyText(this.url);
    this.status.textContent = ok ? 'Link copied.'
      : 'The browser did not allow copying: the link above is selected, copy it with your keyboard.';
    if (ok) return;
    this.urlField.focus();
    this.urlField.select();
  }
}
