import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { prepared, writeTx } from './sql';

export type Db = Database.Database;

export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file} was written by a newer Live Shopping Studio (schema ${found}; this version knows up to ${supported}). ` +
        'It was left untouched: update the studio to open it.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export interface OpenOptions {
  /** Path of the SQLite file, or ':memory:' for tests that need no file. */
  file: string;
  /** A better-sqlite3 addon built for another ABI (Electron's): see README "Packaging". */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests). */
  targetVersion?: number;
  /** Milliseconds a writer waits for another process's lock (the CLI and a running studio share the file). */
  busyTimeoutMs?: number;
  /** Called with the path of the copy made before migrating an existing database. */
  onBackup?: (file: string) => void;
  migrationList?: readonly Migration[];
}

/**
 * Durability: WAL with synchronous=FULL. Every commit is fsynced before
 * better-sqlite3 returns, so whatever a client has been shown (it is only sent
 * after its commit) survives a crash of the process and a power cut alike.
 */
export const SYNCHRONOUS_MODE = 'FULL';

export function openDatabase(options: OpenOptions): Db {
  const { file } = options;
  const inMemory = file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const existed = !inMemory && fs.existsSync(file) && fs.statSync(file).size > 0;
  // Born private: SQLite gives the -wal and -shm files the mode of the database file.
  if (!inMemory && !existed) fs.closeSync(fs.openSync(file, 'a', 0o600));

  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Read the version before anything writes: a newer file must stay exactly as it is.
    const found = db.pragma('user_version', { simple: true }) as number;
    const list = options.migrationList ?? migrations;
    const supported = list.at(-1)?.version ?? 0;
    if (found > supported) throw new NewerDatabaseError(file, found, supported);
    if (!inMemory) makePrivate(file);

    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (!inMemory) {
      db.pragma('journal_mode = WAL');
      // A WAL or SHM left by an older studio may be world-readable.
      for (const f of [`${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) makePrivate(f);
    }
    db.pragma(`synchronous = ${SYNCHRONOUS_MODE}`);
    db.pragma('foreign_keys = ON');
    // Savepoint journals (chat ingest opens one per commerce message inside its batch) and temporary
    // sorts in memory, not in temp files: with temp files each savepoint's journal cost ~25 pwrite calls
    // per message (strace, issue 18), a seventh of ingest's CPU. Neither is needed after a crash (the
    // WAL is what makes a commit durable), so durability is unchanged.
    db.pragma('temp_store = MEMORY');
    // Deleted and overwritten content is zeroed on disk, not left in free pages (erasing a customer: README "Personal data").
    db.pragma('secure_delete = ON');

    const target = options.targetVersion ?? supported;
    if (existed && found < target) {
      const backup = backupPath(file, found);
      // VACUUM INTO writes into an empty file: made first, 0600, so the copy is never readable by others.
      fs.closeSync(fs.openSync(backup, 'wx', 0o600));
      db.exec(`VACUUM INTO '${backup.replaceAll("'", "''")}'`);
      options.onBackup?.(backup);
    }
    migrate(db, list, target);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Buyers' data and tokens: the owner's only, whatever the umask. */
function makePrivate(file: string): void {
  fs.chmodSync(file, 0o600);
}

function backupPath(file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${file}.v${version}-${stamp}.bak`;
}

/** Runs each pending migration in its own transaction, bumping user_version with it. */
export function migrate(db: Db, list: readonly Migration[] = migrations, target = list.at(-1)?.version ?? 0): void {
  // Numbers are reserved per area of work (0012 may land before 0008): strictly increasing, gaps allowed.
  list.forEach((m, i) => {
    const before = i === 0 ? 0 : list[i - 1]!.version;
    if (m.version <= before) throw new Error(`migration ${m.name} has version ${m.version}, expected more than ${before}`);
  });
  // A new, empty database is built in one transaction (each step a savepoint): one fsync instead of one per
  // migration, which every fresh database (each test's) pays.
  if (schemaVersion(db) === 0 && list.filter((m) => m.version <= target).length > 1) {
    writeTx(db, () => migrateSteps(db, list, target));
    return;
  }
  migrateSteps(db, list, target);
}

function migrateSteps(db: Db, list: readonly Migration[], target: number): void {
  for (const m of list) {
    if (m.version > target) break;
    if (m.version <= schemaVersion(db)) continue; // up to date: no write lock taken
    writeTx(db, () => {
      // Read again inside the write lock: another process may have migrated while we waited for it.
      if (m.version <= schemaVersion(db)) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * SQLite's data_version: it changes when another connection commits (a CLI import while the
 * studio runs). Through a cached statement: db.pragma() prepares anew on every call.
 */
export function dataVersion(db: Db): number {
  // pluck() as commerce/catalog-view.ts does on the same cached statement: a mode set on a shared statement is shared.
  return prepared(db, 'PRAGMA data_version').pluck().get() as number;
}

export { LATEST_SCHEMA_VERSION };
