// The text layer over the canvas, used as a reader uses a page: drag, double- and triple-click,
// copy, find, text fragments, screen readers, and lines that sit on the engine's glyphs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { idle, measure, open, settled, start } from './harness.mjs';

const LONG = '?article=articles/long-read.json';
const longRead = JSON.parse(readFileSync(new URL('../../assets/articles/long-read.json', import.meta.url), 'utf8'));

// A block's text as written in the article file (the oracle for what is copied).
function blockText(block) {
  if (typeof block === 'string') return block;
  const text = block.text ?? '';
  return Array.isArray(text) ? text.map((run) => (typeof run === 'string' ? run : run.text)).join('') : text;
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Opens `path` with the clipboard allowed, once the viewer has drawn and its layer holds `needle`.
async function openReading(path, options = {}, needle = null) {
  const page = await open(env, path, options);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await settled(page);
  if (needle) await page.waitForFunction((n) => document.querySelector('.folio-text')?.textContent.includes(n), needle);
  await idle(page);
  return page;
}

// The viewport rectangles of the first and last character of `needle` in the layer (found in its
// text as a reader reads it, across lines), or null.
function rectsOf(page, needle) {
  return page.evaluate((n) => {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(document.querySelector('.folio-text'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.folio-marker')) continue;
      nodes.push([node, text.length]);
      text += node.data;
    }
    const at = text.indexOf(n);
    if (at < 0) return null;
    const charRect = (index) => {
      const [node, start] = nodes.findLast(([, s]) => s <= index);
      const range = document.createRange();
      range.setStart(node, index - start);
      range.setEnd(node, index - start + 1);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, y: (r.top + r.bottom) / 2 };
    };
    return { first: charRect(at), last: charRect(at + n.length - 1) };
  }, needle);
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

async function copied(page) {
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('selecting and copying', () => {
  test('a dragged sentence copies exactly that sentence', async () => {
    const page = await openReading(LONG, { viewport: { width: 1000, height: 1200 } }, 'Forty minutes later');
    const paragraph = blockText(longRead.body[1]);
    const sentence = paragraph.slice(paragraph.indexOf('Forty minutes later'), paragraph.indexOf('white toast.') + 12);
    const { first, last } = await rectsOf(page, sentence);
    assert.ok(last.top > first.top + 10, 'the sentence runs over more than one line');
    await drag(page, { x: first.left + 1, y: first.y }, { x: last.right - 1, y: last.y });
    assert.equal(await copied(page), sentence);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a double click selects a word, a triple click its paragraph', async () => {
    const page = await openReading(LONG, {}, 'solder joint');
    const { first, last } = await rectsOf(page, 'solder');
    const word = { x: (first.left + last.right) / 2, y: first.y };
    await page.mouse.dblclick(word.x, word.y);
    assert.equal((await page.evaluate(() => getSelection().toString())).trim(), 'solder');
    await page.mouse.click(word.x, word.y, { clickCount: 3 });
    assert.equal(await copied(page), blockText(longRead.body[1]));
    await page.context().close();
  });

  test('a copy across three paragraphs keeps the breaks between them, as text and as HTML', async () => {
    const page = await openReading(LONG, { viewport: { width: 1000, height: 1500 } }, 'wedding present');
    const [one, two, three] = [0, 1, 2].map((i) => blockText(longRead.body[i]));
    const start = (await rectsOf(page, one.slice(0, 20))).first;
    const end = (await rectsOf(page, three.slice(-20))).last;
    await page.mouse.click(start.left + 1, start.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(end.right - 1, end.y);
    await page.keyboard.up('Shift');
    assert.equal(await copied(page), `${one}\n\n${two}\n\n${three}`);
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    assert.equal(html.match(/<p[ >]/g)?.length, 3, html.slice(0, 300));
    await page.context().close();
  });

  test('Ctrl+A selects the article, not the page', async () => {
    const page = await openReading('', {}, 'Onodera');
    await page.click('.folio-scroller', { position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+A');
    const selected = await page.evaluate(() => {
      const range = getSelection().getRangeAt(0);
      return { inside: document.querySelector('.folio-text').contains(range.commonAncestorContainer), text: getSelection().toString() };
    });
    assert.ok(selected.inside, 'the selection stays in the article');
    assert.match(selected.text, /^Hagel reiterates US-Japan alliance/);
    assert.doesNotMatch(selected.text, /Larger text/, 'the keyboard bar is not selected');
    await page.context().close();
  });
});

// The engine's baseline (CSS px from the content top) of the line holding `word` in the last
// body block of the shown article.
function engineBaselineOf(page, word) {
  return page.evaluate((w) => {
    const bridge = window.folio._bridge;
    const outline = bridge.textLayerOutline();
    for (let g = outline.groups.length - 1; g >= 0; g -= 1) {
      const data = bridge.textLayerGroups(g, g + 1);
      for (const group of data.groups) {
        for (const line of group.lines) if (line[3].some((run) => run[0].includes(w))) return line[2];
      }
    }
    return null;
  }, word);
}

describe('find and text fragments', () => {
  test("find-in-page of a word in the last paragraph brings the canvas there", async () => {
    const page = await openReading(LONG, {}, 'wiped her hands');
    assert.equal((await page.evaluate(() => window.folio.state())).scrollY, 0);
    assert.equal(await page.evaluate(() => window.find('wiped')), true);
    await page.waitForFunction(() => window.folio.state().scrollY > 1000);
    await idle(page);
    const { scrollY, viewportHeight } = await page.evaluate(() => window.folio.state());
    const baseline = await engineBaselineOf(page, 'wiped');
    assert.ok(baseline > scrollY && baseline < scrollY + viewportHeight,
      `the line (baseline ${baseline}) is in the canvas's view (${scrollY} to ${scrollY + viewportHeight})`);
    await page.context().close();
  });

  test('a link to a text fragment (#:~:text=) opens the article at it', async () => {
    // In the default article's last screen (a text directive matches whole words only).
    const phrase = 'deepen our cooperation';
    const page = await open(env, `#:~:text=${encodeURIComponent(phrase)}`);
    await settled(page);
    await page.waitForFunction(() => window.folio.state().scrollY > 300, null, { timeout: 15000 });
    await idle(page);
    const { scrollY, viewportHeight } = await page.evaluate(() => window.folio.state());
    const baseline = await engineBaselineOf(page, 'our cooperation');
    assert.ok(baseline > scrollY && baseline < scrollY + viewportHeight, `the fragment's line is in view (${baseline}, ${scrollY})`);
    await page.context().close();
  });
});

describe('screen readers', () => {
  test("the accessibility tree holds the article's headings, paragraphs and links, also off screen", async () => {
    const lastHeading = blockText(longRead.body.findLast((block) => block.type === 'heading'));
    const page = await openReading(LONG, {}, lastHeading);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '');
    assert.ok(named('heading').includes(lastHeading), `the last heading is there (${named('heading').slice(-3)})`);
    assert.ok(named('heading').includes(longRead.title));
    assert.ok(nodes.filter((node) => node.role?.value === 'paragraph').length >= 80, 'its paragraphs are there');
    assert.ok(named('link').length >= 1, 'its links are there');
    const hiddenFocusable = await page.evaluate(() => [...document.querySelectorAll('[aria-hidden=true]')]
      .filter((element) => element.tabIndex >= 0 || element.querySelector('a[href], [tabindex]')).length);
    assert.equal(hiddenFocusable, 0, 'nothing focusable is hidden from screen readers');
    await page.context().close();
  });
});

describe('the keyboard', () => {
  test("Tab from the article reaches its first link, far down: it is real, scrolled into view, outlined, and the canvas follows", async () => {
    const page = await openReading(LONG, {}, 'wedding present');
    await page.waitForFunction(() => document.querySelector('.folio-text a[href]'));
    await page.focus('.folio-scroller');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => window.folio.state().scrollY > 1000);
    await idle(page);
    const focused = await page.evaluate(() => {
      const link = document.activeElement;
      const r = link.getBoundingClientRect();
      const view = document.querySelector('.folio-scroller').getBoundingClientRect();
      return {
        tag: link.localName, href: link.href, target: link.target, rel: link.rel, inLayer: !!link.closest('.folio-text'),
        inView: r.top >= view.top && r.bottom <= view.bottom, outline: getComputedStyle(link).outlineStyle,
        scrollY: window.folio.state().scrollY, scrollTop: document.querySelector('.folio-scroller').scrollTop,
      };
    });
    assert.equal(focused.tag, 'a');
    assert.ok(focused.inLayer);
    assert.match(focused.href, /^https?:/);
    assert.equal(focused.target, '_blank');
    assert.match(focused.rel, /noopener/);
    assert.ok(focused.inView, 'the focused link is scrolled into view');
    assert.notEqual(focused.outline, 'none', 'the focused link is outlined');
    assert.ok(Math.abs(focused.scrollY - focused.scrollTop) <= 1, 'the canvas shows where the link is');
    await page.context().close();
  });
});

describe('lines on the glyphs', () => {
  // Each visible line's box against the engine's runs, and each character's centre against
  // caretPositionFromPoint.
  async function fit(page) {
    return page.evaluate(() => {
      const bridge = window.folio._bridge;
      const { scrollY, viewportHeight } = window.folio.state();
      const scroller = document.querySelector('.folio-scroller');
      const origin = scroller.getBoundingClientRect();
      const outline = bridge.textLayerOutline();
      const lines = [];
      outline.groups.forEach(([, , top, bottom], g) => {
        if (bottom < scrollY || top > scrollY + viewportHeight) return;
        for (const group of bridge.textLayerGroups(g, g + 1).groups) lines.push(...group.lines);
      });
      let worstEdge = 0;
      const elements = [...document.querySelectorAll('.folio-line:not(.folio-marker)')];
      for (const line of lines) {
        const runs = line[3].filter((run) => run[6] !== 1);
        if (!runs.length) continue;
        const left = runs[0][2];
        const right = runs.at(-1)[2] + runs.at(-1)[3];
        const text = runs.map((run) => run[0]).join('');
        const element = elements.find((e) => e.textContent.trimEnd() === text &&
          Math.abs(e.getBoundingClientRect().left - origin.left - left) < 4);
        if (!element) return { missing: text };
        // The glyphs only: the line's last text node may hold the space its break took.
        const range = document.createRange();
        range.selectNodeContents(element);
        const last = element.lastChild;
        if (last.nodeType === Node.TEXT_NODE && last.data === ' ') range.setEndBefore(last);
        const box = range.getBoundingClientRect();
        worstEdge = Math.max(worstEdge, Math.abs(box.left - origin.left - left), Math.abs(box.right - origin.left - right));
      }
      let chars = 0;
      let hits = 0;
      const caretAt = (x, y) => {
        if (document.caretPositionFromPoint) {
          const p = document.caretPositionFromPoint(x, y);
          return p && [p.offsetNode, p.offset];
        }
        const r = document.caretRangeFromPoint(x, y);
        return r && [r.startContainer, r.startOffset];
      };
      for (const element of elements) {
        // Lines wholly in view: a point beyond the scroller's edge finds what is there instead.
        const r = element.getBoundingClientRect();
        if (r.top < origin.top || r.bottom > origin.bottom) continue;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.data.length; i += 1) {
            if (/\s/.test(node.data[i])) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const c = range.getBoundingClientRect();
            const caret = caretAt((c.left + c.right) / 2, (c.top + c.bottom) / 2);
            chars += 1;
            if (caret && caret[0] === node && (caret[1] === i || caret[1] === i + 1)) hits += 1;
          }
        }
      }
      return { lines: lines.length, worstEdge, chars, hits };
    });
  }

  // What fit() found holds: every visible line there, its edges on the engine's, glyph centres on
  // their characters.
  function assertOnGlyphs(result) {
    assert.equal(result.missing, undefined, `every visible line is in the layer (${result.missing})`);
    assert.ok(result.worstEdge < 0.75, `line edges within 0.75 px of the engine's (${result.worstEdge})`);
    assert.ok(result.chars > 200, `enough characters measured (${result.chars})`);
    assert.ok(result.hits / result.chars >= 0.99, `${result.hits} of ${result.chars} glyph centres hit their character`);
  }

  for (const dpr of [1, 2, 3]) {
    for (const size of [12, 40]) {
      test(`at devicePixelRatio ${dpr} and ${size} px, lines sit on the engine's runs and glyph centres hit their characters`, async () => {
        const page = await openReading(LONG, { deviceScaleFactor: dpr }, 'wedding present');
        await page.evaluate((px) => window.folio.setFontSize(px), size);
        await page.waitForFunction((px) => window.folio.state().fontSizePx === px, size);
        await idle(page);
        await page.waitForFunction(() => document.querySelectorAll('.folio-line').length > 10);
        const result = await fit(page);
        assert.ok(result.lines > 5);
        assertOnGlyphs(result);
        await page.context().close();
      });
    }
  }

  // The faces come in slices (Latin, Greek, Cyrillic, other Latin letters…): an article in Greek,
  // Russian or Vietnamese draws from its script's slices, and the layer, given the same slices,
  // sits on the glyphs as over English.
  for (const script of ['el', 'ru', 'vi']) {
    test(`a ${script} article's lines sit on the engine's runs and glyph centres hit their characters`, async () => {
      const article = JSON.parse(readFileSync(new URL(`../fixtures/scripts/${script}.json`, import.meta.url), 'utf8'));
      const page = await openReading('');
      const state = await page.evaluate((a) => window.folio.load(a), article);
      assert.equal(state.missingGlyphs, 0, state.missingCharacters);
      await idle(page);
      await page.waitForFunction(() => document.querySelectorAll('.folio-line').length > 10);
      assertOnGlyphs(await fit(page));
      await page.context().close();
    });
  }

  test('a list of 3,000 items is built in parts: all of it in order, and the part scrolled to sits on the glyphs', async () => {
    const page = await openReading('');
    const items = Array.from({ length: 3000 }, (_, i) => `item number ${i}`);
    await page.evaluate((list) => window.folio.load({ title: 'A long list', body: [{ type: 'list', ordered: true, items: list }] }), items);
    await page.waitForFunction(() => window.folio._textLayer.stats?.complete, null, { timeout: 60000 });
    const built = await page.evaluate(() => ({
      parts: document.querySelectorAll('.folio-text ol .folio-part').length,
      items: [...document.querySelectorAll('.folio-text ol li')].map((li) => li.querySelector('.folio-line:not(.folio-marker)').textContent.trim()),
      longestChunk: window.folio._textLayer.stats.longestChunk,
    }));
    assert.ok(built.parts >= 5, `${built.parts} parts`);
    assert.deepEqual(built.items, items);
    assert.ok(built.longestChunk < 200, `the longest chunk of building took ${built.longestChunk} ms`);
    const y = await page.evaluate(() => {
      const li = document.querySelectorAll('.folio-text ol li')[2000];
      const scroller = document.querySelector('.folio-scroller');
      return li.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 100;
    });
    await page.evaluate((top) => { document.querySelector('.folio-scroller').scrollTop = top; }, y);
    await page.waitForFunction((top) => Math.abs(window.folio.state().scrollY - top) < 2, y);
    await idle(page);
    assertOnGlyphs(await fit(page));
    await page.context().close();
  });

  test('in a box with padding and a border the layer stays over the canvas, and its links are real', async () => {
    const page = await openReading('', {}, 'Onodera');
    await page.addStyleTag({ content: '#viewer { padding: 24px 40px; border: 9px solid #888; }' });
    await page.waitForFunction(() => document.querySelector('.folio-text .folio-line'));
    await idle(page);
    const place = await page.evaluate(() => {
      const canvas = document.querySelector('canvas').getBoundingClientRect();
      const scroller = document.querySelector('.folio-scroller').getBoundingClientRect();
      return { canvasLeft: canvas.left, scrollerLeft: scroller.left, canvasRight: canvas.right, scrollerRight: scroller.right };
    });
    assert.equal(place.scrollerLeft, place.canvasLeft);
    assert.equal(place.scrollerRight, place.canvasRight);
    const result = await fit(page);
    assert.ok(result.worstEdge < 0.75, `line edges within 0.75 px of the engine's (${result.worstEdge})`);
    await page.context().close();
  });
});

describe("the article in the page's flow (mount's height 'auto')", () => {
  test('the page scrolls the article; the canvas stays in the window and follows; the page goes on after it', async () => {
    const page = await openReading('flow-example.html', {}, 'wedding present');
    const first = await page.evaluate(() => ({
      stage: document.querySelector('.folio-stage').getBoundingClientRect().height,
      state: window.folio.state(),
    }));
    assert.ok(first.stage >= first.state.contentHeight, `the element takes the article's height (${first.stage})`);
    await page.mouse.move(500, 500);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => window.scrollY > 2000);
    await idle(page);
    const scrolled = await page.evaluate(() => ({
      pageY: window.scrollY,
      stageTop: document.querySelector('.folio-stage').getBoundingClientRect().top,
      canvasTop: document.querySelector('canvas').getBoundingClientRect().top,
      scrollY: window.folio.state().scrollY,
    }));
    assert.equal(scrolled.canvasTop, 0, 'the canvas stays at the top of the window');
    assert.ok(Math.abs(scrolled.scrollY + scrolled.stageTop) <= 1,
      `the canvas shows the part of the article the page has scrolled to (${scrolled.scrollY}, ${-scrolled.stageTop})`);
    // The toolbar, on the canvas, takes clicks over the layer passing under it.
    const { controls } = await page.evaluate(() => window.folio.state());
    const larger = controls.find((c) => c.id === 'larger');
    await page.mouse.click(larger.x + larger.width / 2, larger.y + larger.height / 2);
    await page.waitForFunction(() => window.folio.state().fontSizePx === 22);
    await idle(page);
    const after = await page.evaluate(() => ({
      stageTop: document.querySelector('.folio-stage').getBoundingClientRect().top, scrollY: window.folio.state().scrollY,
    }));
    assert.ok(Math.abs(after.scrollY + after.stageTop) <= 1, 'after a size change the page follows the canvas');
    // The layer's lines are in the window, under the toolbar, where the canvas draws them.
    const inWindow = await page.evaluate(() => [...document.querySelectorAll('.folio-line')]
      .filter((line) => { const r = line.getBoundingClientRect(); return r.top > 48 && r.bottom < innerHeight; }).length);
    assert.ok(inWindow > 10, `the layer's lines are in the window (${inWindow})`);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.getElementById('after').getBoundingClientRect().top < innerHeight);
    await idle(page);
    const end = await page.evaluate(() => window.folio.state());
    assert.equal(end.scrollY, end.contentHeight - end.viewportHeight, 'the canvas shows the end of the article');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test("a height other than 'auto' is refused in plain words", async () => {
    const page = await open(env, 'flow-example.html');
    await settled(page);
    const message = await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      return mount(document.createElement('div'), { height: 300 }).then(() => null, (e) => e.message);
    });
    assert.match(message, /height may only be 'auto'/);
    await page.context().close();
  });
});

