// The first paint: index.html shows the default article as HTML, set like the canvas, until the
// viewer has drawn; then the canvas takes over where the reader is.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_TITLE, idle, measure, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/**
 * Opens `path` with the viewer's code held back until `release()` is called: what the reader sees
 * while the wasm is still on its way. `prepare(page)` runs on the site's origin first (storage).
 */
async function openHeld(path = '', { viewport = { width: 1000, height: 800 }, prepare = null, initScript = null } = {}) {
  const context = await env.browser.newContext({ viewport });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.problems = [];
  page.fontRequests = [];
  page.on('pageerror', (error) => page.problems.push(String(error)));
  page.on('request', (request) => { if (request.url().endsWith('.ttf')) page.fontRequests.push(request.url()); });
  if (prepare) {
    await page.goto(`${env.base}articles/hagel-us-japan-alliance.json`);
    await prepare(page);
  }
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/folio-core.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(env.base + path);
  await page.evaluate(() => document.fonts.ready);
  return { page, release };
}

// Tops of the text lines in a screenshot's ink rows (a row with ink after one without).
const lineTops = (rows) => rows.flatMap((ink, y) => (ink > 0 && (y === 0 || rows[y - 1] === 0) ? [y] : []));

describe('first paint', () => {
  test('the default article is readable as HTML before the viewer\'s code has arrived', async () => {
    const { page, release } = await openHeld();
    const shown = await page.evaluate(() => {
      const view = document.querySelector('.folio-first-paint');
      return {
        title: view?.querySelector('h1')?.textContent,
        paragraphs: view?.querySelectorAll('article > p:not(.folio-meta):not(.folio-source)').length,
        meta: view?.querySelector('.folio-meta')?.textContent,
        covers: view ? view.getBoundingClientRect().width === innerWidth && view.getBoundingClientRect().height === innerHeight : false,
        fonts: [...document.fonts].filter((f) => f.status === 'loaded')
          .map((f) => `${f.family.replaceAll('"', '')} ${f.weight === 'normal' ? 400 : f.weight}`).sort(),
        ready: Boolean(window.folio),
      };
    });
    assert.equal(shown.title, DEFAULT_TITLE);
    assert.equal(shown.paragraphs, 9);
    assert.match(shown.meta, /^Xinhua · 12\u00A0July\u00A02014/);  // a date is never broken across lines
    assert.ok(shown.covers, 'the first paint fills the viewer');
    for (const face of ['Folio Sans 400', 'Folio Serif 400', 'Folio Serif 700']) {
      assert.ok(shown.fonts.includes(face), `${face} is in use (${shown.fonts})`);
    }
    assert.equal(shown.ready, false, 'the viewer itself has not started');
    const text = await measure(page, { x: 100, y: 60, width: 800, height: 700 });
    assert.ok(text.ink > 0.02, `text is painted (${text.ink})`);
    release();
    await page.context().close();
  });

  test('the canvas takes over with the text in the same place, and the HTML goes', async () => {
    const { page, release } = await openHeld();
    const clip = { x: 100, y: 50, width: 800, height: 400 };
    const html = lineTops((await measure(page, clip)).rows);
    release();
    await settled(page);
    await idle(page);
    const canvas = lineTops((await measure(page, clip)).rows);
    assert.ok(html.length >= 6 && canvas.length >= 6, `lines found: ${html} / ${canvas}`);
    // Title (two lines), meta line and the first paragraph's lines.
    for (let i = 0; i < 6; i += 1) {
      assert.ok(Math.abs(html[i] - canvas[i]) <= 3, `line ${i}: HTML at ${html[i]} px, canvas at ${canvas[i]} px`);
    }
    const after = await page.evaluate(() => ({
      firstPaint: document.querySelectorAll('.folio-first-paint').length,
      canvas: getComputedStyle(document.querySelector('canvas')).visibility,
      copy: document.querySelector('.folio-print h1')?.textContent,
    }));
    assert.deepEqual(after, { firstPaint: 0, canvas: 'visible', copy: DEFAULT_TITLE });
    // The page preloads the first screen's faces, the core slices of the viewer's faces, which the
    // viewer then fetches (from the browser's cache, where the server lets it cache them) with those
    // its text needs: only Latin slices, none twice by the viewer.
    const files = page.fontRequests.map((url) => url.split('/').pop());
    const early = ['NotoSerif-Regular.latin.ttf', 'NotoSerif-Bold.latin.ttf', 'NotoSans-Regular.latin.ttf'];
    assert.deepEqual(files.slice(0, 3), early, String(files));
    assert.ok(files.every((file) => /\.latin\.ttf$/.test(file)), String(files));
    assert.ok(files.every((file) => files.filter((f) => f === file).length <= 2), String(files));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the toolbar\'s labels are where the canvas draws its buttons, on a desktop and a phone', async () => {
    for (const viewport of [{ width: 1000, height: 800 }, { width: 375, height: 700 }]) {
      const { page, release } = await openHeld('', { viewport });
      const labels = await page.evaluate(() => [...document.querySelectorAll('.folio-tools [data-tool]')]
        .filter((span) => getComputedStyle(span).display !== 'none').map((span) => {
          const r = span.getBoundingClientRect();
          const text = span.textContent || getComputedStyle(span, '::before').content.replaceAll('"', '');
          return { id: span.dataset.tool, text, x: r.x, y: r.y, width: r.width, height: r.height };
        }));
      release();
      const state = await settled(page);
      const shown = state.controls.map((c) => c.id);
      assert.deepEqual(labels.map((l) => l.id), shown, `the same buttons at ${viewport.width} px`);
      for (const label of labels) {
        const control = state.controls.find((c) => c.id === label.id);
        for (const key of ['x', 'y', 'width', 'height']) {
          assert.ok(Math.abs(label[key] - control[key]) <= 1,
            `${label.id} at ${viewport.width} px: ${key} ${label[key]} in the HTML, ${control[key]} on the canvas`);
        }
      }
      if (viewport.width === 1000) assert.equal(labels.find((l) => l.id === 'size').text, '20 px');
      await page.context().close();
    }
  });

  test('the reader\'s stored settings are in the first paint', async () => {
    const stored = { version: 1, fontSizePx: 28, family: 'sans', lineSpacing: 'loose', columnWidth: 'narrow', theme: 'sepia' };
    const { page, release } = await openHeld('', {
      prepare: (p) => p.evaluate((value) => localStorage.setItem('folio.settings.v1', value), JSON.stringify(stored)),
    });
    const style = await page.evaluate(() => {
      const p = getComputedStyle(document.querySelector('.folio-first-paint article > p:not(.folio-meta)'));
      const view = getComputedStyle(document.querySelector('.folio-first-paint'));
      return { size: p.fontSize, lineHeight: p.lineHeight, family: p.fontFamily, background: view.backgroundColor,
               column: document.querySelector('.folio-first-paint article').getBoundingClientRect().width,
               sizeLabel: getComputedStyle(document.querySelector('.folio-tools [data-tool=size]'), '::before').content };
    });
    assert.deepEqual(style, { size: '28px', lineHeight: '53.2px', family: '"Folio Sans", sans-serif',
                              background: 'rgb(244, 236, 216)', column: 28 * 28 + 32, sizeLabel: '"28 px"' });
    release();
    const state = await settled(page);
    assert.deepEqual([state.fontSizePx, state.theme, state.settings.family], [28, 'sepia', 'sans']);
    await page.context().close();
  });

  test('a corrupted stored value leaves the first paint at the defaults', async () => {
    const { page, release } = await openHeld('', {
      prepare: (p) => p.evaluate(() => localStorage.setItem('folio.settings.v1', '{"version":1,"fontSizePx":"huge",')),
    });
    const size = await page.evaluate(() => getComputedStyle(
      document.querySelector('.folio-first-paint article > p:not(.folio-meta)')).fontSize);
    assert.equal(size, '20px');
    release();
    await settled(page);
    await page.context().close();
  });

  test('where the reader scrolled the first paint, the canvas starts', async () => {
    const { page, release } = await openHeld('', { viewport: { width: 1000, height: 600 } });
    await page.evaluate(() => {
      const view = document.querySelector('.folio-first-paint');
      const block = view.querySelectorAll('article > *')[2 + 4];  // title, meta line, then the body
      view.scrollTop = block.offsetTop - 48 + 10;
    });
    release();
    const state = await settled(page);
    assert.equal(state.position.block, 4, `the fifth paragraph is at the top (${JSON.stringify(state.position)})`);
    await page.context().close();
  });

  test('with ?article= the default article is not shown first', async () => {
    const { page, release } = await openHeld('?article=articles/long-read.json');
    const text = await page.evaluate(() => ({ firstPaint: document.querySelectorAll('.folio-first-paint').length,
                                              body: document.body.innerText }));
    assert.equal(text.firstPaint, 0);
    assert.ok(!text.body.includes('Hagel'), 'no text of the default article');
    release();
    const state = await settled(page);
    assert.notEqual(state.title, DEFAULT_TITLE);
    await page.context().close();
  });

  test('without WebGL 2 the article is a plain page: readable, findable, its links real, its errors shown', async () => {
    const { page, release } = await openHeld('?article=articles/long-read.json', {
      initScript: () => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
          return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
        };
      },
    });
    release();
    const state = await settled(page);
    assert.equal(state.plain, true);
    assert.equal(state.ready, true);
    assert.equal(state.error, null);
    const long = JSON.parse(readFileSync(new URL('../../assets/articles/long-read.json', import.meta.url)));
    assert.equal(state.title, long.title);
    const shown = await page.evaluate(() => {
      const copy = document.querySelector('.folio-print');
      const rect = copy.getBoundingClientRect();
      const last = [...copy.querySelectorAll('p')].at(-1);
      return {
        note: document.querySelector('.folio-plain-note').textContent,
        heading: copy.querySelector('h1').textContent,
        visible: rect.width > 300 && rect.height > 1000 && getComputedStyle(copy).clipPath === 'none',
        canvas: document.querySelectorAll('canvas').length,
        found: window.find(last.textContent.trim().split(/\s+/).slice(-3).join(' ')),
        foundIn: window.getSelection().rangeCount > 0 && copy.contains(window.getSelection().getRangeAt(0).startContainer),
        links: [...copy.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), rel: a.rel })),
      };
    });
    assert.match(shown.note, /cannot draw the viewer \(WebGL 2 is not available\), so the article is shown as a plain page/);
    assert.equal(shown.heading, long.title);
    assert.ok(shown.visible, 'the article is laid out as a page, not hidden');
    assert.equal(shown.canvas, 0);
    assert.ok(shown.found, 'find-in-page finds the last words');
    assert.ok(shown.foundIn, 'in the article the reader sees');
    assert.ok(shown.links.length >= 1 && shown.links.every((link) => /^https?:|^mailto:/.test(link.href)), 'real links');
    // Another article loads into the same page; a broken one shows its error there.
    await page.evaluate(() => window.folio.load('articles/hagel-us-japan-alliance.json'));
    assert.equal(await page.textContent('.folio-print h1'), DEFAULT_TITLE);
    const error = await page.evaluate(() => window.folio.load({ title: 'x', body: [] })
      .then(() => null, (e) => ({ message: e.message, readerMessage: e.readerMessage })));
    assert.match(error.message, /\/body: expected a non-empty array/);
    assert.match(error.readerMessage, /^This article cannot be shown: its file is damaged/);
    assert.equal(await page.textContent('.folio-print p'), error.readerMessage, 'the reader reads plain words');
    assert.equal((await page.evaluate(() => window.folio.state())).error, error.message, 'the page reads the detail');
    await page.context().close();
  });
});
