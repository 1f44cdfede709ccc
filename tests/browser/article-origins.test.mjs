// Articles are loaded only from the page's own origin or from origins the page allows: a
// cross-origin ?article= (even one that allows CORS) and a data: URL are refused with a plain error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { settled, start } from './harness.mjs';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from './harness.mjs';

const REAL = JSON.parse(readFileSync(join(SITE, 'articles/hagel-us-japan-alliance.json'), 'utf8'));
// Claims to be the real article (its title and url, what its bookmark and comment draft were keyed on).
const FAKE = { title: REAL.title, url: REAL.url,
  body: [{ type: 'paragraph', text: ['Log in here.'] }] };
let env;
let other;  // another origin (another port) that serves FAKE to anyone, as a CORS-open host would
let requests = 0;
before(async () => {
  // Pages made by page.route() count as outside this machine, and Chromium then keeps them from
  // fetching 127.0.0.1 (local network access): not what is tested here.
  env = await start({ args: ['--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks'] });
  other = createServer((request, response) => {
    requests += 1;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(JSON.stringify(FAKE));
  });
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
});
after(async () => {
  await env?.close();
  await new Promise((done) => other.close(done));
});
const otherUrl = () => `http://127.0.0.1:${other.address().port}/fake.json`;

async function openPage(path, route = null) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  if (route) await page.route(env.base + route.path, (r) => r.fulfill({ contentType: 'text/html', body: route.html }));
  const errors = [];
  await page.exposeFunction('recordError', (message) => errors.push(message));
  await page.goto(env.base + path);
  return { page, context, errors };
}

test('a cross-origin ?article= is refused, and nothing is fetched from there', async () => {
  const before = requests;
  const { page, context } = await openPage(`?article=${encodeURIComponent(otherUrl())}`);
  const s = await settled(page);
  assert.equal(s.ready, false);
  assert.match(s.error, /not loaded: it is on http:\/\/127\.0\.0\.1:\d+, and this page shows articles only from its own site/);
  assert.notEqual(s.title, FAKE.title);
  assert.equal(requests, before);
  await context.close();
});

test('a data: URL in ?article= is refused', async () => {
  const data = `data:application/json,${encodeURIComponent(JSON.stringify(FAKE))}`;
  const { page, context } = await openPage(`?article=${encodeURIComponent(data)}`);
  const s = await settled(page);
  assert.match(s.error, /only from http or https addresses, not from data: addresses/);
  assert.notEqual(s.title, FAKE.title);
  await context.close();
});

test('load() of another origin fires the error event; with articleOrigins it loads', async () => {
  const html = (origins) => `<!doctype html><div id="v" style="width:800px;height:600px"></div><script type="module">
    import { mount } from './folio.js';
    window.folio = await mount(document.getElementById('v'), { articleOrigins: ${JSON.stringify(origins)} });
    window.folio.addEventListener('error', (e) => window.recordError(e.detail.message));
  </script>`;
  const refused = await openPage('refusing.html', { path: 'refusing.html', html: html([]) });
  await refused.page.waitForFunction(() => window.folio);
  const message = await refused.page.evaluate((url) => window.folio.load(url).then(() => 'loaded', (e) => e.message), otherUrl());
  assert.match(message, /not loaded: it is on/);
  await refused.page.waitForFunction(() => window.folio.state().error);
  assert.deepEqual(refused.errors, [message]);
  await refused.context.close();

  const origin = new URL(otherUrl()).origin;
  const allowed = await openPage('allowing.html', { path: 'allowing.html', html: html([origin]) });
  await allowed.page.waitForFunction(() => window.folio);
  await allowed.page.evaluate(() => window.folio.load('articles/hagel-us-japan-alliance.json'));
  assert.equal(await allowed.page.evaluate(() => window.folio.toggleBookmark()), true);
  const title = await allowed.page.evaluate((url) => window.folio.load(url).then((s) => s.title), otherUrl());
  assert.equal(title, FAKE.title);
  const shown = await allowed.page.evaluate(() => window.folio.state());
  assert.equal(shown.error, null);
  assert.equal(shown.bookmarked, false, 'the fake does not share the real article\'s bookmark');
  assert.equal(await allowed.page.evaluate(() => window.folio.toggleBookmark()), true);
  assert.deepEqual((await allowed.page.evaluate(() => window.folio.bookmarks())).map((b) => b.id).sort(),
    [`${new URL('articles/hagel-us-japan-alliance.json', allowed.page.url()).href}`, otherUrl()].sort());
  await allowed.context.close();
});
