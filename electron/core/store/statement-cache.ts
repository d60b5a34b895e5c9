import type { Db } from './db';

/**
 * Prepared statements built once per database handle (better-sqlite3 statements
 * belong to one connection). Hot paths — chat ingest, claims — call `stmts(db)` per message.
 */
export function statementCache<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}
