// The viewer in a real browser: loading, drawing, errors, scrolling, font size, HiDPI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_TITLE, clickControl, idle, measure, open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

describe('the default article', () => {
  test('loads, draws its headline and logs no console errors', async () => {
    const page = await open(env);
    const state = await settled(page);
    assert.equal(state.error, null);
    assert.equal(state.ready, true);
    assert.equal(state.title, DEFAULT_TITLE);
    assert.equal(state.blocks, 9);
    assert.ok(state.contentHeight > state.viewportHeight, 'the sample is taller than one screen');
    assert.equal(await page.title(), `${DEFAULT_TITLE} · Folio`);
    await idle(page);
    // The headline sits in the upper part of the column: real glyphs there, not a blank canvas.
    const headline = await measure(page, { x: 100, y: 20, width: 800, height: 160 });
    assert.ok(headline.ink > 0.02, `headline region has ink (${headline.ink})`);
    const margin = await measure(page, { x: 0, y: 56, width: 60, height: 744 });
    assert.equal(margin.ink, 0, 'nothing is drawn in the left margin below the toolbar');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('is crisp at devicePixelRatio 2: the backing store has twice the CSS pixels', async () => {
    const page = await open(env, '', { deviceScaleFactor: 2 });
    const state = await settled(page);
    assert.equal(state.devicePixelRatio, 2);
    const size = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
    });
    assert.equal(size.width, size.cssWidth * 2);
    assert.equal(size.height, size.cssHeight * 2);
    await idle(page);
    const headline = await measure(page, { x: 100, y: 20, width: 800, height: 160 });
    assert.ok(headline.ink > 0.02, `headline region has ink (${headline.ink})`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('errors are shown in the viewer and reported', () => {
  const ERROR_RED = [0xb0, 0x1c, 0x1c];

  async function expectShown(page, pattern) {
    const state = await settled(page);
    assert.equal(state.ready, false);
    assert.equal(state.title, null);
    assert.match(state.error, pattern);
    await idle(page);
    const top = await measure(page, { x: 0, y: 0, width: 1000, height: 200 }, ERROR_RED);
    assert.ok(top.matching > 0.002, `the error headline is drawn (${top.matching})`);
    const detail = await measure(page, { x: 0, y: 110, width: 1000, height: 90 });
    assert.ok(detail.ink > 0.01, `the error detail is drawn (${detail.ink})`);
    return state;
  }

  // What the reader reads: the error page's text in the text layer, and what screen readers hear.
  const readerText = (page) => page.evaluate(() => ({
    page: document.querySelector('.folio-text').textContent,
    heard: document.querySelector('.folio-announcer[role=status]').textContent,
  }));

  test('a missing article (404): plain words for the reader, the detail for the page', async () => {
    const page = await open(env, '?article=articles/no-such-article.json');
    const state = await expectShown(page, /no-such-article\.json.*404/);
    assert.match(state.error, /Not Found/);
    await page.waitForFunction(() => document.querySelector('.folio-announcer[role=status]').textContent !== '');
    const shown = await readerText(page);
    assert.equal(shown.heard, 'This article was not found. It may have been moved or taken down.');
    assert.match(shown.page, /This article was not found/);
    assert.doesNotMatch(`${shown.page} ${shown.heard}`, /404|\.json|server/, 'no developer detail for the reader');
    await page.context().close();
  });

  test('a viewer whose code cannot be fetched says so in plain words, and the page hears what failed', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.route('**/folio-core.wasm', (route) => route.fulfill({ status: 503, body: 'busy' }));
    const page = await context.newPage();
    const logged = [];
    page.on('console', (message) => { if (message.type() === 'error') logged.push(message.text()); });
    await page.goto(env.base);
    await page.waitForSelector('.folio-fatal');
    assert.equal(await page.textContent('.folio-fatal'), 'The article viewer could not start. Reload the page to try again.');
    assert.ok(logged.some((text) => /code could not be loaded.*503/.test(text)), logged.join('\n'));
    await context.close();
  });

  test('a document that is not JSON', async () => {
    const page = await open(env, '?article=index.html');
    await expectShown(page, /index\.html is not a valid article: JSON syntax error at line 1, column 1/);
    await page.context().close();
  });

  test('a schema error names the JSON Pointer; load() rejects with the same message', async () => {
    const page = await open(env);
    await settled(page);
    const message = await page.evaluate(() =>
      window.folio.load({ title: 'Broken', body: ['fine', { type: 'heading', text: 5 }] }).then(() => null, (e) => e.message));
    assert.match(message, /\/body\/1\/text: expected a string or an array of runs/);
    const state = await expectShown(page, /\/body\/1\/text/);
    assert.equal(state.error, message);
    const shown = await readerText(page);
    assert.match(shown.page, /its file is damaged, or in a form this viewer does not read/);
    assert.doesNotMatch(shown.page, /\/body\//);
    // The error event carries both.
    const detail = await page.evaluate(() => new Promise((resolve) => {
      window.folio.addEventListener('error', (e) => resolve(e.detail), { once: true });
      window.folio.load({ title: 5 }).catch(() => {});
    }));
    assert.match(detail.message, /\/title/);
    assert.match(detail.readerMessage, /^This article cannot be shown/);
    await page.context().close();
  });

  test('a block of a type from a newer format is shown by its text or left out: no error, a notice for the page', async () => {
    const page = await open(env);
    await settled(page);
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    const loaded = await page.evaluate(async () => {
      const heard = new Promise((resolve) => window.folio.addEventListener('load', (e) => resolve(e.detail), { once: true }));
      const state = await window.folio.load({ title: 'Newer', body: ['Before the video.',
        { type: 'video', src: 'clip.mp4', poster: 'clip.jpg' },
        { type: 'callout', text: 'A callout this viewer does not know.' }, 'After it.'] });
      return { state, detail: await heard, copy: document.querySelector('.folio-print').textContent };
    });
    assert.equal(loaded.state.error, null);
    assert.equal(loaded.state.blocks, 3, 'the video is left out, the callout shown as a paragraph');
    assert.match(loaded.copy, /Before the video\.\s*A callout this viewer does not know\.\s*After it\./);
    assert.deepEqual(loaded.detail.notices, [
      '/body/1: unknown block type "video", left out (it has no text this viewer can show)',
      '/body/2: unknown block type "callout", shown as its text']);
    const shown = await settled(page);
    assert.equal(shown.ready, true);
    assert.equal(shown.notice, null, 'the reader is told nothing');
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^Folio: the article: \/body\/1: unknown block type "video"/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a good load after an error clears it', async () => {
    const page = await open(env, '?article=articles/no-such-article.json');
    await settled(page);
    const state = await page.evaluate(() => window.folio.load('articles/hagel-us-japan-alliance.json'));
    assert.equal(state.error, null);
    assert.equal(state.title, DEFAULT_TITLE);
    await page.context().close();
  });
});

describe('pictures', () => {
  test("an article's image is loaded relative to the article and drawn in its box", async () => {
    const page = await open(env, '?article=articles/millbrook-night-reading.json');
    await settled(page);
    await page.waitForFunction(() => window.folio.state().pictures === 1);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 1700);
    await idle(page);
    // The picture is a night scene: its dark blue-grey fills much of the box.
    const box = await measure(page, { x: 180, y: 480, width: 640, height: 300 }, [0x1f, 0x24, 0x30]);
    assert.ok(box.matching > 0.2, `the picture is drawn (${box.matching})`);
    const copy = await page.evaluate(() => document.querySelector('.folio-print img').src);
    assert.match(copy, /\/articles\/images\/millbrook-night-reading\.svg$/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('reading', () => {
  test('the wheel scrolls down a notch at a time, and not past the end', async () => {
    const page = await open(env);
    await settled(page);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 100);
    await page.waitForFunction(() => window.folio.state().scrollY > 0);
    const after = await page.evaluate(() => window.folio.state().scrollY);
    assert.ok(after >= 50 && after <= 150, `one notch scrolls about 100 px (${after})`);
    await page.mouse.wheel(0, 100000);
    await page.waitForFunction(() => {
      const s = window.folio.state();
      return s.scrollY === s.contentHeight - s.viewportHeight;
    });
    await page.context().close();
  });

  test('a reload opens the article where the reader was, and another article at its top', async () => {
    const page = await open(env, '?article=articles/long-read.json');
    await settled(page);
    await page.evaluate(() => window.folio._bridge.scrollToBlock(30, 0));
    await idle(page);
    const before = await page.evaluate(() => window.folio.state().position);
    assert.equal(before.block, 30);
    await page.reload();
    const after = await settled(page);
    assert.deepEqual(after.position, before, 'the same place after the reload');
    assert.ok(after.scrollY > after.viewportHeight);
    await page.evaluate(() => window.folio.load('articles/kettleford-alder-brook.json'));
    assert.equal((await page.evaluate(() => window.folio.state())).scrollY, 0);
    await page.context().close();
  });

  test('keys: arrows, End, Home, PageDown, Space', async () => {
    const page = await open(env);
    const { contentHeight, viewportHeight } = await settled(page);
    await page.click('.folio-scroller', { position: { x: 5, y: 5 } });  // the margin beside the text
    const scrollAfter = async (key) => {
      await page.keyboard.press(key);
      await idle(page);
      return page.evaluate(() => window.folio.state().scrollY);
    };
    const line = await scrollAfter('ArrowDown');
    assert.ok(line > 20 && line < 100, `ArrowDown scrolls a step (${line})`);
    assert.equal(await scrollAfter('ArrowUp'), 0);
    assert.equal(await scrollAfter('End'), contentHeight - viewportHeight);
    assert.equal(await scrollAfter('Home'), 0);
    const page1 = await scrollAfter('PageDown');
    assert.ok(page1 > Math.min(viewportHeight * 0.7, contentHeight - viewportHeight - 1), `PageDown scrolls about a screen (${page1})`);
    await scrollAfter('Home');
    assert.equal(await scrollAfter('Space'), page1, 'Space pages down like PageDown');
    assert.equal(await scrollAfter('Shift+Space'), 0, 'Shift+Space pages back up');
    await page.context().close();
  });

  test('a touch drag scrolls with the finger', async () => {
    const page = await open(env, '', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await settled(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y, id: 1 }],
    });
    await touch('touchStart', 600);
    for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
    await page.waitForTimeout(300);  // a pause before lifting: no fling
    await touch('touchEnd');
    await idle(page);
    const { scrollY, scrollTop } = await page.evaluate(() => ({
      scrollY: window.folio.state().scrollY, scrollTop: document.querySelector('.folio-scroller').scrollTop,
    }));
    // The browser's own scrolling: the finger's first few px (its touch slop) only start the drag.
    assert.ok(scrollY > 300 - 24 && scrollY <= 302, `the content followed the finger 300 px (${scrollY})`);
    assert.ok(Math.abs(scrollY - scrollTop) <= 1, `the canvas shows what the text layer does (${scrollY}, ${scrollTop})`);
    await page.context().close();
  });

  test('setFontSize reflows the text, and is clamped to the supported range', async () => {
    const page = await open(env);
    const before = await settled(page);
    assert.equal(before.fontSizePx, 20);
    await page.evaluate(() => window.folio.setFontSize(30));
    const larger = await page.evaluate(() => window.folio.state());
    assert.equal(larger.fontSizePx, 30);
    assert.ok(larger.contentHeight > before.contentHeight * 1.3, 'larger text is taller');
    await page.evaluate(() => window.folio.setFontSize(500));
    assert.equal(await page.evaluate(() => window.folio.state().fontSizePx), 40);
    await page.evaluate(() => window.folio.setFontSize(1));
    assert.equal(await page.evaluate(() => window.folio.state().fontSizePx), 12);
    await page.context().close();
  });

  test('a phone-width viewer uses the full width with margins', async () => {
    const page = await open(env, '', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await settled(page);
    await idle(page);
    const text = await measure(page, { x: 0, y: 0, width: 390, height: 844 });
    assert.ok(text.ink > 0.03, `text fills the phone screen (${text.ink})`);
    // Below the toolbar (whose lower edge is the reading progress bar, from the left edge).
    const edge = await measure(page, { x: 0, y: 50, width: 12, height: 794 });
    assert.equal(edge.ink, 0, 'a margin is kept at the left edge');
    await page.context().close();
  });

  test('nothing is drawn while idle', async () => {
    const page = await open(env);
    await settled(page);
    await idle(page);
    const before = await page.evaluate(() => window.folio.state().framesRendered);
    await page.waitForTimeout(1000);
    const after = await page.evaluate(() => window.folio.state().framesRendered);
    assert.equal(after, before);
    await page.context().close();
  });
});

/**
 * Opens `path` in a new context (after `settings`, when given, are stored as the reader's) and
 * waits until all 8 fonts have arrived and the viewer is idle. Returns when each font and the code
 * were requested (ms since navigation), the first frame that showed the article (its
 * state().lastFrameMs), the frames drawn then and by the end, and the console's errors and
 * Folio warnings.
 */
async function startUp(path, settings = null) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    const poll = () => {
      const state = window.folio?.state?.();
      if (state?.ready) window.firstFrame = { ms: state.lastFrameMs, frames: state.framesRendered };
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  // The reader's settings are in storage before the page runs (not set from another page of the
  // site first: its request for a favicon, answered 404, could be logged after the listener below).
  if (settings) {
    await context.addInitScript((value) => localStorage.setItem('folio.settings.v1', value), JSON.stringify(settings));
  }
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().startsWith('Folio:')) warnings.push(message.text());
  });
  await page.goto(env.base + path);
  // The faces the viewer draws with (its text's and its tools'), by file.
  await page.evaluate(async () => {
    const { FACE_FILES } = await import('./folio-fonts.js');
    window.wantedFiles = () => {
      const wanted = window.folio._bridge.facesWanted();
      return FACE_FILES.filter((_, face) => wanted & (1 << face));
    };
  });
  await page.waitForFunction(() => {
    if (window.firstFrame === undefined) return false;
    const fetched = performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0).map((e) => e.name.split('/').pop());
    return window.wantedFiles().every((file) => fetched.includes(file));
  });
  await idle(page);
  const timing = await page.evaluate(() => {
    // By whom: 'fetch' (the viewer), 'link' (the page's preloads), 'css' (the first paint's styles).
    const started = (pattern, initiator = null) => performance.getEntriesByType('resource')
      .filter((e) => pattern.test(e.name) && (initiator === null || e.initiatorType === initiator))
      .map((e) => ({ name: e.name.split('/').pop(), start: e.startTime }));
    return { wasm: started(/folio-core\.wasm$/)[0].start,
      fonts: started(/\/fonts\/Noto[^/]*\.ttf$/, 'fetch'), preloaded: started(/\/fonts\/Noto[^/]*\.ttf$/, 'link').map((f) => f.name),
      wanted: window.wantedFiles(), first: window.firstFrame, frames: window.folio.state().framesRendered };
  });
  await context.close();
  return { ...timing, warnings };
}

describe('start-up', () => {
  test('the code is fetched first, three faces before the first frame, the others its text needs after it', async () => {
    const timing = await startUp('?article=articles/millbrook-night-reading.json');
    const early = ['NotoSerif-Regular.latin.ttf', 'NotoSerif-Bold.latin.ttf', 'NotoSans-Regular.latin.ttf'];
    // Its text is set in italics too (a quote), but in no sans face other than the tools'.
    assert.deepEqual(timing.wanted.sort(), [...early, 'NotoSerif-Italic.latin.ttf'].sort());
    assert.deepEqual(timing.fonts.map((font) => font.name).sort(), timing.wanted, 'each face it needs is fetched once, no other');
    // Preloads start in any order: the set is what matters.
    assert.deepEqual(timing.preloaded.sort(), [...early].sort(), 'the page preloads the first screen\'s faces');
    for (const font of timing.fonts) {
      assert.ok(font.start >= timing.wasm, `${font.name} is requested after the code`);
      if (early.includes(font.name)) assert.ok(font.start < timing.first.ms, `${font.name} comes before the first frame`);
      else assert.ok(font.start > timing.first.ms, `${font.name} waits for the first frame`);
    }
    assert.ok(timing.frames > timing.first.frames, 'the article is drawn again with the later faces');
    assert.deepEqual(timing.warnings, [], 'every face was added');
  });

  test('a reader of the sans family gets the bold sans in the first frame', async () => {
    const timing = await startUp('', { version: 1, fontSizePx: 20, family: 'sans', lineSpacing: 'normal',
      columnWidth: 'medium', theme: 'auto' });
    const bold = timing.fonts.find((font) => font.name === 'NotoSans-Bold.latin.ttf');
    assert.ok(bold.start < timing.first.ms, 'the title\'s face is there for the first frame');
    for (const font of timing.fonts.filter((f) => /Italic/.test(f.name))) {
      assert.ok(font.start > timing.first.ms, `${font.name} waits for the first frame`);
    }
    assert.deepEqual(timing.warnings, []);
  });
});

describe('embedding', () => {
  test('mounted without an article, the viewer says there is nothing to read yet: not a blank box', async () => {
    const page = await open(env);
    await settled(page);
    const state = await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const element = document.createElement('div');
      element.style.cssText = 'position: fixed; left: 0; top: 0; width: 600px; height: 400px; z-index: 10';
      document.body.append(element);
      window.empty = await mount(element);
      const before = window.empty.state().framesRendered;
      while (window.empty.state().framesRendered === before || element.querySelector('canvas').style.visibility !== 'visible') {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { ...window.empty.state(), copy: element.querySelector('.folio-print').textContent };
    });
    assert.equal(state.error, null, 'not an error');
    assert.equal(state.title, null, 'not an article');
    assert.equal(state.copy, 'There is no article here yet.');
    await idle(page);
    const drawn = await measure(page, { x: 0, y: 60, width: 600, height: 200 });
    assert.ok(drawn.ink > 0.005, `the page is drawn, not a blank box (${drawn.ink})`);
    const state2 = await page.evaluate(() => window.empty.load('articles/long-read.json'));
    assert.notEqual(state2.title, null, 'and an article loaded later replaces it');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('destroy() leaves the element as it was and frees the listeners and the WebGL context', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    // Counts the listeners a viewer adds to the window and to media queries.
    await context.addInitScript(() => {
      window.listening = 0;
      for (const proto of [Window.prototype, MediaQueryList.prototype]) {
        const add = proto.addEventListener;
        const remove = proto.removeEventListener;
        proto.addEventListener = function (...args) { window.listening += 1; return add.apply(this, args); };
        proto.removeEventListener = function (...args) { window.listening -= 1; return remove.apply(this, args); };
      }
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(env.base);
    await settled(page);
    const result = await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const element = Object.assign(document.createElement('section'), { id: 'second' });
      element.innerHTML = '<p>The page\'s own text.</p>';
      element.style.cssText = 'position: static; width: 400px; height: 300px';
      document.body.append(element);
      const before = { listening: window.listening, html: element.innerHTML, style: element.getAttribute('style') };
      const viewer = await mount(element, { article: 'articles/long-read.json' });
      await viewer.loaded;
      viewer._openDialog('settings', null);  // a dialog made, too
      const canvas = viewer.canvas;
      const added = window.listening - before.listening;
      viewer.destroy();
      viewer.destroy();  // again: nothing
      let error = null;
      try { viewer.state(); } catch (e) { error = `${e.name}: ${e.message}`; }
      return {
        added, left: window.listening - before.listening,
        html: element.innerHTML === before.html ? true : element.innerHTML, style: element.getAttribute('style') === before.style ? true : [element.getAttribute('style'), before.style],
        classes: element.className, lost: canvas.getContext('webgl2').isContextLost(), error,
        first: window.folio.state().ready,
      };
    });
    assert.ok(result.added >= 3, `the viewer listened to the window and media queries (${result.added})`);
    assert.equal(result.left, 0, 'every listener it added is removed');
    assert.deepEqual([result.html, result.style], [true, true], 'the element holds what it held, styled as it was');
    assert.equal(result.classes, '');
    assert.equal(result.lost, true, 'its WebGL context is released');
    assert.match(result.error, /^FolioError: This viewer was destroyed/);
    assert.equal(result.first, true, 'the page\'s other viewer goes on');
    await page.waitForFunction(() => document.querySelectorAll('canvas').length === 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('mounting and destroying a viewer 50 times leaves memory, DOM nodes and listeners flat', async () => {
    const page = await open(env);
    await settled(page);
    const cdp = await page.context().newCDPSession(page);
    const browserCdp = await env.browser.newBrowserCDPSession();
    // The renderers' resident memory, KiB (wasm memories and WebGL buffers are outside the JS heap).
    const resident = async () => {
      const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
      let total = 0;
      for (const { type, id } of processInfo) {
        if (type !== 'renderer') continue;
        try { total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))[1]); } catch { /* gone */ }
      }
      return total;
    };
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners, resident: await resident() };
    };
    const cycles = (count) => page.evaluate(async (n) => {
      const { mount } = await import('./folio.js');
      for (let i = 0; i < n; i += 1) {
        const element = document.body.appendChild(document.createElement('div'));
        element.style.height = '300px';
        const viewer = await mount(element, { article: 'articles/hagel-us-japan-alliance.json' });
        await viewer.loaded;
        viewer.destroy();
        element.remove();
      }
    }, count);
    await cycles(5);  // what stays for good (the compiled code, fonts in the cache) is made now
    const before = await sample();
    await cycles(50);
    const after = await sample();
    const report = JSON.stringify({ before, after });
    assert.ok(after.listeners <= before.listeners, `listeners: ${report}`);
    assert.ok(after.nodes <= before.nodes + 20, `DOM nodes: ${report}`);
    assert.ok(after.heap - before.heap < 4 * 1024 * 1024, `JS heap: ${report}`);
    // A viewer kept takes about 20 MB here: 50 kept would be a gigabyte, not a few MB of noise.
    assert.ok(after.resident - before.resident < 48 * 1024, `resident memory (KiB): ${report}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('in a box with padding and a border the canvas is the content box: crisp, and clicks land', async () => {
    const page = await open(env, '', { deviceScaleFactor: 2 });
    await settled(page);
    await page.addStyleTag({ content: '#viewer { padding: 24px 40px; border: 9px solid #888; }' });
    // The canvas follows its new size; its drawing buffer is its CSS size in device pixels.
    await page.waitForFunction(() => {
      const canvas = document.querySelector('#viewer canvas');
      return canvas.width === Math.round(canvas.clientWidth * 2) && canvas.height === Math.round(canvas.clientHeight * 2);
    });
    const sizes = await page.evaluate(() => {
      const canvas = document.querySelector('#viewer canvas');
      const element = document.getElementById('viewer');
      return { css: [canvas.clientWidth, canvas.clientHeight], content: [element.clientWidth - 80, element.clientHeight - 48],
               buffer: [canvas.width, canvas.height] };
    });
    assert.deepEqual(sizes.css, sizes.content, 'the canvas fills the content box, not the padding or border');
    assert.deepEqual(sizes.buffer, sizes.css.map((x) => x * 2));
    await idle(page);
    const before = (await page.evaluate(() => window.folio.state())).fontSizePx;
    await clickControl(page, 'larger');  // at the control's place inside the padded, bordered canvas
    assert.ok((await page.evaluate(() => window.folio.state())).fontSizePx > before, 'A+ was hit');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the example page drives the viewer with its own buttons and hears its events', async () => {
    const page = await open(env, 'embed-example.html');
    await page.waitForFunction(() => /first article: Hagel/.test(document.getElementById('log').textContent));
    await page.click('#bookmark');
    await page.waitForFunction(() => /bookmark: \{"bookmarked":true/.test(document.getElementById('log').textContent));
    await page.selectOption('#pick', 'articles/millbrook-night-reading.json');
    await page.waitForFunction(() => /load: \{"title":"After dark/.test(document.getElementById('log').textContent));
    const box = await page.locator('#article').boundingBox();
    assert.ok(box.height >= 384, 'the viewer fills the box the page gave it');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('keyboard and screen readers', () => {
  test('Tab reaches real buttons for the tools, shown while focused; the article is readable as HTML', async () => {
    const page = await open(env);
    const before = await settled(page);
    const hidden = await page.locator('.folio-keyboard-bar').boundingBox();
    assert.ok(hidden.height <= 1, 'the bar takes no room until focused');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Larger text');
    const shown = await page.locator('.folio-keyboard-bar').boundingBox();
    assert.ok(shown.height > 20, 'the focused bar is visible');
    await page.keyboard.press('Enter');
    assert.equal((await page.evaluate(() => window.folio.state())).fontSizePx, before.fontSizePx + 2);
    for (const label of ['Smaller text', 'Reading settings', 'Bookmark']) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), label);
    }
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    assert.equal((await page.evaluate(() => window.folio.state())).bookmarked, true);
    // The canvas is hidden from assistive technology and never focused; the same article is there
    // as HTML, the text layer over it.
    assert.equal(await page.getAttribute('canvas', 'aria-hidden'), 'true');
    assert.equal(await page.getAttribute('canvas', 'tabindex'), null);
    assert.equal(await page.textContent('.folio-text h1'), DEFAULT_TITLE);
    await page.context().close();
  });
});
