// Hostile but valid articles in the viewer, in Chromium: articles at the parser's limits (and the
// long-name shape that once took 75 s) loaded by a fresh page, then again by load(), then printed
// to PDF. A program, not a test: node bench/hostile_browser_bench.mjs (needs the web build) prints
// a table. Times are one run each, wall clock, on SwiftShader; the heap is the wasm memory's size.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, serveBoth, table } from './bench_support.mjs';

const SITE = fileURLToPath(new URL('../build/web/site', import.meta.url));
const LIMIT = 8 << 20;  // folio::ParseLimits::maxInputBytes

const sentence = 'The council met again on Tuesday evening to hear the residents of the valley speak. ';
const SHAPES = {
  'key 20,000 B x 300,000': () => `{"title":"Long key","body":["x"],"${'k'.repeat(20000)}":[${Array(300000).fill('""').join(',')}]}`,
  '10 lists x 10,000 items': () => JSON.stringify({ title: 'Lists', body: Array.from({ length: 10 },
    () => ({ type: 'list', items: Array.from({ length: 10000 }, (_, i) => `item ${i}`) })) }),
  '70 lists x 7,000 items': () => JSON.stringify({ title: 'Lists', body: Array.from({ length: 70 },
    () => ({ type: 'list', items: Array.from({ length: 7000 }, (_, i) => `item ${i}`) })) }),
  'prose, 8 MB (the limit)': () => {
    const body = [];
    for (let size = 0; size < LIMIT - 4096; size += sentence.length * 5 + 3) body.push(sentence.repeat(5));
    return JSON.stringify({ title: 'Prose', body });
  },
};

const dir = mkdtempSync(join(tmpdir(), 'folio-hostile-'));
const server = await serveBoth(SITE, dir);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const rows = [];
const notes = [];
try {
  for (const [name, make] of Object.entries(SHAPES)) {
    const json = make();
    const file = `${rows.length}.json`;
    writeFileSync(join(dir, file), json);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const start = Date.now();
    await page.goto(`${base}?article=bench/${file}`);
    await page.waitForFunction(() => window.folio?.state().ready || window.folio?.state().error, null, { timeout: 600000 });
    const firstLoad = Date.now() - start;
    const again = await page.evaluate(async (url) => {
      const core = window.folio._bridge.module;
      const parse = core._folio_load_json;
      let parseMs = 0;
      core._folio_load_json = (...args) => { const t = performance.now(); const r = parse(...args); parseMs += performance.now() - t; return r; };
      const t = performance.now();
      await window.folio.load(url);
      const loaded = performance.now() - t;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      core._folio_load_json = parse;
      return { parseMs, loaded, drawn: performance.now() - t, error: window.folio.state().error };
    }, `bench/${file}`);
    const pdf = await page.evaluate(async () => {
      const t = performance.now();
      try {
        const blob = await window.folio.exportPdf();
        return { ms: performance.now() - t, mb: blob.size / 1048576 };
      } catch (e) {
        return { ms: performance.now() - t, error: String(e.message) };
      }
    });
    if (pdf.error) notes.push(`${name}: ${pdf.error}`);
    const heapMb = await page.evaluate(() => window.folio._bridge.heapBytes() / 1048576);
    rows.push([name, (json.length / 1048576).toFixed(1), firstLoad, again.parseMs.toFixed(0), again.loaded.toFixed(0),
      again.drawn.toFixed(0), pdf.error ? 'refused' : pdf.ms.toFixed(0), pdf.error ? '' : pdf.mb.toFixed(1),
      heapMb.toFixed(0)]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
table('Hostile articles in the viewer (Chromium, SwiftShader), one run each; ms unless named',
  ['shape', 'MB', 'page to ready', 'parse (wasm)', 'load()', 'load() to drawn', 'exportPdf()', 'PDF MB', 'wasm heap MB'], rows, notes);
