// Synthetic articles for the browser benchmark: deterministic article JSON in the Folio format
// (docs/article-format.md) and the same article as a plain, readable HTML page.
//
//   const article = syntheticArticle(28500);      // exactly 28,500 words, title included
//   const html = articleHtml(article, '/fonts/NotoSerif-Regular.latin.ttf');

// The recipe is the one of bench/synthetic_article.h (the native layout benchmark), step for step,
// so that both benchmarks measure the same articles: xorshift32 seeded with 0x9E3779B9, words from
// a fixed vocabulary of 64 (1 to 14 letters), a 6-word title, paragraphs of 40 to 120 words, a
// level-2 heading of 3 to 7 words before paragraphs 10, 20, 30..., and in paragraphs runs of 1 to
// 4 words in emphasis (3 %), strong (2 %) or a link (2 %), started per word. Keep the two in step.

// The vocabulary of bench/synthetic_article.h (kWords), in its order.
export const WORDS = [
  'a', 'of', 'to', 'in', 'the', 'and', 'was', 'for',
  'that', 'with', 'from', 'they', 'river', 'water', 'which', 'would',
  'people', 'street', 'council', 'between', 'another', 'building', 'evening', 'library',
  'question', 'different', 'government', 'important', 'community', 'knowledge', 'reading', 'quietly',
  'night', 'town', 'map', 'old', 'year', 'stone', 'bridge', 'window',
  'morning', 'history', 'children', 'argument', 'beautiful', 'yesterday', 'wavering', 'journey',
  'afternoon', 'particular', 'conversation', 'understanding', 'infrastructure', 'kilometre', 'Avenue',
  'Tokyo', 'it', 'is', 'on', 'by', 'we', 'an', 'as',
  'or',
];

/** xorshift32 with below(n) = next() % n: the same sequence as the C++ XorShift32. */
export function xorshift32(seed = 0x9e3779b9) {
  let x = seed >>> 0;
  const next = () => {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    return x;
  };
  return { next, below: (n) => next() % n };
}

const capitalised = (word) => (/^[a-z]/.test(word) ? word[0].toUpperCase() + word.slice(1) : word);

// `count` words without punctuation, the first capitalised: a title or a heading.
function plainWords(rng, count) {
  const words = [];
  for (let i = 0; i < count; i += 1) {
    const word = WORDS[rng.below(64)];
    words.push(i === 0 ? capitalised(word) : word);
  }
  return words.join(' ');
}

// The runs of a paragraph of `count` words; `links` counts the article's links so far.
function paragraphRuns(rng, count, links) {
  const runs = [];
  let style = { em: false, strong: false, href: '' };
  let left = 0;  // words left in the current style
  let sentenceStart = true;
  for (let i = 0; i < count; i += 1) {
    if (left === 0) {
      const pick = rng.below(100);
      if (pick < 7) {
        const kind = pick < 3 ? 0 : pick < 5 ? 1 : 2;
        style = { em: kind === 0, strong: kind === 1, href: kind === 2 ? `https://example.com/articles/${links.count++}` : '' };
        left = 1 + rng.below(4);
      }
    }
    let word = WORDS[rng.below(64)];
    if (sentenceStart) word = capitalised(word);
    sentenceStart = rng.below(12) === 0;
    if (sentenceStart || i + 1 === count) word += '.';
    else if (rng.below(10) === 0) word += ',';
    // The space between words belongs to the run of the word before it.
    const last = runs[runs.length - 1];
    if (last) last.text += ' ';
    if (last && last.em === style.em && last.strong === style.strong && last.href === style.href) last.text += word;
    else runs.push({ text: word, ...style });
    if (left > 0 && --left === 0) style = { em: false, strong: false, href: '' };
  }
  // As article JSON: plain runs as strings, styled runs as objects with only what they set.
  return runs.map((r) => {
    if (!r.em && !r.strong && !r.href) return r.text;
    const run = { text: r.text };
    if (r.em) run.em = true;
    if (r.strong) run.strong = true;
    if (r.href) run.href = r.href;
    return run;
  });
}

