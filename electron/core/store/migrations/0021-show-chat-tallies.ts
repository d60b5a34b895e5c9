import type { Migration } from './types';

/**
 * A show's chat, counted once when it ends (issue 14: the report of a long show).
 *
 * The report needs the show's chat per minute and each of its authors once; for a three-hour show of
 * 200,000 messages that is two scans of the chat table (~100 ms), paid by every report of it read
 * anew (the CLI, a studio just started). Chat rows are only ever added, so the counts taken at the end
 * stay true up to `last_seq`, and a report adds only what came after it (store/chat-tally.ts).
 * `origin` and `show_created_at` are the start the minutes were counted from and the show's creation
 * time: a row that no longer matches its show is ignored (counted again from the chat).
 * `minutes`: JSON `[[minute, messages], …]`; `authors`: JSON `[[buyerId, owner, moderator], …]`.
 * Shows that ended before this version have no row: their reports count their chat as before.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'show-chat-tallies',
  up(db) {
    db.exec(`
      CREATE TABLE show_chat_tallies (
        show_id          INTEGER PRIMARY KEY REFERENCES shows(id) ON DELETE CASCADE,
        show_created_at  INTEGER NOT NULL,
        origin           INTEGER NOT NULL,
        last_seq         INTEGER NOT NULL CHECK (last_seq >= 0),
        minutes          TEXT NOT NULL CHECK (json_valid(minutes)),
        authors          TEXT NOT NULL CHECK (json_valid(authors))
      );
    `);
  },
};
