// Articles in other scripts in the viewer: the fallback faces an article needs are fetched (and no
// others), every character is drawn, right-to-left articles are set flush right on the canvas and
// in the text layer; a Thai article fetches the Thai word dictionary (an English one none), and its
// lines end between words as Chromium's own word segmenter (ICU's, with ICU's Thai dictionary) finds
// them.
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

// The files the page fetched from the site's folder `folder`, by file name.
function fetchedFrom(page, folder) {
  return page.evaluate((part) => performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes(part))
    .map((path) => path.split('/').pop()), `/${folder}/`);
}

// The font files the page fetched, by file name.
const fontsFetched = (page) => fetchedFrom(page, 'fonts');

describe('scripts', () => {
  test('the default article fetches no fallback face, not even the coverage list: only its faces\' Latin slices', async () => {
    const page = await open(env);
    const state = await settled(page);
    await idle(page);
    assert.equal(state.missingGlyphs, 0);
    const fetched = await fontsFetched(page);
    assert.ok(fetched.every((file) => /^Noto(Serif|Sans)-[A-Za-z]+\.latin\.ttf$/.test(file)), fetched.join(', '));
    assert.ok(!fetched.some((file) => file.startsWith('NotoSansMono')), 'no code, no monospace face');
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

  test('emoji are drawn in colour: the emoji font\'s shaping copy and one picture per emoji shown are fetched', async () => {
    const { page, state } = await show(sample('en-symbols'));
    assert.equal(state.missingGlyphs, 0, state.missingCharacters);
    const fetched = await fontsFetched(page);
    assert.ok(fetched.includes('NotoColorEmoji.ttf'), fetched.join(', '));
    assert.ok(!fetched.some((file) => file.startsWith('Symbola_hint')), `no monochrome emoji: ${fetched.join(', ')}`);
    // The party popper, the trophy, the clapping hands and the sun: a picture each, and no other.
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/emoji/')).length >= 4);
    await idle(page);
    const pictures = await fetchedFrom(page, 'emoji');
    assert.equal(pictures.length, 4, pictures.join(', '));
    assert.ok(pictures.every((file) => /^NotoColorEmoji\.\d+\.png$/.test(file)), pictures.join(', '));
    const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => /\/(fonts\/NotoColorEmoji|emoji\/)/.test(entry.name)).reduce((sum, entry) => sum + entry.encodedBodySize, 0));
    assert.ok(bytes < 160000, `${bytes} bytes for the emoji`);
    // Where the trophy stands in the text layer, the canvas shows colour; the text around it has none.
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.folio-text'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('\u{1F3C6}');
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 2);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      return null;
    });
    assert.ok(box, 'the trophy is in the text layer');
    await idle(page);
    const at = await page.evaluate(() => document.querySelector('.folio-text').getBoundingClientRect().top);
    const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.max(8, Math.round(box.width)), height: Math.round(box.height) };
    const trophy = await measure(page, clip);
    assert.ok(trophy.colorful > 0.15, `colour ${trophy.colorful} where the trophy is (${JSON.stringify(clip)}, layer at ${at})`);
    const beside = await measure(page, { ...clip, x: clip.x - 3 * clip.width });
    assert.ok(beside.colorful < 0.02, `colour ${beside.colorful} beside it`);
    await page.context().close();
  });

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
          return { dir: getComputedStyle(line).direction, left: box.left, right: box.right, top: box.top, height: box.height };
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

  test('an article of no stated direction takes its first line\'s, and a paragraph against it keeps its own', async () => {
    const english = 'The library opened on Saturday with forty thousand books.';
    const arabic = 'افتتحت المكتبة يوم السبت وتضم أربعين ألف كتاب.';
    const directions = async (article) => {
      const { page } = await show(article);
      const found = await page.evaluate(() => {
        const layer = document.querySelector('.folio-text');
        const of = (selector) => [...layer.querySelectorAll(`${selector} .folio-line`)].map((line) => getComputedStyle(line).direction);
        return { layer: layer.getAttribute('dir'), title: of('h1'), paragraphs: [...layer.querySelectorAll('p:not(.folio-meta)')]
          .slice(0, 2).map((p) => [...p.querySelectorAll('.folio-line')].map((line) => getComputedStyle(line).direction)) };
      });
      await page.context().close();
      return found;
    };
    const paragraphs = (first, second) => [{ type: 'paragraph', text: first }, { type: 'paragraph', text: second }];
    const ltrFirst = await directions({ title: 'A new library', body: paragraphs(english, arabic) });
    assert.equal(ltrFirst.layer, 'ltr', 'never "auto", which the browser works out again on every insertion');
    assert.deepEqual(ltrFirst.title, ['ltr']);
    assert.deepEqual(ltrFirst.paragraphs.map((lines) => [...new Set(lines)]), [['ltr'], ['rtl']]);
    const rtlFirst = await directions({ title: 'مكتبة جديدة', body: paragraphs(arabic, english) });
    assert.equal(rtlFirst.layer, 'rtl');
    assert.deepEqual(rtlFirst.paragraphs.map((lines) => [...new Set(lines)]), [['rtl'], ['ltr']]);
  });
});

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
    assert.deepEqual(await fetchedFrom(page, 'dictionaries'), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a Thai article fetches the Thai dictionary only, and its lines end between words', async () => {
    const { page, state } = await show(sample('th'), { viewport: { width: 420, height: 900 } });
    assert.deepEqual(state.dictionariesWanted, []);  // fetched and added before load() resolved
    assert.deepEqual(await fetchedFrom(page, 'dictionaries'), ['thai.words']);
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
