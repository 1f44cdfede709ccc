// The fonts a Chinese, Japanese or Korean article makes the viewer fetch, computed from the built
// site's manifests (no browser): for each sample article, the characters the Latin faces lack, the
// slices of its region that cover them, and what the viewer downloads for them (the coverage list
// fallbacks.json, the region's slice manifest and those slices): requests and gzip bytes (node:zlib
// level 9, each file on its own, as the browser benchmark counts).
//
//   node bench/cjk_fonts_bench.mjs [--before FONTS_DIR] [FONTS_DIR]
//
// FONTS_DIR defaults to the site's fonts (build/web/site/fonts, from tools/build.sh web). With
// --before, a second fonts folder (slices cut otherwise, e.g. by an earlier tools/font_slices.py)
// is measured too, side by side. A program that prints figures, not a test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { table } from './bench_support.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
let beforeDir = null;
const dirs = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--before') beforeDir = args[++i];
  else dirs.push(args[i]);
}
const afterDir = dirs[0] ?? join(root, 'build/web/site/fonts');
for (const dir of [afterDir, beforeDir].filter(Boolean)) {
  if (!existsSync(join(dir, 'fallbacks.json'))) {
    console.error(`cjk_fonts_bench: no fallbacks.json in ${dir}; build the site first (tools/build.sh web)`);
    process.exit(2);
  }
}
// The Latin faces come from the site (the same files in either folder).
const latinDir = join(root, 'build/web/site/fonts');
const LATIN_FACES = ['NotoSerif-Regular.ttf', 'NotoSerif-Bold.ttf', 'NotoSerif-Italic.ttf', 'NotoSerif-BoldItalic.ttf'];
if (!LATIN_FACES.every((face) => existsSync(join(latinDir, face)))) {
  console.error(`cjk_fonts_bench: the Latin faces are not in ${latinDir}; build the site first (tools/build.sh web)`);
  process.exit(2);
}

// The sample articles: the long ones of bench/articles and the short ones of the script tests.
const ARTICLES = [
  ...readdirSync(join(root, 'bench/articles')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => join(root, 'bench/articles', f)),
  ...['zh-Hans', 'zh-Hant', 'ja', 'ko'].map((name) => join(root, 'tests/fixtures/scripts', `${name}.json`)),
];

// ---- The characters an article shows ---------------------------------------------------------

const runsText = (text) => (typeof text === 'string' ? text : text.map((run) => (typeof run === 'string' ? run : run.text)).join(''));

/** What the viewer lays out: the title, the meta line's author and source, every block's text. */
function shownText(article) {
  const parts = [article.title, article.author ?? '', article.source ?? ''];
  for (const block of article.body) {
    if (typeof block === 'string') {
      parts.push(block);
      continue;
    }
    if (block.text) parts.push(runsText(block.text));
    if (block.cite) parts.push(block.cite);
    if (block.caption) parts.push(block.caption);
    for (const item of block.items ?? []) parts.push(runsText(item));
  }
  return parts.join('\n');
}

// The region whose slices the viewer takes for an article's language (folio::fallbackScore: the
// article's forms first; Hong Kong's are the Traditional slices on the web).
function region(language = '') {
  const tag = language.toLowerCase();
  const [primary] = tag.split('-');
  if (primary === 'ja' || primary === 'ko') return primary;
  if (primary === 'zh' && /-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'zh-Hant';
  return 'zh-Hans';
}

// ---- Fonts and manifests ---------------------------------------------------------------------

/** The code points a TrueType/OpenType font maps (cmap formats 4 and 12). */
function cmapOf(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const entry = 12 + 16 * i;
    if (bytes.toString('latin1', entry, entry + 4) === 'cmap') cmap = view.getUint32(entry + 8);
  }
  const codes = new Set();
  if (cmap < 0) return codes;
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const at = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s += 1) {
        const start = view.getUint16(starts + 2 * s);
        const end = view.getUint16(ends + 2 * s);
        const delta = view.getUint16(deltas + 2 * s);
        const offset = view.getUint16(offsets + 2 * s);
        for (let cp = start; cp <= end && cp !== 0xFFFF; cp += 1) {
          let glyph;
          if (offset === 0) glyph = (cp + delta) & 0xFFFF;
          else {
            glyph = view.getUint16(offsets + 2 * s + offset + 2 * (cp - start));
            if (glyph) glyph = (glyph + delta) & 0xFFFF;
          }
          if (glyph) codes.add(cp);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g += 1) {
        const group = at + 16 + 12 * g;
        const first = view.getUint32(group);
        const last = view.getUint32(group + 4);
        for (let cp = first; cp <= last; cp += 1) codes.add(cp);
      }
    }
  }
  return codes;
}

const latin = LATIN_FACES.map((face) => cmapOf(readFileSync(join(latinDir, face))));
/** Whether a Latin face the article is set in lacks `cp` (then the viewer asks for a fallback). */
const needsFallback = (cp) => latin.some((codes) => !codes.has(cp));

const gzipSizes = new Map();
function gzipSize(path) {
  if (!gzipSizes.has(path)) gzipSizes.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipSizes.get(path);
}

