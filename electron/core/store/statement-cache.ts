/**
 * TEMPORARY shim, holding no cache of its own: store/orders.ts, store/questions.ts and
 * electron/core/commerce/* still import these names until the commerce branch moves them to
 * store/sql.ts `prepared` (the one statement cache). Delete this file after that merge.
 */
import type { Db } from './db';

export { prepared as cachedStatement } from './sql';

/** A bundle of statements built once per connection (each from `prepared`, so still one cache underneath). */
export function statementCache<T>(build: (db: Db) => T): (db: Db) => T {
  const bundles = new WeakMap<Db, T>();
  return (db) => {
    let bundle = bundles.get(db);
    if (bundle === undefined) bundles.set(db, (bundle = build(db)));
    return bundle;
  };
}
