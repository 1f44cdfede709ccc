// A typed page that embeds the viewer, checked with `tsc --noEmit` against web/folio.d.ts and
// web/folio-element.d.ts: the API a publisher's TypeScript sees. It is compiled, never run.
import { FolioError, mount, type FolioState, type FolioViewer } from '../../web/folio.js';
import '../../web/folio-element.js';

async function show(element: HTMLElement): Promise<FolioState> {
  const viewer: FolioViewer = await mount(element, {
    article: 'articles/story.json',
    height: 'auto',
    articleOrigins: ['https://cdn.example.com'],
    on: { load: (event) => console.log(event.detail.title ?? '', event.detail.notices.length) },
    submitComment: async (comment) => {
      await fetch('/api/comments', { method: 'POST', credentials: 'include', body: JSON.stringify(comment) });
      return comment.article.id;
    },
  });
  viewer.addEventListener('comment', (event) => console.log(event.detail.status, event.detail.author, event.detail.error));
  await viewer.setCommentSender({ commentEndpoint: '/api/comments' });
  viewer.addEventListener('share', (event) => console.log(event.detail.target, event.detail.url));
  viewer.addEventListener('pdf', (event) => {
    event.preventDefault();
    const bytes: Blob = event.detail.blob;
    console.log(bytes.size, event.detail.fileName, event.detail.pages);
  });
  viewer.setFontSize(22);
  const state = viewer.applySettings({ theme: 'sepia', columnWidth: 'wide' });
  const pages: number = viewer.pageCount();
  const pdf: Blob = await viewer.exportPdf({ paper: 'letter', fontSizePt: 11 });
  console.log(state.settings.theme, pages, pdf.type, viewer.bookmarks().map((b) => b.title));
  try {
    return await viewer.load({ version: 1, title: 'T', body: ['Text.'] });
  } catch (e) {
    if (e instanceof FolioError) console.log(e.message, e.readerMessage);
    throw e;
  } finally {
    viewer.destroy();
  }
}

const element = document.createElement('folio-article');
element.setAttribute('src', 'articles/story.json');
element.addEventListener('error', (event) => console.log(event.detail.message));
document.body.append(element);
void element.ready?.then((viewer) => viewer.state().title);
void show(document.body);
