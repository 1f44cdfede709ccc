// Format 1.1 in the viewer: code blocks (as written, scrolling sideways when wider than the column,
// the canvas following the text layer; copied with their lines and indentation), inline runs,
// tables (a table of cells in the text layer over the canvas's grid; copied as rows of cells), asides
// (a box of a title and paragraphs on a tint), embeds (a card that links out), galleries (pictures side
// by side, each with its caption), nested lists, and footnotes (a mark opens its note in a popover; marks and notes link both ways).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idle, measure, open, settled, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CODE = 'def total(items):\n    return sum(item.price * item.quantity for item in items)  # everything in the basket, taxes included\n\nprint(total(basket))';
const ARTICLE = {
  version: 1.1,
  title: 'Code in an article',
  body: [
    'A paragraph before the code.',
    { type: 'code', language: 'python', text: CODE },
    { type: 'paragraph', text: ['Water is H', { text: '2', sub: true }, 'O; run ', { text: 'make', code: true }, ', ', { text: 'now', strike: true }, '.'] },
  ],
};

const TABLE_ROWS = [['Station', 'Latitude', 'Longitude', 'Elevation', 'Operator', 'First record'],
  ['Kettleford North', '51.2041', '-1.4412', '112 m', 'County Water Board', '1931-04-01'],
  ['Alder Brook Weir', '51.1877', '-1.3901', '96 m', 'Environment Agency', '1962-10-01']];
const TABLES = {
  version: 1.1,
  title: 'Tables in an article',
  body: [
    'A paragraph before the table.',
    { type: 'table', caption: 'Rain by month', headerRow: true, headerColumn: true, rows: [['Month', 'Rain'], ['January', '84'], ['February', '61']] },
    { type: 'rule' },
    { type: 'table', headerRow: true, rows: TABLE_ROWS },
  ],
};

// Opens a phone-sized page showing ARTICLE.
async function showArticle(options = {}, article = ARTICLE, ready = '.folio-text pre .folio-line') {
  const page = await open(env, '', { viewport: { width: 390, height: 700 }, ...options });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await settled(page);
  await page.evaluate((a) => window.folio.load(a), article);
  await idle(page);
  await page.waitForFunction((selector) => document.querySelector(selector), ready);
  return page;
}

