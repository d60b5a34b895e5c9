import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

describe('migration 0002 shows-buyers-chat', () => {
  it('upgrades a version-1 database with data in it', () => {
    const db = dbAt(1);
    insertDemoProduct(db);
    migrate(db, undefined, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['shows', 'lineup_items', 'show_events', 'customers', 'buyers', 'chat_messages']),
    );
    expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 1 });
  });

  it('allows at most one live show', () => {
    const db = dbAt(2);
    const add = db.prepare(`INSERT INTO shows (title, state, created_at) VALUES (?, ?, ?)`);
    add.run('One', 'live', NOW);
    add.run('Two', 'draft', NOW);
    expect(() => add.run('Three', 'live', NOW)).toThrow(/UNIQUE/);
    expect(() => add.run('Bad', 'paused', NOW)).toThrow(/CHECK/);
  });

  it('keeps one buyer per platform identity and one chat row per platform message id', () => {
    const db = dbAt(2);
    const buyer = db.prepare(
      `INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', '42', 'anna', ?, ?)`,
    );
    const { lastInsertRowid: buyerId } = buyer.run(NOW, NOW);
    expect(() => buyer.run(NOW, NOW)).toThrow(/UNIQUE/);
    const msg = db.prepare(
      `INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('twitch', 'm1', '#shop', ?, 'SOLD A12', ?)`,
    );
    const first = msg.run(buyerId, NOW);
    expect(() => msg.run(buyerId, NOW)).toThrow(/UNIQUE/);
    // The ingest sequence never reuses a number, even after a delete.
    db.prepare('DELETE FROM chat_messages').run();
    db.prepare(
      `INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('twitch', 'm2', '#shop', ?, 'x', ?)`,
    ).run(buyerId, NOW);
    const { seq } = db.prepare('SELECT seq FROM chat_messages').get() as { seq: number };
    expect(seq).toBeGreaterThan(Number(first.lastInsertRowid));
  });
});
