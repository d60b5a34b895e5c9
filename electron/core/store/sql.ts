/**
 * The store's primitives. `prepared` (the one statement cache per connection) is for store
 * modules only: SQL text lives in electron/core/store/ (a lint rule says so). `writeTx` (the one
 * way to write atomically) and `readTx` (one consistent snapshot) are also the unit of work a
 * service wraps around several store functions that must commit, or read, together.
 */
import type Database from 'better-sqlite3';
import type { Db } from './db';

type AnyStatement = Database.Statement<unknown[], unknown>;

const byConnection = new WeakMap<Db, Map<string, AnyStatement>>();
/** writeTx calls running per connection (nested ones counted). */
const writeDepth = new WeakMap<Db, number>();

/**
 * `db.prepare(sql)`, prepared once per connection and SQL text. better-sqlite3 does not cache
 * statements itself, and preparing costs more than running a simple one (chat ingest and claims
 * run statements per message). The statement is shared by every caller of the same text: a mode
 * set on it (pluck, raw, expand) must be the same everywhere that text is used.
 */
export function prepared<Row = unknown>(db: Db, sql: string): Database.Statement<unknown[], Row> {
  let cache = byConnection.get(db);
  if (!cache) byConnection.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<unknown[], unknown>(sql)));
  return statement as Database.Statement<unknown[], Row>;
}

/**
 * Every row of `sql` as a plain object, read with better-sqlite3's raw mode (arrays) and named here. For the thousands
 * of wide rows a sweep publishes or an export writes this is ~35% faster than the driver's own objects (20,000 order
 * views: ~245 -> ~160 ms), which it builds through V8's API one property at a time. Its own cached statement.
 */
export function allRows<Row>(db: Db, sql: string, ...params: unknown[]): Row[] {
  const statement = prepared(db, `${sql}\n-- raw`);
  if (!statement.reader) throw new Error('allRows: the statement returns no rows');
  let names = columnNames.get(statement);
  if (!names) {
    statement.raw(true);
    columnNames.set(statement, (names = statement.columns().map((c) => c.name)));
  }
  const rows = statement.all(...params) as unknown[][];
  const out = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const named: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) named[names[c]!] = row[c];
    out[i] = named as Row;
  }
  return out;
}
const columnNames = new WeakMap<AnyStatement, string[]>();

/**
 * Runs `work` atomically: a `BEGIN IMMEDIATE` transaction (the write lock is taken up front, so
 * two processes on one file never deadlock upgrading a read), or a savepoint when the caller is
 * already inside a transaction (one message's claim inside a chat batch can fail alone).
 * `work` must be synchronous: better-sqlite3 is, and a transaction must never span an await.
 */
export function writeTx<T>(db: Db, work: () => T): T {
  const nested = db.inTransaction;
  prepared(db, nested ? 'SAVEPOINT write_tx' : 'BEGIN IMMEDIATE').run();
  writeDepth.set(db, (writeDepth.get(db) ?? 0) + 1);
  try {
    const result = work();
    if (result instanceof Promise) throw new TypeError('writeTx: the work must be synchronous (it returned a Promise)');
    prepared(db, nested ? 'RELEASE write_tx' : 'COMMIT').run();
    return result;
  } catch (error) {
    // SQLite may already have rolled the whole transaction back (SQLITE_FULL, an interrupted write).
    if (db.inTransaction) {
      if (nested) {
        prepared(db, 'ROLLBACK TO write_tx').run();
        prepared(db, 'RELEASE write_tx').run();
      } else {
        prepared(db, 'ROLLBACK').run();
      }
    }
    throw error;
  } finally {
    writeDepth.set(db, writeDepth.get(db)! - 1);
  }
}

/** Whether a writeTx is running on this connection: what is read in it may still be rolled back. */
export function writing(db: Db): boolean {
  return (writeDepth.get(db) ?? 0) > 0;
}

/**
 * Runs `work` in one read transaction: every read sees the same snapshot even while another
 * process commits (an export that reads the catalog in several queries). Inside a caller's
 * transaction it simply runs in it.
 */
export function readTx<T>(db: Db, work: () => T): T {
  if (db.inTransaction) return work();
  prepared(db, 'BEGIN').run();
  try {
    const result = work();
    if (result instanceof Promise) throw new TypeError('readTx: the work must be synchronous (it returned a Promise)');
    prepared(db, 'COMMIT').run();
    return result;
  } catch (error) {
    if (db.inTransaction) prepared(db, 'ROLLBACK').run();
    throw error;
  }
}
