// Vite config of the renderer alone (`npm run build:renderer`, used by the browser host). The
// Electron build (electron.vite.config.ts) reuses `rendererViteConfig` so both produce the same
// out/renderer.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/// Shared renderer settings: relative asset URLs (the page is served from app://lab/ and from
/// http://127.0.0.1:PORT/), no inline scripts (the CSP forbids them), one output folder.
export const rendererViteConfig: UserConfig = {
  root,
  base: './',
  plugins: [svelte({ configFile: false })],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2048,
    reportCompressedSize: false,
  },
};

export default defineConfig(rendererViteConfig);
