// Unauthenticated attempts are logged; a flood of them must not grow the log without bound.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLog, LOG_ROTATION } from '../../../electron/core/log';
import { tempDir } from '../../support/temp-db';
import { waitUntil } from '../../support/waits';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const flushed = (log: ReturnType<typeof createLog>) =>
  new Promise<void>((resolve, reject) => log.flush((e) => (e ? reject(e) : resolve())));

describe('the studio log', () => {
  it('ships with size-based rotation: 10 MB × 5 files', () => {
    expect(LOG_ROTATION).toEqual({ maxBytes: 10 * 1024 * 1024, files: 5 });
  });

  it('rolls studio.log over to .1 … .4 by size and drops the oldest: the folder stays bounded', async () => {
    const dir = tempDir('studio-log-');
    dirs.push(dir);
    const log = createLog(dir, 'info', { maxBytes: 4096, files: 5 });
    const line = 'x'.repeat(200);
    for (let i = 0; i < 2000; i++) {
      log.warn({ address: '203.0.113.7', attempt: i, line }, 'socket refused: missing or wrong token');
      if (i % 100 === 0) await flushed(log);
    }
    await flushed(log);
    await waitUntil(() => fs.existsSync(path.join(dir, 'studio.log')), 'studio.log');
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['studio.log', 'studio.log.1', 'studio.log.2', 'studio.log.3', 'studio.log.4']);
    const total = files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(5 * (4096 + 1024));
    // The newest lines are in studio.log, every line whole (JSON), the oldest rolled away.
    const current = fs.readFileSync(path.join(dir, 'studio.log'), 'utf8').trim().split('\n');
    expect(JSON.parse(current.at(-1)!)).toMatchObject({ attempt: 1999 });
    for (const f of files) {
      for (const l of fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n')) expect(() => JSON.parse(l)).not.toThrow();
    }
    const all = files.flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n'));
    expect(all.some((l) => JSON.parse(l).attempt === 0)).toBe(false);
  });
});
