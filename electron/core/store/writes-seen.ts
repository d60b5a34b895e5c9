import { dataVersion, type Db } from './db';
import { prepared, writing } from './sql';

/**
 * Rows written that no cached read depends on, per connection: a token's last use, written at every socket
 * connect. Counted apart, so that a window opening does not make the reads it is about to ask stale.
 */
const bookkeeping = new WeakMap<Db, number>();

/** Declares rows just written as bookkeeping (see writesSeen). */
export function countAsBookkeeping(db: Db, rows: number): void {
  bookkeeping.set(db, (bookkeeping.get(db) ?? 0) + rows);
}

/**
 * A value that changes whenever the data may have changed: the rows this connection has written (SQLite's
 * total_changes(), triggers and rolled-back writes included, bookkeeping left out) and commits by other
 * connections (data_version: a CLI, a second studio process). Two equal values: no read can differ in between.
 */
export function writesSeen(db: Db): string {
  // pluck() on a statement only this function uses.
  const own = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${own - (bookkeeping.get(db) ?? 0)}:${dataVersion(db)}`;
}

/**
 * The last `size` results of a costly read, each kept with the writesSeen() it was read at and handed out again
 * only while that is unchanged. For reads asked again and again of data that rarely changes (a past show's
 * Review table opened in window after window); during a live show every read is a miss, as without it.
 * Inside a writeTx it neither keeps nor hands out. Callers must not mutate what it hands out.
 */
export class ReadMemo<T> {
  private readonly entries = new Map<string, { seen: string; value: T }>();

  constructor(
    private readonly db: Db,
    private readonly size: number,
  ) {}

  /** Call inside the read's transaction, so that the value and the mark it is kept with see the same snapshot. */
  get(key: string, read: () => T): T {
    // Inside a write: what it reads may yet be rolled back, which total_changes() would not show.
    if (writing(this.db)) return read();
    const seen = writesSeen(this.db);
    const kept = this.entries.get(key);
    this.entries.delete(key);
    const entry = kept?.seen === seen ? kept : { seen, value: read() };
    this.entries.set(key, entry);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }
}