// Selects the contents of `element` (a selector) and copies them; the clipboard's text.
async function copyOf(page, selector) {
  await page.evaluate((s) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(s));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, selector);
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('format 1.1', () => {
  test('a code block wider than the column scrolls sideways in its box, the canvas with it', async () => {
    const page = await showArticle();
    const pre = await page.evaluate(() => {
      const element = document.querySelector('.folio-text pre');
      const box = element.getBoundingClientRect();
      return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, x: box.x, y: box.y, width: box.width, height: box.height };
    });
    assert.ok(pre.scrollWidth > pre.clientWidth + 100, `the code is wider than its box (${pre.scrollWidth} > ${pre.clientWidth})`);
    const clip = { x: Math.round(pre.x), y: Math.round(pre.y), width: Math.round(pre.width), height: Math.round(pre.height) };
    const before = await page.screenshot({ clip });
    // The reader scrolls the code (a swipe or a trackpad: the browser's own scrolling).
    await page.evaluate(() => { document.querySelector('.folio-text pre').scrollLeft = 400; });
    await idle(page);
    const scrolled = await page.screenshot({ clip });
    assert.notDeepEqual(scrolled, before, 'the canvas drew the scrolled code');
    // The canvas's glyphs are where the layer's are: the start of the long line's visible part.
    const inBox = await page.evaluate(() => {
      const pre = document.querySelector('.folio-text pre');
      const box = pre.getBoundingClientRect();
      const line = [...pre.querySelectorAll('.folio-line')].find((l) => l.textContent.includes('sum('));
      const range = document.createRange();
      range.selectNodeContents(line);
      const rect = range.getBoundingClientRect();
      return { lineLeft: rect.left, boxLeft: box.left, top: rect.top, height: rect.height };
    });
    assert.ok(inBox.lineLeft < inBox.boxLeft - 300, 'the layer\'s line moved left with the scroll');
    const ink = await measure(page, { x: Math.round(inBox.boxLeft) + 4, y: Math.round(inBox.top), width: 200, height: Math.round(inBox.height) });
    assert.ok(ink.ink > 0.02, `the canvas shows the line's scrolled part (ink ${ink.ink})`);
    await page.context().close();
  });

  test('copying a code block gives its lines as written, and the runs read as code, sub and s', async () => {
    const page = await showArticle();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.folio-text pre'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, CODE);
    const runs = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.folio-text p')].find((p) => p.textContent.includes('Water'));
      return ['sub', 'code', 's'].map((tag) => paragraph.querySelector(tag)?.textContent);
    });
    assert.deepEqual(runs, ['2', 'make', 'now']);
    await page.context().close();
  });

  test('a table is a table of cells in the text layer, each line over the canvas glyphs, and copies as rows of cells', async () => {
    const page = await showArticle({ viewport: { width: 900, height: 900 } }, TABLES, '.folio-text table td .folio-line');
    const structure = await page.evaluate(() => {
      const table = document.querySelector('.folio-text table');
      return {
        role: table.getAttribute('role'),
        caption: table.querySelector('caption')?.textContent,
        rows: [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => `${cell.localName}:${cell.getAttribute('role')}:${cell.textContent}`)),
        rule: document.querySelectorAll('.folio-text hr').length,
      };
    });
    assert.deepEqual(structure, {
      role: 'table',
      caption: 'Rain by month',
      rows: [['th:columnheader:Month', 'th:columnheader:Rain'], ['th:rowheader:January', 'td:cell:84'], ['th:rowheader:February', 'td:cell:61']],
      rule: 1,
    });
    // The canvas draws each cell's text where the layer has it: ink under every cell's line box,
    // none in the cell's padding beside it.
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.folio-text table')[0].querySelectorAll('td .folio-line, th .folio-line')]
      .map((line) => { const r = line.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, text: line.textContent }; }));
    assert.equal(boxes.length, 6);
    for (const box of boxes) {
      const ink = await measure(page, { x: Math.round(box.x), y: Math.round(box.y), width: Math.max(1, Math.round(box.width)), height: Math.round(box.height) });
      assert.ok(ink.ink > 0.05, `the canvas shows "${box.text}" under its line (ink ${ink.ink})`);
    }
    assert.equal(await copyOf(page, '.folio-text table'), 'Rain by month\nMonth\tRain\nJanuary\t84\nFebruary\t61');
    await page.context().close();
  });

  test('a table wider than a phone scrolls sideways in its box, the canvas with it', async () => {
    const page = await showArticle({}, TABLES, '.folio-text table td .folio-line');
    const wide = '.folio-text table:nth-of-type(2)';
    await page.evaluate((s) => document.querySelectorAll('.folio-text table')[1].scrollIntoView({ block: 'center' }), wide);
    await idle(page);
    const box = await page.evaluate(() => {
      const table = document.querySelectorAll('.folio-text table')[1];
      const r = table.getBoundingClientRect();
      return { scrollWidth: table.scrollWidth, clientWidth: table.clientWidth, x: r.x, y: r.y, width: r.width, height: r.height };
    });
    assert.ok(box.scrollWidth > box.clientWidth + 100, `the table is wider than its box (${box.scrollWidth} > ${box.clientWidth})`);
    const clip = { x: Math.round(box.x), y: Math.max(0, Math.round(box.y)), width: Math.round(box.width), height: Math.min(400, Math.round(box.height)) };
    const before = await page.screenshot({ clip });
    await page.evaluate(() => { document.querySelectorAll('.folio-text table')[1].scrollLeft = 10000; });
    await idle(page);
    assert.notDeepEqual(await page.screenshot({ clip }), before, 'the canvas drew the scrolled table');
    // The last column's header, scrolled into the box, is drawn where the layer has it.
    const last = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('.folio-text table')[1].querySelectorAll('th')].pop();
      const r = cell.querySelector('.folio-line').getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: cell.textContent };
    });
    assert.equal(last.text, 'First record');
    assert.ok(last.x > box.x && last.x + last.width <= box.x + box.width + 1, 'the last column is in the box');
    const ink = await measure(page, { x: Math.round(last.x), y: Math.round(last.y), width: Math.round(last.width), height: Math.round(last.height) });
    assert.ok(ink.ink > 0.05, `the canvas shows the scrolled column (ink ${ink.ink})`);
    await page.context().close();
  });
});

