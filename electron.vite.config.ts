// electron-vite: builds the main process (out/main/index.js, ESM), the sandboxed preload
// (out/preload/index.cjs, one CommonJS file: a sandboxed preload cannot load modules) and the
// renderer (out/renderer, the same config as `npm run build:renderer`). The main bundle carries
// all its code (externalizeDeps: false) because the packaged app ships no node_modules.
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './renderer/vite.config.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      // The engines' worker threads are entries of their own, beside index.js
      // (electron/services/engines/worker-urls.ts names them).
      lib: {
        entry: {
          index: 'electron/main/index.ts',
          'tcc-worker': 'build/kbuild/tcc-worker.ts',
          'machine-worker': 'emulator/host/node-worker.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererViteConfig,
    build: { ...rendererViteConfig.build, rolldownOptions: { input: 'renderer/index.html' } },
  },
});
