import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { FOLD_SQL } from '../../../../electron/core/store/migrations/0011-customers';
import { FOLDS } from '../../../../shared/domain/search-fold';
import { dbAt, NOW, tableNames } from './helpers';

function addBuyer(db: ReturnType<typeof dbAt>, user: string): number {
  return Number(
    db
      .prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', ?, ?, ?, ?)")
      .run(user, user, NOW, NOW).lastInsertRowid,
  );
}

function addMessage(db: ReturnType<typeof dbAt>, buyer: number, id: string, text: string): number {
  return Number(
    db
      .prepare(
        "INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('twitch', ?, 'c', ?, ?, ?)",
      )
      .run(id, buyer, text, NOW).lastInsertRowid,
  );
}

const hits = (db: ReturnType<typeof dbAt>, q: string) =>
  (db.prepare('SELECT rowid AS seq FROM chat_search WHERE chat_search MATCH ? ORDER BY rowid').all(q) as { seq: number }[]).map(
    (r) => r.seq,
  );

describe('migration 0011 customers', () => {
  it('indexes the chat already stored when it upgrades a version-10 database', () => {
    const db = dbAt(10);
    const buyer = addBuyer(db, 'anna');
    const seq = addMessage(db, buyer, 'm1', 'Biorę A12 do Łodzi');
    migrate(db, undefined, 11);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['customer_tags', 'customer_prices', 'customer_merges', 'customer_events']));
    expect(hits(db, '"lodzi"')).toEqual([seq]);
    expect(hits(db, '"biore"')).toEqual([seq]);
  });

  it('keeps the index in step with chat rows: insert, text change, delete', () => {
    const db = dbAt(11);
    const buyer = addBuyer(db, 'anna');
    const a = addMessage(db, buyer, 'm1', 'żółta sukienka');
    const b = addMessage(db, buyer, 'm2', 'Маған А12 керек, қызыл');
    expect(hits(db, '"zolta"')).toEqual([a]);
    expect(hits(db, '"қызыл"')).toEqual([b]);
    expect(hits(db, '"кызыл"')).toEqual([]);
    db.prepare("UPDATE chat_messages SET text = 'erased' WHERE seq = ?").run(a);
    expect(hits(db, '"zolta"')).toEqual([]);
    db.prepare('DELETE FROM chat_messages WHERE seq = ?').run(b);
    expect(hits(db, '"қызыл"')).toEqual([]);
  });

  it('refuses a discount outside 1-90 % and a blank tag; merges name two customers', () => {
    const db = dbAt(11);
    const c = Number(db.prepare("INSERT INTO customers (name, created_at) VALUES ('A', ?)").run(NOW).lastInsertRowid);
    expect(() => db.prepare('UPDATE customers SET discount_percent = 95 WHERE id = ?').run(c)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO customer_tags (customer_id, tag, actor, added_at) VALUES (?, ' ', 'h', ?)").run(c, NOW)).toThrow(
      /CHECK/,
    );
    expect(() =>
      db
        .prepare("INSERT INTO customer_merges (into_id, from_id, buyer_ids, added, actor, at) VALUES (?, ?, '[]', '{}', 'h', ?)")
        .run(c, c, NOW),
    ).toThrow(/CHECK/);
  });

  it('folds in SQL exactly the letters the query side folds', () => {
    expect(FOLD_SQL('x')).toBe(FOLDS.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, 'x'));
  });
});
