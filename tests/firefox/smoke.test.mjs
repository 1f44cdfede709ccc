// A smoke suite of the viewer in a second engine: Debian's Firefox ESR (/usr/bin/firefox-esr, or
// $FIREFOX) driven by puppeteer-core over WebDriver BiDi, one browser for the whole file, each test
// in a fresh browser context (its own storage). Run it with `node --test tests/firefox/`
// (tools/firefox-smoke.sh installs Firefox first when it is missing).
//
// WebGL 2: headless Firefox on Linux has none by default. With MOZ_WEBGL_FORCE_EGL=1 and the pref
// webgl.force-enabled it makes its contexts with EGL on Mesa's software renderer (llvmpipe), and the
// viewer draws in its canvas. FIREFOX_WEBGL=0 leaves both out: the viewer is then a plain page
// (state().plain), and each test checks what the plain page offers instead. Either way the tests
// first ask the browser itself whether it has WebGL 2, so that a viewer that fell back to the plain
// page where it could have drawn fails them.
//
// Network: every address but 127.0.0.1 goes to a proxy on 127.0.0.1 that closes each connection,
// and Firefox's own background traffic (remote settings) is turned off.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../../tools/static-server.mjs';

const SITE = join(fileURLToPath(new URL('../..', import.meta.url)), 'build/web/site');
const TITLE = 'Hagel reiterates US-Japan alliance';
const FIRST_WORDS = 'U.S. Defense Secretary Chuck Hagel on Friday met';
const WAIT = { timeout: 30000 };
const WANT_WEBGL = process.env.FIREFOX_WEBGL !== '0';

let server;
let sink;
let browser;
let base;
let webgl2;  // whether this Firefox makes WebGL 2 contexts at all
let renderer;  // and with what

before(async () => {
  server = await serve(SITE, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  sink = createServer((socket) => socket.destroy());
  await new Promise((listening) => sink.listen(0, '127.0.0.1', listening));
  const proxy = sink.address().port;
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,  // a fresh temporary profile, removed on close
    protocolTimeout: 60000,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(WANT_WEBGL && { 'webgl.force-enabled': true }),
    },
    env: {
      ...process.env,
      MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      ...(WANT_WEBGL && { MOZ_WEBGL_FORCE_EGL: '1' }),
    },
  });
  const probe = await browser.newPage();
  await probe.goto('about:blank');
  renderer = await probe.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null;
  });
  webgl2 = renderer !== null;
  await probe.close();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  await new Promise((done) => (sink ? sink.close(done) : done()));
});

// Opens the demo page in a fresh browser context (its own storage), collecting console errors and
// uncaught exceptions in `page.problems`; resolves once the viewer shows the article.
async function open() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => { if (message.type() === 'error') page.problems.push(message.text()); });
  page.on('pageerror', (error) => page.problems.push(String(error)));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(base);
  await settled(page);
  return page;
}

// Waits until the viewer shows an article (or an error) and returns its state.
async function settled(page) {
  await page.waitForFunction(() => window.folio && (window.folio.state().ready || window.folio.state().error), WAIT);
  return state(page);
}

const state = (page) => page.evaluate(() => window.folio.state());

// Waits until the viewer has drawn everything pending: no new frame for 10 animation frames in a row.
async function idle(page) {
  await page.evaluate(() => { window.smokeIdle = { frames: -1, still: 0 }; });
  await page.waitForFunction(() => {
    const frames = window.folio.state().framesRendered;
    const seen = window.smokeIdle;
    seen.still = frames === seen.frames ? seen.still + 1 : 0;
    seen.frames = frames;
    return seen.still >= 10;
  }, { polling: 'raf', ...WAIT });
}

// Clicks the viewer's control `id` (see state().controls) once the viewer is idle.
async function clickControl(page, id) {
  await idle(page);
  const control = (await state(page)).controls.find((c) => c.id === id);
  assert.ok(control, `the control "${id}" is on screen`);
  const box = await (await page.$('canvas.folio-canvas')).boundingBox();
  await page.mouse.click(box.x + control.x + control.width / 2, box.y + control.y + control.height / 2);
}

