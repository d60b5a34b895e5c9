import { FOLD_SQL } from './0011-customers';
import type { Migration } from './types';

/**
 * The rows every claim writes, lighter (issue 18: ingest with commerce).
 *
 * Two indexes go that another index with the same first column covers; each was one more B-tree
 * page dirtied per message, written to the WAL at every commit and again at the checkpoint:
 * - `orders_cart (cart_id, id)`: every query by cart (`WHERE cart_id = ?`, `cart_id IN (…)`, the
 *   cart foreign key) is served by `orders_cart_state (cart_id, state)`; a cart has a handful of lines,
 *   so ordering them by id after the lookup costs nothing.
 * - `chat_messages_buyer (buyer_id, seq)`: by buyer (a ban's marking, erase, a customer's export) is
 *   served by `chat_messages_buyer_show (buyer_id, show_id)`.
 *
 * The chat search index is written after the claim's commit, not in it: tokenising a message for
 * FTS5 cost about a third of a chat batch's transaction. `chat_search_progress.indexed_seq` says how
 * far `chat_search` has got; every message above it is indexed by `indexPendingChat`
 * (store/search.ts) in its own transaction, shortly after ingest commits and always before a search
 * reads the index, so a search finds every committed message. Changing or deleting a message that
 * is not indexed yet leaves the index alone (it will be indexed as it then reads, an erased one
 * empty); one that is indexed updates it as before.
 *
 * `question_open_totals` keeps each show's count of open questions, by triggers in the same
 * transaction as the question's change (as `order_state_totals` does for orders, migration 0017): the
 * summary after every chat batch counted the show's open questions one by one (a show's open
 * questions grow all show long). `show_key` is the show's id, 0 for questions of no show.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'ingest',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS orders_cart;
      DROP INDEX IF EXISTS chat_messages_buyer;

      CREATE TABLE chat_search_progress (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        indexed_seq  INTEGER NOT NULL CHECK (indexed_seq >= 0)
      );
      -- Every message so far was indexed by the insert trigger.
      INSERT INTO chat_search_progress (id, indexed_seq) SELECT 1, coalesce(max(seq), 0) FROM chat_messages;

      DROP TRIGGER chat_search_insert;
      DROP TRIGGER chat_search_update;
      DROP TRIGGER chat_search_delete;
      CREATE TRIGGER chat_search_update AFTER UPDATE OF text ON chat_messages
        WHEN old.seq <= (SELECT indexed_seq FROM chat_search_progress) BEGIN
        DELETE FROM chat_search WHERE rowid = old.seq;
        INSERT INTO chat_search (rowid, body) VALUES (new.seq, ${FOLD_SQL('new.text')});
      END;
      CREATE TABLE question_open_totals (
        show_key  INTEGER PRIMARY KEY,
        open      INTEGER NOT NULL CHECK (open >= 0)
      );
      INSERT INTO question_open_totals (show_key, open)
        SELECT ifnull(show_id, 0), count(*) FROM questions WHERE state = 'open' GROUP BY ifnull(show_id, 0);
      CREATE TRIGGER question_open_totals_insert AFTER INSERT ON questions WHEN new.state = 'open' BEGIN
        INSERT INTO question_open_totals (show_key, open) VALUES (ifnull(new.show_id, 0), 1)
          ON CONFLICT (show_key) DO UPDATE SET open = open + 1;
      END;
      CREATE TRIGGER question_open_totals_delete AFTER DELETE ON questions WHEN old.state = 'open' BEGIN
        UPDATE question_open_totals SET open = open - 1 WHERE show_key = ifnull(old.show_id, 0);
      END;
      CREATE TRIGGER question_open_totals_update AFTER UPDATE OF state, show_id ON questions
        WHEN old.state = 'open' OR new.state = 'open' BEGIN
        UPDATE question_open_totals SET open = open - 1 WHERE old.state = 'open' AND show_key = ifnull(old.show_id, 0);
        INSERT INTO question_open_totals (show_key, open) SELECT ifnull(new.show_id, 0), 1 WHERE new.state = 'open'
          ON CONFLICT (show_key) DO UPDATE SET open = open + 1;
      END;

      CREATE TRIGGER chat_search_delete AFTER DELETE ON chat_messages
        WHEN old.seq <= (SELECT indexed_seq FROM chat_search_progress) BEGIN
        DELETE FROM chat_search WHERE rowid = old.seq;
      END;
    `);
  },
};
