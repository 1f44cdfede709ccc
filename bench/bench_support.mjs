// What the browser benchmarks share: Chromium's flags, a static server for the site and a folder
// of generated files on one 127.0.0.1 origin, medians and aligned tables.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Debian's Chromium, or the CHROMIUM environment variable. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** No background traffic: the browser talks only to the benchmark's server. */
export const QUIET_ARGS = [
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The flags of tests/browser/harness.mjs: WebGL2 on SwiftShader, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', ...QUIET_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Prints `rows` under `head` in aligned columns; text columns left, the others right-aligned. */
export function table(title, head, rows, notes = []) {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const left = head.map((_, i) => i === 0);
  const line = (r) => r.map((c, i) => (left[i] ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}\n${'-'.repeat(title.length)}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

// One origin for the site and the generated files: /bench/... is the temporary folder, everything
// else the site. Sent uncompressed with no-cache and no validators, so that every run fetches and
// measures the same bytes (tools/static-server.mjs compresses and revalidates). One origin,
// because the viewer fetches articles and the plain pages fetch the site's font without CORS.

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.ttf': 'font/ttf', '.css': 'text/css; charset=utf-8',
};

/** Serves `site` at / and `extra` at /bench/ on 127.0.0.1, a free port; resolves with the server. */
export function serveBoth(site, extra) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const inExtra = path.startsWith('/bench/');
    const base = resolve(inExtra ? extra : site);
    let file = normalize(join(base, inExtra ? path.slice('/bench'.length) : path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': stat.size, 'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}
