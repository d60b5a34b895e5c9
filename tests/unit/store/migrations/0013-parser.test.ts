import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW, tableNames } from './helpers';

describe('migration 0013 parser', () => {
  it('adds the labelled examples of the intent engine, on top of version 12', () => {
    const db = dbAt(12);
    expect(tableNames(db)).not.toContain('intent_examples');
    migrate(db, undefined, 13);
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(tableNames(db)).toContain('intent_examples');
  });

  it('keeps one example per normalised text and product on screen, and refuses a bad label', () => {
    const db = dbAt(13);
    const insert = db.prepare(
      `INSERT INTO intent_examples (norm_text, featured_code, text, intent, code, options_json, quantity, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'mod', ?)`,
    );
    insert.run('sold a21 m', 'A12', 'sold A21 M', 'order', 'A12', '{"Size":"M"}', 1, NOW);
    insert.run('sold a21 m', 'B3', 'sold A21 M', 'other', null, '{}', null, NOW); // another product on screen: another example
    expect(() => insert.run('sold a21 m', 'A12', 'SOLD A21 M', 'other', null, '{}', null, NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run('x', '', 'x', 'maybe', null, '{}', null, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('y', '', 'y', 'order', 'A12', '["M"]', 1, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('z', '', 'z', 'order', 'A12', '{}', 0, NOW)).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM intent_examples').get()).toEqual({ n: 2 });
  });

  it('an example outlives its order (the link is cleared)', () => {
    const db = dbAt(13);
    db.pragma('foreign_keys = ON');
    expect(() =>
      db
        .prepare(
          `INSERT INTO intent_examples (norm_text, text, intent, options_json, order_id, created_by, created_at) VALUES ('a', 'a', 'other', '{}', 999, 'mod', ?)`,
        )
        .run(NOW),
    ).toThrow(/FOREIGN KEY/);
  });
});
