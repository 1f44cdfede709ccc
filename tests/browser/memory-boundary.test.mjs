// What crosses into the viewer's memory is checked: an article over the parser's input limit is
// refused before it is copied, and a failed allocation is an error, never a write at address 0.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('an article over the parser\'s input limit is refused with a plain error before it is copied', async () => {
  const page = await open(env);
  await settled(page);
  const limit = await page.evaluate(() => window.folio._bridge.maxArticleBytes());
  assert.ok(limit >= 1 << 20, `the limit is the core's (${limit} bytes)`);
  const big = Buffer.alloc(limit + 1, 0x20);
  await page.route('**/big.json', (route) => route.fulfill({ contentType: 'application/json', body: big }));
  const message = await page.evaluate(() => window.folio.load('big.json').then(() => 'loaded', (e) => e.message));
  assert.match(message, new RegExp(`big\\.json: it is larger than the ${Math.round(limit / 1048576)} MB an article may have\\.`));
  assert.equal((await page.evaluate(() => window.folio.state())).error, message);
  await page.context().close();
});

test('a failed allocation gives a clear error and memory at address 0 is left alone', async () => {
  const page = await open(env);
  await settled(page);
  const result = await page.evaluate(async () => {
    const core = window.folio._bridge.module;
    const low = core.HEAPU8.slice(0, 64);
    const malloc = core._malloc;
    core._malloc = (size) => (size > 1000 ? 0 : malloc(size));  // the article's copy fails
    let message = 'loaded';
    try {
      await window.folio.load({ title: 'T', body: [{ type: 'paragraph', text: ['x'.repeat(5000)] }] });
    } catch (e) {
      message = e.message;
    }
    core._malloc = malloc;
    return { message, error: window.folio.state().error, untouched: core.HEAPU8.slice(0, 64).every((b, i) => b === low[i]) };
  });
  assert.match(result.message, /ran out of memory/);
  assert.equal(result.error, result.message);
  assert.equal(result.untouched, true);
  await page.context().close();
});
