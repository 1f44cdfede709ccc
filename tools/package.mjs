// Makes the npm package of the viewer from the built site (tools/build.sh web):
//   node tools/package.mjs        -> build/package/ (its files) and build/folio-<version>.tgz (npm pack)
// The package holds what a page needs to mount a viewer and nothing of the demo site: the modules
// that folio.js and folio-element.js import (followed from their import statements), the core's
// code (folio-core.js, folio-core.wasm), the fonts and word dictionaries the viewer fetches beside
// them, the types, and a Vite plugin for those files (folio/vite). The modules are minified. Its `exports` name each part, so that bundlers (Vite, webpack, Rollup)
// resolve the module and copy the files it fetches. Prints the tarball's path.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'build/web/site');
const out = join(root, 'build/package');
const ENTRIES = ['folio.js', 'folio-element.js'];           // the modules a page imports
const CORE = ['folio-core.js', 'folio-core.wasm'];          // the core, which core-bridge.js imports and fetches
const FOLDERS = ['fonts', 'dictionaries', 'emoji'];         // what the viewer fetches beside its modules
const PICTURES = 'emoji';  // of those, the folder of emoji pictures: thousands of files, one hash for all
const TYPES = ['folio.d.ts', 'folio-element.d.ts'];
const NODE = ['vite-plugin.js'];                            // for a bundler, never loaded by a page

if (!existsSync(join(site, 'folio-core.wasm'))) {
  console.error('package: build the site first (tools/build.sh web)');
  process.exit(1);
}

// The modules reachable from the entries by static and literal dynamic imports of './name.js'.
function modulesFrom(entries) {
  const found = new Set();
  const queue = [...entries];
  while (queue.length) {
    const name = queue.shift();
    if (found.has(name)) continue;
    found.add(name);
    const source = readFileSync(join(site, name), 'utf8');
    for (const [, imported] of source.matchAll(/(?:\bfrom|\bimport\s*\()\s*'\.\/([\w.-]+\.js)'/g)) queue.push(imported);
  }
  return [...found];
}

const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const modules = modulesFrom(ENTRIES);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of [...new Set([...modules, ...CORE]), ...TYPES, ...NODE]) cpSync(join(site, file), join(out, file));
for (const folder of FOLDERS) cpSync(join(site, folder), join(out, folder), { recursive: true });

