// Makes the npm package of the viewer from the built site (tools/build.sh web):
//   node tools/package.mjs        -> build/package/ (its files) and build/folio-<version>.tgz (npm pack)
// The package holds what a page needs to mount a viewer and nothing of the demo site: the modules
// that folio.js and folio-element.js import (followed from their import statements), the core's
// code (folio-core.js, folio-core.wasm), the fonts and word dictionaries the viewer fetches beside
// them, and the types. Its `exports` name each part, so that bundlers (Vite, webpack, Rollup)
// resolve the module and copy the files it fetches. Prints the tarball's path.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'build/web/site');
const out = join(root, 'build/package');
const ENTRIES = ['folio.js', 'folio-element.js'];           // the modules a page imports
const CORE = ['folio-core.js', 'folio-core.wasm'];          // the core, which core-bridge.js imports and fetches
const FOLDERS = ['fonts', 'dictionaries'];                  // what the viewer fetches beside its modules
const TYPES = ['folio.d.ts', 'folio-element.d.ts'];

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
for (const file of [...new Set([...modules, ...CORE]), ...TYPES]) cpSync(join(site, file), join(out, file));
for (const folder of FOLDERS) cpSync(join(site, folder), join(out, folder), { recursive: true });

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
    './folio-core.wasm': './folio-core.wasm',
    './fonts/*': './fonts/*',
    './dictionaries/*': './dictionaries/*',
    './package.json': './package.json',
  },
  files: [...new Set([...modules, ...CORE]), ...TYPES, ...FOLDERS.map((folder) => `${folder}/`)],
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
`);

const tarball = execFileSync('npm', ['pack', '--pack-destination', join(root, 'build'), '--loglevel=error'], { cwd: out, encoding: 'utf8' })
  .trim().split('\n').pop();
console.log(join(root, 'build', tarball));
