import type { Migration } from './types';

/**
 * Fewer indexes on the rows every claim writes (issue 18: ingest with commerce). Each index on
 * `orders` and `chat_messages` is one more B-tree page dirtied per message, written to the WAL at
 * every commit and again at the checkpoint. Two were covered by another index with the same first
 * column, so no query needs them:
 * - `orders_cart (cart_id, id)`: every query by cart (`WHERE cart_id = ?`, `cart_id IN (…)`, the
 *   cart foreign key) is served by `orders_cart_state (cart_id, state)`; a cart has a handful of lines,
 *   so ordering them by id after the lookup costs nothing.
 * - `chat_messages_buyer (buyer_id, seq)`: by buyer (a ban's marking, erase, a customer's export) is
 *   served by `chat_messages_buyer_show (buyer_id, show_id)`.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'ingest',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS orders_cart;
      DROP INDEX IF EXISTS chat_messages_buyer;
    `);
  },
};
