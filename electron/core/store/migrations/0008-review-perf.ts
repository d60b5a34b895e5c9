import type { Migration } from './types';

/**
 * The Review screen on a big show, and non-payments that were made good (issue 11):
 *
 * - indexes for carts.list working out a page in SQL: a show's carts by their show
 *   (carts_show) and by the show of their lines (orders_show_cart, covering), and each cart's
 *   line states (orders_cart_state, covering the per-cart state mask);
 * - non_payments.cleared_at / cleared_by / cleared_reason: a buyer who pays after the release
 *   made it good; the row stays (the history) and no longer counts as a non-payment.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'review-perf',
  up(db) {
    db.exec(`
      CREATE INDEX carts_show ON carts (show_id) WHERE show_id IS NOT NULL;
      CREATE INDEX orders_show_cart ON orders (show_id, cart_id);
      CREATE INDEX orders_cart_state ON orders (cart_id, state);

      ALTER TABLE non_payments ADD COLUMN cleared_at INTEGER;
      ALTER TABLE non_payments ADD COLUMN cleared_by TEXT;
      ALTER TABLE non_payments ADD COLUMN cleared_reason TEXT;
      CREATE INDEX non_payments_cart ON non_payments (cart_id);
    `);
  },
};
