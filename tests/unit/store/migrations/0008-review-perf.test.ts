import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertBuyerWithCart, NOW } from './helpers';

describe('migration 0008 review-perf', () => {
  const indexes = (db: ReturnType<typeof dbAt>) =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
      (r) => r.name,
    );

  it('adds the indexes the Review page reads by, on top of version 7', () => {
    const db = dbAt(7);
    migrate(db, undefined, 8);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(indexes(db)).toEqual(expect.arrayContaining(['carts_show', 'orders_show_cart', 'orders_cart_state', 'non_payments_cart']));
    // A cart's line states come from the covering index, not the orders table.
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT state FROM orders WHERE cart_id = 1').all() as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/COVERING INDEX orders_cart_state/);
  });

  it('keeps existing non-payments, not cleared, and lets one be cleared with who and why', () => {
    const db = dbAt(7);
    const { buyerId: buyer, cartId: cart } = insertBuyerWithCart(db);
    db.prepare("INSERT INTO non_payments (cart_id, buyer_id, lines, amount_minor, actor, at) VALUES (?, ?, 1, 14900, 'studio', ?)").run(
      cart,
      buyer,
      NOW,
    );
    migrate(db, undefined, 8);
    expect(db.prepare('SELECT lines, amount_minor, cleared_at, cleared_by FROM non_payments').get()).toEqual({
      lines: 1,
      amount_minor: 14900,
      cleared_at: null,
      cleared_by: null,
    });
    db.prepare("UPDATE non_payments SET cleared_at = ?, cleared_by = 'host', cleared_reason = 'paid late' WHERE cart_id = ?").run(
      NOW,
      cart,
    );
    expect(db.prepare('SELECT count(*) AS n FROM non_payments WHERE cleared_at IS NULL').get()).toEqual({ n: 0 });
  });
});