async function close(page) {
  const problems = page.problems;
  await page.browserContext().close();
  assert.deepEqual(problems, [], 'no console errors or uncaught exceptions');
}

// The viewer draws with WebGL 2 exactly when the browser has it.
function assertMode(s) {
  assert.equal(s.plain, !webgl2, webgl2 ? 'the browser has WebGL 2: the viewer must draw' : 'no WebGL 2: a plain page');
}

// The text of a PDF, by pdftotext.
const pdfText = (bytes) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });

test('the default article loads, drawn and as text', async (t) => {
  t.diagnostic(webgl2 ? `WebGL 2: yes (${renderer}): the viewer draws in its canvas` : 'WebGL 2: no: the viewer is a plain page');
  const page = await open();
  const s = await state(page);
  assertMode(s);
  assert.equal(s.error, null);
  assert.equal(s.title, TITLE);
  await page.waitForFunction((title) => document.title === title, WAIT, `${TITLE} · Folio`);  // index.js, on load
  if (s.plain) {
    // The article as HTML in the page's own text, with a note saying why.
    assert.match(await page.$eval('.folio-plain-note', (note) => note.textContent), /WebGL 2 is not available/);
    const text = await page.$eval('.folio-print', (copy) => copy.innerText);
    assert.ok(text.includes(TITLE) && text.includes(FIRST_WORDS), text.slice(0, 200));
  } else {
    assert.ok(s.ready && s.framesRendered > 0 && s.contentHeight > s.viewportHeight / 2);
    const text = await page.$eval('.folio-text', (layer) => layer.textContent);
    assert.ok(text.includes(TITLE) && text.includes(FIRST_WORDS), text.slice(0, 200));
    // The canvas shows something: its pixels on screen are not all one colour, and some are ink.
    const canvas = await page.$('canvas.folio-canvas');
    assert.equal(await canvas.evaluate((c) => getComputedStyle(c).visibility), 'visible');
    const box = await canvas.boundingBox();
    const png = await page.screenshot({ clip: box, encoding: 'base64' });
    const { colours, ink } = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const seen = new Set();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i] * 0.3 + data[i + 1] * 0.59 + data[i + 2] * 0.11 < 128) dark += 1;
      }
      return { colours: seen.size, ink: dark / (data.length / 4) };
    }, png);
    assert.ok(colours > 16, `the canvas is not blank (${colours} colours)`);
    assert.ok(ink > 0.01 && ink < 0.5, `text is drawn (${(ink * 100).toFixed(1)}% ink)`);
  }
  await close(page);
});

test('font size: setFontSize and applySettings change the layout, and a reload keeps it', async () => {
  const page = await open();
  const before = await state(page);
  assertMode(before);
  if (before.plain) {
    // The plain page is the browser's own text: no reading settings (the reader zooms the page).
    await page.evaluate(() => window.folio.setFontSize(24));
    const after = await state(page);
    assert.equal(after.settings, null);
    assert.equal(after.fontSizePx, before.fontSizePx);
  } else {
    assert.notEqual(before.fontSizePx, 24);
    await page.evaluate(() => window.folio.setFontSize(24));
    await page.waitForFunction((height) => {
      const s = window.folio.state();
      return s.fontSizePx === 24 && s.contentHeight > height;
    }, WAIT, before.contentHeight);
    const at24 = (await state(page)).contentHeight;
    const larger = await page.evaluate(() => window.folio.applySettings({ fontSizePx: 30 }));
    assert.equal(larger.fontSizePx, 30);
    assert.equal(larger.settings.fontSizePx, 30);
    await page.waitForFunction((height) => window.folio.state().contentHeight > height, WAIT, at24);
    const shown = await page.evaluate(() => window.folio.state());
    await page.reload();
    const reloaded = await settled(page);
    assert.equal(reloaded.fontSizePx, 30, 'stored: the reload shows the same size');
    assert.ok(Math.abs(reloaded.contentHeight - shown.contentHeight) < 1,
      `the same layout after the reload (${reloaded.contentHeight} vs ${shown.contentHeight})`);
  }
  await close(page);
});

