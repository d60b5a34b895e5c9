// ReadMemo keeps a costly read while nothing is written (the Review table of a past show, asked by every window
// that opens it). On a real SQLite file: a write through this connection, a rolled-back one, and a commit by a
// second connection (a CLI, another studio process) each make the kept value stale; a token's last use does not.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { prepared, writeTx } from '../../../electron/core/store/sql';
import { createToken, touchToken } from '../../../electron/core/store/tokens';
import { ReadMemo, writesSeen } from '../../../electron/core/store/writes-seen';
import { tempDatabase, type TempDatabase } from '../../support/temp-db';

let temp: TempDatabase;
afterEach(() => temp?.remove());

function setUp() {
  temp = tempDatabase();
  temp.db.exec('CREATE TABLE notes (v INTEGER NOT NULL)');
  let reads = 0;
  const memo = new ReadMemo<number[]>(temp.db, 2);
  const read = () => {
    reads += 1;
    return prepared<{ v: number }>(temp.db, 'SELECT v FROM notes ORDER BY v')
      .all()
      .map((r) => r.v);
  };
  const add = (v: number) => writeTx(temp.db, () => prepared(temp.db, 'INSERT INTO notes (v) VALUES (?)').run(v));
  return { memo, read, add, reads: () => reads };
}

describe('ReadMemo', () => {
  it('hands out the kept value while nothing is written, and reads again after a write', () => {
    const { memo, read, add, reads } = setUp();
    add(1);
    expect(memo.get('all', read)).toEqual([1]);
    expect(memo.get('all', read)).toEqual([1]);
    expect(reads()).toBe(1);
    add(2);
    expect(memo.get('all', read)).toEqual([1, 2]);
    expect(reads()).toBe(2);
  });

  it('reads again after an update or delete that leaves the row count as it was', () => {
    const { memo, read, add } = setUp();
    add(1);
    expect(memo.get('all', read)).toEqual([1]);
    writeTx(temp.db, () => prepared(temp.db, 'UPDATE notes SET v = 5').run());
    expect(memo.get('all', read)).toEqual([5]);
  });

  it('reads again after another connection commits to the same file', () => {
    const { memo, read, add } = setUp();
    add(1);
    expect(memo.get('all', read)).toEqual([1]);
    const other = new Database(temp.file);
    try {
      other.prepare('INSERT INTO notes (v) VALUES (7)').run();
    } finally {
      other.close();
    }
    expect(memo.get('all', read)).toEqual([1, 7]);
  });

  it('reads again after a rolled-back write (never hands out what was read inside it)', () => {
    const { memo, read, add, reads } = setUp();
    add(1);
    expect(() =>
      writeTx(temp.db, () => {
        prepared(temp.db, 'INSERT INTO notes (v) VALUES (9)').run();
        expect(memo.get('all', read)).toEqual([1, 9]);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(memo.get('all', read)).toEqual([1]);
    expect(reads()).toBe(2);
  });

  it("keeps its value when a window's token is touched (bookkeeping), not when a token is created", () => {
    const { memo, read, add, reads } = setUp();
    add(1);
    const before = writesSeen(temp.db);
    memo.get('all', read);
    const { id } = createToken(temp.db, 'moderator', 'mod:ala', 'Ala', 1);
    expect(writesSeen(temp.db)).not.toBe(before);
    memo.get('all', read);
    expect(reads()).toBe(2);
    const afterCreate = writesSeen(temp.db);
    touchToken(temp.db, id, 2);
    expect(writesSeen(temp.db)).toBe(afterCreate);
    memo.get('all', read);
    expect(reads()).toBe(2);
  });

  it('keeps one value per key and forgets the least recently used beyond its size', () => {
    const { memo, read, reads } = setUp();
    memo.get('a', read);
    memo.get('b', read);
    memo.get('a', read); // a used last: b is the oldest
    memo.get('c', read); // evicts b
    expect(reads()).toBe(3);
    memo.get('a', read);
    expect(reads()).toBe(3);
    memo.get('b', read);
    expect(reads()).toBe(4);
  });
});
