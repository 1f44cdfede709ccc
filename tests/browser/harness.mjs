// Shared set-up for the browser tests: the built site served on 127.0.0.1 and Debian's Chromium
// (WebGL2 on SwiftShader) driven by playwright-core.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SITE = join(root, 'build/web/site');
export const DEFAULT_TITLE = 'Hagel reiterates US-Japan alliance';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

/**
 * Serves the site (or the folder `root`; with `headers` on every response) and launches Chromium
 * (with a fresh temporary profile), with `args` added to its command line. Call `close()` when done.
 */
export async function start({ args = [], headers = {}, root: served = SITE } = {}) {
  const server = await serve(served, 0, { headers });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...args],
  });
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Collects `page`'s console errors and uncaught exceptions in `page.problems`, from now on. */
export function collectProblems(page) {
  page.problems = [];
  page.on('console', (message) => { if (message.type() === 'error') page.problems.push(message.text()); });
  page.on('pageerror', (error) => page.problems.push(String(error)));
  return page;
}

/**
 * Opens `path` in a new page and collects its console errors and uncaught exceptions in
 * `page.problems`. Options are Playwright context options (viewport, deviceScaleFactor, hasTouch).
 */
export async function open(env, path = '', options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = collectProblems(await context.newPage());
  await page.goto(env.base + path);
  return page;
}

/** Waits until the viewer shows an article (ready) or an error, and returns its state. */
export async function settled(page) {
  await page.waitForFunction(() => window.folio && (window.folio.state().ready || window.folio.state().error),
    null, { timeout: 20000 });
  return page.evaluate(() => window.folio.state());
}

/** Waits until the viewer has drawn everything pending (no frame for 300 ms). */
export async function idle(page) {
  let last = -1;
  for (let i = 0; i < 100; i += 1) {
    const frames = await page.evaluate(() => window.folio.state().framesRendered);
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(300);
  }
  throw new Error('the viewer never went idle');
}

/**
 * Screenshots `clip` (CSS px) and measures it in the page: `ink` is the fraction of pixels darker
 * than mid-grey, `matching` the fraction within 40 (per channel) of `rgb` when given, `colorful`
 * the fraction whose channels differ by more than 100 (not grey: a colour picture's), `rows` the
 * number of dark pixels in each row of the screenshot, top to bottom.
 */
export async function measure(page, clip, rgb = null) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async ({ b64, rgb }) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let matching = 0;
    let colorful = 0;
    const rows = new Array(bitmap.height).fill(0);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] * 0.3 + data[i + 1] * 0.59 + data[i + 2] * 0.11 < 128) {
        ink += 1;
        rows[Math.floor(i / 4 / bitmap.width)] += 1;
      }
      if (rgb && Math.abs(data[i] - rgb[0]) < 40 && Math.abs(data[i + 1] - rgb[1]) < 40
          && Math.abs(data[i + 2] - rgb[2]) < 40) matching += 1;
      const channels = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(...channels) - Math.min(...channels) > 100) colorful += 1;
    }
    const pixels = data.length / 4;
    return {
      ink: ink / pixels, matching: matching / pixels, colorful: colorful / pixels, rows, width: bitmap.width, height: bitmap.height,
    };
  }, { b64: png.toString('base64'), rgb });
}

/** Clicks the viewer's control `id` (see state().controls), then waits until it has drawn. */
export async function clickControl(page, id) {
  const controls = await page.evaluate(() => window.folio.state().controls);
  const control = controls.find((c) => c.id === id);
  if (!control) throw new Error(`no control "${id}" on screen (${controls.map((c) => c.id).join(', ')})`);
  const box = await page.locator('canvas').boundingBox();
  await page.mouse.click(box.x + control.x + control.width / 2, box.y + control.y + control.height / 2);
  await idle(page);
}

/**
 * Starts intercepting `page`'s file choosers now, well before one is opened (Playwright turns the
 * interception on without waiting for it, so a chooser opened right after it is asked for may be
 * missed). Returns `next()`: a Promise of the next chooser opened after the call.
 */
export function watchFileChoosers(page) {
  const waiting = [];
  const opened = [];
  page.on('filechooser', (chooser) => {
    const resolve = waiting.shift();
    if (resolve) resolve(chooser);
    else opened.push(chooser);
  });
  return {
    next: () => (opened.length ? Promise.resolve(opened.shift()) : new Promise((resolve) => waiting.push(resolve))),
  };
}
