import type { Migration } from './types';

/**
 * Customers across shows and platforms (issue 15).
 *
 * - customers: merged_into (a customer merged into another keeps its row, so an unmerge restores
 *   it exactly), a VIP discount percent, erased_at (personal data removed on request).
 * - customer_tags: built-in `vip` and `do_not_sell` plus the seller's own, one row per tag.
 * - customer_prices: a customer's price list (a price per product for their next carts).
 * - customer_merges: every merge with the buyers it moved and what it added to the customer kept
 *   (tags, fields, prices), so an unmerge gives each side back exactly what it had.
 * - customer_events: what was done to a customer (merge, unmerge, tags, discount, export, erase).
 * - chat_search: FTS5 over every show's chat, contentless (the text lives once, in chat_messages)
 *   (secure-delete on; an erasure also merges the index, which is what drops a deleted row's
 *   terms from a contentless table: store/search.ts purgeChatSearch). The indexed
 *   body is the text with the Latin letters unicode61 cannot fold replaced (ł -> l, ø -> o, …);
 *   remove_diacritics 2 folds the rest (ą -> a, ż -> z); Cyrillic and Kazakh stay as written.
 *   Triggers keep it in step with chat_messages (insert, text change, delete).
 */

/** SQL folding of the letters FTS5's remove_diacritics leaves alone; shared/domain/search-fold.ts does the same for queries. */
export const FOLD_SQL = (column: string): string =>
  [
    ['ł', 'l'],
    ['Ł', 'l'],
    ['đ', 'd'],
    ['Đ', 'd'],
    ['ø', 'o'],
    ['Ø', 'o'],
    ['ß', 'ss'],
    ['æ', 'ae'],
    ['Æ', 'ae'],
    ['œ', 'oe'],
    ['Œ', 'oe'],
    ['ı', 'i'],
  ].reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, column);

export const migration0011: Migration = {
  version: 11,
  name: 'customers',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
      ALTER TABLE customers ADD COLUMN discount_percent INTEGER CHECK (discount_percent IS NULL OR discount_percent BETWEEN 1 AND 90);
      ALTER TABLE customers ADD COLUMN erased_at INTEGER;
      CREATE INDEX customers_merged_into ON customers (merged_into) WHERE merged_into IS NOT NULL;
      CREATE INDEX buyers_customer ON buyers (customer_id);
      -- The shows a customer wrote in, read from the index alone (the customers list and export).
      CREATE INDEX chat_messages_buyer_show ON chat_messages (buyer_id, show_id);
      -- A search hit's intent (an order or a question came from the message) and a customer's questions.
      CREATE INDEX orders_source_message ON orders (source_message_seq) WHERE source_message_seq IS NOT NULL;
      CREATE INDEX questions_buyer ON questions (buyer_id, id);

      CREATE TABLE customer_tags (
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tag          TEXT NOT NULL CHECK (length(trim(tag)) > 0 AND length(tag) <= 40),
        actor        TEXT NOT NULL,
        added_at     INTEGER NOT NULL,
        PRIMARY KEY (customer_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id);

      CREATE TABLE customer_prices (
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        product_id   INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        price_minor  INTEGER NOT NULL CHECK (price_minor >= 0),
        PRIMARY KEY (customer_id, product_id)
      ) WITHOUT ROWID;

      CREATE TABLE customer_merges (
        id         INTEGER PRIMARY KEY,
        into_id    INTEGER NOT NULL REFERENCES customers(id),
        from_id    INTEGER NOT NULL REFERENCES customers(id),
        buyer_ids  TEXT NOT NULL,   -- JSON array: the buyers the merge moved
        added      TEXT NOT NULL,   -- JSON: what the merge added to into_id (tags, fields, prices), taken back by an unmerge
        actor      TEXT NOT NULL,
        at         INTEGER NOT NULL,
        undone_at  INTEGER,
        undone_by  TEXT,
        CHECK (into_id != from_id)
      );
      CREATE INDEX customer_merges_into ON customer_merges (into_id, id);
      CREATE INDEX customer_merges_from ON customer_merges (from_id, id);

      CREATE TABLE customer_events (
        id           INTEGER PRIMARY KEY,
        customer_id  INTEGER NOT NULL REFERENCES customers(id),
        kind         TEXT NOT NULL CHECK (kind IN ('merged', 'unmerged', 'tagged', 'untagged', 'discount', 'prices', 'edited', 'exported', 'erased')),
        detail       TEXT NOT NULL DEFAULT '',
        actor        TEXT NOT NULL,
        at           INTEGER NOT NULL
      );
      CREATE INDEX customer_events_customer ON customer_events (customer_id, id);

      CREATE VIRTUAL TABLE chat_search USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO chat_search (chat_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO chat_search (rowid, body) SELECT seq, ${FOLD_SQL('text')} FROM chat_messages;

      CREATE TRIGGER chat_search_insert AFTER INSERT ON chat_messages BEGIN
        INSERT INTO chat_search (rowid, body) VALUES (new.seq, ${FOLD_SQL('new.text')});
      END;
      CREATE TRIGGER chat_search_update AFTER UPDATE OF text ON chat_messages BEGIN
        DELETE FROM chat_search WHERE rowid = old.seq;
        INSERT INTO chat_search (rowid, body) VALUES (new.seq, ${FOLD_SQL('new.text')});
      END;
      CREATE TRIGGER chat_search_delete AFTER DELETE ON chat_messages BEGIN
        DELETE FROM chat_search WHERE rowid = old.seq;
      END;
    `);
  },
};
