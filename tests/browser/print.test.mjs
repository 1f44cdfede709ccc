// Printing in a real browser: the print preview, Print and PDF, exportPdf(), and the browser's
// own Ctrl/Cmd+P printing the article (not the canvas). PDFs are checked with poppler's tools.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TITLE, clickControl, idle, open, settled, start } from './harness.mjs';

let env;
let scratch;
before(async () => { env = await start(); scratch = mkdtempSync(join(tmpdir(), 'folio-print-')); });
after(async () => { await env?.close(); rmSync(scratch, { recursive: true, force: true }); });

const state = (page) => page.evaluate(() => window.folio.state());

// Writes `bytes` to a scratch file and returns pdfinfo's fields and pdftotext's text.
function inspectPdf(bytes, name) {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  const info = Object.fromEntries(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')
    .filter((line) => line.includes(':')).map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { info, text };
}

// Runs `action` in the page and resolves with the detail of the viewer's next `type` event, the
// PDF's bytes included. The event is cancelled: a headless browser has no print dialog to show.
async function nextPdfEvent(page, type, action) {
  const detail = page.evaluate((eventType) => new Promise((resolve) => {
    window.folio.addEventListener(eventType, async (e) => {
      e.preventDefault();
      const bytes = Array.from(new Uint8Array(await e.detail.blob.arrayBuffer()));
      resolve({ bytes, fileName: e.detail.fileName, pages: e.detail.pages });
    }, { once: true });
  }), type);
  await action();
  const result = await detail;
  return { ...result, bytes: Buffer.from(result.bytes) };
}

describe('the print preview', () => {
  test('shows the pages, pages through them, and applies paper, margins and size live', async () => {
    const page = await open(env, '?article=articles/long-read.json');
    const reading = await settled(page);
    assert.equal(reading.pages, null, 'state() paginates nothing: no page count before the preview');
    reading.pages = await page.evaluate(() => window.folio.pageCount());
    assert.ok(reading.pages > 5, `a long article has many pages (${reading.pages})`);
    await clickControl(page, 'print');
    const preview = await state(page);
    assert.equal(preview.previewing, true);
    assert.equal(preview.previewPage, 1);
    await clickControl(page, 'next-page');
    assert.equal((await state(page)).previewPage, 2);
    await clickControl(page, 'previous-page');
    assert.equal((await state(page)).previewPage, 1);

    await clickControl(page, 'print-setup');
    await clickControl(page, 'print-size-14');
    const larger = await state(page);
    assert.equal(larger.settings.printFontSizePt, 14);
    assert.ok(larger.pages > reading.pages, `larger print text takes more pages (${larger.pages})`);
    await clickControl(page, 'margin-10');
    assert.ok((await state(page)).pages < larger.pages, 'narrower margins take fewer pages');
    await clickControl(page, 'paper-letter');
    assert.equal((await state(page)).settings.paper, 'letter');

    await page.keyboard.press('Escape');  // closes the setup panel
    await page.keyboard.press('Escape');  // closes the preview
    await idle(page);
    assert.equal((await state(page)).previewing, false);
    await page.context().close();
  });
});

describe('Print and PDF', () => {
  test('Print makes a tagged PDF with the page count of the preview and the headline in its text', async () => {
    const page = await open(env);
    await settled(page);
    await clickControl(page, 'print');
    const expected = (await state(page)).pages;
    const pdf = await nextPdfEvent(page, 'print', () => clickControl(page, 'print-now'));
    assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdf.pages, expected);
    const { info, text } = inspectPdf(pdf.bytes, 'print.pdf');
    assert.equal(Number(info.Pages), expected);
    assert.equal(info.Title, DEFAULT_TITLE);
    assert.equal(info.Tagged, 'yes');
    assert.match(text.replace(/\s+/g, ' '), /Hagel reiterates US-Japan alliance/);
    assert.match(text.replace(/\s+/g, ' '), /People's Democratic Republic of Korea\./);
    await page.context().close();
  });

  test('PDF saves <slug>.pdf', async () => {
    const page = await open(env);
    await settled(page);
    await clickControl(page, 'print');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'download-pdf')]);
    assert.equal(download.suggestedFilename(), 'hagel-reiterates-us-japan-alliance.pdf');
    await page.context().close();
  });

  test('exportPdf() takes paper, margins and size; bad options reject', async () => {
    const page = await open(env);
    await settled(page);
    const bytes = Buffer.from(await page.evaluate(async () => {
      const blob = await window.folio.exportPdf({ paper: 'letter', fontSizePt: 12 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    }));
    const { info } = inspectPdf(bytes, 'letter.pdf');
    assert.match(info['Page size'], /^612 x 792 pts/);
    const a4 = inspectPdf(Buffer.from(await page.evaluate(async () =>
      Array.from(new Uint8Array(await (await window.folio.exportPdf()).arrayBuffer())))), 'a4.pdf');
    assert.match(a4.info['Page size'], /^595\.2\d* x 841\.8\d* pts/);
    const error = await page.evaluate(() => window.folio.exportPdf({ paper: 'a3' }).then(() => null, (e) => e.message));
    assert.match(error, /paper: expected "a4" or "letter"/);
    const margin = await page.evaluate(() => window.folio.exportPdf({ marginMm: 100 }).then(() => null, (e) => e.message));
    assert.match(margin, /marginMm: expected a number from 10 to 25/);
    await page.context().close();
  });
});

