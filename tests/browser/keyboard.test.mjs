// The keyboard bar's dialogs (reading settings, bookmarks, the share menu), driven with the keyboard
// only. The browser has no system share dialog here (as desktop Firefox), and links that would leave
// this machine are recorded, never followed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_TITLE, idle, settled, start, watchFileChoosers } from './harness.mjs';

const LONG = '?article=articles/long-read.json';
const LONG_TITLE = JSON.parse(readFileSync(new URL('../../assets/articles/long-read.json', import.meta.url))).title;
const DEFAULT_ARTICLE = JSON.parse(readFileSync(new URL('../../assets/articles/hagel-us-japan-alliance.json', import.meta.url)));
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// RFC 3986 percent-encoding, as the core must produce it.
const encode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

async function openPage(path = '', { permissions = [] } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(permissions, { origin: env.base });
  await context.addInitScript(() => {
    window.opened = [];
    window.open = (url) => { window.opened.push(String(url)); return null; };
    delete Navigator.prototype.share;
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(String(error)));
  await page.goto(env.base + path);
  await settled(page);
  return page;
}

const state = (page) => page.evaluate(() => window.folio.state());

// What has the focus: its text, accessible label and the heading of the dialog it is in (or null).
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const dialog = element.closest('[role=dialog]');
  return {
    text: element.textContent.trim(),
    label: element.getAttribute('aria-label'),
    value: element.value,
    dialog: dialog ? document.getElementById(dialog.getAttribute('aria-labelledby')).textContent : null,
  };
});

