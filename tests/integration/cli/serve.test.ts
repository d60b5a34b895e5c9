import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/db';
import { tempDir } from '../../support/temp-db';

const studioBin = path.resolve('bin/studio.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const newDir = () => {
  const d = tempDir('lss-cli-');
  dirs.push(d);
  return d;
};

function runStudio(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [studioBin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
}

/** Starts `studio serve`, waits for the host URL line, returns it and a stop function. */
async function serve(
  args: string[],
): Promise<{ hostUrl: string; overlayUrl: string; stop: () => Promise<number | null>; output: () => string }> {
  const child = spawn(process.execPath, [studioBin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const hostUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${out}`)), 30_000);
    const check = () => {
      const m = /Host window:\s+(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`serve exited early: ${out}`)));
  });
  const overlayUrl = /Overlay URL:\s+(\S+)/.exec(out)?.[1] ?? '';
  return {
    hostUrl,
    overlayUrl,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }),
  };
}

describe('studio CLI', () => {
  it('prints help with exit 0, refuses an unknown command or flag with exit 2', () => {
    const help = runStudio(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/serve/);
    expect(runStudio(['serve', '--help']).status).toBe(0);
    const unknown = runStudio(['fly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "fly"');
    const badFlag = runStudio(['serve', '--colour', 'red']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain("Unknown option '--colour'");
    expect(runStudio(['serve', '--port', 'abc']).status).toBe(2);
  });

  it('refuses a database from a newer studio with exit 1 and the reason', () => {
    const db = path.join(newDir(), 'future.db');
    const handle = openDatabase({ file: db });
    handle.pragma('user_version = 999');
    handle.close();
    const result = runStudio(['serve', '--db', db, '--port', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('newer Live Shopping Studio');
  });

  it('serves the studio, seeds the demo into an empty database, stops cleanly on SIGINT, and logs without secrets', async () => {
    const dir = newDir();
    const server = await serve(['--data', dir]);
    const health = await (await fetch(new URL('/healthz', server.hostUrl))).json();
    expect(health).toMatchObject({ ok: true });
    const page = await fetch(new URL('/', server.hostUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await server.stop()).toBe(0);

    const db = openDatabase({ file: path.join(dir, 'studio.db') });
    expect((db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBeGreaterThanOrEqual(10);
    db.close();
    const token = new URL(server.hostUrl).hash.slice('#token='.length);
    const log = fs.readFileSync(path.join(dir, 'logs', 'studio.log'), 'utf8');
    expect(
      log
        .split('\n')
        .filter(Boolean)
        .every((line) => JSON.parse(line).level),
    ).toBe(true);
    expect(log).not.toContain(token);
    const secrets = path.join(dir, 'secrets.json');
    expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(secrets, 'utf8')).toContain(token);

    // Restart on the same data: the same host token works and nothing is seeded twice.
    const again = await serve(['--data', dir]);
    expect(new URL(again.hostUrl).hash).toBe(new URL(server.hostUrl).hash);
    expect(await again.stop()).toBe(0);
    const after = openDatabase({ file: path.join(dir, 'studio.db') });
    expect((after.prepare('SELECT count(*) AS n FROM shows').get() as { n: number }).n).toBe(1);
    after.close();
  });

  it('seeds nothing with --no-demo, and never into a database that has data', async () => {
    const dir = newDir();
    const bare = await serve(['--data', dir, '--no-demo']);
    await bare.stop();
    const db = openDatabase({ file: path.join(dir, 'studio.db') });
    expect((db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBe(0);
    db.prepare(`INSERT INTO shows (title, created_at) VALUES ('My own show', 1)`).run();
    db.close();
    const withData = await serve(['--data', dir]);
    await withData.stop();
    const check = openDatabase({ file: path.join(dir, 'studio.db') });
    expect((check.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBe(0);
    check.close();
  });
});
