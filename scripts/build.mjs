// Builds everything that ships: the renderer pages and the Electron shell (electron-vite),
// and the headless core + CLI bundle (esbuild) that the "core runs without electron" test loads.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

execFileSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
});

await build({
  entryPoints: { studio: 'electron/core/studio.ts', cli: 'electron/cli.ts' },
  outdir: 'out/core',
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built out/renderer, out/main, out/preload, out/core');