describe('pictures on paper', () => {
  // pdfimages -list's rows: [page, num, type, width, height, color, comp, bpc, enc, ...].
  const imagesOf = (bytes, name) => {
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
      .map((line) => line.trim().split(/\s+/));
  };

  test("exportPdf() waits for the article's picture and holds it; Print in the preview too", async () => {
    const page = await open(env, '?article=articles/kettleford-alder-brook.json');
    await settled(page);
    // Called at once: the SVG picture may still be on its way, and the PDF waits for it.
    const exported = Buffer.from(await page.evaluate(async () =>
      Array.from(new Uint8Array(await (await window.folio.exportPdf()).arrayBuffer()))));
    const images = imagesOf(exported, 'pictures.pdf');
    assert.equal(images.length, 1, 'the one picture of the article');
    // The 1800 x 1200 SVG, drawn by the browser at its own size, as RGB samples.
    assert.deepEqual(images[0].slice(2, 9), ['image', '1800', '1200', 'rgb', '3', '8', 'image']);

    await clickControl(page, 'print');
    const printed = await nextPdfEvent(page, 'print', () => clickControl(page, 'print-now'));
    assert.deepEqual(imagesOf(printed.bytes, 'printed.pdf').map((row) => row.slice(2, 5)), [['image', '1800', '1200']]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe("the browser's own printing", () => {
  test('Ctrl/Cmd+P prints the article as text, without the canvas or the toolbar', async () => {
    const page = await open(env);
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      stage: getComputedStyle(document.querySelector('.folio-stage')).display,
      heading: document.querySelector('.folio-print h1')?.textContent,
      paragraphs: document.querySelectorAll('.folio-print p').length,
    }));
    assert.equal(shown.stage, 'none', 'neither the canvas nor the text layer over it is printed');
    assert.equal(shown.heading, DEFAULT_TITLE);
    assert.ok(shown.paragraphs >= 9);
    const { text } = inspectPdf(await page.pdf({ format: 'A4' }), 'browser.pdf');
    const flat = text.replace(/\s+/g, ' ');
    assert.match(flat, /U\.S\. Defense Secretary Chuck Hagel on Friday/);
    assert.doesNotMatch(flat, /Reading settings|A\+/);
    await page.context().close();
  });
});

describe('an article too long for one PDF', () => {
  // exportPdf() of a large article once aborted the whole viewer, and the reader was told nothing.
  test('is refused with a message that says why: to exportPdf() and to a reader who prints', async () => {
    const page = await open(env);
    await settled(page);
    await page.evaluate(() => window.folio.load({
      title: 'Twelve long lists',
      body: Array.from({ length: 12 }, () => ({ type: 'list', items: Array.from({ length: 10000 }, (_, i) => `item ${i}`) })),
    }));
    const pages = await page.evaluate(() => window.folio.pageCount());
    assert.ok(pages > 3000, `the article takes ${pages} pages`);
    const refused = await page.evaluate(() => window.folio.exportPdf().then(() => null, (e) => e.message));
    assert.match(refused ?? '', new RegExp(`would take ${pages} pages to print; one PDF holds at most 3000`));
    await page.evaluate(() => window.folio.print());
    await page.waitForFunction(() => /could not be printed/.test(window.folio.state().notice ?? ''));
    assert.match((await page.evaluate(() => window.folio.state())).notice, new RegExp(`would take ${pages} pages`));
    await page.context().close();
  });
});
