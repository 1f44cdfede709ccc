// tools/static-server.mjs: errors for malformed requests, content negotiation of br and gzip,
// caching headers (immutable for hashed names, no-cache and an ETag otherwise) and HEAD.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../../tools/static-server.mjs';

// Compressible files of a few kilobytes (text that compresses, and pseudo-random bytes that do not),
// and a "PNG" that would compress well if it were compressed.
const SCRIPT = Buffer.from(Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i * 7};\n`).join(''));
const NOISE = randomBytes(4096);
const IMAGE = Buffer.alloc(8192, 7);
const WASM = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(100000, 1)]);

let server;
let port;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'folio-static-'));
  writeFileSync(join(root, 'index.html'), '<p>hello</p>');
  writeFileSync(join(root, 'app.js'), SCRIPT);
  writeFileSync(join(root, 'app.3fa9c2d1e0.js'), SCRIPT);
  writeFileSync(join(root, 'noise.js'), NOISE);
  writeFileSync(join(root, 'picture.png'), IMAGE);
  writeFileSync(join(root, 'core.wasm'), WASM);
  mkdirSync(join(root, 'folder'));
  writeFileSync(join(root, 'folder', 'index.html'), '<p>inside</p>');
  server = await serve(root, 0, { headers: { 'X-Extra': 'yes' } });
  port = server.address().port;
});
after(() => new Promise((done) => server.close(done)));

// Requests `path` exactly as written (no client-side normalising) and resolves with the status,
// the headers and the body's bytes as received (not decoded).
const fetchRaw = (path, { method = 'GET', headers = {} } = {}) => new Promise((done, fail) => {
  request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail).end();
});
const get = async (path) => (await fetchRaw(path)).status;

test('a malformed percent-escape is answered 400, and the server still serves', async () => {
  assert.equal(await get('/%E0%A4%A'), 400);
  assert.equal(await get('/%'), 400);
  assert.equal(await get('/index.html'), 200);
});

test('outside the root is 403, a missing file 404, a directory its index.html', async () => {
  assert.equal(await get('/..%2F..%2Fetc%2Fpasswd'), 403);  // the URL keeps it; decoded, it climbs out
  assert.equal(await get('/missing.js'), 404);
  const folder = await fetchRaw('/folder/');
  assert.equal(folder.status, 200);
  assert.equal(folder.body.toString(), '<p>inside</p>');
  assert.equal(folder.headers['content-type'], 'text/html; charset=utf-8');
});

test('br is sent when accepted, and decompresses to the file', async () => {
  const response = await fetchRaw('/app.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  assert.equal(response.status, 200);
  assert.equal(response.headers['content-encoding'], 'br');
  assert.equal(response.headers.vary, 'Accept-Encoding');
  assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(Number(response.headers['content-length']), response.body.length);
  assert.ok(response.body.length < SCRIPT.length / 3, `${response.body.length} bytes of ${SCRIPT.length}`);
  assert.deepEqual(brotliDecompressSync(response.body), SCRIPT);
  assert.equal(response.headers['x-extra'], 'yes');
});

test('gzip is sent when br is not accepted, and decompresses to the file', async () => {
  for (const accept of ['gzip', 'br;q=0, gzip', 'gzip;q=1, br;q=0.5, *;q=0']) {
    const response = await fetchRaw('/app.js', { headers: { 'Accept-Encoding': accept } });
    assert.equal(response.headers['content-encoding'], 'gzip', accept);
    assert.equal(response.headers.vary, 'Accept-Encoding');
    assert.equal(Number(response.headers['content-length']), response.body.length);
    assert.deepEqual(gunzipSync(response.body), SCRIPT);
  }
  const wasm = await fetchRaw('/core.wasm', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal(wasm.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(wasm.body), WASM);
  const star = await fetchRaw('/core.wasm', { headers: { 'Accept-Encoding': '*' } });
  assert.equal(star.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(star.body), WASM);
});

test('the file as it is without an accepted coding, with Vary', async () => {
  const accepts = [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0', 'br;q=0, *, gzip;q=0'];
  for (const accept of accepts) {
    const headers = accept === undefined ? {} : { 'Accept-Encoding': accept };
    const response = await fetchRaw('/app.js', { headers });
    assert.equal(response.headers['content-encoding'], undefined, JSON.stringify(headers));
    assert.equal(response.headers.vary, 'Accept-Encoding');
    assert.equal(Number(response.headers['content-length']), SCRIPT.length);
    assert.deepEqual(response.body, SCRIPT);
  }
});

test('a body that does not get smaller is sent as it is; a PNG is never compressed', async () => {
  const noise = await fetchRaw('/noise.js', { headers: { 'Accept-Encoding': 'br, gzip' } });
  assert.equal(noise.headers['content-encoding'], undefined);
  assert.deepEqual(noise.body, NOISE);
  const image = await fetchRaw('/picture.png', { headers: { 'Accept-Encoding': 'br, gzip' } });
  assert.equal(image.status, 200);
  assert.equal(image.headers['content-type'], 'image/png');
  assert.equal(image.headers['content-encoding'], undefined);
  assert.equal(image.headers.vary, undefined);
  assert.equal(Number(image.headers['content-length']), IMAGE.length);
  assert.deepEqual(image.body, IMAGE);
});

test('a hashed name is immutable; a plain name is no-cache with an ETag, and 304 when it matches', async () => {
  const hashed = await fetchRaw('/app.3fa9c2d1e0.js', { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(brotliDecompressSync(hashed.body), SCRIPT);
  for (const plain of ['/app.js', '/index.html', '/picture.png']) {
    assert.equal((await fetchRaw(plain)).headers['cache-control'], 'no-cache', plain);
  }

  const first = await fetchRaw('/app.js', { headers: { 'Accept-Encoding': 'br' } });
  const etag = first.headers.etag;
  assert.match(etag, /^"[^"]+"$/, 'a strong ETag');
  const again = await fetchRaw('/app.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, etag);
  assert.equal(again.headers['cache-control'], 'no-cache');
  assert.equal(again.headers.vary, 'Accept-Encoding');
  assert.equal(again.headers['x-extra'], 'yes');
  assert.equal((await fetchRaw('/app.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': `"x", W/${etag}` } })).status, 304);
  assert.equal((await fetchRaw('/app.js', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': '"other"' } })).status, 200);

  // Each representation has its own ETag: the br one does not validate the identity one.
  const identity = await fetchRaw('/app.js');
  assert.notEqual(identity.headers.etag, etag);
  assert.equal((await fetchRaw('/app.js', { headers: { 'If-None-Match': etag } })).status, 200);
  assert.equal((await fetchRaw('/app.js', { headers: { 'If-None-Match': identity.headers.etag } })).status, 304);
});

test('a changed file is sent anew, with a new ETag', async () => {
  const root = mkdtempSync(join(tmpdir(), 'folio-static-'));
  const own = await serve(root, 0);
  try {
    const path = join(root, 'changing.js');
    const ask = () => new Promise((done, fail) => {
      request({ host: '127.0.0.1', port: own.address().port, path: '/changing.js', headers: { 'Accept-Encoding': 'br' } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => done({ etag: response.headers.etag, text: brotliDecompressSync(Buffer.concat(chunks)).toString() }));
        }).on('error', fail).end();
    });
    writeFileSync(path, 'const a = 1;\n'.repeat(100));
    const before = await ask();
    writeFileSync(path, 'const b = 22;\n'.repeat(100));  // another size, so another stamp whatever the clock
    const after = await ask();
    assert.equal(before.text, 'const a = 1;\n'.repeat(100));
    assert.equal(after.text, 'const b = 22;\n'.repeat(100));
    assert.notEqual(after.etag, before.etag);
  } finally {
    await new Promise((done) => own.close(done));
  }
});

test('HEAD has the headers of GET and no body', async () => {
  const accept = { 'Accept-Encoding': 'br' };
  const got = await fetchRaw('/app.js', { headers: accept });
  const head = await fetchRaw('/app.js', { method: 'HEAD', headers: accept });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary']) {
    assert.equal(head.headers[name], got.headers[name], name);
  }
  const plain = await fetchRaw('/picture.png', { method: 'HEAD' });
  assert.equal(plain.body.length, 0);
  assert.equal(Number(plain.headers['content-length']), IMAGE.length);
});
