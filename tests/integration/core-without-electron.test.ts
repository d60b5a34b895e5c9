import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-db';

const root = process.cwd();
const hook = path.join(root, 'tests/support/block-electron.mjs');
const built = path.join(root, 'out/core/studio.mjs');

function runBlocked(code: string) {
  return spawnSync(process.execPath, ['--import', hook, '--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the studio core under plain Node', () => {
  it('is built', () => {
    expect(fs.existsSync(built), `${built} is missing: run "npm run build" (npm test does)`).toBe(true);
  });

  it('cannot resolve electron in this harness (the control: the block really blocks)', () => {
    const control = runBlocked(`await import('electron');`);
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain("Cannot find package 'electron'");
  });

  it('starts, serves and stops from the built bundle with electron unresolvable', () => {
    const dataDir = tempDir('lss-noelectron-');
    const result = runBlocked(`
      const { startStudio } = await import(${JSON.stringify(built)});
      const studio = await startStudio({ dataDir: ${JSON.stringify(dataDir)}, port: 0, demo: true });
      const health = await (await fetch(studio.baseUrl + '/healthz')).json();
      console.log(JSON.stringify({ health, products: studio.services.catalog.list().products.length }));
      await studio.close();
    `);
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout.trim()) as { health: { ok: boolean }; products: number };
    expect(out.health.ok).toBe(true);
    expect(out.products).toBeGreaterThanOrEqual(10);
  });

  it('runs the built CLI with electron unresolvable', () => {
    const result = runBlocked(`
      const { runCli } = await import(${JSON.stringify(path.join(root, 'out/core/cli.mjs'))});
      process.exitCode = await runCli(['--help'], { stdout: process.stdout, stderr: process.stderr });
    `);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve');
  });

  it('has no import of electron anywhere under electron/core (the lint rule checks the same)', () => {
    const grep = spawnSync('grep', ['-rlE', `from ['"]electron['"]|require\\(['"]electron['"]\\)`, 'electron/core'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(grep.status, 'grep exit 1 means no match').toBe(1);
    expect(grep.stdout.trim()).toBe('');
    // …and the same grep does find the shell's import, so a match would be seen.
    expect(spawnSync('grep', ['-rlE', `from ['"]electron['"]`, 'electron/main.ts'], { cwd: root, encoding: 'utf8' }).status).toBe(0);
  });
});
