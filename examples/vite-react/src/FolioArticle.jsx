import { useEffect, useEffectEvent, useRef } from 'react';
import { mount } from 'folio';

// Where the viewer fetches its fonts and word dictionaries (folioAssets, from folio/vite, puts them there).
const assetsUrl = new URL(`${import.meta.env.BASE_URL}folio/`, document.baseURI);

/**
 * The Folio viewer showing the article at `src` (a URL relative to the page). `onLoad` and
 * `onError` hear the viewer's 'load' and 'error' events; the element gets `className` and `style`
 * (give it a height: the viewer fills it).
 */
export function FolioArticle({ src, onLoad, onError, className, style }) {
  const host = useRef(null);
  // The latest onLoad and onError, without mounting the viewer again when they change.
  const loaded = useEffectEvent((event) => onLoad?.(event));
  const failed = useEffectEvent((event) => onError?.(event));

  useEffect(() => {
    // mount() is asynchronous: when the component goes before it resolves (StrictMode's first
    // mount, or a new src), that viewer is destroyed as soon as it is there. Each viewer gets an
    // element of its own, so that one still starting never shares an element with the next.
    const element = document.createElement('div');
    element.style.height = '100%';
    host.current.append(element);
    let viewer = null;
    let gone = false;
    mount(element, {
      article: src,
      assetsUrl,
      on: {
        load: (event) => { if (!gone) loaded(event); },
        error: (event) => { if (!gone) failed(event); },
      },
    }).then((mounted) => {
      mounted.loaded?.catch(() => {});  // shown in the viewer and sent as an 'error' event
      if (gone) mounted.destroy();
      else viewer = mounted;
    }, (error) => {
      if (!gone) console.error(error);  // its files could not be fetched (the viewer says so too)
    });
    return () => {
      gone = true;
      viewer?.destroy();
      element.remove();
    };
  }, [src]);

  return <div ref={host} className={className} style={style} />;
}
