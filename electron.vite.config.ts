import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { hostPreload } from './scripts/vite-host-preload';

const dir = String.raw`[\\/]`;
const modules = (...patterns: string[]) => new RegExp(patterns.join('|'));
/**
 * The cold path in a few requests. Chromium opens 6 connections per host over HTTP/1.1, so a cold Review
 * load of 27 files queued: a trace showed React's chunk asked ~70 ms after the page named it. Grouped,
 * the host page asks for 8 files (page, route script, entry, runtime, client, UI, two stylesheets) and
 * the tab 4 more (its screen, two stylesheets, the language); the screens each keep their own chunk.
 */
const COLD_PATH_GROUPS = [
  {
    // What the entry runs before React: the socket, the client and the first reads (renderer/host/main.tsx).
    name: 'client',
    priority: 3,
    test: modules(
      `node_modules${dir}(socket\\.io-client|socket\\.io-parser|engine\\.io-client|engine\\.io-parser|@socket\\.io)${dir}`,
      `renderer${dir}lib${dir}(studio-client|first-reads|route)\\.ts`,
      `shared${dir}contract${dir}error-messages`,
      `vite${dir}preload-helper`,
    ),
  },
  {
    // React, the strings' library, the virtual list and the window's frame: every window's first render.
    name: 'ui',
    priority: 2,
    test: modules(
      `node_modules${dir}(react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store|html-parse-stringify|void-elements|@tanstack)${dir}`,
      `renderer${dir}host${dir}(?!main)`,
      `renderer${dir}(lib|widgets)${dir}`,
      `renderer${dir}screens${dir}(status-bar|show-picker|keys)${dir}`,
      // (not the report timeline's geometry: it brings d3's scales, for the report alone)
      `shared${dir}domain${dir}(?!report-timeline)`,
      `shared${dir}contract${dir}[a-z-]+-values\\.ts`,
    ),
  },
  {
    // The contract's schemas and zod, for the screens that parse: their own chunk, never folded into `ui` (Rolldown
    // merged them into it once a module of `ui` shared an importer with them: 154 KB more on every cold load).
    name: 'contract',
    priority: 1,
    test: modules(`shared${dir}contract${dir}`, `node_modules${dir}zod${dir}`),
  },
];

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
        output: { codeSplitting: { groups: COLD_PATH_GROUPS } },
      },
    },
  },
});
