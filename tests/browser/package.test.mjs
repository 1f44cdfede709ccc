// The npm package (tools/package.mjs): `npm pack` makes it from the built site; unpacked into a
// page's node_modules, with nothing of the demo site, it mounts a viewer and the <folio-article>
// element, fetching its code, fonts and styles from its own folder only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectProblems, start } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE = { version: 1, title: 'From the package', body: ['A paragraph the packaged viewer shows.'] };
let env;
let page;
let files;

before(async () => {
  const tarball = execFileSync('node', [join(root, 'tools/package.mjs')], { encoding: 'utf8' }).trim().split('\n').pop();
  files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  page = mkdtempSync(join(tmpdir(), 'folio-package-'));
  mkdirSync(join(page, 'node_modules/folio'), { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', join(page, 'node_modules/folio'), '--strip-components=1']);
  writeFileSync(join(page, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>A page</title><link rel="icon" href="data:,"></head><body>
<div id="a" style="width: 600px; height: 400px"></div>
<script type="module">
import { mount } from './node_modules/folio/folio.js';
window.viewer = await mount(document.getElementById('a'), { article: ${JSON.stringify(ARTICLE)} });
await window.viewer.loaded;
window.shown = true;
</script></body></html>`);
  writeFileSync(join(page, 'element.html'), `<!doctype html><html><head><meta charset="utf-8"><title>A page</title><link rel="icon" href="data:,">
<script type="module" src="node_modules/folio/folio-element.js"></script></head><body>
<folio-article src="story.json" style="height: 400px"></folio-article></body></html>`);
  writeFileSync(join(page, 'story.json'), JSON.stringify(ARTICLE));
  env = await start({ root: page });
});
after(async () => {
  await env?.close();
  if (page) rmSync(page, { recursive: true, force: true });
});

describe('npm package', () => {
  test('holds the viewer, its core, fonts and types, and nothing of the demo site', () => {
    for (const file of ['package/package.json', 'package/folio.js', 'package/folio-element.js', 'package/asset-names.js',
      'package/folio.d.ts', 'package/folio-element.d.ts']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    // What the viewer fetches has content-hashed names (the modules keep theirs).
    for (const pattern of [/^package\/folio-core\.[0-9a-f]{10}\.wasm$/, /^package\/fonts\/fallbacks\.[0-9a-f]{10}\.json$/,
      /^package\/fonts\/NotoSerif-Regular\.latin\.[0-9a-f]{10}\.ttf$/, /^package\/dictionaries\/thai\.[0-9a-f]{10}\.words$/]) {
      assert.ok(files.some((file) => pattern.test(file)), `a file matching ${pattern} is in the package`);
    }
    assert.ok(!files.includes('package/folio-core.wasm') && !files.includes('package/fonts/fallbacks.json'), 'no unhashed copies');
    for (const file of files) assert.doesNotMatch(file, /index\.html|articles\/|example|index\.js/, `${file} is the demo site's`);
  });

  test('a page mounts a viewer from it, and the element too, fetching only from the package', async () => {
    for (const [path, ready] of [['index.html', () => window.shown === true && window.viewer.state().ready],
      ['element.html', () => document.querySelector('folio-article').viewer?.state().ready]]) {
      const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
      const tab = collectProblems(await context.newPage());
      const fetched = [];
      const cached = new Map();  // path -> Cache-Control of its response
      tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      tab.on('response', (response) => cached.set(new URL(response.url()).pathname, response.headers()['cache-control']));
      await tab.goto(env.base + path);
      await tab.waitForFunction(ready, null, { timeout: 30000 });
      const title = await tab.evaluate(() => (window.viewer ?? document.querySelector('folio-article').viewer).state().title);
      assert.equal(title, 'From the package');
      const outside = fetched.filter((p) => !p.startsWith('/node_modules/folio/') && p !== `/${path}` && p !== '/story.json');
      assert.deepEqual(outside, [], `${path}: everything the viewer needs comes from the package`);
      // Its code and fonts under hashed names, which the server lets the browser keep; its modules revalidated.
      const hashed = [...cached.keys()].filter((p) => /\.[0-9a-f]{10}\.(wasm|ttf)$/.test(p));  // answered so far
      assert.ok(hashed.some((p) => p.endsWith('.wasm')) && hashed.some((p) => p.endsWith('.ttf')), fetched.join('\n'));
      for (const p of hashed) assert.match(cached.get(p) ?? '', /immutable/, p);
      assert.equal(cached.get('/node_modules/folio/folio.js'), 'no-cache');
      // Reading needs no dialog: the settings dialog's module comes when the dialog first opens.
      const dialog = '/node_modules/folio/settings-dialog.js';
      assert.ok(!fetched.includes(dialog), `${path}: ${dialog} is not fetched to read`);
      await tab.evaluate(() => (window.viewer ?? document.querySelector('folio-article').viewer)._openDialog('settings', document.body));
      assert.ok(fetched.includes(dialog), `${path}: ${dialog} is fetched when the dialog opens`);
      assert.ok(await tab.isVisible('.folio-settings'), `${path}: the settings dialog is shown`);
      assert.deepEqual(tab.problems, []);
      await context.close();
    }
  });

  test('an article in another script finds its slices through the names fetched on first need', async () => {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
    const tab = collectProblems(await context.newPage());
    const fetched = [];
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await tab.goto(`${env.base}index.html`);
    await tab.waitForFunction(() => window.shown === true && window.viewer.state().ready, null, { timeout: 30000 });
    assert.ok(!fetched.some((p) => p.includes('asset-names.') && p.endsWith('.json')), 'an English article needs no more names');
    const state = await tab.evaluate(() => window.viewer.load({ version: 1, title: 'Καλημέρα', body: ['Ένα κείμενο στα ελληνικά 🎉'] }));
    assert.equal(state.missingGlyphs, 0, state.missingCharacters);
    assert.ok(fetched.some((p) => /^\/node_modules\/folio\/fonts\/asset-names\.[0-9a-f]{10}\.json$/.test(p)), fetched.join('\n'));
    assert.ok(fetched.some((p) => /^\/node_modules\/folio\/fonts\/NotoSerif-Regular\.greek\.[0-9a-f]{10}\.ttf$/.test(p)), fetched.join('\n'));
    // The emoji: the colour font's shaping copy, and its picture from the folder named by one hash.
    assert.ok(fetched.some((p) => /^\/node_modules\/folio\/fonts\/NotoColorEmoji\.[0-9a-f]{10}\.ttf$/.test(p)), fetched.join('\n'));
    await tab.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/emoji/')));
    assert.ok(fetched.some((p) => /^\/node_modules\/folio\/emoji\/[0-9a-f]{10}\/NotoColorEmoji\.\d+\.png$/.test(p)), fetched.join('\n'));
    assert.deepEqual(tab.problems, []);
    await context.close();
  });

  test('its modules ship minified, each with a source map of the original', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = join(page, 'node_modules/folio');
    for (const module of ['folio.js', 'text-layer.js', 'settings-dialog.js']) {
      assert.ok(files.includes(`package/${module}.map`), `${module}.map is in the package`);
      const shipped = readFileSync(join(dir, module), 'utf8');
      const source = readFileSync(join(root, 'web', module), 'utf8');
      assert.ok(shipped.length < source.length * 0.7, `${module}: ${shipped.length} bytes shipped for ${source.length} of source`);
      assert.ok(shipped.endsWith(`\n//# sourceMappingURL=${module}.map\n`), `${module} names its source map`);
      const map = JSON.parse(readFileSync(join(dir, `${module}.map`), 'utf8'));
      assert.deepEqual(map.sources, [module]);
      assert.equal(map.sourcesContent[0], source);
    }
  });
});
