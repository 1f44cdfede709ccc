// Word dictionaries in the viewer: an article in Thai fetches the Thai dictionary (and no other), an
// English one fetches none, and the Thai sample's lines, in the text layer, end between words as
// Chromium's own word segmenter (ICU's, with ICU's Thai dictionary) finds them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { idle, open, settled, start } from './harness.mjs';

const sample = (name) =>
  JSON.parse(readFileSync(new URL(`../fixtures/scripts/${name}.json`, import.meta.url), 'utf8'));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Opens the default page (`options`: Playwright context options), then shows `article` (an object)
// and waits until it is drawn.
async function show(article, options = {}) {
  const page = await open(env, '', options);
  await settled(page);
  const state = await page.evaluate((a) => window.folio.load(a), article);
  await idle(page);
  return { page, state };
}

// The dictionary files the page fetched, by file name.
function dictionariesFetched(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dictionaries/'))
    .map((path) => path.split('/').pop()));
}

// The text layer's lines, each group's joined, and where they end inside a run of Thai letters:
// `between` counts the ends at a word boundary of Intl.Segmenter (Chromium's ICU, with ICU's Thai
// dictionary), `inside` shows the others ("…before|after…"); `lines` counts the line ends.
function thaiLineEnds(page) {
  return page.evaluate(() => {
    const thai = /[\u0E01-\u0E3A\u0E40-\u0E4E]/;
    const words = new Intl.Segmenter('th', { granularity: 'word' });
    const parents = new Set([...document.querySelectorAll('.folio-text .folio-line:not(.folio-marker)')]
      .map((line) => line.parentElement));
    const found = { inside: [], between: 0, lines: 0 };
    for (const parent of parents) {
      const lines = [...parent.children].filter((e) => e.matches('.folio-line:not(.folio-marker)'))
        .map((e) => e.textContent);
      const text = lines.join('');
      const boundaries = new Set([...words.segment(text)].map((s) => s.index));
      let end = 0;
      for (const line of lines.slice(0, -1)) {
        end += line.length;
        found.lines += 1;
        if (!thai.test(text[end - 1]) || !thai.test(text[end])) continue;
        if (boundaries.has(end)) found.between += 1;
        else found.inside.push(`${text.slice(end - 8, end)}|${text.slice(end, end + 8)}`);
      }
    }
    return found;
  });
}

describe('word dictionaries', () => {
  test('an English article fetches no dictionary', async () => {
    const { page, state } = await show(sample('en-symbols'));
    assert.deepEqual(state.dictionariesWanted, []);
    assert.deepEqual(await dictionariesFetched(page), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a Thai article fetches the Thai dictionary only, and its lines end between words', async () => {
    const { page, state } = await show(sample('th'), { viewport: { width: 420, height: 900 } });
    assert.deepEqual(state.dictionariesWanted, []);  // fetched and added before load() resolved
    assert.deepEqual(await dictionariesFetched(page), ['thai.words']);
    const ends = await thaiLineEnds(page);
    assert.ok(ends.lines > 10, `${ends.lines} lines`);
    assert.ok(ends.between >= 5, `only ${ends.between} lines end inside a run of Thai letters`);
    assert.deepEqual(ends.inside, []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('without the dictionary file, a Thai article is shown, its lines breaking inside words as before', async () => {
    const page = await open(env, '', { viewport: { width: 420, height: 900 } });
    await settled(page);
    await page.route('**/dictionaries/*', (route) => route.fulfill({ status: 404, body: '' }));
    const state = await page.evaluate((a) => window.folio.load(a), sample('th'));
    await idle(page);
    assert.equal(state.error, null);
    assert.deepEqual(state.dictionariesWanted, ['thai.words']);
    const ends = await thaiLineEnds(page);
    assert.ok(ends.inside.length > 0, JSON.stringify(ends));  // e.g. น้ำค้า|งแข็ง
    await page.context().close();
  });
});
