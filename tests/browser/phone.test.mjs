// The viewer on a phone: a touch screen 280 to 390 px wide. Every control fits and is a finger's
// target, every panel has a Close, and a tap beside an open panel closes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, settled, idle } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { height: 640, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

async function phone(width) {
  const page = await open(env, 'index.html', { ...PHONE, viewport: { width, height: PHONE.height } });
  await settled(page);
  await idle(page);
  return page;
}

const controls = (page) => page.evaluate(() => window.folio.state().controls);
const panels = (page) => page.evaluate(() => {
  const s = window.folio.state();
  return { settings: s.settingsOpen, share: s.shareSheetOpen, bookmarks: s.bookmarksOpen };
});

async function tap(page, id) {
  const control = (await controls(page)).find((c) => c.id === id);
  assert.ok(control, `no control ${id}`);
  await page.touchscreen.tap(control.x + control.width / 2, control.y + control.height / 2);
  await idle(page);
}

for (const width of [280, 320, 390]) {
  test(`at ${width} px every toolbar button fits and is at least 44 px tall, the article starts under the toolbar`, async () => {
    const page = await phone(width);
    try {
      const bar = await controls(page);
      assert.ok(bar.some((c) => c.id === 'settings') && bar.some((c) => c.id === 'share'), JSON.stringify(bar));
      for (const c of bar) {
        assert.ok(c.x >= 0 && c.x + c.width <= width, `${c.id} is cut off: ${JSON.stringify(c)}`);
        assert.ok(c.height >= 44 && c.width >= 44, `${c.id} is too small for a finger: ${JSON.stringify(c)}`);
      }
      // The text layer lies under the taller toolbar, as the canvas draws the article.
      const top = await page.evaluate(() => document.querySelector('.folio-scroller').getBoundingClientRect().top);
      const bottom = Math.max(...bar.map((c) => c.y + c.height));
      assert.ok(top >= bottom, `the text layer starts at ${top}, above the toolbar's buttons (${bottom})`);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
    }
  });
}

test('at 280 px Bookmarks and Print are reached from the Aa panel', async () => {
  const page = await phone(280);
  try {
    assert.ok(!(await controls(page)).some((c) => c.id === 'bookmarks'));
    await tap(page, 'settings');
    const inPanel = await controls(page);
    for (const id of ['panel-bookmarks', 'panel-print', 'close-panel']) {
      const c = inPanel.find((x) => x.id === id);
      assert.ok(c && c.x >= 0 && c.x + c.width <= 280 && c.height >= 44, `${id}: ${JSON.stringify(c)}`);
    }
    await tap(page, 'panel-bookmarks');
    assert.deepEqual(await panels(page), { settings: false, share: false, bookmarks: true });
  } finally {
    await page.context().close();
  }
});

test('a tap beside an open panel closes it, and so does its Close button', async () => {
  const page = await phone(390);
  try {
    for (const [button, panel] of [['share', 'share'], ['bookmarks', 'bookmarks']]) {
      await tap(page, button);
      assert.equal((await panels(page))[panel], true, `${button} opens its panel`);
      await page.touchscreen.tap(195, 620);  // the article, under the panel
      await idle(page);
      assert.equal((await panels(page))[panel], false, `a tap beside the ${panel} panel closes it`);
      await tap(page, button);
      await tap(page, 'close-panel');
      assert.equal((await panels(page))[panel], false, `the ${panel} panel's Close closes it`);
    }
    await tap(page, 'settings');
    await tap(page, 'close-panel');
    assert.equal((await panels(page)).settings, false);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
  }
});
