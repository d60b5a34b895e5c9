import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { prepared, writeTx } from '../../../electron/core/store/sql';

let db: Database.Database;
afterEach(() => db?.close());

function fresh() {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (v INTEGER NOT NULL)');
  return db;
}
const values = () =>
  prepared<{ v: number }>(db, 'SELECT v FROM t ORDER BY v')
    .all()
    .map((r) => r.v);

describe('prepared', () => {
  it('prepares a statement once per connection and SQL text', () => {
    fresh();
    const a = prepared(db, 'SELECT 1');
    expect(prepared(db, 'SELECT 1')).toBe(a);
    expect(prepared(db, 'SELECT 2')).not.toBe(a);
    const other = new Database(':memory:');
    expect(prepared(other, 'SELECT 1')).not.toBe(a);
    other.close();
  });
});

describe('writeTx', () => {
  it('commits the work and returns its result', () => {
    fresh();
    expect(writeTx(db, () => prepared(db, 'INSERT INTO t VALUES (1)').run().changes)).toBe(1);
    expect(values()).toEqual([1]);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls everything back when the work throws', () => {
    fresh();
    expect(() =>
      writeTx(db, () => {
        prepared(db, 'INSERT INTO t VALUES (1)').run();
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(values()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('nested, a failing inner write is undone alone and the outer one commits', () => {
    fresh();
    writeTx(db, () => {
      prepared(db, 'INSERT INTO t VALUES (1)').run();
      expect(() =>
        writeTx(db, () => {
          prepared(db, 'INSERT INTO t VALUES (2)').run();
          throw new Error('inner');
        }),
      ).toThrow('inner');
      writeTx(db, () => prepared(db, 'INSERT INTO t VALUES (3)').run());
    });
    expect(values()).toEqual([1, 3]);
  });

  it('refuses asynchronous work and leaves nothing written', () => {
    fresh();
    expect(() =>
      writeTx(db, (async () => {
        prepared(db, 'INSERT INTO t VALUES (1)').run();
      }) as () => unknown),
    ).toThrow(/synchronous/);
    expect(values()).toEqual([]);
  });
});
