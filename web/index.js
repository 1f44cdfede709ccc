// The demo page (index.html): the viewer over the whole window, showing ?article=<url> or the
// default sample. The viewer's files are fetched once the first paint is on screen, so as not to
// delay it.
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
const { mount } = await import('./folio.js');

const requested = new URLSearchParams(location.search).get('article');
const viewer = await mount(document.getElementById('viewer'),
  { article: requested ?? 'articles/hagel-us-japan-alliance.json' });
window.folio = viewer;
viewer.addEventListener('load', (e) => { document.title = `${e.detail.title} · Folio`; });
// A failed load is shown by the viewer itself; nothing more to do here.
viewer.loaded.then((state) => { document.title = `${state.title} · Folio`; }, () => {});
