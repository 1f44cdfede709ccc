// A Vite plugin for the viewer's run-time files, for pages that bundle the package with Vite:
//
//   import { folioAssets } from 'folio/vite';
//   export default defineConfig({ plugins: [folioAssets()] });
//   …and in the page: mount(element, { assetsUrl: new URL('folio/', document.baseURI) })
//
// The viewer fetches its fonts, word dictionaries and emoji pictures by name, as an article needs them, so a
// bundler cannot find them in the code: the plugin copies them from the package into
// <outDir>/folio/ on `vite build`, and serves them at <base>folio/ under `vite` (the dev server).
// The viewer's code, folio-core.<hash>.wasm, Vite finds itself (core-bridge.js names it with
// new URL(…, import.meta.url)). The plugin also keeps Vite from pre-bundling the package, which
// would separate its modules from that file. Node only; never loaded by a page.
import { cpSync, createReadStream, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = dirname(fileURLToPath(import.meta.url));
const FOLDERS = ['fonts', 'dictionaries', 'emoji'];
const TYPES = { '.json': 'application/json', '.ttf': 'font/ttf', '.png': 'image/png' };

/** The plugin; `folder` is where the files go under the output folder and the base ('folio'). */
export function folioAssets({ folder = 'folio' } = {}) {
  let config;
  return {
    name: 'folio-assets',
    config: () => ({ optimizeDeps: { exclude: ['folio'] } }),
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use(`${config.base}${folder}/`, (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
        const file = resolve(PACKAGE, `.${path}`);
        if (!FOLDERS.some((name) => file.startsWith(join(PACKAGE, name) + sep))) return next();
        let size;
        try {
          const stat = statSync(file);
          if (!stat.isFile()) return next();
          size = stat.size;
        } catch {
          return next();
        }
        const type = Object.entries(TYPES).find(([extension]) => file.endsWith(extension));
        response.setHeader('Content-Type', type ? type[1] : 'application/octet-stream');
        response.setHeader('Content-Length', size);
        createReadStream(file).pipe(response);
      });
    },
    writeBundle() {
      const out = resolve(config.root, config.build.outDir, folder);
      for (const name of FOLDERS) cpSync(join(PACKAGE, name), join(out, name), { recursive: true });
    },
  };
}
