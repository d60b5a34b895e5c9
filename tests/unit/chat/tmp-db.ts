import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/core/store/db';

/** A real SQLite file in the OS temp dir, migrated; remove() closes and deletes it. */
export function tmpDatabase(label = 'chat'): { db: Db; file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `studio-${label}-`));
  const file = path.join(dir, 'studio.db');
  const db = openDatabase({ file });
  return {
    db,
    file,
    remove: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts a live show row directly (the shows module is not this test's subject). */
export function insertLiveShow(db: Db, title = 'Test show', at = 1_700_000_000_000): number {
  return Number(
    db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES (?, 'live', ?, ?)").run(title, at, at).lastInsertRowid,
  );
}
