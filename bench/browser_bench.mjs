// Folio in a real browser, side by side with plain HTML: prints figures (it is not a test and
// passes or fails nothing). See bench/README.md for what each figure means.
//
//   tools/build.sh web
//   node bench/browser_bench.mjs
//
// Serves build/web/site and a temporary folder of generated articles from one 127.0.0.1 origin,
// drives Debian's Chromium (WebGL2 on SwiftShader, as in tests/browser/harness.mjs) with
// playwright-core, and removes the folder when done. Environment: CHROMIUM (browser binary).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, median, serveBoth, table } from './bench_support.mjs';
import { articleHtml, countWords, syntheticArticle, withTablesAndCode } from './synthetic_article.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(ROOT, 'build/web/site');
const DEFAULT_ARTICLE = 'articles/hagel-us-japan-alliance.json';
const PLAIN_FONT = 'NotoSerif-Regular.latin.ttf';  // the plain page's font: the Latin slice of Noto Serif
const CODE_FILES = ['folio-core.js', 'folio-core.wasm', 'folio.js'];
const SIZES = [285, 28500, 285000];       // words of the generated articles
const FONT_REPS = 9;                      // font-size changes per article and page kind
const LOAD_REPS = 7;                      // page loads per first-frame figure
const IDLE_MS = 2000;
const VIEWPORT = { width: 1000, height: 800 };

// ---------------------------------------------------------------------------------------------
// Figures and tables

