// The reading settings as a dialog of native controls, for readers who cannot use the canvas's
// "Aa" panel: the text size (smaller, larger, back to the default) and a group of radio buttons for
// each other setting, the groups, labels and sizes being the core's (its design tokens, the same
// the canvas panel shows). Every change applies at once, through the viewer's own API, and is stored.
import { ViewerDialog } from './dialog.js';

export class SettingsDialog extends ViewerDialog {
  constructor(viewer) {
    super(viewer, { name: 'settings', title: 'Reading settings' });
    const id = viewer.canvas.id;
    const { settings, fontSizePx } = viewer._tokens;
    this.sizes = fontSizePx;
    this.body.innerHTML = `
      <fieldset class="folio-text-size">
        <legend>Text size</legend>
        <button type="button" data-step="-1" aria-describedby="${id}-size">Smaller</button>
        <output id="${id}-size" aria-live="polite"></output>
        <button type="button" data-step="1" aria-describedby="${id}-size">Larger</button>
        <button type="button" data-step="0">Default size (${fontSizePx.default} px)</button>
      </fieldset>
      ${settings.map(({ key, title, choices }) => `
      <fieldset class="folio-choices">
        <legend>${title}</legend>
        ${choices.map(({ value, label }) => `
        <label><input type="radio" name="${id}-${key}" value="${value}" data-key="${key}"> ${label}</label>`).join('')}
      </fieldset>`).join('')}`;
    this.size = this.body.querySelector('output');
    for (const button of this.body.querySelectorAll('[data-step]')) {
      button.addEventListener('click', () => {
        viewer._bridge.stepFontSize(Number(button.dataset.step));
        this.render();
      });
    }
    this.body.addEventListener('change', (e) => {
      const radio = e.target;
      if (radio.type !== 'radio') return;
      viewer.applySettings({ [radio.dataset.key]: radio.value });
      this.render();
      this.syncTheme();
    });
  }

  render() {
    const { settings } = this.viewer.state();
    this.size.textContent = `${settings.fontSizePx} px`;
    const smallest = this.sizes.steps[0];
    const largest = this.sizes.steps[this.sizes.steps.length - 1];
    this.body.querySelector('[data-step="-1"]').setAttribute('aria-disabled', String(settings.fontSizePx <= smallest));
    this.body.querySelector('[data-step="1"]').setAttribute('aria-disabled', String(settings.fontSizePx >= largest));
    for (const radio of this.body.querySelectorAll('input[type=radio]')) {
      radio.checked = settings[radio.dataset.key] === radio.value;
    }
  }
}