describe('translation', () => {
  test('a translation rewriting the text shows it in the layer, readable over the canvas; a highlighter changes nothing', async () => {
    const page = await openReading('');
    try {
      await page.waitForFunction(() => window.folio._textLayer.stats?.complete);
      // A highlighter wraps a word in an element of its own: the text is as it was.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('.folio-text p'), NodeFilter.SHOW_TEXT);
        let node = walker.nextNode();
        while (node && node.data.length < 4) node = walker.nextNode();
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, 4);
        range.surroundContents(document.createElement('mark'));
      });
      await idle(page);
      assert.equal(await page.evaluate(() => window.folio._textLayer.translated), false);
      // A translator rewrites the text nodes in place (as Firefox's translation does).
      const translated = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('.folio-text p'), NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) walker.currentNode.data = walker.currentNode.data.replace(/[a-z]+/g, (word) => `${word}é`);
        return document.querySelector('.folio-text p').textContent;
      });
      await page.waitForFunction(() => window.folio._textLayer.translated);
      await idle(page);
      const look = await page.evaluate(() => {
        const line = document.querySelector('.folio-text p .folio-line');
        const scroller = document.querySelector('.folio-scroller');
        const box = scroller.getBoundingClientRect();
        return {
          color: getComputedStyle(line).color,
          position: getComputedStyle(line).position,
          text: document.querySelector('.folio-text p').textContent,
          box: { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.min(300, Math.round(box.height)) },
        };
      });
      assert.equal(look.text, translated, 'the layer keeps the translation');
      // A new layout of the same text (the box resized) keeps it too; its lines flow anew.
      const generation = await page.evaluate(() => window.folio._textLayer._generation);
      await page.setViewportSize({ width: 900, height: 700 });
      await page.waitForFunction((g) => window.folio._textLayer._generation !== g, generation);
      await idle(page);
      assert.equal(await page.evaluate(() => document.querySelector('.folio-text p').textContent), translated,
        'a resize keeps the translation');
      // Scrolled to its end, the toolbar's progress says so (the canvas's place follows the layer's).
      await page.evaluate(() => { const s = document.querySelector('.folio-scroller'); s.scrollTop = s.scrollHeight; });
      await page.waitForFunction(() => window.folio.state().progress.fraction > 0.99);
      assert.notEqual(look.color, 'rgba(0, 0, 0, 0)', 'its text is no longer transparent');
      assert.equal(look.position, 'static', 'its lines flow (a translation is not as long as the original)');
      // What shows is the layer's text: there is ink, none of it the canvas's (which draws the text as
      // written): with the layer hidden the article's area is blank, and the toolbar still there.
      const { ink } = await measure(page, look.box);
      assert.ok(ink > 0.01, `the translated text shows (ink ${ink})`);
      await page.evaluate(() => { document.querySelector('.folio-text').style.visibility = 'hidden'; });
      await idle(page);
      const canvasOnly = await measure(page, look.box);
      const toolbar = await measure(page, { x: look.box.x, y: 0, width: look.box.width, height: look.box.y });
      await page.evaluate(() => { document.querySelector('.folio-text').style.visibility = ''; });
      assert.ok(canvasOnly.ink < 0.001, `the canvas draws no article under it (ink ${canvasOnly.ink})`);
      assert.ok(toolbar.ink > 0.005, `the toolbar stays (ink ${toolbar.ink})`);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test("Chrome's translation (text wrapped in <font>, the document marked translated) shows the layer too", async () => {
    const page = await openReading('');
    try {
      await page.evaluate(() => {
        const font = document.createElement('font');
        font.textContent = 'Hagel réaffirme l’alliance';
        document.querySelector('.folio-text h1 .folio-line').replaceChildren(font);
      });
      await page.waitForFunction(() => window.folio._textLayer.translated);
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.folio-text h1 .folio-line')).color),
        'rgba(0, 0, 0, 0)');
    } finally {
      await page.context().close();
    }
    // The document's class alone says so as well; the pictures the canvas drew are then the layer's.
    const other = await openReading('?article=articles/kettleford-alder-brook.json');
    try {
      await other.evaluate(() => document.documentElement.classList.add('translated-ltr'));
      await other.waitForFunction(() => window.folio._textLayer.translated);
      await other.waitForFunction(() => {
        const image = document.querySelector('.folio-text .folio-picture img');
        return image?.complete && image.naturalWidth > 0;
      });
      const shown = await other.evaluate(() => {
        const image = document.querySelector('.folio-text .folio-picture img');
        image.scrollIntoView();
        const box = image.getBoundingClientRect();
        return { width: box.width, column: document.querySelector('.folio-text').getBoundingClientRect().width };
      });
      assert.ok(shown.width > 100 && shown.width <= shown.column, `the picture shows in the column (${JSON.stringify(shown)})`);
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context().close();
    }
  });
});