/** A fonts folder's slices of one region: [{ file, ranges }] in slice order, and the manifest's name. */
function slicesOf(dir, name) {
  const manifest = `NotoSansCJK-Regular-${name}.json`;
  const entries = JSON.parse(readFileSync(join(dir, manifest), 'utf8'));
  const slices = Object.entries(entries).map(([file, ranges]) => ({ file, ranges }))
    .sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }));
  return { manifest, slices };
}

const covers = (ranges, cp) => ranges.some(([first, last]) => first <= cp && cp <= last);

/** What an article fetches from a fonts folder: requests, gzip bytes, slices, characters left without a slice. */
function fetched(dir, chars, name) {
  if (!existsSync(join(dir, `NotoSansCJK-Regular-${name}.json`))) return null;  // a folder of some regions only
  const { manifest, slices } = slicesOf(dir, name);
  const wanted = new Set();
  let uncovered = 0;
  for (const cp of chars) {
    const slice = slices.find((s) => covers(s.ranges, cp));
    if (slice) wanted.add(slice.file);
    else uncovered += 1;
  }
  const files = ['fallbacks.json', manifest, ...wanted];
  const bytes = files.reduce((sum, file) => sum + gzipSize(join(dir, file)), 0);
  const numbers = slices.map((s) => s.file).filter((f) => wanted.has(f)).map((f) => Number(f.split('.').at(-2)));
  return { requests: files.length, bytes, slices: numbers, uncovered };
}

// ---- Tables ----------------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KB`;
const list = (numbers) => {
  const out = [];
  for (const n of numbers) {
    const last = out.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
};

console.log('Fonts a Chinese, Japanese or Korean article fetches');
console.log(`  after: ${afterDir}${beforeDir ? `\n  before: ${beforeDir}` : ''}`);

const rows = [];
const detail = [];
for (const path of ARTICLES) {
  const article = JSON.parse(readFileSync(path, 'utf8'));
  const text = shownText(article);
  const length = [...text.replace(/\s/g, '')].length;
  const distinct = new Set([...text].map((c) => c.codePointAt(0)).filter((cp) => cp > 0x20 && needsFallback(cp)));
  const name = region(article.language);
  const after = fetched(afterDir, distinct, name);
  const before = beforeDir ? fetched(beforeDir, distinct, name) : null;
  const label = path.includes('/bench/articles/') ? `bench/articles/${basename(path)}` : `scripts/${basename(path)}`;
  if (!after) continue;
  rows.push([label, name, length.toLocaleString('en-US'), distinct.size,
    ...(beforeDir ? [before?.requests ?? '-', before ? kb(before.bytes) : '-'] : []), after.requests, kb(after.bytes)]);
  detail.push([label, ...(beforeDir ? [before ? list(before.slices) : '-'] : []), list(after.slices)]);
  if (after.uncovered || before?.uncovered) console.warn(`  ${label}: ${after.uncovered} characters in no slice of ${name}`);
}
table('Per article (gzip: node:zlib level 9, each file on its own)',
  ['article', 'slices', 'characters', 'fallback chars', ...(beforeDir ? ['before: requests', 'before: gzip'] : []), 'requests', 'gzip'],
  rows,
  ['characters: those laid out (title, author, source, body), less white space; fallback chars: the distinct ones the',
    'Latin faces lack. requests: fallbacks.json, the region\'s slice manifest and the slices covering those characters.',
    'Target (issue 13): a 3,000-character Chinese news article fetches at most 1.5 MB (1,536 KB), all requests counted.']);
table('Slices fetched (numbers)', ['article', ...(beforeDir ? ['before'] : []), 'slices'], detail);

// How each region is cut: slice count, the characters of the first slices, the whole face's bytes.
const regionRows = [];
for (const name of ['zh-Hans', 'zh-Hant', 'ja', 'ko']) {
  for (const [label, dir] of [['before', beforeDir], ['after', afterDir]]) {
    if (!dir || !existsSync(join(dir, `NotoSansCJK-Regular-${name}.json`))) continue;
    const { manifest, slices } = slicesOf(dir, name);
    const sizes = slices.map((s) => s.ranges.reduce((n, [a, b]) => n + b - a + 1, 0));
    const bytes = slices.reduce((sum, s) => sum + gzipSize(join(dir, s.file)), 0);
    const firstBytes = slices.slice(0, 10).reduce((sum, s) => sum + gzipSize(join(dir, s.file)), 0);
    regionRows.push([name, ...(beforeDir ? [label] : []), slices.length, sizes.reduce((a, b) => a + b, 0).toLocaleString('en-US'),
      sizes.slice(0, 10).reduce((a, b) => a + b, 0).toLocaleString('en-US'), kb(firstBytes), kb(bytes),
      kb(gzipSize(join(dir, manifest)))]);
  }
}
table('How each region is cut', ['region', ...(beforeDir ? ['cut'] : []), 'slices', 'characters', 'in slices 0-9', 'gzip of 0-9',
  'gzip of all', 'manifest gzip'], regionRows, ['fallbacks.json, which an article fetches first when the Latin faces lack any of its characters: '
  + `${kb(gzipSize(join(afterDir, 'fallbacks.json')))} gzip.`]);
