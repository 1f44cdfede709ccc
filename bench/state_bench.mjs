// What a read of the viewer costs: state() on synthetic articles of 2,850, 28,500 and 285,000 words
// in Chromium, before and after the print preview has paginated (state() never paginates; pageCount()
// does, once per print settings). A program, not a test: node bench/state_bench.mjs prints a table.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, median, serveBoth, table } from './bench_support.mjs';
import { syntheticArticle } from './synthetic_article.mjs';

const SITE = fileURLToPath(new URL('../build/web/site', import.meta.url));
const RUNS = 21;
const dir = mkdtempSync(join(tmpdir(), 'folio-state-bench-'));
const server = await serveBoth(SITE, dir);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const words of [2850, 28500, 285000]) {
    writeFileSync(join(dir, `article-${words}.json`), JSON.stringify(syntheticArticle(words)));
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${base}?article=bench/article-${words}.json`);
    await page.waitForFunction(() => window.folio?.state().ready, null, { timeout: 120000 });
    const measure = () => page.evaluate((runs) => {
      const times = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        window.folio.state();
        times.push(performance.now() - start);
      }
      return times;
    }, RUNS);
    const before = await measure();
    const paginate = await page.evaluate(() => {
      const start = performance.now();
      const pages = window.folio.pageCount();
      return { ms: performance.now() - start, pages };
    });
    const after = await measure();
    rows.push([words.toLocaleString('en'), median(before).toFixed(3), paginate.ms.toFixed(1), paginate.pages,
      median(after).toFixed(3)]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
table(`state() in Chromium, median of ${RUNS} calls, ms`,
  ['words', 'state()', 'pageCount() (paginates)', 'pages', 'state() after'], rows);
