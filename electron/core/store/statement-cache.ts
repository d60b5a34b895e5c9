import type Database from 'better-sqlite3';
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

type AnyStatement = Database.Statement<unknown[], unknown>;

const bySql = new WeakMap<Db, Map<string, AnyStatement>>();

/**
 * `db.prepare(sql)`, prepared once per connection and SQL text. better-sqlite3 does not cache
 * statements itself, and preparing costs more than running a simple one: use this wherever a
 * statement runs per message or per order.
 */
export function cachedStatement(db: Db, sql: string): AnyStatement {
  let cache = bySql.get(db);
  if (!cache) bySql.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<unknown[], unknown>(sql)));
  return statement;
}
