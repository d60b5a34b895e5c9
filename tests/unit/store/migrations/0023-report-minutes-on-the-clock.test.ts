import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, NOW } from './helpers';

describe('migration 0023 report minutes on the clock', () => {
  it('drops the chat tallies counted from a start off the whole minute, and keeps those already on it', () => {
    const db = dbAt(22);
    const onTheMinute = Math.floor(NOW / 60_000) * 60_000;
    expect(NOW % 60_000).not.toBe(0); // the helper's moment is mid-minute: the case the version is for
    const addShow = db.prepare("INSERT INTO shows (title, state, created_at, started_at, ended_at) VALUES ('S', 'ended', ?, ?, ?)");
    const addTally = db.prepare(
      "INSERT INTO show_chat_tallies (show_id, show_created_at, origin, last_seq, minutes, authors) VALUES (?, ?, ?, 0, '[]', '[]')",
    );
    const midMinute = addShow.run(NOW, NOW, NOW + 1).lastInsertRowid;
    addTally.run(midMinute, NOW, NOW);
    const whole = addShow.run(onTheMinute, onTheMinute, onTheMinute + 1).lastInsertRowid;
    addTally.run(whole, onTheMinute, onTheMinute);
    migrate(db, undefined, 23);
    expect(db.pragma('user_version', { simple: true })).toBe(23);
    expect(db.prepare('SELECT show_id FROM show_chat_tallies').pluck().all()).toEqual([whole]);
  });
});
