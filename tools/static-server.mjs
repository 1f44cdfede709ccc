// A small static file server for the built site, bound to 127.0.0.1 only.
//   node tools/static-server.mjs <root> [port]     (port 0 picks a free one)
// Prints "serving http://127.0.0.1:<port>/" once listening. Used by tools/serve.sh and the browser tests.
//
// Rules:
// - A directory is answered with its index.html; a path outside the root with 403, a malformed
//   percent-escape with 400, a missing file with 404. HEAD gets the headers of GET without the body.
// - Compression: text, JSON, JavaScript, SVG, WebAssembly and TTF/OTF fonts are sent br or gzip,
//   whichever the request's Accept-Encoding accepts with the higher q (br on a tie; q=0 refuses a
//   coding, `*` stands for the codings not named), else as they are. These responses carry
//   `Vary: Accept-Encoding`. Each file is compressed once per coding and kept in memory until its
//   size or modification time changes. Brotli runs at quality 11 up to 64 KiB and 9 above
//   (quality 11 takes seconds on the 1.2 MB core; 9 about a tenth of a second). A compressed body
//   no smaller than the file is not used. Images and other types are sent as they are.
// - Caching: a file whose name carries a content hash, a segment of 8 or more lowercase hex digits
//   between dots just before the extension (folio-core.3fa9c2d1e0.wasm), is `public, max-age=31536000,
//   immutable`. A bundler's `name-<hash>.js` (index-BxY12_aZ.js) is not taken for one, as a word can
//   look the same (my-elements.js); such a file is revalidated. Any other file is `no-cache`. Every file has a strong ETag made of its size and
//   modification time (and the coding, one per representation), and an If-None-Match that names
//   it is answered 304.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat as statFile } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.words': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg\+xml|font\/(ttf|otf))/;
const HASHED = /\.[0-9a-f]{8,}\.[^.]+$/;
const [brotli, gzipped] = [promisify(brotliCompress), promisify(gzip)];
const CODERS = {
  br: (bytes) => brotli(bytes, { params: {
    [constants.BROTLI_PARAM_QUALITY]: bytes.length <= 64 * 1024 ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  } }),
  gzip: (bytes) => gzipped(bytes, { level: 9 }),
};

/**
 * Starts serving `root` on 127.0.0.1:`port`; resolves with the http.Server once listening.
 * `headers` are added to every file's response (e.g. a Content-Security-Policy).
 */
export function serve(root, port = 0, { headers = {} } = {}) {
  const base = resolve(root);
  const compressed = new Map();  // `${file}\n${coding}` -> { stamp, body: Promise<Buffer> }

  // The file's body in `coding`, compressed on first use; concurrent requests share one compression.
  function body(file, coding, stamp) {
    const key = `${file}\n${coding}`;
    let entry = compressed.get(key);
    if (entry?.stamp !== stamp) {
      entry = { stamp, body: readFile(file).then(CODERS[coding]) };
      entry.body.catch(() => compressed.get(key) === entry && compressed.delete(key));
      compressed.set(key, entry);
    }
    return entry.body;
  }

  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(response, 400, 'Bad Request');  // a malformed percent-escape such as /%E0%A4%A
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'Forbidden');
    try {
      let stat = await statFile(file);
      if (stat.isDirectory()) stat = await statFile(file = join(file, 'index.html'));
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const stamp = `${stat.size.toString(16)}-${Math.round(stat.mtimeMs * 1000).toString(16)}`;
      const compressible = COMPRESSIBLE.test(type);
      let coding = compressible ? negotiate(request.headers['accept-encoding']) : null;
      let bytes = coding && await body(file, coding, stamp);
      if (bytes && bytes.length >= stat.size) coding = bytes = null;
      const etag = `"${stamp}${coding ? `-${coding}` : ''}"`;
      const common = {
        'Cache-Control': HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
        ...(compressible && { Vary: 'Accept-Encoding' }),
      };
      if (matches(request.headers['if-none-match'], etag)) {
        response.writeHead(304, { ...common, ...headers });
        return response.end();
      }
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': bytes ? bytes.length : stat.size,
        ...(coding && { 'Content-Encoding': coding }),
        ...common,
        ...headers,
      });
      if (request.method === 'HEAD') return response.end();
      if (bytes) return response.end(bytes);
      createReadStream(file).on('error', () => response.destroy()).pipe(response);
    } catch {
      if (response.headersSent) response.destroy();
      else send(response, 404, 'Not Found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

// The coding to send for an Accept-Encoding header: br or gzip, the higher q first, br on a tie; or null.
function negotiate(header = '') {
  const q = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q[name] = weight ? Number(weight.slice(2)) || 0 : 1;
  }
  const weight = (name) => q[name] ?? q['*'] ?? 0;
  const best = ['br', 'gzip'].filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a));
  return best[0] ?? null;
}

// Whether an If-None-Match header names `etag` (or is `*`); W/ is ignored, as weak comparison asks.
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
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