/**
 * The article of exactly `words` words (title included, at least 6) of bench/synthetic_article.h,
 * as article JSON (docs/article-format.md). The same `words` always gives the same article.
 */
export function syntheticArticle(words) {
  const rng = xorshift32(0x9e3779b9);
  const titleWords = Math.min(words, 6);
  const article = { version: 1, title: plainWords(rng, titleWords), source: 'Synthetic', body: [] };
  let left = words - titleWords;
  const links = { count: 0 };
  let paragraphs = 0;
  while (left > 0) {
    if (paragraphs > 0 && paragraphs % 10 === 0) {
      const count = Math.min(3 + rng.below(5), left);
      article.body.push({ type: 'heading', level: 2, text: plainWords(rng, count) });
      left -= count;
      if (left === 0) break;
    }
    const count = Math.min(40 + rng.below(81), left);
    article.body.push({ type: 'paragraph', text: paragraphRuns(rng, count, links) });
    left -= count;
    paragraphs += 1;
  }
  return article;
}

/**
 * `article` (a syntheticArticle) with format 1.1 blocks put in: after every tenth paragraph, by
 * turns, a code block of 8 lines (one of them wider than the column) and a table of 6 rows of 4
 * cells with a header row. Deterministic; the words of the code and tables come on top of the
 * article's own.
 */
export function withTablesAndCode(article) {
  const rng = xorshift32(0x85ebca6b);
  const body = [];
  let paragraphs = 0;
  let tables = 0;
  for (const block of article.body) {
    body.push(block);
    if (block.type !== 'paragraph' || (paragraphs += 1) % 10 !== 0) continue;
    if ((tables += 1) % 2) {
      const lines = Array.from({ length: 8 }, (_, i) => `${i % 2 ? '    ' : ''}${plainWords(rng, i === 3 ? 24 : 2 + rng.below(5)).replace(/ /g, '_')}(${i});`);
      body.push({ type: 'code', language: 'c', text: lines.join('\n') });
    } else {
      const rows = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => plainWords(rng, 1 + rng.below(3))));
      body.push({ type: 'table', headerRow: true, caption: plainWords(rng, 4), rows });
    }
  }
  return { ...article, version: 1.1, body };
}

const runText = (t) => (typeof t === 'string' ? t : t.map((r) => (typeof r === 'string' ? r : r.text)).join(''));

/** Words of an article as the recipe counts them: runs of non-space characters, title included. */
export function countWords(article) {
  const words = (t) => runText(t).split(/\s+/).filter(Boolean).length;
  return words(article.title) + article.body.reduce((sum, block) => sum + words(typeof block === 'string' ? block : block.text), 0);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textHtml(text) {
  if (typeof text === 'string') return escapeHtml(text);
  return text.map((run) => {
    if (typeof run === 'string') return escapeHtml(run);
    let html = escapeHtml(run.text);
    if (run.em) html = `<em>${html}</em>`;
    if (run.strong) html = `<strong>${html}</strong>`;
    if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
    return html;
  }).join('');
}

/**
 * The article as a plain HTML page: h1 title, h2 headings, p paragraphs (em, strong, links kept), set in
 * Noto Serif from `fontUrl` at 20px/1.6 in a column of at most 33em; code blocks as pre, tables as
 * tables (withTablesAndCode). Other block types become paragraphs of their text.
 */
export function articleHtml(article, fontUrl) {
  const blocks = article.body.map((block) => {
    if (typeof block === 'string') return `<p>${textHtml(block)}</p>`;
    if (block.type === 'heading') return `<h${block.level ?? 2}>${textHtml(block.text)}</h${block.level ?? 2}>`;
    if (block.type === 'code') return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    if (block.type === 'table') {
      const row = (cells, tag) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
      return `<table><caption>${escapeHtml(block.caption)}</caption>${block.rows.map((r, i) => row(r, i === 0 ? 'th' : 'td')).join('')}</table>`;
    }
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
  pre { overflow-x: auto; font-size: 0.9em; }
  table { display: block; overflow-x: auto; font-size: 0.9em; border-collapse: collapse; }
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
