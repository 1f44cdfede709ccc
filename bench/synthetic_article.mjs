// Synthetic articles for the browser benchmark: deterministic (seeded PRNG) article JSON in the
// Folio format (docs/article-format.md) and the same article as a plain, readable HTML page.
//
//   const article = syntheticArticle(28500);      // exactly 28,500 body words
//   const html = articleHtml(article, '/fonts/NotoSerif-Regular.ttf');

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word lengths roughly as in English running text: [length, weight].
const LENGTHS = [[1, 3], [2, 17], [3, 21], [4, 16], [5, 11], [6, 9], [7, 8], [8, 6], [9, 4], [10, 3], [11, 1], [12, 1]];
const LETTERS = 'eeeeeeeeeeeettttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz';

/**
 * An article of exactly `words` body words (headings included), made of paragraphs of 40-120
 * words, a level-2 heading every 8-12 paragraphs and, in about one paragraph in five, a few words
 * of emphasis or strong importance. The same `words` and `seed` always give the same article.
 */
export function syntheticArticle(words, seed = 285) {
  const random = prng(seed ^ words);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

  // A vocabulary of pseudo-words with English word lengths (mean ~4.7 letters), picked with a
  // skew so that some words are common, as in real text.
  const totalWeight = LENGTHS.reduce((sum, [, w]) => sum + w, 0);
  const vocabulary = [];
  for (let i = 0; i < 4000; i += 1) {
    let pick = random() * totalWeight;
    let length = 1;
    for (const [l, w] of LENGTHS) {
      length = l;
      if ((pick -= w) < 0) break;
    }
    let word = '';
    for (let j = 0; j < length; j += 1) word += LETTERS[Math.floor(random() * LETTERS.length)];
    vocabulary.push(word);
  }
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.2)];
  const capital = (w) => w[0].toUpperCase() + w.slice(1);

  // `count` words of running prose as a list of tokens, with capitals, commas, dashes and full stops.
  const prose = (count) => {
    const tokens = [];
    let sentenceLeft = 0;
    for (let i = 0; i < count; i += 1) {
      let w = word();
      if (sentenceLeft === 0) {
        w = capital(w);
        sentenceLeft = int(8, 25);
      }
      sentenceLeft -= 1;
      if (i === count - 1 || sentenceLeft === 0) {
        w += '.';
        sentenceLeft = 0;
      } else if (random() < 0.08) {
        w += ',';
      } else if (random() < 0.01) {
        w += ' \u2014';  // an em dash between words does not add a word
      } else if (random() < 0.01) {
        w += '\u2019s';
      }
      tokens.push(w);
    }
    return tokens;
  };

  // A paragraph: a plain string, or a paragraph object with runs when it carries emphasis.
  const paragraphText = (count) => {
    const tokens = prose(count);
    if (count < 8 || random() >= 0.2) return tokens.join(' ');
    // Up to two styled stretches of 1-4 words, never touching each other.
    const stretches = [];
    let at = 0;
    const styled = int(1, 2);
    for (let k = 0; k < styled; k += 1) {
      const length = int(1, 4);
      const start = int(at, Math.max(at, Math.floor((count * (k + 1)) / styled) - length));
      if (start + length > count) break;
      stretches.push({ start, end: start + length, style: random() < 0.5 ? { em: true } : { strong: true } });
      at = start + length + 1;
    }
    const runs = [];
    let from = 0;
    for (const { start, end, style } of stretches) {
      if (start > from) runs.push(`${from > 0 ? ' ' : ''}${tokens.slice(from, start).join(' ')} `);
      else if (from > 0) runs.push(' ');
      runs.push({ text: tokens.slice(start, end).join(' '), ...style });
      from = end;
    }
    if (from < count) runs.push(` ${tokens.slice(from).join(' ')}`);
    return { type: 'paragraph', text: runs };
  };

  const body = [];
  let left = words;
  let sinceHeading = 0;
  let headingEvery = int(8, 12);
  while (left > 0) {
    if (sinceHeading >= headingEvery && left > 40) {
      const count = int(3, 7);
      body.push({ type: 'heading', text: capital(prose(count).join(' ').replace(/\.$/, '')) });
      left -= count;
      sinceHeading = 0;
      headingEvery = int(8, 12);
      continue;
    }
    const count = Math.min(left, int(40, 120));
    body.push(paragraphText(count));
    left -= count;
    sinceHeading += 1;
  }
  return {
    version: 1,
    title: `A synthetic article of ${words.toLocaleString('en-US')} words`,
    source: 'Folio benchmark',
    published: '2026-11-26',
    language: 'en',
    body,
  };
}

/** Counts the words of an article's body (what syntheticArticle promises). */
export function countWords(article) {
  const text = (t) => (typeof t === 'string' ? t : t.map((r) => (typeof r === 'string' ? r : r.text)).join(''));
  return article.body.reduce((sum, block) => {
    const t = typeof block === 'string' ? block : text(block.text);
    return sum + t.split(/\s+/).filter((w) => w && w !== '\u2014').length;
  }, 0);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textHtml(text) {
  if (typeof text === 'string') return escapeHtml(text);
  return text.map((run) => {
    if (typeof run === 'string') return escapeHtml(run);
    let html = escapeHtml(run.text);
    if (run.em) html = `<em>${html}</em>`;
    if (run.strong) html = `<strong>${html}</strong>`;
    return html;
  }).join('');
}

/**
 * The article as a plain HTML page: h1 title, h2 headings, p paragraphs (em/strong kept), set in
 * Noto Serif from `fontUrl` at 20px/1.6 in a column of at most 33em. Other block types become
 * paragraphs of their text (the benchmark articles have none).
 */
export function articleHtml(article, fontUrl) {
  const blocks = article.body.map((block) => {
    if (typeof block === 'string') return `<p>${textHtml(block)}</p>`;
    if (block.type === 'heading') return `<h2>${textHtml(block.text)}</h2>`;
    return `<p>${textHtml(block.text ?? block.caption ?? '')}</p>`;
  });
  return `<!doctype html>
<html lang="${escapeHtml(article.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<link rel="icon" href="data:,">
<style>
  @font-face { font-family: "Noto Serif"; src: url("${fontUrl}") format("truetype"); }
  body { margin: 0 auto; padding: 2em 1em 3em; max-width: 33em; font-family: "Noto Serif", serif;
         font-size: 20px; line-height: 1.6; color: #1b1b1b; background: #fff; }
  h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.75em; }
  h2 { font-size: 1.4em; line-height: 1.25; margin: 1.6em 0 0.5em; }
  p { margin: 0 0 1em; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
${blocks.join('\n')}
</article>
</body>
</html>
`;
}
