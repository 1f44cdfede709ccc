import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { folioAssets } from './folio-assets.js';

export default defineConfig({
  base: './',  // dist/ works wherever it is served
  plugins: [react(), folioAssets()],
  // Served as it is in development: pre-bundled, the viewer would look for folio-core.wasm beside
  // the pre-bundle instead of beside its own module.
  optimizeDeps: { exclude: ['folio'] },
});
