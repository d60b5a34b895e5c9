// The one place tests get a throwaway folder or database: a real SQLite file with the shipped
// settings (WAL, synchronous=FULL), migrated — never ':memory:', which would hide file behaviour.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../electron/core/store/db';

/** A fresh empty folder in the OS temp dir; the caller removes it. */
export function tempDir(prefix = 'lss-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempDatabase {
  db: Db;
  /** The folder holding the file (and anything else the test puts beside it). */
  dir: string;
  file: string;
  /** Closes the database if still open and deletes the folder (safe to pass around unbound). */
  remove: () => void;
}

/** A migrated studio database file (`studio.db`) in its own temp folder. */
export function tempDatabase(prefix = 'lss-db-'): TempDatabase {
  const dir = tempDir(prefix);
  const file = path.join(dir, 'studio.db');
  const db = openDatabase({ file });
  return {
    db,
    dir,
    file,
    remove: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts a live show row directly, for tests whose subject is not the shows module. */
export function insertLiveShow(db: Db, title = 'Live show', at = 1_700_000_000_000): number {
  return Number(
    db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES (?, 'live', ?, ?)").run(title, at, at).lastInsertRowid,
  );
}