// Presses Tab until the keyboard bar's button `label` has the focus.
async function tabTo(page, label) {
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

// Opens the bar's dialog button `label` with the keyboard and returns the dialog's root selector.
async function openDialog(page, label, root) {
  await tabTo(page, label);
  await page.keyboard.press('Enter');
  await page.locator(`${root} [role=dialog]`).waitFor({ state: 'visible' });
  return root;
}

describe('the reading settings dialog', () => {
  test('changes every setting from the keyboard at once, and a reload keeps them', async () => {
    const page = await openPage();
    const first = await state(page);
    await openDialog(page, 'Reading settings', '.folio-settings');
    assert.equal(await page.getAttribute('.folio-settings [role=dialog]', 'aria-modal'), 'true');
    assert.deepEqual(await focused(page), { text: 'Smaller', label: null, value: '', dialog: 'Reading settings' });
    assert.equal(await page.textContent('.folio-settings output'), '20 px');

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Larger');
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.folio-settings output'), '22 px', 'the size control says the new size');
    assert.equal((await state(page)).fontSizePx, 22);
    await page.keyboard.press('Space');
    assert.equal((await state(page)).fontSizePx, 24);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.equal((await state(page)).fontSizePx, 22);

    // Each group of radio buttons is one Tab stop, its arrows choose.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Default size (20 px)');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).value, 'serif');
    await page.keyboard.press('ArrowRight');
    assert.equal((await state(page)).settings.family, 'sans');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).value, 'normal');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).value, 'medium');
    await page.keyboard.press('ArrowLeft');
    const relaid = await state(page);
    assert.equal(relaid.settings.lineSpacing, 'loose');
    assert.equal(relaid.settings.columnWidth, 'narrow');
    assert.ok(relaid.contentHeight > first.contentHeight, 'the article behind is laid out again, taller');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).value, 'auto');
    await page.keyboard.press('ArrowLeft');  // wraps round to the last choice
    assert.equal((await state(page)).theme, 'dark');
    assert.equal(await page.getAttribute('.folio-settings', 'data-theme'), 'dark', 'the dialog takes the theme');

    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('.folio-settings [role=dialog]'), false);
    assert.equal((await focused(page)).text, 'Reading settings', 'the focus is back on the button that opened it');

    const chosen = { fontSizePx: 22, family: 'sans', lineSpacing: 'loose', columnWidth: 'narrow', theme: 'dark' };
    await page.reload();
    const restored = await settled(page);
    for (const [key, value] of Object.entries(chosen)) assert.equal(restored.settings[key], value, key);

    // Opened again, it shows the values in use.
    await openDialog(page, 'Reading settings', '.folio-settings');
    assert.equal(await page.textContent('.folio-settings output'), '22 px');
    const checked = await page.$$eval('.folio-settings input:checked', (radios) => radios.map((r) => r.value));
    assert.deepEqual(checked, ['sans', 'loose', 'narrow', 'dark']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('every dialog of the bar', () => {
  for (const [label, root] of [['Reading settings', '.folio-settings'], ['Bookmarks', '.folio-bookmarks'],
    ['Share', '.folio-share'], ['Add a comment', '.folio-comment-form']]) {
    test(`${label}: Tab stays inside; Escape and Close give the focus back to the button`, async () => {
      const page = await openPage();
      await openDialog(page, label, root);
      const heading = (await focused(page)).dialog;
      assert.ok(heading, 'the focus starts inside the dialog');
      const seen = new Set();
      for (let i = 0; i < 16; i += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        assert.equal(now.dialog, heading, `Tab ${i + 1} stays in the dialog (at "${now.text}")`);
        seen.add(now.text);
      }
      assert.ok(seen.has('Close'), 'Tab reaches Close');
      for (let i = 0; i < 16; i += 1) {
        await page.keyboard.press('Shift+Tab');
        assert.equal((await focused(page)).dialog, heading, `Shift+Tab ${i + 1} stays in the dialog`);
      }
      await page.keyboard.press('Escape');
      assert.equal(await page.isVisible(`${root} [role=dialog]`), false);
      assert.equal((await focused(page)).text, label);

      await page.keyboard.press('Enter');
      for (let i = 0; i < 16 && (await focused(page)).text !== 'Close'; i += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.isVisible(`${root} [role=dialog]`), false);
      assert.equal((await focused(page)).text, label);
      await page.context().close();
    });
  }
});

describe('the bookmarks dialog', () => {
  test('a bookmark saved with the bar reopens where reading stopped, and is removed', async () => {
    const page = await openPage(LONG);
    await tabTo(page, 'Go to the article');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('PageDown');
    await idle(page);
    const reading = await state(page);
    assert.ok(reading.position.block > 0, 'scrolled into the article');
    await page.keyboard.press('Shift+Tab');  // back into the bar
    for (let i = 0; i < 8 && (await focused(page)).text !== 'Bookmark'; i += 1) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.equal((await state(page)).bookmarked, true);
    const [saved] = await page.evaluate(() => window.folio.bookmarks());

    await page.goto(env.base);  // another article
    assert.equal((await settled(page)).title, DEFAULT_TITLE);
    await openDialog(page, 'Bookmarks', '.folio-bookmarks');
    assert.equal(await page.textContent('.folio-bookmark-title'), LONG_TITLE);
    assert.equal(await page.textContent('.folio-bookmark-meta'),
      `The Eastmere Review · ${Math.round(saved.progress * 100)}% read`);
    assert.equal((await focused(page)).label, `Open ${LONG_TITLE}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((title) => window.folio.state().title === title && window.folio.state().ready, LONG_TITLE);
    await idle(page);
    const back = await state(page);
    assert.equal(back.position.block, reading.position.block, 'reopened where reading stopped');
    assert.equal(await page.isVisible('.folio-bookmarks [role=dialog]'), false);
    assert.equal((await focused(page)).text, 'Bookmarks');
    assert.equal(await page.getAttribute('.folio-keyboard-bar [aria-pressed]', 'aria-pressed'), 'true',
      'Bookmark says the reopened article is bookmarked');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).label, `Remove ${LONG_TITLE}`);
    await page.keyboard.press('Enter');
    assert.equal((await state(page)).bookmarks, 0);
    assert.match(await page.textContent('.folio-bookmarks [role=status]'), /Removed/);
    assert.equal(await page.isVisible('.folio-bookmarks-empty'), true, 'an empty list says so');
    assert.equal((await focused(page)).text, 'Import', 'the focus stays in the dialog');
    assert.equal(await page.getAttribute('.folio-keyboard-bar [aria-pressed]', 'aria-pressed'), 'false');
    await page.reload();
    assert.equal((await settled(page)).bookmarks, 0);
    await page.context().close();
  });

  test('Export saves the list; Import merges a file and says what happened', async () => {
    const page = await openPage();
    const choosers = watchFileChoosers(page);
    await tabTo(page, 'Bookmark');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.folio-bookmarks [role=dialog]').waitFor();
    for (let i = 0; i < 6 && (await focused(page)).text !== 'Export'; i += 1) await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'folio-bookmarks.json');
    const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
    assert.equal(exported.bookmarks[0].title, DEFAULT_TITLE);

    const file = JSON.stringify({ version: 1, bookmarks: [{ id: 'https://example.com/other', title: 'Another story',
      url: 'https://example.com/other', savedAt: '2024-01-02T03:04:05Z' }] });
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Import');
    const opened = choosers.next();
    await page.keyboard.press('Enter');
    const chooser = await opened;
    await chooser.setFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /Imported 1 new/.test(document.querySelector('.folio-bookmarks [role=status]').textContent));
    const titles = await page.$$eval('.folio-bookmark-title', (spans) => spans.map((s) => s.textContent));
    assert.deepEqual(titles, [DEFAULT_TITLE, 'Another story']);
    assert.equal(await page.locator('.folio-bookmark-list li').nth(1).locator('[data-action=open]').count(), 0,
      'a bookmark with nowhere to load it from has no Open');
    await page.context().close();
  });
});

describe('the share menu', () => {
  test('Share in the bar opens the menu instead of the canvas sheet; its links are the core\'s', async () => {
    const page = await openPage();
    const events = [];
    await page.exposeFunction('recordShare', (detail) => events.push(detail));
    await page.evaluate(() => window.folio.addEventListener('share', (e) => window.recordShare(e.detail)));
    await openDialog(page, 'Share', '.folio-share');
    assert.equal((await state(page)).shareSheetOpen, false);
    assert.equal((await focused(page)).text, 'Copy link');

    const links = await page.$$eval('.folio-share-links a', (anchors) =>
      anchors.map((a) => ({ label: a.textContent, url: a.getAttribute('href'), target: a.target, rel: a.rel })));
    const core = await page.evaluate(() => window.folio._bridge.shareLinks().links);
    assert.deepEqual(links.map((l) => [l.label, l.url]), core.map((l) => [l.label, l.url]));
    assert.deepEqual(links.map((l) => l.label), ['E-mail', 'X', 'Facebook', 'LinkedIn', 'Weibo', 'WhatsApp']);
    // The default article has no URL of its own: the page's address is shared, with its first paragraph.
    const email = `mailto:?subject=${encode(DEFAULT_TITLE)}&body=${encode(DEFAULT_ARTICLE.body[0])}%0D%0A%0D%0A${encode(env.base)}`;
    assert.equal(links[0].url, email);
    assert.equal(links[1].url, `https://x.com/intent/tweet?text=${encode(DEFAULT_TITLE)}&url=${encode(env.base)}`);
    assert.equal(links[0].target, '', 'e-mail opens the mail program, not a tab');
    for (const link of links.slice(1)) {
      assert.equal(link.target, '_blank');
      assert.equal(link.rel, 'noopener noreferrer');
    }
    assert.deepEqual(events, []);
    await page.context().close();
  });

  test('Copy link puts the URL on the clipboard and says so', async () => {
    const page = await openPage('', { permissions: ['clipboard-read', 'clipboard-write'] });
    const events = [];
    await page.exposeFunction('recordShare', (detail) => events.push(detail));
    await page.evaluate(() => window.folio.addEventListener('share', (e) => window.recordShare(e.detail)));
    await openDialog(page, 'Share', '.folio-share');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.folio-share [role=status]').textContent !== '');
    assert.equal(await page.textContent('.folio-share [role=status]'), 'Link copied.');
    assert.equal(await page.getAttribute('.folio-share [role=status]', 'aria-live'), 'polite');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), env.base);
    assert.deepEqual(events, [{ target: 'copy', url: env.base }]);
    await page.context().close();
  });
});
