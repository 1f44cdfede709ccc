// Articles as publishers have them: load() of a WordPress REST API post's URL, of a JSON Feed and
// of a Ghost post object shows the article (its title, its paragraphs in the text layer); the HTML
// goes through the page's own parser and nothing in it runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { idle, open, settled, start } from './harness.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/import/${name}/input.json`, import.meta.url), 'utf8');
const WORDPRESS = fixture('wordpress-post');
const FEED = fixture('json-feed');
const GHOST = JSON.parse(fixture('ghost-post'));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Opens the viewer with the default article, answers `routes` ({ path: json }) on its own origin,
// and records the `load` events' notices and what the page's console and dialogs say.
async function openViewer(routes) {
  const page = await open(env, '');
  await settled(page);
  for (const [path, body] of Object.entries(routes)) {
    await page.route(env.base + path, (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  page.dialogs = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.evaluate(() => {
    window.loadNotices = [];
    window.folio.addEventListener('load', (e) => window.loadNotices.push(...e.detail.notices));
  });
  return page;
}

// Waits until the text layer holds `needle`.
function layerHolds(page, needle) {
  return page.waitForFunction((n) => document.querySelector('.folio-text')?.textContent.includes(n), needle,
    { timeout: 20000 });
}

test('load() of a WordPress post URL shows the post: its decoded title and its paragraphs', async () => {
  const page = await openViewer({ 'wp-json/wp/v2/posts/4817': WORDPRESS });
  const state = await page.evaluate(() => window.folio.load('wp-json/wp/v2/posts/4817'));
  assert.equal(state.error, null);
  assert.equal(state.title, 'Daylight for the Alder: a town\u2019s river, \u201cunburied\u201d & restored');
  await layerHolds(page, 'For sixty years the Alder ran under the car park behind the library.');
  await layerHolds(page, 'The culvert was built in 1961.');
  const layer = await page.evaluate(() => document.querySelector('.folio-text').textContent);
  assert.ok(!layer.includes('<p>') && !layer.includes('wp-block'), 'no markup in the text');
  assert.deepEqual(page.dialogs, []);
  // The post's pictures are on its own host, which this machine cannot reach.
  assert.deepEqual(page.problems.filter((p) => !p.includes('net::ERR_NAME_NOT_RESOLVED')), []);
  await page.context().close();
});

test('load() of a JSON Feed shows its first item and says so in the load event', async () => {
  const page = await openViewer({ 'feed.json': FEED });
  const state = await page.evaluate(() => window.folio.load('feed.json'));
  assert.equal(state.title, 'The weir comes down');
  await layerHolds(page, 'The weir at Mill Lane held the river back for two hundred years.');
  await layerHolds(page, 'Work ends in June.');
  const notices = await page.evaluate(() => window.loadNotices);
  assert.deepEqual(notices, ['/items: the feed has 3 items; the first, "The weir comes down", is shown']);
  await page.context().close();
});

test('load() of a Ghost post object shows it; HTML that would run script never does', async () => {
  const page = await openViewer({});
  const post = structuredClone(GHOST.posts[0]);
  post.html += '<p>Safe <script>alert(2)</script><a href="javascript:alert(3)">here</a>.</p>'
    + '<img src="x" onerror="alert(1)"><svg onload="alert(4)"></svg>';
  const state = await page.evaluate((p) => window.folio.load(p), post);
  assert.equal(state.title, 'Notes from the source');
  await layerHolds(page, 'We walked to where the Alder begins: a spring under a holly tree.');
  await layerHolds(page, 'Safe here.');
  const links = await page.evaluate(() => [...document.querySelectorAll('.folio-text a')].map((a) => a.href));
  assert.ok(links.every((href) => href.startsWith('http')), links.join(', '));
  // Nothing of the HTML that could run is in the page (no element with an event attribute, no
  // script of the post's), so no handler can fire later; none fired while the viewer settled.
  const runnable = await page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    scripts: [...document.querySelectorAll('script')].filter((e) => e.textContent.includes('alert')).length,
  }));
  assert.deepEqual(runnable, { handlers: 0, scripts: 0 });
  await idle(page);
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});
