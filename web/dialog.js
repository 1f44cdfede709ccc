// A modal dialog over the viewer, made of real HTML for keyboard and screen-reader users (the
// canvas's panels are pixels to them): its heading names it, Tab stays inside while it is open,
// Escape and its Close button close it, and the focus goes back to what opened it. It takes the
// viewer's theme (data-theme light, sepia or dark).

// What Tab may stop at inside a dialog.
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

export class ViewerDialog {
  /**
   * A hidden dialog in the viewer's element. `name` gives its class (`folio-<name>`) and the id of
   * its heading `title`; `tag` is the element of its box ('form' for a form). Subclasses fill
   * `this.body`, may add buttons before Close in `this.actions`, and override render().
   */
  constructor(viewer, { name, title, tag = 'div' }) {
    this.viewer = viewer;
    this.opener = null;
    const headingId = `${viewer.canvas.id}-${name}-title`;
    this.root = document.createElement('div');
    this.root.className = `folio-dialog folio-${name}`;
    this.root.hidden = true;
    this.box = document.createElement(tag);
    this.box.className = 'folio-dialog-box';
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('aria-modal', 'true');
    this.box.setAttribute('aria-labelledby', headingId);
    const heading = Object.assign(document.createElement('h2'), { id: headingId, textContent: title });
    this.body = document.createElement('div');
    this.actions = document.createElement('div');
    this.actions.className = 'folio-dialog-actions';
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    close.dataset.action = 'close';
    close.addEventListener('click', () => this.close());
    this.actions.append(close);
    this.box.append(heading, this.body, this.actions);
    this.root.append(this.box);
    this.root.addEventListener('keydown', (e) => this._onKey(e));
    viewer.element.append(this.root);
  }

  get isOpen() {
    return !this.root.hidden;
  }

  /** Fills the dialog with the viewer's current values; called on open. */
  render() {}

  /** The control focused on open: the first Tab stop. */
  initialFocus() {
    return this.tabStops()[0];
  }

  /** Shows the dialog and focuses its first control; `opener` gets the focus back on close. */
  open(opener = document.activeElement) {
    this.opener = opener;
    this.render();
    this.syncTheme();
    this.root.hidden = false;
    this.initialFocus()?.focus();
  }

  /** Hides the dialog and gives the focus back to its opener (the article when it is gone). */
  close() {
    this.root.hidden = true;
    const back = this.opener?.isConnected && this.opener !== document.body ? this.opener : this.viewer.canvas;
    back.focus({ preventScroll: true });
  }

  /** Takes the theme the viewer shows now. */
  syncTheme() {
    this.root.dataset.theme = this.viewer.state().theme;
  }

  /** The controls Tab stops at, in order; of a group of radio buttons only the checked one (else its first). */
  tabStops() {
    const all = [...this.box.querySelectorAll(FOCUSABLE)]
      .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0);
    return all.filter((el) => {
      if (el.type !== 'radio') return true;
      const group = all.filter((other) => other.type === 'radio' && other.name === el.name);
      return el === (group.find((radio) => radio.checked) ?? group[0]);
    });
  }

  _onKey(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return;
    }
    if (e.key !== 'Tab') return;
    const stops = this.tabStops();
    if (stops.length === 0) return;
    const focused = document.activeElement;
    const outside = !this.box.contains(focused);
    if (e.shiftKey && (outside || focused === stops[0])) {
      e.preventDefault();
      stops[stops.length - 1].focus();
    } else if (!e.shiftKey && (outside || focused === stops[stops.length - 1])) {
      e.preventDefault();
      stops[0].focus();
    }
  }
}
