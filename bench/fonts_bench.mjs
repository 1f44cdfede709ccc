// The fonts an article makes the browser fetch: the served page (index.html, the default English
// article with its first paint) and the viewer showing each sample article of another script
// (tests/fixtures/scripts). Prints, per page, the font files fetched (each counted once: the page's
// preloads and the viewer ask for the same files, which a caching server sends once), their size
// raw and gzip (node:zlib level 9, each file on its own) and the coverage manifests fetched.
//
//   node bench/fonts_bench.mjs            (after tools/build.sh web)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serveBoth, table } from './bench_support.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(ROOT, 'build/web/site');
const SAMPLES = join(ROOT, 'tests/fixtures/scripts');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The font files (and manifests) the page at `url` fetched by the time the viewer is idle with
// every font it asked for added, by file name, once each.
async function fetchedBy(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const files = new Set();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/fonts/')) files.add(path.split('/').pop());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.folio?.state().ready, null, { timeout: 60000 });
  // Quiet: no font request for a while, and the viewer drawn since.
  let count = -1;
  while (count !== files.size) {
    count = files.size;
    await page.waitForTimeout(1500);
  }
  const state = await page.evaluate(() => window.folio.state());
  await context.close();
  return { files: [...files].sort(), missing: state.missingGlyphs };
}

async function main() {
  if (!existsSync(join(SITE, 'index.html'))) {
    console.error('fonts_bench: build/web/site is missing; build the site first: tools/build.sh web');
    return 2;
  }
  const server = await serveBoth(SITE, SAMPLES);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pages = [['default article (index.html)', base]];
  for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.json')).sort()) {
    pages.push([file.replace(/\.json$/, ''), `${base}?article=${encodeURIComponent(`/bench/${file}`)}`]);
  }
  const rows = [];
  try {
    for (const [label, url] of pages) {
      const { files, missing } = await fetchedBy(browser, url);
      const fonts = files.filter((f) => !f.endsWith('.json'));
      const bytes = fonts.map((f) => readFileSync(join(SITE, 'fonts', f)));
      const raw = bytes.reduce((sum, b) => sum + b.length, 0);
      const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      const manifests = files.filter((f) => f.endsWith('.json'));
      const manifestGzip = manifests.reduce((sum, f) => sum + gzipSync(readFileSync(join(SITE, 'fonts', f)), { level: 9 }).length, 0);
      rows.push([label, String(fonts.length), kb(raw), kb(gzip), `${manifests.length} (${kb(manifestGzip)})`, String(missing)]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  table('Fonts an article fetches (each file once)', ['page', 'font files', 'raw', 'gzip', 'manifests (gzip)', 'missing glyphs'], rows,
    ['Samples other than the default: index.html?article=<sample>, so the default page\'s preloads (its faces\' Latin slices) are',
      'counted too. gzip: node:zlib level 9, each file on its own (what a compressing server sends).']);
  return 0;
}

process.exitCode = await main();
