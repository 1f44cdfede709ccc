// A small static file server for the built site, bound to 127.0.0.1 only.
//   node tools/static-server.mjs <root> [port]     (port 0 picks a free one)
// Prints "serving http://127.0.0.1:<port>/" once listening. Used by tools/serve.sh and the browser tests.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` on 127.0.0.1:`port`; resolves with the http.Server once listening.
 * `headers` are added to every file's response (e.g. a Content-Security-Policy).
 */
export function serve(root, port = 0, { headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(response, 400, 'Bad Request');  // a malformed percent-escape such as /%E0%A4%A
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'Forbidden');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        ...headers,
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch {
      send(response, 404, 'Not Found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${status} ${text}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build/web/site', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`serving http://127.0.0.1:${server.address().port}/`);
}
