import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, NewerDatabaseError, openDatabase } from '../../../electron/core/store/db';
import { migration0001 } from '../../../electron/core/store/migrations/0001-catalog-and-shop';
import { tempDir } from '../../support/temp-db';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dirs: string[] = [];
const newDir = () => {
  const d = tempDir('lss-db-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the SQLite file', () => {
  it('is opened in WAL mode with foreign keys, a busy timeout, synchronous=FULL and temp_store=MEMORY', () => {
    const db = openDatabase({ file: path.join(newDir(), 'studio.db') });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    // Savepoint journals in memory (issue 18: in temp files they cost ingest ~25 writes per commerce message).
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version and leaves it byte-for-byte untouched', () => {
    const file = path.join(newDir(), 'future.db');
    const db = openDatabase({ file });
    db.pragma('journal_mode = DELETE'); // one self-contained file, so the hash covers everything
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    db.close();
    const before = sha(file);
    const mtime = fs.statSync(file).mtimeMs;
    expect(() => openDatabase({ file })).toThrow(NewerDatabaseError);
    expect(() => openDatabase({ file })).toThrow(/newer Live Shopping Studio/);
    expect(sha(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('copies the file aside before migrating an older database, and the copy opens at the old version', () => {
    const dir = newDir();
    const file = path.join(dir, 'old.db');
    const old = openDatabase({ file, migrationList: [migration0001] });
    old.prepare(`INSERT INTO shop (id, name, currency, created_at) VALUES (1, 'Old shop', 'KZT', 1)`).run();
    old.close();
    const backups: string[] = [];
    const db = openDatabase({ file, onBackup: (f) => backups.push(f) });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(backups).toHaveLength(1);
    const copy = openDatabase({ file: backups[0]!, migrationList: [migration0001] });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM shop').get()).toEqual({ name: 'Old shop' });
    copy.close();
  });

  it('makes no copy for a new database or one already current', () => {
    const file = path.join(newDir(), 'fresh.db');
    const backups: string[] = [];
    openDatabase({ file, onBackup: (f) => backups.push(f) }).close();
    openDatabase({ file, onBackup: (f) => backups.push(f) }).close();
    expect(backups).toEqual([]);
  });

  it('keeps every row a writer reported as committed when the writer process is killed at any instant', async () => {
    const file = path.join(newDir(), 'crash.db');
    openDatabase({ file }).close();
    // A child writes rows one transaction at a time and reports each id after its commit returns,
    // exactly as the studio only sends an event after the commit. We SIGKILL it mid-stream.
    const script = `
      import { openDatabase } from './electron/core/store/db.ts';
      const db = openDatabase({ file: ${JSON.stringify(file)} });
      const buyer = db.prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual','crash','Crash',1,1)").run().lastInsertRowid;
      const insert = db.prepare("INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('manual', ?, 'c', ?, 'x', 1)");
      for (let i = 0; ; i++) { insert.run('m' + i, buyer); process.stdout.write('m' + i + '\\n'); }
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
    const shown: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        shown.push(...lines.filter(Boolean));
        if (shown.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    expect(shown.length).toBeGreaterThanOrEqual(300);
    const db = openDatabase({ file });
    const stored = new Set((db.prepare('SELECT platform_message_id AS id FROM chat_messages').all() as { id: string }[]).map((r) => r.id));
    db.close();
    const lost = shown.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  });
});
