import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { folioAssets } from 'folio/vite';

export default defineConfig({
  base: './',  // dist/ works wherever it is served
  // folioAssets: the viewer's fonts and word dictionaries in dist/folio/ (and under the dev server).
  plugins: [vue(), folioAssets()],
});
