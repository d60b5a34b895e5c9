import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { hostPreload } from './scripts/vite-host-preload';

// main + preload: the thin Electron shell (the core is bundled into main, and runs in-process).
// renderer: the pages the core serves to every client — host window, co-moderator console, overlay.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve(__dirname, 'electron/main.ts') }, external: ['better-sqlite3', 'electron'] },
    },
  },
  preload: {
    build: { outDir: 'out/preload', rollupOptions: { input: { preload: resolve(__dirname, 'electron/preload.ts') } } },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), hostPreload()],
    // The UI's strings (shared/i18n/*.json, one chunk per language, only its default export used) as one
    // JSON.parse of a string: V8 parses JSON text faster than the same object as code, and builds it whole
    // at once rather than the first time a key is looked up (a profile of the cold Review load).
    json: { namedExports: false, stringify: true },
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      // electron-vite leaves the pages unminified; they are also served to browsers (the console over the LAN), and the
      // Review tab's cold load parses every byte: minified, and each screen its own chunk (renderer/lib/lazy-screens.ts).
      minify: true,
      rollupOptions: {
        input: {
          host: resolve(__dirname, 'renderer/index.html'),
          console: resolve(__dirname, 'renderer/console/index.html'),
          overlay: resolve(__dirname, 'renderer/overlay/index.html'),
        },
      },
    },
  },
});
