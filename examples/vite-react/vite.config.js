import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { folioAssets } from 'folio/vite';

export default defineConfig({
  base: './',  // dist/ works wherever it is served
  // folioAssets: the viewer's fonts and word dictionaries in dist/folio/ (and under the dev server).
  plugins: [react(), folioAssets()],
});