// Content-hashed names for what the viewer fetches (the core's code, fonts, manifests, word
// dictionaries): "name.<10 hex digits of SHA-256>.ext", which a server may let browsers keep for
// good (Cache-Control: immutable), since new content comes under a new name. The modules keep
// their names: pages import them by name.
function hashedName(path) {
  const digest = createHash('sha256').update(readFileSync(join(out, path))).digest('hex').slice(0, 10);
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)}.${digest}${extension}`;
}

// Replaces the one occurrence of `before` in the module `file` (it must be there once: a build that
// changed the text is stopped, not packed with a stale name).
function rewrite(file, before, after) {
  const text = readFileSync(join(out, file), 'utf8');
  const count = text.split(before).length - 1;
  if (count !== 1) throw new Error(`package: expected ${JSON.stringify(before)} once in ${file}, found it ${count} times`);
  writeFileSync(join(out, file), text.replace(before, after));
}

const names = {};
// The emoji pictures go into a subfolder named by the hash of them all (emoji/<hash>/…), which the
// map names once ('emoji/'), not file by file.
const pictures = readdirSync(join(out, PICTURES)).sort();
const picturesHash = createHash('sha256');
for (const file of pictures) picturesHash.update(file).update(readFileSync(join(out, PICTURES, file)));
const picturesFolder = `${PICTURES}/${picturesHash.digest('hex').slice(0, 10)}`;
mkdirSync(join(out, picturesFolder));
for (const file of pictures) renameSync(join(out, PICTURES, file), join(out, picturesFolder, file));
names[`${PICTURES}/`] = `${picturesFolder}/`;
for (const folder of FOLDERS.filter((name) => name !== PICTURES)) {
  for (const file of readdirSync(join(out, folder))) {
    if (file === 'LICENSE') continue;
    const path = `${folder}/${file}`;
    names[path] = hashedName(path);
    renameSync(join(out, path), join(out, names[path]));
  }
}
// asset-names.js names the faces' Latin slices, which every article fetches, and the file that
// names all the others (fetched the first time one of them is): fonts/asset-names.<hash>.json.
const { FACE_FILES } = await import(pathToFileURL(join(site, 'folio-fonts.js')).href);
const first = Object.fromEntries(FACE_FILES.map((file) => [`fonts/${file}`, names[`fonts/${file}`]]));
const others = Object.fromEntries(Object.entries(names).filter(([path]) => !(path in first)));
const MORE = 'fonts/asset-names.json';
writeFileSync(join(out, MORE), `${JSON.stringify(others)}\n`);
first[MORE] = hashedName(MORE);
renameSync(join(out, MORE), join(out, first[MORE]));
rewrite('asset-names.js', 'export const ASSET_NAMES = {};', `export const ASSET_NAMES = ${JSON.stringify(first, null, 1)};`);
rewrite('asset-names.js', 'export const MORE_ASSET_NAMES = null;', `export const MORE_ASSET_NAMES = ${JSON.stringify(MORE)};`);
// The core's code is found by the literal URL in core-bridge.js (which bundlers follow and copy);
// Emscripten's loader names it too, unused, but bundlers follow that one as well.
const wasm = hashedName('folio-core.wasm');
renameSync(join(out, 'folio-core.wasm'), join(out, wasm));
rewrite('core-bridge.js', "new URL('./folio-core.wasm', import.meta.url)", `new URL('./${wasm}', import.meta.url)`);
rewrite('folio-core.js', 'new URL("folio-core.wasm",import.meta.url)', `new URL("${wasm}",import.meta.url)`);

// The modules as they ship: minified (esbuild, each module on its own, its imports and exports
// kept), each with a source map beside it for the publisher's browser tools.
const shipped = [...new Set([...modules, 'folio-core.js'])];
for (const file of shipped) {
  const source = readFileSync(join(out, file), 'utf8');
  const { code, map } = await transform(source, {
    format: 'esm', minify: true, target: 'es2020', sourcemap: 'external', sourcefile: file, legalComments: 'none',
  });
  writeFileSync(join(out, file), `${code}//# sourceMappingURL=${file}.map\n`);
  writeFileSync(join(out, `${file}.map`), map);
}

writeFileSync(join(out, 'package.json'), `${JSON.stringify({
  name: own.name,
  version: own.version,
  description: own.description,
  type: 'module',
  main: './folio.js',
  types: './folio.d.ts',
  exports: {
    '.': { types: './folio.d.ts', default: './folio.js' },
    './element': { types: './folio-element.d.ts', default: './folio-element.js' },
    './vite': './vite-plugin.js',
    './folio-core.wasm': `./${wasm}`,
    './fonts/*': './fonts/*',
    './dictionaries/*': './dictionaries/*',
    './emoji/*': './emoji/*',
    './package.json': './package.json',
  },
  files: [...shipped, ...shipped.map((file) => `${file}.map`), wasm, ...TYPES, ...NODE, ...FOLDERS.map((folder) => `${folder}/`)],
  sideEffects: ['./folio-element.js'],
}, null, 2)}\n`);
writeFileSync(join(out, 'README.md'), `# ${own.name}

${own.description}

    import { mount } from '${own.name}';
    const viewer = await mount(document.getElementById('article'), { article: 'story.json' });

or, by markup:

    import '${own.name}/element';
    <folio-article src="story.json" style="height: 80vh"></folio-article>

The viewer fetches its code (folio-core.wasm), fonts and word dictionaries from the folder of
folio.js; serve the package's files as they are, or give mount() an \`assetsUrl\` where they are.
Those files have content-hashed names (folio-core.<hash>.wasm, fonts/<name>.<hash>.ttf): a new
version comes under new names, so serve them with \`Cache-Control: public, max-age=31536000,
immutable\`, and the modules (*.js) with \`no-cache\`.
`);

const tarball = execFileSync('npm', ['pack', '--pack-destination', join(root, 'build'), '--loglevel=error'], { cwd: out, encoding: 'utf8' })
  .trim().split('\n').pop();
console.log(join(root, 'build', tarball));
