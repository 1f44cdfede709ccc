// One reader, one set of settings: viewers on one page, and pages in other tabs, show what the
// reader last chose, and bookmarks saved in one appear in the others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TITLE, start, open, settled, idle, measure } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// Opens the demo page, then mounts a second viewer under its own, window.second, 400 px high,
// showing `article` (a URL or an object).
async function openWithSecond(article) {
  const page = await open(env, 'index.html');
  await settled(page);
  await page.evaluate(async (shown) => {
    const { mount } = await import('./folio.js');
    const element = document.body.appendChild(document.createElement('div'));
    element.style.height = '400px';
    window.second = await mount(element, { article: shown });
    await window.second.loaded;
  }, article);
  return page;
}

test('a settings change or a bookmark in one viewer reaches the other viewer on the page', async () => {
  const page = await openWithSecond('articles/hagel-us-japan-alliance.json');
  try {
    await page.evaluate(() => window.folio.applySettings({ fontSizePx: 26, theme: 'sepia' }));
    await page.waitForFunction(() => window.second.state().fontSizePx === 26 && window.second.state().settings.theme === 'sepia');
    await page.evaluate(() => window.second.applySettings({ family: 'sans' }));
    await page.waitForFunction(() => window.folio.state().settings.family === 'sans');
    assert.equal((await page.evaluate(() => window.folio.state())).fontSizePx, 26, 'the first viewer keeps its own change');
    await page.evaluate(() => window.folio.toggleBookmark());
    await page.waitForFunction(() => window.second.bookmarks().length === 1);
    assert.equal(await page.evaluate(() => window.second.state().bookmarked), true, 'the same article shows as saved');
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
  }
});

test('a settings change in one tab reaches the page open in another', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 700 } });
  try {
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.goto(env.base);
      await settled(page);
    }
    const before = await second.evaluate(() => window.folio.state());
    assert.equal(before.title, DEFAULT_TITLE);
    await first.evaluate(() => window.folio.applySettings({ fontSizePx: 24, lineSpacing: 'loose' }));
    await second.waitForFunction(() => window.folio.state().fontSizePx === 24 && window.folio.state().settings.lineSpacing === 'loose');
    await idle(second);
    // The other tab laid the article out again for it, and its text layer follows.
    const after = await second.evaluate(() => window.folio.state());
    assert.ok(after.contentHeight > before.contentHeight * 1.2, `${before.contentHeight} -> ${after.contentHeight}`);
    const layerHeight = await second.evaluate(() => document.querySelector('.folio-text').getBoundingClientRect().height);
    assert.ok(Math.abs(layerHeight - after.contentHeight) < 2, `the text layer is ${layerHeight} px, the article ${after.contentHeight}`);
  } finally {
    await context.close();
  }
});

test('viewers mounted and destroyed leave no storage listener behind', async () => {
  const page = await open(env, 'index.html');
  try {
    await settled(page);
    const counts = await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const added = { storage: 0 };
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.addEventListener = function (type, ...rest) { if (type === 'storage') added.storage += 1; return add.call(this, type, ...rest); };
      window.removeEventListener = function (type, ...rest) { if (type === 'storage') added.storage -= 1; return remove.call(this, type, ...rest); };
      window.folio.destroy();
      const before = added.storage;
      for (let i = 0; i < 3; i += 1) {
        const element = document.body.appendChild(document.createElement('div'));
        element.style.height = '300px';
        const viewer = await mount(element, {});
        viewer.destroy();
        element.remove();
      }
      return { before, after: added.storage };
    });
    assert.equal(counts.after, counts.before);
  } finally {
    await page.context().close();
  }
});

test('viewers on one page download and compile the core once', async () => {
  const page = await open(env, 'index.html');
  try {
    await settled(page);
    const loaded = await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      for (let i = 0; i < 2; i += 1) {
        const element = document.body.appendChild(document.createElement('div'));
        element.style.height = '300px';
        const viewer = await mount(element, { article: 'articles/hagel-us-japan-alliance.json' });
        await viewer.loaded;
      }
      return performance.getEntriesByType('resource').filter((entry) => /folio-core\.wasm$/.test(entry.name)).length;
    });
    assert.equal(loaded, 1, 'three viewers, one download of the core');
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
  }
});

test('viewers on one page share one module instance, each drawing its own article, and one destroyed leaves the other working', async () => {
  const page = await openWithSecond(
    { title: 'The second viewer', body: [{ type: 'paragraph', text: ['Its own article, drawn in its own canvas.'] }] });
  try {
    const made = await page.evaluate(() => {
      return {
        shared: window.folio._bridge.module === window.second._bridge.module,
        ids: [window.folio._bridge.id, window.second._bridge.id],
        titles: [window.folio.state().title, window.second.state().title],
      };
    });
    assert.equal(made.shared, true, 'one instance: one memory, one set of exports');
    assert.notEqual(made.ids[0], made.ids[1]);
    assert.deepEqual(made.titles, [DEFAULT_TITLE, 'The second viewer']);
    // Each is laid out apart, and each canvas draws (their WebGL contexts are their own).
    const heights = await page.evaluate(() => [window.folio.state().contentHeight, window.second.state().contentHeight]);
    assert.ok(heights[0] > heights[1] * 2, `the articles are laid out apart (${heights})`);
    for (const name of ['folio', 'second']) {
      const box = await page.evaluate(async (viewer) => {
        const canvas = window[viewer].element.querySelector('canvas');
        canvas.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const r = canvas.getBoundingClientRect();
        return { x: Math.round(r.x), y: Math.round(r.y) + 60, width: Math.round(r.width), height: 200 };
      }, name);
      await idle(page);
      const { ink } = await measure(page, box);
      assert.ok(ink > 0.005, `the ${name} viewer's canvas shows its text (ink ${ink})`);
    }
    // Scrolling one moves only that one.
    await page.evaluate(() => window.folio._bridge.scrollToBlock(3, 0));
    await page.waitForFunction(() => window.folio.state().scrollY > 0);
    assert.equal(await page.evaluate(() => window.second.state().scrollY), 0);
    // The second goes; the first still draws what it is asked to.
    const frames = await page.evaluate(() => { window.second.destroy(); return window.folio.state().framesRendered; });
    await page.evaluate(() => window.folio.setFontSize(26));
    await page.waitForFunction((n) => window.folio.state().framesRendered > n && window.folio.state().fontSizePx === 26, frames);
    await idle(page);
    assert.equal(await page.evaluate(() => window.folio.element.querySelector('.folio-text h1')?.textContent), DEFAULT_TITLE);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
  }
});
