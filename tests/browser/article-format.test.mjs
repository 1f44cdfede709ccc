// Format 1.1 in the viewer: code blocks (as written, scrolling sideways when wider than the column,
// the canvas following the text layer; copied with their lines and indentation) and inline runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idle, measure, open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CODE = 'def total(items):\n    return sum(item.price * item.quantity for item in items)  # everything in the basket, taxes included\n\nprint(total(basket))';
const ARTICLE = {
  version: 1.1,
  title: 'Code in an article',
  body: [
    'A paragraph before the code.',
    { type: 'code', language: 'python', text: CODE },
    { type: 'paragraph', text: ['Water is H', { text: '2', sub: true }, 'O; run ', { text: 'make', code: true }, ', ', { text: 'now', strike: true }, '.'] },
  ],
};

// Opens a phone-sized page showing ARTICLE.
async function showArticle(options = {}) {
  const page = await open(env, '', { viewport: { width: 390, height: 700 }, ...options });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await settled(page);
  await page.evaluate((a) => window.folio.load(a), ARTICLE);
  await idle(page);
  await page.waitForFunction(() => document.querySelector('.folio-text pre .folio-line'));
  return page;
}

describe('format 1.1', () => {
  test('a code block wider than the column scrolls sideways in its box, the canvas with it', async () => {
    const page = await showArticle();
    const pre = await page.evaluate(() => {
      const element = document.querySelector('.folio-text pre');
      const box = element.getBoundingClientRect();
      return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, x: box.x, y: box.y, width: box.width, height: box.height };
    });
    assert.ok(pre.scrollWidth > pre.clientWidth + 100, `the code is wider than its box (${pre.scrollWidth} > ${pre.clientWidth})`);
    const clip = { x: Math.round(pre.x), y: Math.round(pre.y), width: Math.round(pre.width), height: Math.round(pre.height) };
    const before = await page.screenshot({ clip });
    // The reader scrolls the code (a swipe or a trackpad: the browser's own scrolling).
    await page.evaluate(() => { document.querySelector('.folio-text pre').scrollLeft = 400; });
    await idle(page);
    const scrolled = await page.screenshot({ clip });
    assert.notDeepEqual(scrolled, before, 'the canvas drew the scrolled code');
    // The canvas's glyphs are where the layer's are: the start of the long line's visible part.
    const inBox = await page.evaluate(() => {
      const pre = document.querySelector('.folio-text pre');
      const box = pre.getBoundingClientRect();
      const line = [...pre.querySelectorAll('.folio-line')].find((l) => l.textContent.includes('sum('));
      const range = document.createRange();
      range.selectNodeContents(line);
      const rect = range.getBoundingClientRect();
      return { lineLeft: rect.left, boxLeft: box.left, top: rect.top, height: rect.height };
    });
    assert.ok(inBox.lineLeft < inBox.boxLeft - 300, 'the layer\'s line moved left with the scroll');
    const ink = await measure(page, { x: Math.round(inBox.boxLeft) + 4, y: Math.round(inBox.top), width: 200, height: Math.round(inBox.height) });
    assert.ok(ink.ink > 0.02, `the canvas shows the line's scrolled part (ink ${ink.ink})`);
    await page.context().close();
  });

  test('copying a code block gives its lines as written, and the runs read as code, sub and s', async () => {
    const page = await showArticle();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.folio-text pre'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, CODE);
    const runs = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.folio-text p')].find((p) => p.textContent.includes('Water'));
      return ['sub', 'code', 's'].map((tag) => paragraph.querySelector(tag)?.textContent);
    });
    assert.deepEqual(runs, ['2', 'make', 'now']);
    await page.context().close();
  });
});
