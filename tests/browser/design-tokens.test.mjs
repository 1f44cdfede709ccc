// The colours, choices and steps of the HTML side are the core's own (its design tokens): each
// theme's dialog, keyboard bar and form look as its palette says, the settings dialog offers the
// canvas panel's groups and labels, and the web sources spell no colour and no list of their own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// "#rrggbb" as getComputedStyle writes it.
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

// The colours of the core's custom properties "--folio-surface:#f9f9fb;…", by role ("surface").
const palette = (css) => Object.fromEntries([...css.matchAll(/--folio-([a-z-]+):(#[0-9a-f]{6});/g)]
  .map(([, name, hex]) => [name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), hex]));

describe('design tokens', () => {
  test('each theme colours the dialogs, the keyboard bar and the comment form from its palette', async () => {
    const page = await open(env);
    await settled(page);
    const tokens = await page.evaluate(() => window.folio._tokens);
    assert.deepEqual(Object.keys(tokens.themes), ['light', 'sepia', 'dark']);
    for (const theme of ['light', 'sepia', 'dark']) {
      await page.evaluate((name) => window.folio.applySettings({ theme: name }), theme);
      await page.evaluate(() => window.folio._openDialog('settings', document.body));
      const seen = await page.evaluate(() => {
        const style = (selector, pseudo) => getComputedStyle(document.querySelector(selector), pseudo);
        const bar = document.querySelector('.folio-keyboard-bar');
        bar.querySelector('button').focus();
        const result = {
          surface: style('.folio-settings .folio-dialog-box').backgroundColor,
          text: style('.folio-settings .folio-dialog-box').color,
          control: style('.folio-settings button').backgroundColor,
          border: style('.folio-settings button').borderTopColor,
          accent: style('.folio-settings input[type=radio]').accentColor,
          bar: style('.folio-keyboard-bar').backgroundColor,
          barButton: style('.folio-keyboard-bar button').color,
        };
        document.querySelector('.folio-settings [data-action=close]').click();
        return result;
      });
      const colours = palette(tokens.themes[theme]);
      assert.equal(Object.keys(colours).length, 14);
      assert.match(colours.tint, /^#/);
      assert.deepEqual(seen, {
        surface: rgb(colours.surface), text: rgb(colours.text), control: rgb(colours.control),
        border: rgb(colours.fieldBorder), accent: rgb(colours.link), bar: rgb(colours.surface),
        barButton: rgb(colours.text),
      }, theme);
      await page.evaluate(() => window.folio.openCommentForm());
      const form = await page.evaluate(() => {
        const submit = getComputedStyle(document.querySelector('.folio-comment-form button[type=submit]'));
        const field = getComputedStyle(document.querySelector('.folio-comment-form [name=text]'));
        document.querySelector('.folio-comment-form [data-action=close]').click();
        return { submit: submit.backgroundColor, field: field.backgroundColor };
      });
      assert.deepEqual(form, { submit: rgb(colours.link), field: rgb(colours.field) }, theme);
    }
    assert.deepEqual(page.problems, []);
  });

  test('the settings dialog offers the core\'s groups, labels and text sizes', async () => {
    const page = await open(env);
    await settled(page);
    const tokens = await page.evaluate(() => window.folio._tokens);
    await page.evaluate(() => window.folio._openDialog('settings', document.body));
    const groups = await page.evaluate(() => [...document.querySelectorAll('.folio-settings .folio-choices')].map((set) => ({
      title: set.querySelector('legend').textContent,
      choices: [...set.querySelectorAll('label')].map((label) => ({
        value: label.querySelector('input').value, label: label.textContent.trim(),
      })),
    })));
    assert.deepEqual(groups, tokens.settings.map(({ title, choices }) => ({ title, choices })));
    assert.equal(await page.textContent('.folio-settings [data-step="0"]'), `Default size (${tokens.fontSizePx.default} px)`);
    // At the largest step Larger is disabled: the range is the core's.
    await page.evaluate((px) => window.folio.setFontSize(px), tokens.fontSizePx.steps.at(-1));
    await page.evaluate(() => window.folio._dialogs.settings.render());
    assert.equal(await page.getAttribute('.folio-settings [data-step="1"]', 'aria-disabled'), 'true');
    assert.equal(await page.getAttribute('.folio-settings [data-step="-1"]', 'aria-disabled'), 'false');
  });
});

test('the web sources spell no colour and no settings list of their own', () => {
  const dir = new URL('../../web/', import.meta.url);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    assert.doesNotMatch(source, /#[0-9a-f]{3}(?:[0-9a-f]{3})?\b(?!\{)/i, `${file} spells a colour`);
    assert.doesNotMatch(source, /\brgba?\((?!0 0 0 \/)/, `${file} spells a colour (only black shadows may be written)`);
    assert.doesNotMatch(source, /'(?:Typeface|Line spacing|Column width)'|\['(?:serif|tight|narrow)'/, `${file} lists a setting's choices`);
  }
});
