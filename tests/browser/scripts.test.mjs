// Articles in other scripts in the viewer: the fallback faces an article needs are fetched (and no
// others), every character is drawn, right-to-left articles are set flush right on the canvas and
// in the text layer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { idle, measure, open, settled, start } from './harness.mjs';

const sample = (name) =>
  JSON.parse(readFileSync(new URL(`../fixtures/scripts/${name}.json`, import.meta.url), 'utf8'));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Opens the default page, then shows `article` (an object) and waits until it is drawn.
async function show(article, options = {}) {
  const page = await open(env, '', options);
  await settled(page);
  const state = await page.evaluate((a) => window.folio.load(a), article);
  await idle(page);
  return { page, state };
}

// The font files the page fetched, by file name.
function fontsFetched(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/fonts/'))
    .map((path) => path.split('/').pop()));
}

describe('scripts', () => {
  test('the default article fetches no fallback face, not even the coverage list: only its faces\' Latin slices', async () => {
    const page = await open(env);
    const state = await settled(page);
    await idle(page);
    assert.equal(state.missingGlyphs, 0);
    const fetched = await fontsFetched(page);
    assert.ok(fetched.every((file) => /^Noto(Serif|Sans)-[A-Za-z]+\.latin\.ttf$/.test(file)), fetched.join(', '));
    assert.ok(!fetched.includes('fallbacks.json'));
    await page.context().close();
  });

  for (const [name, wanted, unwanted] of [
    ['ar', 'NotoNaskhArabic-Regular.ttf', 'NotoSansDevanagari-Regular.ttf'],
    ['hi', 'NotoSerifDevanagari-Regular.ttf', 'NotoNaskhArabic-Regular.ttf'],
    ['th', 'NotoSerifThai-Regular.ttf', 'NotoSerifBengali-Regular.ttf'],
    ['zh-Hans', 'NotoSansCJK-Regular-zh-Hans.00.otf', 'NotoSansCJK-Regular-ja.00.otf'],
    ['ja', 'NotoSansCJK-Regular-ja.00.otf', 'NotoSansCJK-Regular-zh-Hans.00.otf'],
    ['el', 'NotoSerif-Regular.greek.ttf', 'NotoSerif-Regular.cyrillic.ttf'],
    ['ru', 'NotoSerif-Regular.cyrillic.ttf', 'NotoSerif-Regular.greek.ttf'],
    // Vietnamese letters are drawn as their base letters and marks, which the Latin slice holds.
    ['vi', 'NotoSerif-Regular.latin.ttf', 'NotoSerif-Regular.latin-ext.ttf'],
  ]) {
    test(`a ${name} article fetches its script's faces only and draws every character`, async () => {
      const { page, state } = await show(sample(name));
      assert.equal(state.missingGlyphs, 0, state.missingCharacters);
      const fetched = await fontsFetched(page);
      assert.ok(fetched.includes(wanted), fetched.join(', '));
      assert.ok(!fetched.includes(unwanted), fetched.join(', '));
      assert.ok(!fetched.includes('NotoSansMath-Regular.ttf'), fetched.join(', '));
      await page.context().close();
    });
  }

  test('a right-to-left article is set flush right, in the text layer and on the canvas', async () => {
    const { page, state } = await show(sample('ar'));
    assert.equal(state.missingGlyphs, 0);
    const layer = await page.evaluate(() => {
      const article = document.querySelector('.folio-text');
      const lines = [...article.querySelectorAll('p:not(.folio-meta) .folio-line')].slice(0, 6);
      return {
        dir: article.dir,
        lines: lines.map((line) => {
          const box = line.getBoundingClientRect();
          return { dir: line.dir, left: box.left, right: box.right, top: box.top, height: box.height };
        }),
      };
    });
    assert.equal(layer.dir, 'rtl');
    assert.ok(layer.lines.length >= 3);
    const right = Math.max(...layer.lines.map((line) => line.right));
    for (const line of layer.lines) {
      assert.equal(line.dir, 'rtl');
      assert.ok(Math.abs(line.right - right) < 2, `a line ends at ${line.right}, not ${right}`);
    }
    // The canvas has ink at the right end of the paragraph's last line, and none left of where it starts.
    const last = layer.lines[layer.lines.length - 1];
    const height = Math.round(last.height);
    const atEnd = await measure(page, { x: Math.round(right - 40), y: Math.round(last.top), width: 40, height });
    assert.ok(atEnd.ink > 0.02, `ink ${atEnd.ink} at the right end`);
    const shortest = layer.lines.reduce((a, b) => (b.right - b.left < a.right - a.left ? b : a));
    if (shortest.left - 60 > 0) {
      const before = await measure(page, { x: Math.round(shortest.left - 50), y: Math.round(shortest.top), width: 40, height });
      assert.ok(before.ink < 0.005, `ink ${before.ink} left of a short line`);
    }
    await page.context().close();
  });
});
