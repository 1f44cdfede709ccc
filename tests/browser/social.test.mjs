// Sharing, bookmarks and comments in a real browser. Links that would leave this machine are
// recorded, never followed: window.open and mailto clicks are replaced before the page runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TITLE, clickControl, idle, settled, start, watchFileChoosers } from './harness.mjs';

const KEY = 'folio.bookmarks.v1';
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// RFC 3986 percent-encoding, as the viewer must produce it.
const encode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// A page whose outgoing links are recorded in window.opened, with no system share dialog (as on
// desktop Firefox) so that the viewer's own share sheet is used.
async function openRecording(path = '', { seed = null, permissions = [] } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(permissions, { origin: env.base });
  await context.addInitScript(([key, value]) => {
    window.opened = [];
    window.open = (url) => { window.opened.push(String(url)); return null; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (/^mailto:/i.test(this.href)) window.opened.push(this.href);
      else click.call(this);
    };
    delete Navigator.prototype.share;
    if (value !== null && !sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, seed]);
  const page = await context.newPage();
  await page.goto(env.base + path);
  return page;
}

const state = (page) => page.evaluate(() => window.folio.state());
const ARTICLE = {
  title: 'Zürich & “Quotes”', url: 'https://example.com/a?b=1', summary: 'Short summary.',
  body: ['First paragraph of the text.'],
};

describe('share', () => {
  test('Copy link puts the URL on the clipboard and says so', async () => {
    const page = await openRecording('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await settled(page);
    await page.evaluate((a) => window.folio.load(a), ARTICLE);
    await idle(page);
    await clickControl(page, 'share');
    assert.equal((await state(page)).shareSheetOpen, true);
    await clickControl(page, 'share-copy');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ARTICLE.url);
    await page.context().close();
  });

  test('the e-mail and social links are exactly right, and only recorded here', async () => {
    const page = await openRecording();
    await settled(page);
    await page.evaluate((a) => window.folio.load(a), ARTICLE);
    const events = [];
    await page.exposeFunction('recordShare', (detail) => events.push(detail));
    await page.evaluate(() => window.folio.addEventListener('share', (e) => window.recordShare(e.detail)));
    await idle(page);
    await clickControl(page, 'share');
    await clickControl(page, 'share-email');
    await clickControl(page, 'share');
    await clickControl(page, 'share-x');
    const opened = await page.evaluate(() => window.opened);
    const email = `mailto:?subject=${encode(ARTICLE.title)}&body=${encode(ARTICLE.summary)}%0D%0A%0D%0A${encode(ARTICLE.url)}`;
    assert.equal(opened[0], email);
    assert.equal(opened[1], `https://x.com/intent/tweet?text=${encode(ARTICLE.title)}&url=${encode(ARTICLE.url)}`);
    assert.deepEqual(events.map((e) => e.target), ['email', 'x']);
    await page.context().close();
  });

  test('share() falls back to the share sheet without a system dialog', async () => {
    const page = await openRecording();
    await settled(page);
    await page.evaluate(() => window.folio.share());
    await page.waitForFunction(() => window.folio.state().shareSheetOpen);
    await page.context().close();
  });
});

describe('bookmarks', () => {
  test('a bookmark survives a reload and reopens at its reading position', async () => {
    const page = await openRecording('?article=articles/long-read.json');
    await settled(page);
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, 9000);
    await idle(page);
    const reading = await state(page);
    const events = [];
    await page.exposeFunction('recordBookmark', (detail) => events.push(detail));
    await page.evaluate(() => window.folio.addEventListener('bookmark', (e) => window.recordBookmark(e.detail)));
    await clickControl(page, 'bookmark');
    assert.equal((await state(page)).bookmarked, true);
    assert.equal(events[0].bookmarked, true);
    const saved = await page.evaluate(() => window.folio.bookmarks());
    assert.equal(saved.length, 1);
    assert.equal(saved[0].block, reading.position.block);
    assert.ok(saved[0].progress > 0.05 && saved[0].progress < 1);

    await page.goto(env.base);  // another article
    const other = await settled(page);
    assert.equal(other.title, DEFAULT_TITLE);
    assert.equal(other.bookmarked, false);
    assert.equal(other.bookmarks, 1);
    await clickControl(page, 'bookmarks');
    await clickControl(page, 'bookmark-open-0');
    await page.waitForFunction((title) => window.folio.state().title !== title && window.folio.state().ready, DEFAULT_TITLE);
    await idle(page);
    const back = await state(page);
    assert.equal(back.bookmarked, true);
    assert.equal(back.position.block, reading.position.block);
    assert.ok(back.scrollY > 1000, `reopened where reading stopped (${back.scrollY})`);

    await clickControl(page, 'bookmark');
    assert.equal((await state(page)).bookmarked, false);
    await page.reload();
    assert.equal((await settled(page)).bookmarks, 0);
    await page.context().close();
  });

  test('corrupted bookmarks are kept aside, the reader is told, and new ones still work', async () => {
    const page = await openRecording('', { seed: '{"version":1,"bookmarks":[{"id":""}]' });
    const s = await settled(page);
    assert.match(s.notice, /bookmarks could not be read/);
    assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.rejected`), KEY),
      '{"version":1,"bookmarks":[{"id":""}]');
    assert.equal(await page.evaluate(() => window.folio.toggleBookmark()), true);
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.equal(stored.bookmarks[0].title, DEFAULT_TITLE);
    await page.context().close();
  });

  test('an unreadable list read on two page views is kept aside once', async () => {
    const damaged = `{"version":1,"bookmarks":[${'"x",'.repeat(1000)}`;
    const page = await openRecording('', { seed: damaged });
    assert.match((await settled(page)).notice, /bookmarks could not be read/);
    await page.reload();
    assert.match((await settled(page)).notice, /bookmarks could not be read/);
    const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.rejected`)), KEY);
    assert.deepEqual(aside, [`${KEY}.rejected`]);
    assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.rejected`), KEY), damaged);
    await page.context().close();
  });

  test('export writes the list as JSON; import merges a file and reports', async () => {
    const page = await openRecording();
    const choosers = watchFileChoosers(page);
    await settled(page);
    await page.evaluate(() => window.folio.toggleBookmark());
    await idle(page);
    await clickControl(page, 'bookmarks');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'bookmarks-export')]);
    assert.equal(download.suggestedFilename(), 'folio-bookmarks.json');
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
    assert.equal(exported.bookmarks[0].title, DEFAULT_TITLE);

    const file = JSON.stringify({ version: 1, bookmarks: [{ id: 'https://example.com/other', title: 'Another story',
      url: 'https://example.com/other', savedAt: '2024-01-02T03:04:05Z' }] });
    const opened = choosers.next();
    await clickControl(page, 'bookmarks-import');
    const chooser = await opened;
    await chooser.setFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /Imported 1 new/.test(window.folio.state().notice ?? ''));
    assert.equal((await state(page)).bookmarks, 2);
    await page.context().close();
  });
});

describe('links', () => {
  test("opening a link follows the core's rule: http(s) and mailto open, anything else does not", async () => {
    const page = await openRecording();
    await settled(page);
    const tried = ['https://example.com/a', 'mailto:ana@example.com', 'javascript:alert(1)',
      'https://example.com/a b', 'https://exa\tmple.com/', 'data:text/html,x', 'https://'];
    for (const url of tried) await page.evaluate((u) => window.folio._runAction('open', u, '', ''), url);
    assert.deepEqual(await page.evaluate(() => window.opened), ['https://example.com/a', 'mailto:ana@example.com']);
    await page.context().close();
  });
});

describe('comments', () => {
  test('the count is shown under the article, or "No comments yet."', async () => {
    const page = await openRecording('?article=articles/millbrook-night-reading.json');
    assert.equal((await settled(page)).comments, 3);
    await page.evaluate(() => window.folio.load('articles/hagel-us-japan-alliance.json'));
    assert.equal((await state(page)).comments, 0);
    await page.context().close();
  });
});

describe('the comment form', () => {
  test('names what is missing, keeps a comment locally without an endpoint, and it survives a reload', async () => {
    const page = await openRecording();
    await settled(page);
    await page.evaluate(() => window.folio.openCommentForm());
    await page.click('.folio-comment-form button[type=submit]');
    assert.equal(await page.textContent('[data-for=name]'), 'Please enter your name.');
    assert.equal(await page.textContent('[data-for=text]'), 'Please write a comment.');
    assert.equal(await page.getAttribute('.folio-comment-form [name=name]', 'aria-invalid'), 'true');
    await page.fill('.folio-comment-form [name=name]', 'Ana Lima');
    await page.fill('.folio-comment-form [name=text]', 'Clear and useful, thank you.');
    await page.click('.folio-comment-form button[type=submit]');
    await page.waitForFunction(() => window.folio.state().comments === 1);
    // Nothing can send it, so nothing moderates it: it is never said to await moderation.
    const status = await page.textContent('.folio-comment-status');
    assert.match(status, /kept in this browser/);
    assert.doesNotMatch(status, /moderation/);
    await page.waitForFunction(() => /Ana Lima · .*not sent yet/.test(document.querySelector('.folio-text').textContent));
    assert.doesNotMatch(await page.textContent('.folio-text'), /awaiting moderation/);
    await page.reload();
    assert.equal((await settled(page)).comments, 1, 'the pending comment is still shown after a reload');
    await page.context().close();
  });

  test('a comment kept in this browser is sent once the page gives a submitComment handler, and dropped', async () => {
    const page = await openRecording();
    await settled(page);
    await page.evaluate(() => window.folio.openCommentForm());
    await page.fill('.folio-comment-form [name=name]', 'Ana Lima');
    await page.fill('.folio-comment-form [name=text]', 'Kept until it can be sent.');
    await page.click('.folio-comment-form button[type=submit]');
    await page.waitForFunction(() => window.folio.state().comments === 1);
    await page.reload();
    await settled(page);
    // A viewer mounted with a handler that fails first: the comment stays kept, the event says why.
    const first = await page.evaluate(async () => {
      window.folio.destroy();
      const { mount } = await import('./folio.js');
      const events = [];
      const viewer = await mount(document.getElementById('viewer'), {
        submitComment: () => Promise.reject(new Error('the moderation service is down')),
        on: { comment: (e) => events.push(e.detail) },
      });
      window.folio = viewer;
      await viewer.load('articles/hagel-us-japan-alliance.json');
      while (!events.length) await new Promise((resolve) => viewer.addEventListener('comment', resolve, { once: true }));
      return { events, comments: viewer.state().comments };
    });
    assert.deepEqual(first.events, [{ status: 'failed', error: 'the moderation service is down', author: 'Ana Lima', unsent: true }]);
    assert.equal(first.comments, 1);
    // The page's own handler, with its credentials: it receives the comment, which leaves the browser's list.
    const sent = await page.evaluate(async () => {
      const received = [];
      const events = [];
      window.folio.addEventListener('comment', (e) => events.push(e.detail));
      await window.folio.setCommentSender({ submitComment: async (comment) => { received.push(comment); } });
      return { received, events, comments: window.folio.state().comments };
    });
    assert.equal(sent.received.length, 1);
    assert.equal(sent.received[0].author, 'Ana Lima');
    assert.equal(sent.received[0].text, 'Kept until it can be sent.');
    assert.equal(sent.received[0].article.title, DEFAULT_TITLE);
    assert.deepEqual(sent.events, [{ status: 'sent', author: 'Ana Lima', unsent: true }]);
    assert.equal(sent.comments, 0);
    await page.reload();
    assert.equal((await settled(page)).comments, 0, 'a sent comment is not kept any more');
    await page.context().close();
  });

  test('comments: false leaves out the comments, their form and the keyboard bar\'s Add a comment', async () => {
    const page = await openRecording();
    await settled(page);
    const shown = await page.evaluate(async () => {
      window.folio.destroy();
      const { mount } = await import('./folio.js');
      const viewer = await mount(document.getElementById('viewer'), { comments: false });
      window.folio = viewer;
      await viewer.load('articles/millbrook-night-reading.json');
      viewer.openCommentForm();
      return {
        comments: viewer.state().comments,
        text: document.querySelector('.folio-text').textContent,
        bar: [...document.querySelectorAll('.folio-keyboard-bar button')].map((b) => b.textContent),
        form: Boolean(document.querySelector('.folio-comment-form:not([hidden])')),
      };
    });
    assert.equal(shown.comments, 0);
    assert.doesNotMatch(shown.text, /Add your comment|Comments/);
    assert.ok(!shown.bar.includes('Add a comment') && shown.bar.includes('Share'), shown.bar.join(', '));
    assert.equal(shown.form, false);
    assert.deepEqual(page.problems ?? [], []);
    await page.context().close();
  });

  test('a draft is kept across a reload; a failed POST keeps it; a good POST sends the JSON', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const posted = [];
    let fail = true;
    await context.route('**/api/comments', (route) => {
      if (fail) return route.abort('connectionrefused');
      posted.push(JSON.parse(route.request().postData()));
      return route.fulfill({ status: 201, body: '{}' });
    });
    const page = await context.newPage();
    const mountWithEndpoint = () => page.evaluate(async () => {
      const { mount } = await import('./folio.js');
      const element = document.getElementById('viewer');
      window.folio = await mount(element, { article: 'articles/hagel-us-japan-alliance.json', commentEndpoint: '/api/comments' });
      await window.folio.loaded;
    });
    await page.goto(`${env.base}?article=articles/hagel-us-japan-alliance.json`);
    await settled(page);
    await mountWithEndpoint();
    await page.evaluate(() => window.folio.openCommentForm());
    await page.fill('.folio-comment-form [name=name]', 'Kenji');
    await page.fill('.folio-comment-form [name=text]', 'A draft that must not be lost.');
    await page.click('.folio-comment-form button[type=submit]');
    await page.waitForFunction(() => /could not be sent/.test(document.querySelector('.folio-comment-status').textContent));

    await page.reload();
    await settled(page);
    await mountWithEndpoint();
    await page.evaluate(() => window.folio.openCommentForm());
    assert.equal(await page.inputValue('.folio-comment-form [name=name]'), 'Kenji');
    assert.equal(await page.inputValue('.folio-comment-form [name=text]'), 'A draft that must not be lost.');
    fail = false;
    await page.click('.folio-comment-form button[type=submit]');
    await page.waitForFunction(() => /approved/.test(document.querySelector('.folio-comment-status').textContent));
    assert.equal(posted.length, 1);
    assert.equal(posted[0].author, 'Kenji');
    assert.equal(posted[0].text, 'A draft that must not be lost.');
    assert.equal(posted[0].article.title, DEFAULT_TITLE);
    // The article is named by where it was loaded from, not by the url it claims.
    assert.equal(posted[0].article.id, new URL('articles/hagel-us-japan-alliance.json', env.base).href);
    await page.evaluate(() => window.folio.openCommentForm());
    assert.equal(await page.inputValue('.folio-comment-form [name=text]'), '', 'a sent comment leaves no draft');
    await context.close();
  });
});