const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const spread = (xs) => `${ms(Math.min(...xs))}-${ms(Math.max(...xs))}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
const words = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------
// In-page helpers

/** Waits until the viewer shows an article (or an error) and has drawn nothing for 300 ms. */
async function folioSettled(page, timeout = 120000) {
  await page.waitForFunction(() => window.folio && (window.folio.state().ready || window.folio.state().error),
    null, { timeout, polling: 100 });
  const state = await page.evaluate(() => window.folio.state());
  if (state.error) throw new Error(`the viewer shows an error: ${state.error}`);
  if (typeof state.lastFrameMs !== 'number') {
    throw new Error('state() has no lastFrameMs: build/web/site is older than web/folio.js; run tools/build.sh web');
  }
  let last = -1;
  for (let i = 0; i < 200; i += 1) {
    const frames = await page.evaluate(() => window.folio.state().framesRendered);
    if (frames === last) return page.evaluate(() => window.folio.state());
    last = frames;
    await page.waitForTimeout(300);
  }
  throw new Error('the viewer never went idle');
}

/** Resolves in the page once `framesRendered` has not changed for 10 animation frames. */
const QUIET_IN_PAGE = `(() => new Promise((resolve) => {
  let last = -1; let same = 0;
  const tick = () => {
    const frames = window.folio.state().framesRendered;
    same = frames === last ? same + 1 : 0; last = frames;
    if (same >= 10) resolve(); else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}))()`;

/**
 * One font-size change in the viewer: t0, setFontSize, then (unless the call itself drew) every
 * animation frame until a frame has been drawn. `total` = lastFrameMs of that first frame - t0;
 * `sync` = time inside setFontSize (relayout, and the frame when the viewer draws in the call).
 * `handedOver` = t0 to the first task after the rendering update that follows the new frame
 * (the poller runs after the viewer's own frame callback, as it is registered later): the main
 * thread is free again and the frame has gone to the compositor; measured like the plain page's
 * `nextFrame`. `frames` = frames drawn for the change until the viewer is idle again.
 */
async function folioFontChange(page, next) {
  const r = await page.evaluate(async (px) => {
    const viewer = window.folio;
    const before = viewer.state().framesRendered;
    const t0 = performance.now();
    viewer.setFontSize(px);
    const t1 = performance.now();
    const afterNextUpdate = (resolve) => {  // resolves after this frame's rendering update
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    let state = viewer.state();
    let after;
    const inCall = state.framesRendered > before;
    if (inCall) {
      after = await new Promise((resolve) => requestAnimationFrame(() => afterNextUpdate(resolve)));
    } else {
      ({ state, after } = await new Promise((resolve) => {
        const poll = () => {
          const s = viewer.state();
          if (s.framesRendered > before) afterNextUpdate((now) => resolve({ state: s, after: now }));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }));
    }
    return { total: state.lastFrameMs - t0, sync: t1 - t0, handedOver: after - t0, inCall, before, fontSizePx: state.fontSizePx };
  }, next);
  await page.evaluate(QUIET_IN_PAGE);
  r.frames = await page.evaluate(() => window.folio.state().framesRendered) - r.before;
  return r;
}

/**
 * One font-size change in the plain page: `reflow` = set body font-size and force layout
 * (offsetHeight): the baseline. `nextFrame`, for context: set it without forcing, then
 * time until after the next rendering update (rAF, then a task), i.e. style + layout + paint
 * recording including the wait for the frame, the closest analogue of the viewer's figure.
 */
async function htmlFontChange(page, next) {
  return page.evaluate(async (px) => {
    const body = document.body;
    const t0 = performance.now();
    body.style.fontSize = `${px}px`;
    void body.offsetHeight;
    const reflow = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    const back = px === 20 ? 22 : 20;
    const t2 = performance.now();
    body.style.fontSize = `${back}px`;
    await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
    const nextFrame = performance.now() - t2;
    body.style.fontSize = `${px}px`;  // leave it at `px`, laid out, for the caller's alternation
    void body.offsetHeight;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    return { reflow, nextFrame, height: body.offsetHeight };
  }, next);
}

/** Waits until the plain page's web font is in use and the page has painted. */
async function htmlSettled(page) {
  await page.waitForFunction(async () => {
    await document.fonts.ready;
    return document.fonts.check('20px "Noto Serif"') && [...document.fonts].some((f) => f.status === 'loaded');
  }, null, { timeout: 60000, polling: 100 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

// Recorded from the document's start in every Folio page: the first animation frame in which the
// viewer reports `ready` (an article drawn). This poller is registered before the viewer's own
// frame loop, so it runs first in each frame: when it first sees `ready`, `lastFrameMs` is still
// the frame that drew the article (the viewer's next frame has not run yet). Each frame it also
// posts a task, which runs after that frame's rendering update: the first such task that sees
// `ready` gives `handedOver`, when the article's frame has left the main thread.
const FIRST_FRAME_PROBE = () => {
  const probe = { ready: null, firstFrameMs: null, framesAtReady: null, handedOver: null };
  window.__folioBench = probe;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (probe.handedOver == null && window.folio?.state?.().ready) probe.handedOver = performance.now();
  };
  const poll = () => {
    const state = window.folio?.state?.();
    if (state?.ready) {
      probe.ready = performance.now();
      probe.firstFrameMs = state.lastFrameMs;
      probe.framesAtReady = state.framesRendered;
      if (probe.handedOver == null) channel.port2.postMessage(0);  // drawn outside an animation frame
      return;
    }
    channel.port2.postMessage(0);
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

// Recorded from the document's start in every page: the largest-contentful-paint entries. Unlike
// first-contentful-paint, Chromium reports these only for text that is visible, i.e. once its web
// font is there (text waiting for its font is painted invisibly, and FCP counts that paint).
const LCP_PROBE = () => {
  window.__lcp = [];
  new PerformanceObserver((list) => { window.__lcp.push(...list.getEntries().map((e) => e.startTime)); })
    .observe({ type: 'largest-contentful-paint', buffered: true });
};

/** Milestones of a loaded page, ms since navigation start. */
function pageMilestones() {
  const paints = performance.getEntriesByType('paint');
  const paint = Object.fromEntries(paints.map((e) => [e.name, e.startTime]));
  // Chromium stamps paint entries at presentation (startTime = presentationTime) and also gives
  // paintTime, the end of the rendering update on the main thread.
  const fcpEntry = paints.find((e) => e.name === 'first-contentful-paint');
  const nav = performance.getEntriesByType('navigation')[0];
  const done = (pattern) => {
    const hits = performance.getEntriesByType('resource').filter((e) => pattern.test(e.name));
    return hits.length ? Math.max(...hits.map((e) => e.responseEnd)) : NaN;
  };
  return {
    fp: paint['first-paint'] ?? NaN, fcp: paint['first-contentful-paint'] ?? NaN, fcpPaint: fcpEntry?.paintTime ?? NaN,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, load: nav?.loadEventEnd ?? NaN,
    wasm: done(/folio-core\.wasm$/), fonts: done(/\.ttf$/), article: done(/\.json(\?|$)/),
    firstFont: Math.min(...performance.getEntriesByType('resource').filter((e) => /\.ttf$/.test(e.name))
      .map((e) => e.responseEnd)),
    lcp: window.__lcp?.length ? window.__lcp[window.__lcp.length - 1] : NaN,
    articleStart: Math.min(...performance.getEntriesByType('resource').filter((e) => /\.json(\?|$)/.test(e.name))
      .map((e) => e.startTime)),
    probe: window.__folioBench ?? null,
  };
}

async function newContext(browser, folio = false) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(LCP_PROBE);
  if (folio) await context.addInitScript(FIRST_FRAME_PROBE);
  return context;
}

async function loadFolio(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => (window.__folioBench?.ready != null && window.__folioBench?.handedOver != null)
    || window.folio?.state().error, null,
    { timeout: 120000, polling: 50 });
  const m = await page.evaluate(pageMilestones);
  if (!m.probe?.ready) throw new Error(`${url}: the viewer did not show the article ${problems.join('; ')}`);
  return { page, m };
}

async function loadHtml(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null,
    { timeout: 60000, polling: 50 });
  await htmlSettled(page);  // its text is visible once the font is in use: LCP is reported then
  await page.waitForFunction(() => window.__lcp.length > 0, null, { timeout: 60000, polling: 50 });
  return { page, m: await page.evaluate(pageMilestones) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  for (const f of ['index.html', ...CODE_FILES, DEFAULT_ARTICLE, `fonts/${PLAIN_FONT}`]) {
    if (!existsSync(join(SITE, f))) {
      console.error(`browser_bench: ${join('build/web/site', f)} is missing; build the site first: tools/build.sh web`);
      return 2;
    }
  }

  // The faces' fonts the viewer fetches (each face's Latin slice): FACE_FILES of the built
  // folio-fonts.js (else every .ttf).
  const listed = /FACE_FILES\s*=\s*\[([^\]]*)\]/.exec(readFileSync(join(SITE, 'folio-fonts.js'), 'utf8'));
  const fontFiles = listed ? [...listed[1].matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2])
    : readdirSync(join(SITE, 'fonts')).filter((f) => f.endsWith('.ttf')).sort();
  const missingFont = fontFiles.find((f) => !existsSync(join(SITE, 'fonts', f)));
  if (missingFont) {
    console.error(`browser_bench: build/web/site/fonts/${missingFont} is missing; rebuild the site: tools/build.sh web`);
    return 2;
  }

  const temp = mkdtempSync(join(tmpdir(), 'folio-bench-'));
  let server = null;
  let browser = null;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    if (server) {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(done));
    }
    rmSync(temp, { recursive: true, force: true });
  };
  const interrupted = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    // Articles: JSON for the viewer, HTML for the baseline.
    const articles = [];
    // The sizes, then the largest with tables and code blocks put in (format 1.1).
    for (const [n, rich] of [...SIZES.map((size) => [size, false]), [SIZES[SIZES.length - 1], true]]) {
      const plain = syntheticArticle(n);
      if (countWords(plain) !== n) throw new Error(`generated ${countWords(plain)} words, not ${n}`);
      const article = rich ? withTablesAndCode(plain) : plain;
      const name = rich ? `${n}-tables-code` : String(n);
      const json = JSON.stringify(article);
      const html = articleHtml(article, `/fonts/${PLAIN_FONT}`);
      writeFileSync(join(temp, `article-${name}.json`), json);
      writeFileSync(join(temp, `article-${name}.html`), html);
      articles.push({ n, name, label: rich ? `${words(n)} + tables, code` : words(n), blocks: article.body.length, json: json.length,
        html: Buffer.byteLength(html) });
    }
    const defaultArticle = JSON.parse(readFileSync(join(SITE, DEFAULT_ARTICLE), 'utf8'));
    writeFileSync(join(temp, 'default.html'), articleHtml(defaultArticle, `/fonts/${PLAIN_FONT}`));

    server = await serveBoth(SITE, temp);
    const base = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    });

    const cpu = cpus();
    console.log('Folio browser benchmark');
    console.log(`  ${new Date().toISOString()}  Chromium ${browser.version()}  Node ${process.version}`);
    console.log(`  ${cpu.length} CPU(s) (${cpu[0]?.model.trim() ?? 'unknown'}); WebGL2 on SwiftShader (software):`);
    console.log('  GPU work runs on the CPU, so absolute times are CPU-bound. Page viewport 1000x800 CSS px, DPR 1.');
    console.log('  Times in ms; med = median, range = min-max. Each page kind measured in the same browser run.');
    console.log(`  Load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

    // ---- c. Download size -------------------------------------------------------------------
    const sizeRow = (label, files) => {
      const bytes = files.map((f) => readFileSync(join(SITE, f)));
      const raw = bytes.reduce((s, b) => s + b.length, 0);
      const gz = bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
      return { label, raw, gz };
    };
    const sizes = [
      ...CODE_FILES.map((f) => sizeRow(f, [f])),
      sizeRow('code total', CODE_FILES),
      ...fontFiles.map((f) => sizeRow(`fonts/${f}`, [`fonts/${f}`])),
      sizeRow(`fonts total (${fontFiles.length}: an article fetches those of the faces its text is set in)`, fontFiles.map((f) => `fonts/${f}`)),
      sizeRow(DEFAULT_ARTICLE, [DEFAULT_ARTICLE]),
    ];
    table('Download size (gzip: node:zlib level 9, each file on its own)', ['file', 'raw', 'gzip'],
      sizes.map((s) => [s.label, kb(s.raw), kb(s.gz)]),
      ['The viewer fetches the Latin slice of each face its article is set in (those of its first frame before it, three with the default',
        `settings; the rest after it), and other slices only for characters that need them (bench/fonts_bench.mjs); the plain page fetches only ${PLAIN_FONT}.`,
        'The benchmark serves files uncompressed; gzip is what a compressing server sends (tools/static-server.mjs sends br where the browser takes it).']);

    // ---- a. Font-size change to next frame -----------------------------------------------
    const fontRows = [];
    const fontDetail = [];
    const layoutRows = [];
    for (const a of articles) {
      const folioContext = await newContext(browser, true);
      const { page: folio, m: folioLoad } = await loadFolio(folioContext,
        `${base}?article=${encodeURIComponent(`${base}bench/article-${a.name}.json`)}`);
      const settled = await folioSettled(folio);
      const fl = [];
      for (let i = 0; i < FONT_REPS; i += 1) {
        const next = settled.fontSizePx === 22 ? (i % 2 ? 22 : 20) : (i % 2 ? 20 : 22);
        const r = await folioFontChange(folio, next);
        if (r.fontSizePx !== next) throw new Error(`setFontSize(${next}) left the size at ${r.fontSizePx}`);
        fl.push(r);
      }
      await folioContext.close();

      const htmlContext = await newContext(browser);
      const { page: html, m: htmlLoad } = await loadHtml(htmlContext, `${base}bench/article-${a.name}.html`);
      await htmlSettled(html);
      const hl = [];
      for (let i = 0; i < FONT_REPS; i += 1) hl.push(await htmlFontChange(html, i % 2 ? 20 : 22));
      await htmlContext.close();

      const total = fl.map((r) => r.total);
      const reflow = hl.map((r) => r.reflow);
      fontRows.push([a.label, ms(median(total)), spread(total), ms(median(reflow)), spread(reflow),
        ratio(median(reflow), median(total))]);
      const handed = fl.map((r) => r.handedOver);
      const nextFrame = hl.map((r) => r.nextFrame);
      const inCall = fl.filter((r) => r.inCall).length;
      fontDetail.push([a.label, ms(median(fl.map((r) => r.sync))),
        inCall === fl.length ? 'in the call' : inCall === 0 ? 'next rAF' : `${inCall}/${fl.length} in the call`,
        String(median(fl.map((r) => r.frames))), ms(median(handed)), spread(handed),
        ms(median(nextFrame)), spread(nextFrame), ratio(median(nextFrame), median(handed))]);
      layoutRows.push([a.label, String(a.blocks), kb(a.json), ms(folioLoad.probe.firstFrameMs), ms(folioLoad.article),
        kb(a.html), ms(htmlLoad.fcp), `${Math.round(settled.contentHeight).toLocaleString('en-US')} px`]);
    }
    table(`Font-size change to the next drawn frame (20 <-> 22 px, ${FONT_REPS} changes each)`,
      ['words', 'Folio med', 'range', 'HTML reflow med', 'range', 'HTML/Folio'], fontRows,
      ['Folio: t0 = performance.now(); folio.setFontSize(next); until framesRendered grows (checked on return, then',
        'every animation frame); state().lastFrameMs - t0 of that first new frame.',
        'HTML reflow: t0; document.body.style.fontSize = next; document.body.offsetHeight; now - t0 (layout only, no paint).',
        'HTML/Folio > 1 means the viewer is faster than the browser\'s own reflow.']);
    table('  ...where the viewer\'s time goes (medians), and the plain page to its next frame',
      ['words', 'setFontSize call', 'frame drawn', 'frames', 'Folio handed over', 'range', 'HTML next frame', 'range', 'HTML/Folio'],
      fontDetail,
      ['setFontSize call = time inside folio.setFontSize() (relayout, plus the frame when it is drawn in the call).',
        'frame drawn = where the first new frame was drawn; frames = frames drawn for one change until idle (median).',
        'Folio handed over = t0 to the first task after the rendering update that shows the new frame (main thread',
        'free again, frame sent to the compositor). HTML next frame = t0; set the size without forcing layout; rAF,',
        'then one task: style, layout and paint recording. Both include the wait for the next frame (up to 16.7 ms',
        'at 60 Hz); neither includes rasterisation on the GPU process (SwiftShader).']);
    table('Generated articles (informational, one load each)',
      ['words', 'blocks', 'JSON', 'Folio 1st frame', 'JSON fetched', 'HTML', 'HTML FCP', 'Folio height'], layoutRows,
      ['The articles of the native layout benchmark (bench/synthetic_article.h), words counted with the title.',
        '1st frame / FCP: ms since navigation start, new context (nothing cached), a single load each.']);

    // ---- b. Idle ------------------------------------------------------------------------
    const idleRows = [];
    for (const [label, url] of [['default article', base], ['285,000 words', `${base}?article=${encodeURIComponent(`${base}bench/article-285000.json`)}`]]) {
      const context = await newContext(browser, true);
      const { page } = await loadFolio(context, url);
      await folioSettled(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
      const f0 = await page.evaluate(() => window.folio.state().framesRendered);
      const m0 = await metric();
      await page.waitForTimeout(IDLE_MS);
      const f1 = await page.evaluate(() => window.folio.state().framesRendered);
      const m1 = await metric();
      idleRows.push([`Folio, ${label}`, String(f1 - f0), ms((m1.TaskDuration - m0.TaskDuration) * 1000),
        ms((m1.ScriptDuration - m0.ScriptDuration) * 1000)]);
      await context.close();
    }
    {
      const context = await newContext(browser);
      const { page } = await loadHtml(context, `${base}bench/default.html`);
      await htmlSettled(page);
      await page.waitForTimeout(300);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
      const m0 = await metric();
      await page.waitForTimeout(IDLE_MS);
      const m1 = await metric();
      idleRows.push(['plain HTML, default article', 'n/a', ms((m1.TaskDuration - m0.TaskDuration) * 1000),
        ms((m1.ScriptDuration - m0.ScriptDuration) * 1000)]);
      await context.close();
    }
    table(`Idle: ${IDLE_MS / 1000} s after the article is shown and drawn, no input`,
      ['page', 'frames drawn', 'main-thread busy', 'of which script'], idleRows,
      ['frames drawn = state().framesRendered delta (target 0). Busy/script: Chromium\'s Performance.getMetrics',
        '(TaskDuration, ScriptDuration) deltas over the same 2 s, in ms: the cost of the idle animation-frame loop.']);

    // ---- d. Time to first frame of the default article -------------------------------------
    const folioWarm = [];
    const htmlWarm = [];
    const folioCold = [];
    const htmlCold = [];
    {
      // Returning reader: one context per page kind, visited once (not counted) to warm it up.
      // Loads are interleaved (Folio, HTML, Folio first visit, HTML first visit) so that load on
      // the machine shifts all four alike.
      const warm = await newContext(browser, true);
      await (await loadFolio(warm, base)).page.close();
      const warmHtml = await newContext(browser);
      await (await loadHtml(warmHtml, `${base}bench/default.html`)).page.close();
      for (let i = 0; i < LOAD_REPS; i += 1) {
        const folio = await loadFolio(warm, base);
        folioWarm.push(folio.m);
        await folio.page.close();
        const html = await loadHtml(warmHtml, `${base}bench/default.html`);
        htmlWarm.push(html.m);
        await html.page.close();
        const cold = await newContext(browser, true);
        folioCold.push((await loadFolio(cold, base)).m);
        await cold.close();
        const coldHtml = await newContext(browser);
        htmlCold.push((await loadHtml(coldHtml, `${base}bench/default.html`)).m);
        await coldHtml.close();
      }
      await warm.close();
      await warmHtml.close();
    }
    const med = (list, pick) => median(list.map(pick));
    const rng = (list, pick) => spread(list.map(pick));
    const first = (m) => m.probe.firstFrameMs;
    const handed = (m) => m.probe.handedOver;
    const fcp = (m) => m.fcp;
    const fcpPaint = (m) => m.fcpPaint;
    const lcp = (m) => m.lcp;
    const visits = [[folioWarm, htmlWarm, 'returning (same context)'], [folioCold, htmlCold, 'first visit (new context)']];
    const beforeFont = (list) => `${list.filter((m) => m.fcp < m.firstFont).length} of ${list.length}`;
    table(`The default article on screen (ms since navigation start, ${LOAD_REPS} fresh pages each)`,
      ['visit', 'Folio text visible', 'range', 'HTML text visible', 'range', 'ratio'],
      visits.map(([f, h, label]) => [label, ms(med(f, lcp)), rng(f, lcp), ms(med(h, lcp)), rng(h, lcp),
        ratio(med(f, lcp), med(h, lcp))]),
      ['Medians. Text visible = the last largest-contentful-paint entry (startTime, at presentation): the first frame in',
        'which the article\'s text is drawn in its font. Folio: its first paint, the default article as HTML set like the',
        'canvas (made by folio-first-paint at build time), shown until the canvas has drawn. HTML: the same article',
        '(title and paragraphs) as a plain page with the same @font-face. Ratio = Folio / HTML; the target is at most 2x.']);
    table('  ...and their first-contentful-paint, which may come before the text can be seen',
      ['visit', 'Folio FCP', 'range', 'HTML FCP', 'range', 'ratio', 'Folio FCP paintTime', 'HTML FCP paintTime', 'ratio', 'HTML FCP before its font'],
      visits.map(([f, h, label]) => [label, ms(med(f, fcp)), rng(f, fcp), ms(med(h, fcp)), rng(h, fcp),
        ratio(med(f, fcp), med(h, fcp)), ms(med(f, fcpPaint)), ms(med(h, fcpPaint)), ratio(med(f, fcpPaint), med(h, fcpPaint)),
        beforeFont(h)]),
      ['Chromium paints text whose web font has not arrived invisibly, and counts that paint as first-contentful-paint:',
        '"HTML FCP before its font" = loads whose FCP came before the page\'s font file had arrived (responseEnd), so',
        'that nothing could be read at FCP. Folio\'s first paint preloads its fonts, which holds its first frame until',
        'they are there: its FCP shows text. FCP startTime is stamped at presentation (after raster); paintTime is',
        'the end of the rendering update on the main thread. The server sends Cache-Control: no-cache without',
        'validators, so a returning visit refetches every file.']);
    table('  ...and the canvas\'s first frame with the article (the viewer\'s tools in use from then on)',
      ['visit', 'Folio 1st frame', 'range', 'ratio to HTML text visible', 'Folio handed over', 'ratio to HTML paintTime'],
      visits.map(([f, h, label]) => [label, ms(med(f, first)), rng(f, first), ratio(med(f, first), med(h, lcp)),
        ms(med(f, handed)), ratio(med(f, handed), med(h, fcpPaint))]),
      ['Folio 1st frame = state().lastFrameMs of the first animation frame in which state().ready is true (an init',
        'script polls every frame): the frame that drew the article, after parse, layout and font atlas; the first',
        'paint is removed then. Folio handed over = the first task after that frame\'s rendering update.']);
    const MILESTONES = ['domContentLoaded', 'wasm', 'fonts', 'articleStart', 'article', 'fcp', 'lcp'];
    const milestoneRow = (label, list, keys) => [label, ...keys.map((k) => ms(med(list, (m) => m[k])))];
    table('  ...milestones of those loads (medians, ms since navigation start)',
      ['page', 'DOMContentLoaded', 'wasm fetched', 'fonts fetched', 'article requested', 'article fetched', 'FCP', 'text visible'],
      [
        milestoneRow('Folio, returning', folioWarm, MILESTONES),
        milestoneRow('Folio, first visit', folioCold, MILESTONES),
        milestoneRow('HTML, returning', htmlWarm, MILESTONES),
        milestoneRow('HTML, first visit', htmlCold, MILESTONES),
      ],
      ['"fetched" = responseEnd of the last such resource, "requested" = its startTime (Resource Timing). The viewer',
        'requests the article as mount() starts, beside its code and fonts. Folio\'s paint entries are its first paint\'s.']);
    console.log('');
    return 0;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await cleanup();
  }
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(`browser_bench: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
