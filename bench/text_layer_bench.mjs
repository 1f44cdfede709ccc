// The text layer over the canvas (web/text-layer.js) in Chromium, on synthetic articles of 2,850,
// 28,500 and 285,000 words: what building it costs after a load and after a font-size change (the
// lines in view, the whole article, its background chunks), the DOM nodes and memory it holds, and
// whether the canvas keeps pace with a scripted scroll. A program, not a test:
//   tools/build.sh web && node bench/text_layer_bench.mjs
// Given built sites (copies of build/web/site, say before and after a change), it measures each of
// them, one after the other for each article, and prints their rows side by side:
//   node bench/text_layer_bench.mjs /tmp/site-before build/web/site
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, median, serveBoth, table } from './bench_support.mjs';
import { syntheticArticle } from './synthetic_article.mjs';

const SITES = process.argv.length > 2 ? process.argv.slice(2) : [fileURLToPath(new URL('../build/web/site', import.meta.url))];
const label = (words, site) => words.toLocaleString('en-US') + (SITES.length > 1 ? ` (${site})` : '');
const SIZES = [2850, 28500, 285000];
const FONT_REPS = 7;       // font-size changes per article
const SCROLL_MS = 5000;    // the scripted scroll
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

// In the page: resolves with the layer's stats once it has built the whole layout `generation`
// (or any newer one, when `generation` is null).
const LAYER_COMPLETE = `(() => new Promise((resolve) => {
  const layer = window.folio._textLayer;
  const poll = () => (layer.stats?.complete ? resolve({ ...layer.stats }) : setTimeout(poll, 20));
  poll();
}))()`;

// In the page: a font-size change to `px`; resolves with the time to the drawn frame, whether the
// lines in view were in the layer when the browser painted that frame, and the whole build.
const FONT_CHANGE = (px) => `(() => new Promise((resolve) => {
  const layer = window.folio._textLayer;
  const t0 = performance.now();
  window.folio.setFontSize(${px});
  const frameDrawn = () => window.folio.state().lastFrameMs > t0;
  const check = () => {
    if (!frameDrawn()) { requestAnimationFrame(check); return; }
    const frame = window.folio.state().lastFrameMs - t0;
    // After the frame's own callbacks and microtasks: what the browser paints in it.
    const view = document.querySelector('.folio-scroller').getBoundingClientRect();
    const inView = [...document.querySelectorAll('.folio-line')].filter((line) => {
      const r = line.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    }).length;
    const visibleBuilt = layer.stats.visible !== null && layer.stats.started >= t0;
    const finish = () => (layer.stats.complete ? resolve({ frame, inView, visibleBuilt,
      visible: layer.stats.visible - t0, complete: layer.stats.complete - t0, chunks: layer.stats.chunks,
      longestChunk: layer.stats.longestChunk }) : setTimeout(finish, 20));
    finish();
  };
  requestAnimationFrame(check);
}))()`;

// In the page: scrolls the layer by 40 px each animation frame for SCROLL_MS (down, then back up at
// the end) and counts the frames after which the canvas showed another place than the layer.
const SCRIPTED_SCROLL = `(() => new Promise((resolve) => {
  const scroller = document.querySelector('.folio-scroller');
  const start = performance.now();
  let frames = 0; let lagged = 0; let step = 40;
  const tick = () => {
    const shown = window.folio.state().scrollY;
    if (frames > 0 && Math.abs(shown - scroller.scrollTop) > 1) lagged += 1;
    frames += 1;
    if (performance.now() - start > ${SCROLL_MS}) { resolve({ frames, lagged }); return; }
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) step = -40;
    scroller.scrollTop += step;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}))()`;

const dir = mkdtempSync(join(tmpdir(), 'folio-text-layer-bench-'));
const servers = await Promise.all(SITES.map((site) => serveBoth(site, dir)));
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const buildRows = [];
const sizeRows = [];
const scrollRows = [];
try {
  for (const words of SIZES) for (const [which, server] of servers.entries()) {
    if (which === 0) writeFileSync(join(dir, `article-${words}.json`), JSON.stringify(syntheticArticle(words)));
    const base = `http://127.0.0.1:${server.address().port}/`;
    const row = label(words, SITES[which]);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${base}?article=bench/article-${words}.json`);
    await page.waitForFunction(() => window.folio?.state().ready, null, { timeout: 120000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));  // the later fonts
    const loaded = await page.evaluate(LAYER_COMPLETE);
    const changes = [];
    for (let i = 0; i < FONT_REPS; i += 1) changes.push(await page.evaluate(FONT_CHANGE(i % 2 ? 20 : 22)));
    const dom = await page.evaluate(() => ({
      elements: document.querySelectorAll('.folio-text *').length,
      lines: document.querySelectorAll('.folio-text .folio-line').length,
    }));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const framesBefore = await page.evaluate(() => window.folio.state().framesRendered);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2000)));
    const idleFrames = (await page.evaluate(() => window.folio.state().framesRendered)) - framesBefore;
    const scroll = await page.evaluate(SCRIPTED_SCROLL);
    const med = (key) => median(changes.map((c) => c[key]));
    buildRows.push([row, ms(loaded.complete - loaded.started), ms(med('frame')),
      changes.every((c) => c.visibleBuilt && c.inView > 0) ? 'yes' : 'NO', ms(med('complete')), String(med('chunks')),
      ms(Math.max(...changes.map((c) => c.longestChunk)))]);
    sizeRows.push([row, String(dom.lines), String(dom.elements), String(metrics.Nodes),
      `${(metrics.JSHeapUsedSize / 1048576).toFixed(1)} MB`]);
    scrollRows.push([row, String(scroll.frames), String(scroll.lagged), String(idleFrames)]);
    await page.close();
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
}
table('Building the text layer (medians of 7 font-size changes; ms)',
  ['words', 'load: whole layer', 'size change: drawn frame', 'lines in view in that frame', 'size change: whole layer',
   'chunks', 'longest chunk'], buildRows,
  ['"whole layer": from the new layout to the last group built in background chunks.']);
table('What the layer holds', ['words', 'line boxes', 'elements in the layer', 'DOM nodes in the page', 'JS heap'], sizeRows);
table(`A scripted ${SCROLL_MS / 1000} s scroll (40 px per frame) and 2 s of idle`,
  ['words', 'frames', 'frames where the canvas lagged the layer', 'frames drawn while idle'], scrollRows);
