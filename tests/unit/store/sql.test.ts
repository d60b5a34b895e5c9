import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataVersion } from '../../../electron/core/store/db';
import { prepared, readTx, writeTx } from '../../../electron/core/store/sql';

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

describe('readTx', () => {
  it('reads one snapshot while another connection commits, and takes no write lock', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-readtx-'));
    try {
      db = new Database(path.join(dir, 'a.db'));
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE t (v INTEGER NOT NULL); INSERT INTO t VALUES (1)');
      const writer = new Database(path.join(dir, 'a.db'));
      const seen = readTx(db, () => {
        const before = values();
        writer.prepare('INSERT INTO t VALUES (2)').run(); // would wait (busy) if readTx held the write lock
        return [before, values()];
      });
      writer.close();
      expect(seen).toEqual([[1], [1]]);
      expect(values()).toEqual([1, 2]);
      expect(db.inTransaction).toBe(false);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inside a transaction runs in it, and ends its own transaction when the work throws', () => {
    fresh();
    writeTx(db, () => {
      prepared(db, 'INSERT INTO t VALUES (1)').run();
      expect(readTx(db, values)).toEqual([1]);
    });
    expect(() =>
      readTx(db, () => {
        throw new Error('read failed');
      }),
    ).toThrow('read failed');
    expect(db.inTransaction).toBe(false);
  });
});

describe('dataVersion', () => {
  it('reads a number whichever mode the shared PRAGMA statement was left in', () => {
    fresh();
    const first = dataVersion(db);
    expect(typeof first).toBe('number');
    prepared(db, 'PRAGMA data_version').pluck();
    expect(dataVersion(db)).toBe(first);
  });
});
