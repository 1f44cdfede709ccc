import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { folioAssets } from './folio-assets.js';

export default defineConfig({
  base: './',  // dist/ works wherever it is served
  plugins: [vue(), folioAssets()],
  // Served as it is in development: pre-bundled, the viewer would look for folio-core.wasm beside
  // the pre-bundle instead of beside its own module.
  optimizeDeps: { exclude: ['folio'] },
});
