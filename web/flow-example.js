// The flow example (flow-example.html): the article flows in the page (mount's height 'auto').
import { mount } from './folio.js';

const article = new URLSearchParams(location.search).get('article') ?? 'articles/long-read.json';
window.folio = await mount(document.getElementById('article'), { article, height: 'auto' });
window.folio.loaded.catch(() => {});  // the viewer shows why
