// Builds everything that ships: the renderer pages and the Electron shell (electron-vite),
// and the headless core + CLI bundle (esbuild) that the "core runs without electron" test loads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

execFileSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
});

// The pages' text files also as .br and .gz beside them: the studio serves the smaller one a browser
// accepts (server/http.ts). A cold window (a co-moderator's phone over Wi-Fi above all) fetches every byte.
const rendererDir = path.join(root, 'out', 'renderer');
for (const entry of fs.readdirSync(rendererDir, { recursive: true })) {
  const file = path.join(rendererDir, String(entry));
  if (!/\.(js|css|html|svg|json)$/.test(file) || !fs.statSync(file).isFile()) continue;
  const bytes = fs.readFileSync(file);
  if (bytes.length < 1024) continue;
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
}

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
