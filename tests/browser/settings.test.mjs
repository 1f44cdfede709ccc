// Reading settings in a real browser: the toolbar and panel, keys, the reading position, storage.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickControl, idle, measure, open, settled, start } from './harness.mjs';

const KEY = 'folio.settings.v1';
const LONG = '?article=articles/long-read.json';
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const state = (page) => page.evaluate(() => window.folio.state());

describe('text size', () => {
  test('A+ and A- step through the sizes; A+ then A- gives the identical layout', async () => {
    const page = await open(env, LONG);
    const first = await settled(page);
    await idle(page);
    await clickControl(page, 'larger');
    const larger = await state(page);
    assert.equal(larger.fontSizePx, 22);
    assert.ok(larger.contentHeight > first.contentHeight);
    await clickControl(page, 'smaller');
    const back = await state(page);
    assert.equal(back.fontSizePx, 20);
    assert.equal(back.contentHeight, first.contentHeight);
    assert.equal(back.scrollY, first.scrollY);
    await clickControl(page, 'smaller');
    assert.equal((await state(page)).fontSizePx, 18);
    await clickControl(page, 'size');
    assert.equal((await state(page)).fontSizePx, 20, 'the size button resets to the default');
    await page.context().close();
  });

  test('keys - + = 0 change the size; Ctrl/Cmd combinations are left to the browser', async () => {
    const page = await open(env);
    await settled(page);
    await page.click('.folio-scroller', { position: { x: 5, y: 300 } });  // the article's margin
    const sizeAfter = async (key) => { await page.keyboard.press(key); return (await state(page)).fontSizePx; };
    assert.equal(await sizeAfter('+'), 22);
    assert.equal(await sizeAfter('='), 24);
    assert.equal(await sizeAfter('-'), 22);
    assert.equal(await sizeAfter('0'), 20);
    assert.equal(await sizeAfter('Control+='), 20);
    await page.context().close();
  });

  test('a size change keeps the line at the top of the view at the top', async () => {
    const page = await open(env, LONG);
    await settled(page);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 6000);
    await idle(page);
    const before = await state(page);
    assert.ok(before.scrollY > 3000, `scrolled into the article (${before.scrollY})`);
    for (const id of ['larger', 'larger', 'smaller', 'smaller', 'smaller']) {
      await clickControl(page, id);
      const now = await state(page);
      assert.equal(now.position.block, before.position.block, `after ${id} the same block is at the top`);
      assert.ok(Math.abs(now.position.offset - before.position.offset) < 120,
        `after ${id} the same line is at the top (offset ${before.position.offset} -> ${now.position.offset})`);
    }
    await page.context().close();
  });
});

describe('the reading position and the pixel ratio', () => {
  test('a narrower window keeps the line at the top of the view', async () => {
    const page = await open(env, LONG);
    await settled(page);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 8000);
    await idle(page);
    const before = await state(page);
    await page.setViewportSize({ width: 420, height: 800 });
    await page.waitForFunction((h) => window.folio.state().contentHeight > h, before.contentHeight);
    await idle(page);
    const after = await state(page);
    assert.equal(after.position.block, before.position.block);
    assert.ok(Math.abs(after.position.offset - before.position.offset) < 120,
      `the same line is at the top (offset ${before.position.offset} -> ${after.position.offset})`);
    await page.context().close();
  });

  test('a change of devicePixelRatio (zoom, another monitor) rebuilds the canvas and fonts', async () => {
    const page = await open(env);
    await settled(page);
    await idle(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 800, deviceScaleFactor: 2, mobile: false });
    // A real zoom or monitor change also sends the page a resize event; the emulation does not.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await page.waitForFunction(() => window.folio.state().devicePixelRatio === 2);
    await idle(page);
    const size = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { width: c.width, cssWidth: c.clientWidth };
    });
    assert.equal(size.width, size.cssWidth * 2);
    const headline = await measure(page, { x: 100, y: 60, width: 800, height: 160 });
    assert.ok(headline.ink > 0.02, `the headline is drawn at the new ratio (${headline.ink})`);
    await page.context().close();
  });
});

