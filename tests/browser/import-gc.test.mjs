// Import of bookmarks survives a garbage collection between the reader's click and the file
// chooser (Chromium started with --expose-gc, so that the test can force one).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, start } from './harness.mjs';

let env;
before(async () => { env = await start({ args: ['--js-flags=--expose-gc'] }); });
after(async () => { await env?.close(); });

// Clicks the canvas control `id` (as the reader would) without waiting for anything after it.
async function press(page, id) {
  const control = (await page.evaluate(() => window.folio.state().controls)).find((c) => c.id === id);
  assert.ok(control, `no control "${id}" on screen`);
  const box = await page.locator('canvas').boundingBox();
  await page.mouse.click(box.x + control.x + control.width / 2, box.y + control.y + control.height / 2);
}

for (const from of ['the canvas panel', 'the keyboard bar']) {
  test(`Import from ${from} opens the chooser and merges the file after a forced GC`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    // A full collection as soon as the page's code has opened a file chooser, before the browser
    // has shown it.
    await context.addInitScript(() => {
      const click = HTMLInputElement.prototype.click;
      HTMLInputElement.prototype.click = function () {
        click.call(this);
        if (this.type === 'file') setTimeout(() => { for (let i = 0; i < 3; i += 1) gc(); }, 0);
      };
    });
    const page = await context.newPage();
    await page.goto(env.base);
    await settled(page);
    const before = (await page.evaluate(() => window.folio.state())).bookmarks;
    const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
    if (from === 'the canvas panel') {
      await press(page, 'bookmarks');
      await page.waitForFunction(() => window.folio.state().controls.some((c) => c.id === 'bookmarks-import'));
      await press(page, 'bookmarks-import');
    } else {
      await page.evaluate(() => window.folio._openDialog('bookmarks', null));
      await page.click('button[data-action=import]');
    }
    await page.evaluate(() => { for (let i = 0; i < 5; i += 1) gc(); });
    const file = JSON.stringify({ version: 1, bookmarks: [{ id: 'https://example.com/gc', title: 'Kept through GC',
      url: 'https://example.com/gc', savedAt: '2024-01-02T03:04:05Z' }] });
    await (await chooser).setFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction((n) => window.folio.state().bookmarks === n + 1, before, { timeout: 10000 });
    await context.close();
  });
}
