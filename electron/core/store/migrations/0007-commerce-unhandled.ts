import type { Migration } from './types';

/**
 * The chat messages the commerce engine failed on (a bad rule, a bug, a full disk inside its
 * savepoint): the chat row is stored, its claim is not, and this row says so until a retry handles
 * it. Only failures are written, so the ingest path pays nothing for messages that went well.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'commerce-unhandled',
  up(db) {
    db.exec(`
      CREATE TABLE commerce_unhandled (
        seq        INTEGER PRIMARY KEY REFERENCES chat_messages(seq) ON DELETE CASCADE,
        error      TEXT NOT NULL,
        failed_at  INTEGER NOT NULL,
        attempts   INTEGER NOT NULL DEFAULT 1
      );
    `);
  },
};
