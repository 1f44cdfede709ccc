// The embedding example (embed-example.html): the viewer in a box, driven by the page's
// own buttons, with its events logged.
import { mount } from './folio.js';

const log = (text) => { document.getElementById('log').textContent += `${text}\n`; };
const viewer = await mount(document.getElementById('article'), { article: 'articles/hagel-us-japan-alliance.json' });
for (const name of ['load', 'error', 'share', 'bookmark', 'comment', 'print', 'pdf']) {
  viewer.addEventListener(name, (e) => log(`${name}: ${JSON.stringify(e.detail, (k, v) => (k === 'blob' ? '[Blob]' : v))}`));
}
// The first article may be shown before these listeners exist: its load() promise tells.
viewer.loaded.then((state) => log(`first article: ${state.title}`), (e) => log(`first article failed: ${e.message}`));
const on = (id, action) => document.getElementById(id).addEventListener('click', action);
document.getElementById('pick').addEventListener('change', (e) => viewer.load(e.target.value).catch(() => {}));
on('larger', () => viewer.setFontSize(viewer.state().fontSizePx + 2));
on('smaller', () => viewer.setFontSize(viewer.state().fontSizePx - 2));
on('sepia', () => viewer.applySettings({ theme: 'sepia' }));
on('bookmark', () => log(`bookmarked: ${viewer.toggleBookmark()}`));
on('share', () => viewer.share());
on('print', () => viewer.print());
on('pdf', async () => {
  const blob = await viewer.exportPdf({ paper: 'letter' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'article-letter.pdf' });
  link.click();
});
