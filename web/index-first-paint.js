// The demo page's first paint (in the page, before this script) is the default article: not the
// one asked for with ?article=. Run before the page is first painted.
if (new URLSearchParams(location.search).has('article')) document.querySelector('.folio-first-paint')?.remove();
