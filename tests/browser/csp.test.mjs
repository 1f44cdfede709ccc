// The viewer and the served pages under a strict Content-Security-Policy (no inline style or
// script): everything works, and the browser reports no violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TITLE, collectProblems, idle, settled, start } from './harness.mjs';

const POLICY = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let env;
before(async () => { env = await start({ headers: { 'Content-Security-Policy': POLICY } }); });
after(async () => { await env?.close(); });

// Opens `path` with every CSP violation the page reports collected in `page.violations`.
async function openWatched(path) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  const page = collectProblems(await context.newPage());
  await page.goto(env.base + path);
  return page;
}

describe(`under ${POLICY}`, () => {
  test('the demo page shows its first paint styled, then the viewer, its text layer and its dialogs styled', async () => {
    const page = await openWatched('');
    const firstPaint = await page.evaluate(() => {
      const tools = document.querySelector('.folio-first-paint .folio-tools');
      return tools ? getComputedStyle(tools).display : 'gone';
    });
    assert.ok(['flex', 'gone'].includes(firstPaint), `the first paint's toolbar band is styled (${firstPaint})`);
    const state = await settled(page);
    assert.equal(state.title, DEFAULT_TITLE);
    assert.equal(state.ready, true);
    await idle(page);
    const styled = await page.evaluate(() => ({
      line: getComputedStyle(document.querySelector('.folio-text .folio-line')).position,
      text: getComputedStyle(document.querySelector('.folio-text')).color,
      bar: getComputedStyle(document.querySelector('.folio-keyboard-bar')).position,
    }));
    assert.deepEqual(styled, { line: 'absolute', text: 'rgba(0, 0, 0, 0)', bar: 'absolute' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reading settings');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.folio-dialog:not([hidden])');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.folio-dialog')).display), 'flex');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  for (const example of ['embed-example.html', 'flow-example.html']) {
    test(`${example} shows the article`, async () => {
      const page = await openWatched(example);
      await page.waitForFunction(() => document.querySelector('.folio-text h1')?.textContent.length > 0, null, { timeout: 20000 });
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('canvas')).visibility), 'visible');
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }

  test("with mount's nonce option the viewer's styles are <style> elements carrying it", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // A page of the site's origin whose policy allows styles by nonce only.
    await page.route('**/nonce-page.html', (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "script-src 'self' 'wasm-unsafe-eval'; style-src 'nonce-t3st'" },
      body: '<!doctype html><style nonce="t3st">#v { height: 600px; }</style><div id="v"></div><script type="module" src="nonce-page.js"></script>',
    }));
    await page.route('**/nonce-page.js', (route) => route.fulfill({
      contentType: 'text/javascript',
      body: "import { mount } from './folio.js'; window.folio = await mount(document.getElementById('v'), " +
        "{ article: 'articles/hagel-us-japan-alliance.json', nonce: 't3st' });",
    }));
    await page.goto(`${env.base}nonce-page.html`);
    const state = await settled(page);
    assert.equal(state.title, DEFAULT_TITLE);
    await page.waitForSelector('.folio-text .folio-line');
    const sheets = await page.evaluate(() => [...document.querySelectorAll('style[data-folio]')].map((s) => s.nonce));
    assert.ok(sheets.length >= 3 && sheets.every((nonce) => nonce === 't3st'), JSON.stringify(sheets));
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.folio-text .folio-line')).position),
      'absolute');
    await context.close();
  });
});
