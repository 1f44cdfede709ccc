// The reading settings as a dialog of native controls, for readers who cannot use the canvas's
// "Aa" panel: the text size (smaller, larger, back to 20 px) and a group of radio buttons for each
// other setting. Every change applies at once, through the viewer's own API, and is stored.
import { ViewerDialog } from './dialog.js';

// The settings of applySettings() offered here: [its key, the group's legend, [[value, label], …]].
const CHOICES = [
  ['family', 'Typeface', [['serif', 'Serif'], ['sans', 'Sans']]],
  ['lineSpacing', 'Line spacing', [['tight', 'Tight'], ['normal', 'Normal'], ['loose', 'Loose']]],
  ['columnWidth', 'Column width', [['narrow', 'Narrow'], ['medium', 'Medium'], ['wide', 'Wide']]],
  ['theme', 'Theme', [['auto', 'Auto'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark']]],
];
// The smallest and largest text sizes, CSS px (see setFontSize).
const SIZE_RANGE = [12, 40];

export class SettingsDialog extends ViewerDialog {
  constructor(viewer) {
    super(viewer, { name: 'settings', title: 'Reading settings' });
    const id = viewer.canvas.id;
    this.body.innerHTML = `
      <fieldset class="folio-text-size">
        <legend>Text size</legend>
        <button type="button" data-step="-1" aria-describedby="${id}-size">Smaller</button>
        <output id="${id}-size" aria-live="polite"></output>
        <button type="button" data-step="1" aria-describedby="${id}-size">Larger</button>
        <button type="button" data-step="0">Default size (20 px)</button>
      </fieldset>
      ${CHOICES.map(([key, legend, options]) => `
      <fieldset class="folio-choices">
        <legend>${legend}</legend>
        ${options.map(([value, label]) => `
        <label><input type="radio" name="${id}-${key}" value="${value}" data-key="${key}"> ${label}</label>`).join('')}
      </fieldset>`).join('')}`;
    this.size = this.body.querySelector('output');
    for (const button of this.body.querySelectorAll('[data-step]')) {
      button.addEventListener('click', () => {
        viewer._core._folio_step_font_size(Number(button.dataset.step));
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
    const [smallest, largest] = SIZE_RANGE;
    this.body.querySelector('[data-step="-1"]').setAttribute('aria-disabled', String(settings.fontSizePx <= smallest));
    this.body.querySelector('[data-step="1"]').setAttribute('aria-disabled', String(settings.fontSizePx >= largest));
    for (const radio of this.body.querySelectorAll('input[type=radio]')) {
      radio.checked = settings[radio.dataset.key] === radio.value;
    }
  }
}