const FILLER = 'The brook ran under the high street for ninety years, and for most of them nobody gave it a thought. ';
const NOTES = {
  version: 1.1,
  title: 'Footnotes in an article',
  body: [
    { type: 'paragraph', text: ['The council voted to open the channel', { text: '1', note: ['Minutes of the meeting, ', { text: 'published online', href: 'https://example.com/minutes' }, '.'] }, ' in May.'] },
    ...Array.from({ length: 12 }, () => FILLER.repeat(4)),
    'The end of the story.',
  ],
};

// The box of `selector`'s first match in the window, CSS px; null when there is none.
function boxOf(page, selector) {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return null;
    const r = element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}

describe('footnotes', () => {
  test('a mark opens its note in a popover; the note and its mark link to each other; the note\'s link back is not copied', async () => {
    const page = await showArticle({}, NOTES, '.folio-text .folio-noteref');
    const mark = await page.evaluate(() => {
      const a = document.querySelector('.folio-noteref');
      return { href: a.getAttribute('href'), role: a.getAttribute('role'), text: a.textContent };
    });
    assert.deepEqual(mark, { href: '#folio-note-1', role: 'doc-noteref', text: '1' });
    const markBox = await boxOf(page, '.folio-noteref');
    await page.mouse.click(markBox.x + markBox.width / 2, markBox.y + markBox.height / 2);
    await page.waitForSelector('.folio-note-popover');
    const popover = await page.evaluate(() => {
      const element = document.querySelector('.folio-note-popover');
      const style = getComputedStyle(element);
      return { text: element.querySelector('p').textContent, focused: document.activeElement === element, role: element.getAttribute('role'),
        label: element.getAttribute('aria-label'), link: element.querySelector('p a')?.href, color: style.color, background: style.backgroundColor,
        expanded: document.querySelector('.folio-noteref').getAttribute('aria-expanded') };
    });
    assert.equal(popover.text.trim(), 'Minutes of the meeting, published online.');
    assert.equal(popover.link, 'https://example.com/minutes', 'the note\'s own link works in it');
    assert.ok(popover.focused && popover.role === 'dialog' && popover.label === 'Note 1' && popover.expanded === 'true');
    assert.notEqual(popover.color, popover.background, 'its text shows');
    const box = await boxOf(page, '.folio-note-popover');
    assert.ok(box.x >= 0 && box.x + box.width <= 390, 'it fits the phone\'s width');
    const shown = await measure(page, { x: Math.round(box.x) + 4, y: Math.round(box.y) + 4, width: Math.round(box.width) - 8, height: 24 });
    assert.ok(shown.ink > 0.02, `its text is drawn (ink ${shown.ink})`);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.folio-note-popover') && document.activeElement?.classList.contains('folio-noteref'));

    // From the popover to the note at the end, and back.
    await page.mouse.click(markBox.x + markBox.width / 2, markBox.y + markBox.height / 2);
    await page.waitForSelector('.folio-note-popover');
    await page.click('.folio-note-go');
    await page.waitForFunction(() => document.activeElement?.localName === 'li' && document.activeElement.textContent.includes('Minutes'));
    const note = await page.evaluate(() => {
      const li = document.activeElement;
      const r = li.getBoundingClientRect();
      const back = li.querySelector('.folio-backlink');
      return { top: r.top, bottom: r.bottom, back: back.getAttribute('href'), role: back.getAttribute('role'), inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    assert.ok(note.inView, `the note is in view (${note.top}-${note.bottom})`);
    assert.deepEqual([note.back, note.role], ['#folio-ref-1', 'doc-backlink']);
    await idle(page);
    const noteLine = await boxOf(page, 'li:focus .folio-line:not(.folio-marker)');
    const ink = await measure(page, { x: Math.round(noteLine.x), y: Math.round(noteLine.y), width: Math.round(noteLine.width), height: Math.round(noteLine.height) });
    assert.ok(ink.ink > 0.05, `the canvas drew the note where it is (ink ${ink.ink})`);
    assert.equal(await copyOf(page, 'li:focus'), 'Minutes of the meeting, published online.', 'the link back is not copied');

    await page.click('li:focus .folio-backlink');
    await page.waitForFunction(() => document.activeElement?.classList.contains('folio-noteref'));
    const back = await boxOf(page, '.folio-noteref');
    assert.ok(back.y >= 0 && back.y + back.height <= 700, 'the mark is in view again');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('asides', () => {
  test('an aside is a box of its title and paragraphs on a tint, read and copied as such', async () => {
    const page = await showArticle({}, {
      version: 1.1,
      title: 'An aside',
      body: ['A paragraph before the box.', { type: 'aside', title: 'What is daylighting?', paragraphs: ['Opening a river that was buried in a pipe.', 'Towns do it more and more.'] }, 'After.'],
    }, '.folio-text aside p .folio-line');
    const dom = await page.evaluate(() => {
      const aside = document.querySelector('.folio-text aside');
      return { title: aside.querySelector('h4').textContent, paragraphs: [...aside.querySelectorAll('p')].map((p) => p.textContent.trim()) };
    });
    assert.deepEqual(dom, { title: 'What is daylighting?', paragraphs: ['Opening a river that was buried in a pipe.', 'Towns do it more and more.'] });
    // The tint: the box's padding left of the title differs from the page just above the box.
    const line = await boxOf(page, '.folio-text aside h4 .folio-line');
    const before = await boxOf(page, '.folio-text p .folio-line');
    assert.ok(line.x - before.x >= 10, `the title is set in from the column's edge (${line.x - before.x} px)`);
    const inside = { x: Math.round(before.x) + 2, y: Math.round(line.y), width: 6, height: Math.round(line.height) };
    const outside = { ...inside, y: Math.round(before.y + before.height) + 2, height: 6 };
    inside.height = 6;
    assert.notDeepEqual(await page.screenshot({ clip: inside }), await page.screenshot({ clip: outside }), 'the box is tinted');
    const ink = await measure(page, { x: Math.round(line.x), y: Math.round(line.y), width: Math.round(line.width), height: Math.round(line.height) });
    assert.ok(ink.ink > 0.05, `the canvas draws the title under its line (ink ${ink.ink})`);
    assert.equal(await copyOf(page, '.folio-text aside'), 'What is daylighting?\n\nOpening a river that was buried in a pipe.\n\nTowns do it more and more.');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('nested lists', () => {
  test('a list in a list item is a list in that item in the text layer, and copies nested', async () => {
    const page = await showArticle({}, {
      version: 1.1,
      title: 'Nested lists',
      body: [{ type: 'list', ordered: true, items: ['Dig the channel', { text: 'Plant the banks', list: { items: ['Alder', { text: 'Willow', list: { ordered: true, items: ['Crack willow'] } }] } }, 'Open the path'] }],
    }, '.folio-text ol li ul li .folio-line');
    const tree = await page.evaluate(() => {
      const outline = (list) => [...list.children].map((li) => {
        const own = [...li.children].filter((c) => c.classList.contains('folio-line') && !c.classList.contains('folio-marker'))
          .map((c) => c.textContent).join('').trim();
        const nested = li.querySelector(':scope > ul, :scope > ol');
        return nested ? [own, nested.localName, outline(nested)] : own;
      });
      return outline(document.querySelector('.folio-text ol.folio-group'));
    });
    assert.deepEqual(tree, ['Dig the channel', ['Plant the banks', 'ul', ['Alder', ['Willow', 'ol', ['Crack willow']]]], 'Open the path']);
    assert.equal(await copyOf(page, '.folio-text ol.folio-group'), 'Dig the channel\nPlant the banks\nAlder\nWillow\nCrack willow\nOpen the path');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('embeds', () => {
  test('an embed is a card of its poster, label, title and site that links out, never an iframe', async () => {
    const page = await showArticle({}, {
      version: 1.1,
      title: 'An embed',
      body: ['Before the card.', { type: 'embed', kind: 'video', url: 'https://www.example.com/watch?v=1', title: 'The brook, opened',
        provider: 'ExampleTube', poster: 'articles/images/alder-brook-high-street.svg', alt: 'The brook in the high street', width: 1200, height: 800 }, 'After.'],
    }, '.folio-text figure figcaption p a .folio-line, .folio-text figure figcaption p .folio-line a');
    const card = await page.evaluate(() => {
      const figure = document.querySelector('.folio-text figure');
      const link = figure.querySelector('figcaption a');
      return { lines: [...figure.querySelectorAll('figcaption p')].map((p) => p.textContent.trim()),
        href: link.href, target: link.target, rel: link.rel,
        poster: figure.querySelector('.folio-picture')?.getAttribute('aria-label'), frames: document.querySelectorAll('iframe').length };
    });
    assert.deepEqual(card.lines, ['Video · ExampleTube', 'The brook, opened', 'example.com']);
    assert.equal(card.href, 'https://www.example.com/watch?v=1');
    assert.equal(card.target, '_blank');
    assert.match(card.rel, /noopener/);
    assert.equal(card.poster, 'The brook in the high street');
    assert.equal(card.frames, 0);
    await page.waitForFunction(() => window.folio.state().pictures >= 1);
    await idle(page);
    const title = await page.evaluate(() => {
      const line = [...document.querySelectorAll('.folio-text figcaption p')][1].querySelector('.folio-line');
      const r = line.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const ink = await measure(page, { x: Math.round(title.x), y: Math.round(title.y), width: Math.round(title.width), height: Math.round(title.height) });
    assert.ok(ink.ink > 0.05, `the canvas draws the title under its line (ink ${ink.ink})`);
    const poster = await boxOf(page, '.folio-text figure .folio-picture');
    const drawn = await measure(page, { x: Math.round(poster.x), y: Math.round(poster.y), width: Math.round(poster.width), height: Math.round(poster.height) }, [100, 150, 190]);
    assert.ok(drawn.matching > 0.02, `the poster is drawn in its box (${drawn.matching} of it water-blue)`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('galleries', () => {
  test('a gallery sets its pictures side by side on a wide screen, each a figure with its own picture and caption', async () => {
    const page = await showArticle({ viewport: { width: 1000, height: 900 } }, {
      version: 1.1,
      title: 'A gallery',
      body: ['Before the pictures.', { type: 'gallery', caption: 'The brook and the town.', images: [
        { src: 'articles/images/alder-brook-high-street.svg', alt: 'The brook in the high street', caption: 'The high street.', credit: 'Council drawings' },
        { src: 'articles/images/millbrook-night-reading.svg', alt: 'A reading room at night', caption: 'The library by night.' }] }, 'After.'],
    }, '.folio-text figure > figure figcaption .folio-line');
    await page.waitForFunction(() => window.folio.state().pictures >= 2);
    await idle(page);
    const figures = await page.evaluate(() => [...document.querySelectorAll('.folio-text figure.folio-group > figure')].map((figure) => {
      const r = figure.querySelector('.folio-picture').getBoundingClientRect();
      return { alt: figure.querySelector('.folio-picture').getAttribute('aria-label'), caption: figure.querySelector('figcaption').textContent.trim(),
        x: r.x, y: r.y, width: r.width, height: r.height };
    }));
    assert.deepEqual(figures.map((f) => [f.alt, f.caption]), [['The brook in the high street', 'The high street. Council drawings'],
      ['A reading room at night', 'The library by night.']]);
    assert.equal(figures[0].y, figures[1].y, 'side by side');
    assert.ok(figures[1].x >= figures[0].x + figures[0].width, 'the second right of the first');
    // Each box shows its own picture: water-blue in the first, the night's dark blue in the second.
    const clip = (f) => ({ x: Math.round(f.x), y: Math.round(f.y), width: Math.round(f.width), height: Math.round(f.height) });
    const water = [100, 150, 190];
    const first = await measure(page, clip(figures[0]), water);
    const second = await measure(page, clip(figures[1]), water);
    assert.ok(first.matching > 0.02, `the first picture is drawn (${first.matching} water-blue)`);
    assert.ok(second.ink > 0.3 && second.matching < first.matching, `the second is its own picture (ink ${second.ink})`);
    assert.equal(await copyOf(page, '.folio-text figure.folio-group'), 'The high street. Council drawings\nThe library by night.\nThe brook and the town.');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
