// <folio-article> (web/folio-element.js): the viewer placed by markup shows its src, loads a new one
// when src changes, sends the viewer's events from the element, reports a refused address as an
// error event, and destroys its viewer when it leaves the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Adds <folio-article> with `attributes` to the page; resolves with the first load or error event's
// type and detail.
function addElement(page, attributes) {
  return page.evaluate(async (attrs) => {
    await import('./folio-element.js');
    const element = document.createElement('folio-article');
    element.id = 'under-test';
    element.style.cssText = 'position: fixed; left: 0; top: 0; width: 700px; height: 500px; z-index: 10';
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    const first = new Promise((resolve) => {
      for (const type of ['load', 'error']) element.addEventListener(type, (e) => resolve({ type, detail: e.detail }), { once: true });
    });
    document.body.append(element);
    return first;
  }, attributes);
}

describe('<folio-article>', () => {
  test('shows its src, loads a new one when src changes, and destroys its viewer when removed', async () => {
    const page = await open(env);
    await settled(page);
    const first = await addElement(page, { src: 'articles/kettleford-alder-brook.json' });
    assert.equal(first.type, 'load');
    assert.match(first.detail.title, /^Daylight for the Alder/);
    const shown = await page.evaluate(() => {
      const element = document.getElementById('under-test');
      return { title: element.viewer.state().title, canvas: !!element.querySelector('canvas'), display: getComputedStyle(element).display,
        text: element.querySelector('.folio-text h1')?.textContent ?? null };
    });
    assert.match(shown.title, /^Daylight for the Alder/);
    assert.ok(shown.canvas, 'the viewer is in the element');
    assert.equal(shown.display, 'block');

    const second = await page.evaluate(() => new Promise((resolve) => {
      const element = document.getElementById('under-test');
      element.addEventListener('load', (e) => resolve(e.detail.title), { once: true });
      element.setAttribute('src', 'articles/long-read.json');
    }));
    assert.match(second, /^Mended/);

    const removed = await page.evaluate(() => {
      const element = document.getElementById('under-test');
      const viewer = element.viewer;
      element.remove();
      let threw = false;
      try { viewer.state(); } catch { threw = true; }
      return { viewer: element.viewer, canvas: !!element.querySelector('canvas'), threw };
    });
    assert.deepEqual(removed, { viewer: null, canvas: false, threw: true }, 'its viewer is destroyed');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a src on another site is refused with an error event and a message in the element', async () => {
    const page = await open(env);
    await settled(page);
    const result = await addElement(page, { src: 'https://elsewhere.example/fake.json' });
    assert.equal(result.type, 'error');
    assert.match(result.detail.message, /only from its own site/);
    await page.context().close();
  });
});
