import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { orderTotalsByState } from '../../../../electron/core/store/orders';
import type { Db } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

/** The totals as summing the orders gives them: what order_state_totals must always equal. */
function summed(db: Db, showId: number | null) {
  return db
    .prepare(
      `SELECT state, count(*) AS count, coalesce(sum(quantity * coalesce(unit_price_minor, 0)), 0) AS lineTotalMinor,
              coalesce(sum(refund_minor), 0) AS refundMinor
         FROM orders WHERE show_id IS ? GROUP BY state ORDER BY state`,
    )
    .all(showId);
}

function fixture(db: Db) {
  const { productId, variantId } = insertDemoProduct(db);
  const show = (title: string) =>
    Number(db.prepare(`INSERT INTO shows (title, state, created_at) VALUES (?, 'ended', ?)`).run(title, NOW).lastInsertRowid);
  const a = show('A');
  const b = show('B');
  const buyer = Number(
    db
      .prepare(
        `INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', 'u1', 'Anna', ?, ?)`,
      )
      .run(NOW, NOW).lastInsertRowid,
  );
  const cart = (showId: number | null) =>
    Number(
      db.prepare(`INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(showId, buyer, NOW, NOW)
        .lastInsertRowid,
    );
  const carts = new Map<number | null, number>([
    [a, cart(a)],
    [b, cart(b)],
    [null, cart(null)],
  ]);
  const order = (showId: number | null, state: string, quantity: number, price: number | null) =>
    Number(
      db
        .prepare(
          `INSERT INTO orders (show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'PLN', ?, 'chat', ?, ?)`,
        )
        .run(showId, carts.get(showId), buyer, productId, state === 'needs_details' ? null : variantId, quantity, price, state, NOW, NOW)
        .lastInsertRowid,
    );
  return { a, b, order };
}

describe('migration 0017 security', () => {
  it('adds per-show order totals filled from the orders already there, on top of version 13', () => {
    const db = dbAt(13);
    const { a, b, order } = fixture(db);
    order(a, 'claimed', 2, 14900);
    order(a, 'claimed', 1, 9900);
    order(a, 'needs_details', 1, null);
    order(b, 'paid', 3, 100);
    order(null, 'claimed', 1, 500);
    const before = [a, b, null].map((s) => summed(db, s));
    expect(tableNames(db)).not.toContain('order_state_totals');
    migrate(db, undefined, 17);
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect([a, b, null].map((s) => orderTotalsByState(db, s))).toEqual(before);
    expect(orderTotalsByState(db, a)).toEqual([
      { state: 'claimed', count: 2, lineTotalMinor: 2 * 14900 + 9900, refundMinor: 0 },
      { state: 'needs_details', count: 1, lineTotalMinor: 0, refundMinor: 0 },
    ]);
  });

  it('keeps the totals equal to the orders through every kind of write, a deleted show included', () => {
    const db = dbAt(17);
    db.pragma('foreign_keys = ON');
    const { a, b, order } = fixture(db);
    const ids = [
      order(a, 'claimed', 2, 14900),
      order(a, 'claimed', 1, 9900),
      order(b, 'waitlisted', 1, 14900),
      order(null, 'cancelled', 1, 1),
    ];
    const check = () => {
      for (const s of [a, b, null]) expect(orderTotalsByState(db, s)).toEqual(summed(db, s));
    };
    check();
    db.prepare(`UPDATE orders SET state = 'paid' WHERE id = ?`).run(ids[0]);
    check();
    db.prepare(`UPDATE orders SET quantity = 3, unit_price_minor = 100 WHERE id = ?`).run(ids[1]);
    check();
    db.prepare(`UPDATE orders SET state = 'returned', returned_quantity = 2, refund_minor = 1500 WHERE id = ?`).run(ids[0]);
    check();
    db.prepare(`UPDATE orders SET note = 'only a note' WHERE id = ?`).run(ids[2]);
    check();
    db.prepare(`DELETE FROM order_events`).run();
    db.prepare(`DELETE FROM orders WHERE id = ?`).run(ids[3]);
    db.prepare(`DELETE FROM carts WHERE show_id IS NULL`).run();
    check();
    // Deleting a show sets its orders' show_id to NULL (a foreign key action): the totals follow them.
    db.prepare(`UPDATE carts SET show_id = NULL WHERE show_id = ?`).run(b);
    db.prepare(`DELETE FROM lineup_items WHERE show_id = ?`).run(b);
    db.prepare(`DELETE FROM shows WHERE id = ?`).run(b);
    check();
    expect(orderTotalsByState(db, b)).toEqual([]);
    expect(orderTotalsByState(db, null)).toEqual([{ state: 'waitlisted', count: 1, lineTotalMinor: 14900, refundMinor: 0 }]);
  });

  it("reads one show's question figures by an index of their own", () => {
    const db = dbAt(17);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT count(*) AS n, min(asked_at) AS oldest FROM questions WHERE state = 'open' AND show_id IS ?`)
      .all(1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/questions_show_state/);
  });
});
