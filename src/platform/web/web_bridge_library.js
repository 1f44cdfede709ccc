// The module's calls into JavaScript (declared in web_bridge.h, linked with --js-library): what
// only the browser can do (storage, pictures, the clock, the cursor) is done here; everything the
// page decides goes to the host object of the viewer selected, Module.folioHost (see web/core-bridge.js):
//   { articleBase, action(kind, url, title, text), emit(name, detailJson), canvasShown(),
//     viewChanged(generation, scrollY, contentHeight, overlay, theme, coverings), deliverPdf(bytes, fileName,
//     pages, mode), picturesKept(), stored(key) }
// Sections: canvas and links · actions and events · page address and clock · storage · pictures ·
// HTML.

mergeInto(LibraryManager.library, {
  // ---- The viewer selected ----

  folio_js_select: function (id) {
    Module.folioSelected = id;
    Module.folioHost = (id && Module.folioHosts && Module.folioHosts.get(id)) || null;
  },

  // ---- Canvas and links ----

  folio_js_show_canvas: function (selector) {
    const canvas = document.querySelector(UTF8ToString(selector));
    if (canvas) canvas.style.visibility = 'visible';
    Module.folioHost.canvasShown();
  },

  folio_js_view_changed: function (generation, scrollY, contentHeight, overlay, theme, coverings) {
    Module.folioHost.viewChanged(generation, scrollY, contentHeight, overlay !== 0, UTF8ToString(theme),
                                 JSON.parse(UTF8ToString(coverings)));
  },

  folio_js_set_cursor: function (selector, cursor) {
    const canvas = document.querySelector(UTF8ToString(selector));
    if (canvas) canvas.style.cursor = UTF8ToString(cursor);
  },

  folio_js_open_link: function (url) {
    window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
  },

  // ---- Actions and events ----

  folio_js_action: function (kind, url, title, text) {
    Module.folioHost.action(UTF8ToString(kind), UTF8ToString(url), UTF8ToString(title), UTF8ToString(text));
  },

  folio_js_emit: function (name, detailJson) {
    Module.folioHost.emit(UTF8ToString(name), UTF8ToString(detailJson));
  },

  folio_js_deliver_pdf: function (data, size, fileName, pages, mode) {
    Module.folioHost.deliverPdf(HEAPU8.slice(data, data + size), UTF8ToString(fileName), pages, mode);
  },

  // ---- Page address and clock ----

  folio_js_page_url: function () {
    const text = location.href;
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    if (ptr) stringToUTF8(text, ptr, size);
    return ptr;
  },

  folio_js_now_iso: function (out, size) {
    stringToUTF8(new Date().toISOString(), out, size);
  },

  // ---- Storage: every access in try/catch (private modes and full quotas throw) ----

  folio_js_storage_get: function (key, keyLength, length) {
    try {
      const value = window.localStorage.getItem(new TextDecoder().decode(HEAPU8.subarray(key, key + keyLength)));
      if (value === null) return 0;
      const bytes = new TextEncoder().encode(value);
      const ptr = _malloc(Math.max(1, bytes.length));
      if (!ptr) return 0;
      HEAPU8.set(bytes, ptr);
      HEAP32[length >> 2] = bytes.length;
      return ptr;
    } catch (e) {
      return 0;
    }
  },

  folio_js_storage_set: function (key, keyLength, value, valueLength) {
    try {
      const decoder = new TextDecoder();
      const name = decoder.decode(HEAPU8.subarray(key, key + keyLength));
      window.localStorage.setItem(name, decoder.decode(HEAPU8.subarray(value, value + valueLength)));
      if (Module.folioHost) Module.folioHost.stored(name);  // the other viewers on the page read it again
      return 0;
    } catch (e) {
      return e && e.name === 'QuotaExceededError' ? 1 : 2;
    }
  },

  // ---- Pictures: textures for the screen, then copies for the PDF, one at a time ----

  $FolioPictures: { queue: null },

  folio_js_load_picture__deps: ['$FolioPictures'],
  folio_js_load_picture: function (request, src) {
    let url;
    try {
      url = new URL(UTF8ToString(src), Module.folioHost.articleBase || document.baseURI);
    } catch (e) {
      _folio_picture_loaded(request, 0, 0, 0);
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      _folio_picture_loaded(request, 0, 0, 0);
      return;
    }
    const image = new Image();
    image.crossOrigin = 'anonymous';
    // Copies `bytes` into the module's memory for `use(ptr)`; null when no memory could be had.
    const withHeap = (bytes, use) => {
      const ptr = _malloc(bytes.length);
      if (!ptr) return null;
      HEAPU8.set(bytes, ptr);
      try {
        return use(ptr);
      } finally {
        _free(ptr);
      }
    };
    const keepForPdf = async () => {
      if (!_folio_select_picture_viewer(request)) return;  // the viewer was stopped
      let bytes = null;
      let type = '';
      try {
        const response = await fetch(url.href, { credentials: 'same-origin' });
        if (response.ok) {
          type = response.headers.get('content-type') || '';
          bytes = new Uint8Array(await response.arrayBuffer());
        }
      } catch (e) {
        bytes = null;
      }
      if (bytes && bytes[0] === 0xFF && bytes[1] === 0xD8 && bytes[2] === 0xFF &&
          withHeap(bytes, (ptr) => _folio_pdf_picture(request, 1, 0, 0, ptr, bytes.length))) return;
      const natural = [image.naturalWidth || 1, image.naturalHeight || 1];
      const longer = Math.max(natural[0], natural[1]);
      const wanted = Math.min(2400, /svg/i.test(type) ? Math.max(1600, longer) : longer);
      const width = Math.max(1, Math.round(natural[0] * wanted / longer));
      const height = Math.max(1, Math.round(natural[1] * wanted / longer));
      let pixels;
      try {
        const context = new OffscreenCanvas(width, height).getContext('2d');
        context.drawImage(image, 0, 0, width, height);
        pixels = new Uint8Array(context.getImageData(0, 0, width, height).data.buffer);
      } catch (e) {
        _folio_pdf_picture(request, 0, 0, 0, 0, 0);
        return;
      }
      if (withHeap(pixels, (ptr) => _folio_pdf_picture(request, 2, width, height, ptr, pixels.length)) === null) {
        _folio_pdf_picture(request, 0, 0, 0, 0, 0);  // the picture's box stays grey in the PDF
      }
    };
    image.onload = () => {
      if (!_folio_select_picture_viewer(request)) return;  // the viewer was stopped: no context to put it in
      const limit = Math.min(4096, GLctx.getParameter(GLctx.MAX_TEXTURE_SIZE));
      let source = image;
      let width = image.naturalWidth || 1;
      let height = image.naturalHeight || 1;
      if (width > limit || height > limit) {
        const scale = limit / Math.max(width, height);
        width = Math.max(1, Math.round(width * scale));
        height = Math.max(1, Math.round(height * scale));
        source = document.createElement('canvas');
        source.width = width;
        source.height = height;
        source.getContext('2d').drawImage(image, 0, 0, width, height);
      }
      const texture = GLctx.createTexture();
      GLctx.bindTexture(GLctx.TEXTURE_2D, texture);
      GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_MIN_FILTER, GLctx.LINEAR);
      GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_MAG_FILTER, GLctx.LINEAR);
      GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_WRAP_S, GLctx.CLAMP_TO_EDGE);
      GLctx.texParameteri(GLctx.TEXTURE_2D, GLctx.TEXTURE_WRAP_T, GLctx.CLAMP_TO_EDGE);
      GLctx.texImage2D(GLctx.TEXTURE_2D, 0, GLctx.RGBA, GLctx.RGBA, GLctx.UNSIGNED_BYTE, source);
      const id = GL.getNewId(GL.textures);
      texture.name = id;
      GL.textures[id] = texture;
      _folio_picture_loaded(request, id, width, height);
      FolioPictures.queue = (FolioPictures.queue || Promise.resolve()).then(keepForPdf);
    };
    image.onerror = () => {
      _folio_picture_loaded(request, 0, 0, 0);
    };
    image.src = url.href;
  },

  folio_js_pdf_pictures_kept: function () {
    if (Module.folioHost) Module.folioHost.picturesKept();
  },

  // ---- HTML: article bodies read by the page's own parser ----

  folio_js_parse_html: function (html, length, size) {
    if (typeof DOMParser === 'undefined') return 0;
    // A DOMParser document has no browsing context: its scripts never run, its pictures never load.
    const text = new TextDecoder().decode(HEAPU8.subarray(html, html + length));
    const body = new DOMParser().parseFromString(text, 'text/html').body;
    const items = [];
    const prefixes = { 'http://www.w3.org/2000/svg': 'svg:', 'http://www.w3.org/1998/Math/MathML': 'math:' };
    // Depth first, without recursion: the tree may be deep.
    let node = body ? body.firstChild : null;
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        items.push('o' + (prefixes[node.namespaceURI] || '') + node.localName.toLowerCase());
        for (const attribute of node.attributes) items.push('a' + attribute.name, 'v' + attribute.value);
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        items.push('c');
      } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
        items.push('t' + node.data);
      }
      while (node !== body && !node.nextSibling) {
        node = node.parentNode;
        if (node !== body) items.push('c');
      }
      node = node === body ? null : node.nextSibling;
    }
    items.push('');
    const bytes = new TextEncoder().encode(items.join('\0'));
    const ptr = _malloc(Math.max(1, bytes.length));
    if (!ptr) return 0;
    HEAPU8.set(bytes, ptr);
    HEAP32[size >> 2] = bytes.length;
    return ptr;
  },
});
