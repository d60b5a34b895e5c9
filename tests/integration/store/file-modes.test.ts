import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../electron/core/store/db';
import { startTestStudio } from '../../support/studio';
import { tempDir } from '../../support/temp-db';

// Buyers' data, tokens and the log are the seller's alone: a real studio started under a
// permissive umask (022, the usual default) still leaves every file 0600 and every folder 0700.
const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe('the data folder of a started studio', () => {
  const dataDir = path.join(tempDir('studio-modes-'), 'data');
  const previousUmask = process.umask(0o022);
  const whileRunning: Record<string, string> = {};
  let studio: Awaited<ReturnType<typeof startTestStudio>>;

  beforeAll(async () => {
    // An older database, so the studio copies it aside (VACUUM INTO) before migrating.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    openDatabase({ file: path.join(dataDir, 'studio.db'), targetVersion: LATEST_SCHEMA_VERSION - 1 }).close();
    fs.chmodSync(path.join(dataDir, 'studio.db'), 0o644);
    // The headless secret store (a file) rather than the tests' in-memory one.
    studio = await startTestStudio({ dataDir, secrets: undefined });
    studio.issueToken('moderator', 'anna');
    for (const f of ['studio.db-wal', 'studio.db-shm']) whileRunning[f] = mode(path.join(dataDir, f));
    await studio.close();
  });

  afterAll(() => {
    process.umask(previousUmask);
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('the folders are 0700', () => {
    for (const d of ['.', 'logs', 'images']) expect(mode(path.join(dataDir, d)), d).toBe('700');
  });

  it('the database, its WAL and SHM, the backup, the log and the secrets file are 0600', () => {
    expect(whileRunning).toEqual({ 'studio.db-wal': '600', 'studio.db-shm': '600' });
    const backups = fs.readdirSync(dataDir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    for (const f of ['studio.db', backups[0]!, 'secrets.json', path.join('logs', 'studio.log')]) {
      expect(mode(path.join(dataDir, f)), f).toBe('600');
    }
  });

  it('the studio’s umask is owner-only from its start', () => {
    expect(process.umask()).toBe(0o077);
  });
});
