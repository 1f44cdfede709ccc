// A Vite plugin for the Folio viewer's run-time files. The viewer fetches its fonts and word
// dictionaries by name, as an article needs them, so a bundler cannot find them in the code: this
// plugin copies them from the installed package into <outDir>/folio/ on `vite build`, and serves
// them at <base>folio/ under `vite` (the dev server). The page passes that folder to mount() as
// `assetsUrl`. (The viewer's code, folio-core.wasm, is found by Vite itself: the package refers to
// it as new URL('folio-core.wasm', import.meta.url), which Vite bundles as an asset.)
import { cpSync, createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';

const FOLDERS = ['fonts', 'dictionaries'];

export function folioAssets() {
  const pkg = dirname(createRequire(import.meta.url).resolve('folio/package.json'));
  let config;
  return {
    name: 'folio-assets',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use(`${config.base}folio/`, (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
        const file = resolve(pkg, `.${path}`);
        if (!FOLDERS.some((folder) => file.startsWith(join(pkg, folder) + sep))) return next();
        let size;
        try {
          const stat = statSync(file);
          if (!stat.isFile()) return next();
          size = stat.size;
        } catch {
          return next();
        }
        response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        response.setHeader('Content-Length', size);
        createReadStream(file).pipe(response);
      });
    },
    writeBundle() {
      const out = resolve(config.root, config.build.outDir, 'folio');
      for (const folder of FOLDERS) cpSync(join(pkg, folder), join(out, folder), { recursive: true });
    },
  };
}