test('print: the PDF of the article', async () => {
  const page = await open();
  const s = await state(page);
  assertMode(s);
  let bytes;
  if (s.plain) {
    // What the plain page offers for print is the browser's own print of the page (the article's HTML).
    bytes = Buffer.from(await page.pdf());
  } else {
    assert.ok(await page.evaluate(() => window.folio.pageCount()) > 0);
    const pdf = await page.evaluate(async () => {
      const blob = await window.folio.exportPdf();
      return { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
    });
    assert.equal(pdf.type, 'application/pdf');
    bytes = Buffer.from(pdf.bytes);
  }
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = pdfText(bytes).replace(/\s+/g, ' ');
  assert.ok(text.includes('Hagel reiterates') && text.includes('Chuck Hagel'), text.slice(0, 200));
  await close(page);
});

test('share: without navigator.share, the viewer\'s share sheet with the article\'s URL', async () => {
  const page = await open();
  const s = await state(page);
  assertMode(s);
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'desktop Firefox has no share dialog');
  const url = page.url();
  if (s.plain) {
    // No canvas, no share sheet: share() does nothing, and the page is the browser's to share.
    await page.evaluate(() => window.folio.share());
    assert.equal((await state(page)).shareSheetOpen, false);
    assert.equal(await page.$('.folio-keyboard-bar'), null);
  } else {
    // share() opens the canvas's share sheet; its Copy link shares the article's URL.
    await page.evaluate(() => window.folio.share());
    await page.waitForFunction(() => window.folio.state().controls.some((c) => c.id === 'share-copy'), WAIT);
    assert.equal((await state(page)).shareSheetOpen, true);
    await page.evaluate(() => window.folio.addEventListener('share', (e) => { window.smokeShared = e.detail; }));
    await clickControl(page, 'share-copy');
    await page.waitForFunction(() => window.smokeShared, WAIT);
    assert.deepEqual(await page.evaluate(() => window.smokeShared), { target: 'copy', url });
    // From the keyboard, Share opens the share menu of real HTML with the same URL.
    await page.evaluate(() => [...document.querySelectorAll('.folio-keyboard-bar button')]
      .find((button) => button.textContent === 'Share').focus());
    await page.keyboard.press('Enter');
    await page.waitForSelector('.folio-dialog.folio-share:not([hidden]) input', WAIT);
    assert.equal(await page.$eval('.folio-dialog.folio-share input', (input) => input.value), url);
  }
  await close(page);
});

test('bookmarks: toggled, kept across a reload, removed', async () => {
  const page = await open();
  const s = await state(page);
  assertMode(s);
  const saved = () => page.evaluate(() => window.folio.bookmarks().map((b) => b.title));
  if (s.plain) {
    // Bookmarks live in the canvas's tools, which the plain page does not offer.
    assert.equal(await page.evaluate(() => window.folio.toggleBookmark()), false);
    assert.deepEqual(await saved(), []);
  } else {
    assert.deepEqual(await saved(), []);
    assert.equal(await page.evaluate(() => window.folio.toggleBookmark()), true);
    assert.deepEqual(await saved(), [TITLE]);
    await page.reload();
    const reloaded = await settled(page);
    assert.equal(reloaded.bookmarked, true);
    assert.deepEqual(await saved(), [TITLE]);
    assert.equal(await page.evaluate(() => window.folio.toggleBookmark()), false);
    assert.deepEqual(await saved(), []);
    await page.reload();
    assert.equal((await settled(page)).bookmarks, 0);
  }
  await close(page);
});
