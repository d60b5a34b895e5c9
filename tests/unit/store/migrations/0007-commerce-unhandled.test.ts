import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW, tableNames } from './helpers';

describe('migration 0007 commerce-unhandled', () => {
  it('adds the marks of messages the commerce engine failed on, on top of version 6', () => {
    const db = dbAt(6);
    migrate(db, undefined, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(tableNames(db)).toContain('commerce_unhandled');
  });

  it('marks only stored messages, and a mark goes with its message', () => {
    const db = dbAt(7);
    db.pragma('foreign_keys = ON');
    const mark = db.prepare('INSERT INTO commerce_unhandled (seq, error, failed_at) VALUES (?, ?, ?)');
    expect(() => mark.run(999, 'boom', NOW)).toThrow(/FOREIGN KEY/);
    const buyer = db
      .prepare(
        "INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual', 'u', 'U', ?, ?)",
      )
      .run(NOW, NOW).lastInsertRowid;
    const seq = db
      .prepare(
        "INSERT INTO chat_messages (platform, platform_message_id, channel, buyer_id, text, received_at) VALUES ('manual', 'm1', 'c', ?, 'hi', ?)",
      )
      .run(buyer, NOW).lastInsertRowid;
    mark.run(seq, 'boom', NOW);
    db.prepare('DELETE FROM chat_messages WHERE seq = ?').run(seq);
    expect(db.prepare('SELECT count(*) AS n FROM commerce_unhandled').get()).toEqual({ n: 0 });
  });
});