describe('the settings panel', () => {
  test('changes family, spacing, width and theme, and a reload restores them', async () => {
    const page = await open(env);
    const first = await settled(page);
    assert.equal(first.settings.theme, 'auto');
    assert.equal(first.theme, 'light');
    await clickControl(page, 'settings');
    assert.equal((await state(page)).settingsOpen, true);
    await clickControl(page, 'family-sans');
    await clickControl(page, 'spacing-loose');
    await clickControl(page, 'width-narrow');
    await clickControl(page, 'theme-dark');
    const chosen = await state(page);
    assert.deepEqual(chosen.settings, {
      version: 1, fontSizePx: 20, family: 'sans', lineSpacing: 'loose', columnWidth: 'narrow', theme: 'dark',
      paper: 'a4', printMarginMm: 20, printFontSizePt: 11,
    });
    assert.equal(chosen.theme, 'dark');
    assert.ok(chosen.contentHeight > first.contentHeight, 'a narrower column with looser lines is taller');
    // Dark means a dark page: the corner of the canvas is the dark background.
    const corner = await measure(page, { x: 0, y: 60, width: 40, height: 40 }, [0x1c, 0x1b, 0x22]);
    assert.equal(corner.matching, 1);

    await page.reload();
    const restored = await settled(page);
    assert.deepEqual(restored.settings, chosen.settings);
    assert.equal(restored.contentHeight, chosen.contentHeight);
    assert.equal(restored.notice, null);
    await page.context().close();
  });

  test('Escape and a click outside close it', async () => {
    const page = await open(env);
    await settled(page);
    await clickControl(page, 'settings');
    await page.keyboard.press('Escape');
    await idle(page);
    assert.equal((await state(page)).settingsOpen, false);
    await clickControl(page, 'settings');
    await page.mouse.click(200, 600);
    await idle(page);
    assert.equal((await state(page)).settingsOpen, false);
    await page.context().close();
  });

  test('the Auto theme follows prefers-color-scheme', async () => {
    const page = await open(env, '', { colorScheme: 'dark' });
    assert.equal((await settled(page)).theme, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => window.folio.state().theme === 'light');
    await page.context().close();
  });
});

describe('stored settings', () => {
  test('a corrupted value is kept aside, the defaults are used and the reader is told', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"fontSizePx":"huge"');
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY]);
    const page = await context.newPage();
    await page.goto(env.base);
    const s = await settled(page);
    assert.equal(s.fontSizePx, 20);
    assert.match(s.notice, /could not be read/);
    assert.match(s.notice, /folio\.settings\.v1\.rejected/);
    const kept = await page.evaluate((key) => localStorage.getItem(`${key}.rejected`), KEY);
    assert.equal(kept, '{"version":1,"fontSizePx":"huge"');
    // Screen readers are told as well, through the viewer's status line.
    await page.waitForFunction((notice) => document.querySelector('.folio-announcer[role=status]')?.textContent === notice,
      s.notice);
    await idle(page);
    await clickControl(page, 'dismiss');
    assert.equal((await state(page)).notice, null);
    await context.close();
  });

  test('a foreign value (another version) is kept aside too', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(([key]) => localStorage.setItem(key, '{"version":7,"fontSizePx":30}'), [KEY]);
    const page = await context.newPage();
    await page.goto(env.base);
    const s = await settled(page);
    assert.equal(s.fontSizePx, 20);
    assert.match(s.notice, /version/);
    await context.close();
  });

  test('applySettings() validates, applies and stores', async () => {
    const page = await open(env);
    await settled(page);
    const error = await page.evaluate(() => { try { window.folio.applySettings({ theme: 'neon' }); return null; } catch (e) { return e.message; } });
    assert.match(error, /theme/);
    const s = await page.evaluate(() => window.folio.applySettings({ theme: 'sepia', fontSizePx: 24 }));
    assert.equal(s.theme, 'sepia');
    assert.equal(s.fontSizePx, 24);
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.equal(stored.theme, 'sepia');
    await page.context().close();
  });
});
