// One reader, one set of settings: viewers on one page, and pages in other tabs, show what the
// reader last chose, and bookmarks saved in one appear in the others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TITLE, start, open, settled, idle } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('a settings change or a bookmark in one viewer reaches the other viewer on the page', async () => {
  const page = await open(env, 'index.html');
  try {
    await settled(page);
    await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const element = document.body.appendChild(document.createElement('div'));
      element.style.height = '400px';
      window.second = await mount(element, { article: 'articles/hagel-us-japan-alliance.json' });
      await window.second.loaded;
    });
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
