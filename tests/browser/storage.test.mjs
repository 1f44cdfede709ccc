// What the reader made, when storage misbehaves: a stored value with a NUL in it is kept aside whole,
// and a comment or draft that storage could not keep is never told as kept.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// A new page whose localStorage first holds `seed` ({ key: value }, once per context), and whose
// writes throw QuotaExceededError, as a full storage does, when `full`.
async function openWithStorage({ seed = {}, full = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(([entries, full]) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of entries) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
    if (full) {
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    }
  }, [Object.entries(seed), full]);
  const page = await context.newPage();
  await page.goto(env.base);
  return page;
}

// Sends a comment through the form and returns the form's status once it matches `expected`.
async function submitComment(page, name, text, expected) {
  await page.evaluate(() => window.folio.openCommentForm());
  await page.fill('.folio-comment-form [name=name]', name);
  await page.fill('.folio-comment-form [name=text]', text);
  await page.click('.folio-comment-form button[type=submit]');
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.folio-comment-status').textContent),
    expected.source);
  return page.textContent('.folio-comment-status');
}

describe('stored values', () => {
  test('a value holding a NUL is kept aside whole, not cut at the NUL', async () => {
    const damaged = '{"version":1,"fontSizePx":24}\u0000 and what came after the NUL';
    const page = await openWithStorage({ seed: { 'folio.settings.v1': damaged } });
    const s = await settled(page);
    assert.match(s.notice ?? '', /could not be read/);
    assert.equal(s.fontSizePx, 20, 'a value with a NUL is not JSON: the defaults are used');
    const kept = await page.evaluate(() => localStorage.getItem('folio.settings.v1.rejected'));
    assert.equal(kept, damaged);
    await page.context().close();
  });
});

describe('comments with a full storage', () => {
  test('a comment storage cannot keep is not told as kept, and the form keeps it', async () => {
    const page = await openWithStorage({ full: true });
    await settled(page);
    const status = await submitComment(page, 'Ana Lima', 'A comment a full storage cannot keep.', /could not be kept/);
    assert.match(status, /only while this page is open/);
    assert.doesNotMatch(status, /moderation|also if you reload|is kept/);
    assert.equal(await page.inputValue('.folio-comment-form [name=text]'), 'A comment a full storage cannot keep.');
    assert.equal((await page.evaluate(() => window.folio.state())).comments, 0);
    await page.context().close();
  });

  test('a comment that could not be sent is not promised to survive a reload that would lose it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await context.route('**/api/comments', (route) => route.fulfill({ status: 503, body: 'busy' }));
    const page = await context.newPage();
    await page.goto(env.base);
    await settled(page);
    await page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const element = document.getElementById('viewer');
      window.folio = await mount(element, { article: 'articles/hagel-us-japan-alliance.json', commentEndpoint: '/api/comments' });
      await window.folio.loaded;
    });
    await settled(page);
    const status = await submitComment(page, 'Kenji', 'Sent into a busy server.', /could not be sent/);
    assert.match(status, /only while this page is open/);
    assert.doesNotMatch(status, /also if you reload/);
    await context.close();
  });
});
