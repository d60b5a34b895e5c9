import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertBuyerWithCart, NOW, tableNames } from './helpers';

describe('migration 0021 show chat tallies', () => {
  it('adds the table on top of version 20, empty: shows that ended before it are counted from their chat', () => {
    const db = dbAt(20);
    const show = db
      .prepare("INSERT INTO shows (title, state, created_at, started_at, ended_at) VALUES ('S', 'ended', ?, ?, ?)")
      .run(NOW, NOW, NOW + 1).lastInsertRowid;
    insertBuyerWithCart(db);
    expect(tableNames(db)).not.toContain('show_chat_tallies');
    migrate(db, undefined, 21);
    expect(db.pragma('user_version', { simple: true })).toBe(21);
    expect(tableNames(db)).toContain('show_chat_tallies');
    expect(db.prepare('SELECT count(*) FROM show_chat_tallies').pluck().get()).toBe(0);
    const insert = db.prepare(
      'INSERT INTO show_chat_tallies (show_id, show_created_at, origin, last_seq, minutes, authors) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // Its JSON columns refuse what is not JSON, and a negative seq.
    expect(() => insert.run(show, NOW, NOW, 1, 'not json', '[]')).toThrow(/CHECK constraint/);
    expect(() => insert.run(show, NOW, NOW, -1, '[]', '[]')).toThrow(/CHECK constraint/);
    insert.run(show, NOW, NOW, 1, '[[0,1]]', '[[1,0,0]]');
    // The tally goes with its show.
    db.prepare('DELETE FROM shows WHERE id = ?').run(show);
    expect(db.prepare('SELECT count(*) FROM show_chat_tallies').pluck().get()).toBe(0);
  });
});
