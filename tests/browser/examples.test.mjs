// The example apps (examples/, built by tools/examples.sh): each one's production build, served as
// it is from its dist/, shows its article in Chromium, with the heading set from the viewer's 'load'
// event, the viewer's code and fonts fetched from dist/ and no console error, under the strict
// Content-Security-Policy the README gives (a violation is a console error). Under Vite's dev
// server each shows it too; there React's StrictMode mounts the component, destroys its viewer and
// mounts it again, which must leave exactly one viewer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectProblems, start } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = [
  { name: 'vite-react', title: 'The bridge that opens twice a day', text: 'Eleven minutes' },
  { name: 'vite-vue', title: 'A library of seeds opens in the old post office', text: 'Borrow, grow, return' },
];
const TIMEOUT = 30000;
const POLICY = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Opens `url` in a new page; `page.failed` lists the requests that failed or were answered >= 400.
async function openPage(env, url) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = collectProblems(await context.newPage());
  page.fetched = [];
  page.failed = [];
  page.on('response', (response) => {
    page.fetched.push(new URL(response.url()).pathname);
    if (response.status() >= 400) page.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => page.failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await page.goto(url);
  return page;
}

// Waits until the page's heading is `title` (set by the 'load' event) and the viewer's text layer
// holds `text` (the article itself, shown by the viewer), or something says it went wrong (an alert:
// the app's, or the viewer's when its files could not be fetched). Returns the ids of the page's
// canvases and the number of its viewers.
async function shown(page, { title, text }) {
  await page.waitForFunction(({ title, text }) => document.querySelector('[role=alert]')
    || (document.querySelector('h1')?.textContent === title
      && document.querySelector('.folio-text')?.textContent.includes(text)), { title, text }, { timeout: TIMEOUT });
  const seen = await page.evaluate(() => ({
    alert: document.querySelector('[role=alert]')?.textContent ?? null,
    heading: document.querySelector('h1')?.textContent,
    canvases: [...document.querySelectorAll('canvas')].map((canvas) => canvas.id),
    viewers: document.querySelectorAll('.folio-viewer').length,
  }));
  assert.deepEqual(page.failed, [], 'every request succeeded');
  assert.deepEqual(page.problems, [], 'no console error');
  assert.equal(seen.alert, null, 'nothing went wrong');
  assert.equal(seen.heading, title, "the heading is the article's title, from the load event");
  return { canvases: seen.canvases, viewers: seen.viewers };
}

for (const example of EXAMPLES) {
  const dir = join(root, 'examples', example.name);
  const dist = join(dir, 'dist');

  describe(`examples/${example.name}`, () => {
    let env;
    before(async () => {
      if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dir, 'node_modules/vite'))) {
        throw new Error(`examples/${example.name} is not built (no dist/index.html or node_modules): run tools/examples.sh first`);
      }
      env = await start({ root: dist, headers: { 'Content-Security-Policy': POLICY } });
    });
    after(async () => {
      await env?.close();
    });

    test('its build, served from dist/, shows the article and hears its load event', async () => {
      const page = await openPage(env, env.base);
      const { canvases, viewers } = await shown(page, example);
      assert.deepEqual([canvases.length, viewers], [1, 1], 'one viewer');
      assert.ok(page.fetched.some((path) => /^\/assets\/folio-core[^/]*\.wasm$/.test(path)),
        `the core comes from dist/assets/ (fetched: ${page.fetched.join(', ')})`);
      assert.ok(page.fetched.some((path) => path.startsWith('/folio/fonts/')), 'the fonts come from dist/folio/');
      await page.context().close();
    });

    test('under the dev server it shows the article too', async () => {
      // Vite's dev server as middleware in a server of our own, on a free port of 127.0.0.1
      // (Vite's own listen() takes port 0 for its default, 5173).
      const { createServer } = await import(pathToFileURL(join(dir, 'node_modules/vite/dist/node/index.js')).href);
      const http = createHttpServer();
      const vite = await createServer({
        root: dir, configFile: join(dir, 'vite.config.js'), logLevel: 'error', clearScreen: false, appType: 'spa',
        server: { middlewareMode: true, hmr: { server: http } },
      });
      http.on('request', vite.middlewares);
      try {
        await new Promise((listening) => http.listen(0, '127.0.0.1', listening));
        const page = await openPage(env, `http://127.0.0.1:${http.address().port}/`);
        const { canvases, viewers } = await shown(page, example);
        assert.equal(viewers, 1, 'one viewer');
        if (example.name === 'vite-react') {
          // StrictMode (development only) mounted FolioArticle twice: the first viewer's canvas
          // (folio-canvas-1) is gone, the second's is the page's only one.
          assert.deepEqual(canvases, ['folio-canvas-2'], 'mount, destroy, mount: one viewer, the second');
        } else {
          assert.deepEqual(canvases, ['folio-canvas-1'], 'one viewer');
        }
        await page.context().close();
      } finally {
        await vite.close();
        http.closeAllConnections();
        await new Promise((done) => http.close(done));
      }
    });
  });
}
