// tools/static-server.mjs answers a malformed request with an error and keeps serving.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../tools/static-server.mjs';

let server;
let port;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'folio-static-'));
  writeFileSync(join(root, 'index.html'), '<p>hello</p>');
  server = await serve(root, 0);
  port = server.address().port;
});
after(() => new Promise((done) => server.close(done)));

// GETs `path` exactly as written (no client-side normalising) and resolves with the status.
const get = (path) => new Promise((done, fail) => {
  request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
    response.resume();
    response.on('end', () => done(response.statusCode));
  }).on('error', fail).end();
});

test('a malformed percent-escape is answered 400, and the server still serves', async () => {
  assert.equal(await get('/%E0%A4%A'), 400);
  assert.equal(await get('/%'), 400);
  assert.equal(await get('/index.html'), 200);
});
