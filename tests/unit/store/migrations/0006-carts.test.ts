import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

describe('migration 0006 carts', () => {
  function setup() {
    const db = dbAt(5);
    const { productId, variantId } = insertDemoProduct(db);
    const buyer = db.prepare(
      `INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', ?, ?, ?, ?)`,
    );
    const anna = Number(buyer.run('anna', 'Anna', NOW, NOW).lastInsertRowid);
    const bob = Number(buyer.run('bob', 'Bob', NOW + 1, NOW + 1).lastInsertRowid);
    const show = db.prepare(`INSERT INTO shows (title, state, created_at, started_at) VALUES (?, 'ended', ?, ?)`);
    const show1 = Number(show.run('Monday', NOW, NOW).lastInsertRowid);
    const show2 = Number(show.run('Tuesday', NOW, NOW).lastInsertRowid);
    const order = db.prepare(
      `INSERT INTO orders (show_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 14900, 'PLN', ?, 'chat', ?, ?)`,
    );
    const o1 = Number(order.run(show1, anna, productId, variantId, 1, 'claimed', NOW, NOW).lastInsertRowid);
    const o2 = Number(order.run(show1, anna, productId, variantId, 2, 'paid', NOW + 5, NOW + 5).lastInsertRowid);
    const o3 = Number(order.run(show2, anna, productId, variantId, 1, 'claimed', NOW + 9, NOW + 9).lastInsertRowid);
    const o4 = Number(order.run(show1, bob, productId, null, 1, 'needs_details', NOW + 2, NOW + 2).lastInsertRowid);
    const o5 = Number(order.run(null, bob, productId, variantId, 1, 'shipped', NOW + 3, NOW + 3).lastInsertRowid);
    const event = db.prepare('INSERT INTO order_events (order_id, from_state, to_state, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?)');
    event.run(o1, null, 'claimed', 'chat:twitch:anna', null, NOW);
    event.run(o2, null, 'claimed', 'chat:twitch:anna', null, NOW + 5);
    event.run(o2, 'claimed', 'paid', 'host', 'transfer', NOW + 6);
    event.run(o5, 'packed', 'shipped', 'host', null, NOW + 7);
    db.prepare(`INSERT INTO stock_movements (variant_id, delta, reason, actor, at) VALUES (?, 8, 'initial', 'demo', ?)`).run(
      variantId,
      NOW,
    );
    migrate(db, undefined, 6);
    return { db, productId, variantId, anna, bob, show1, show2, orders: [o1, o2, o3, o4, o5] };
  }

  it('puts every order in its buyer’s cart for its show (orders without a show share one), keeping ids', () => {
    const { db, anna, bob, show1, show2, orders } = setup();
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['carts', 'non_payments', 'orders', 'order_events']));
    const carts = db.prepare('SELECT id, show_id AS showId, buyer_id AS buyerId, version FROM carts ORDER BY id').all();
    expect(carts).toEqual([
      { id: 1, showId: show1, buyerId: anna, version: 1 },
      { id: 2, showId: show2, buyerId: anna, version: 1 },
      { id: 3, showId: show1, buyerId: bob, version: 1 },
      { id: 4, showId: null, buyerId: bob, version: 1 },
    ]);
    expect(
      db.prepare('SELECT id, cart_id AS cartId, state, returned_quantity AS r, refund_minor AS refund FROM orders ORDER BY id').all(),
    ).toEqual([
      { id: orders[0], cartId: 1, state: 'claimed', r: 0, refund: 0 },
      { id: orders[1], cartId: 1, state: 'paid', r: 0, refund: 0 },
      { id: orders[2], cartId: 2, state: 'claimed', r: 0, refund: 0 },
      { id: orders[3], cartId: 3, state: 'needs_details', r: 0, refund: 0 },
      { id: orders[4], cartId: 4, state: 'shipped', r: 0, refund: 0 },
    ]);
    // A second cart for the same buyer and show is refused, also for orders without a show.
    expect(() => db.prepare('INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (?, ?, 0, 0)').run(show1, anna)).toThrow(
      /UNIQUE/,
    );
    expect(() => db.prepare('INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (NULL, ?, 0, 0)').run(bob)).toThrow(
      /UNIQUE/,
    );
  });

  it('keeps the whole history with its ids, each line knowing its cart; cart-level lines have no order', () => {
    const { db, orders } = setup();
    expect(
      db
        .prepare(
          'SELECT id, order_id AS orderId, cart_id AS cartId, kind, from_state AS f, to_state AS t, actor, reason FROM order_events ORDER BY id',
        )
        .all(),
    ).toEqual([
      { id: 1, orderId: orders[0], cartId: 1, kind: 'line', f: null, t: 'claimed', actor: 'chat:twitch:anna', reason: null },
      { id: 2, orderId: orders[1], cartId: 1, kind: 'line', f: null, t: 'claimed', actor: 'chat:twitch:anna', reason: null },
      { id: 3, orderId: orders[1], cartId: 1, kind: 'line', f: 'claimed', t: 'paid', actor: 'host', reason: 'transfer' },
      { id: 4, orderId: orders[4], cartId: 4, kind: 'line', f: 'packed', t: 'shipped', actor: 'host', reason: null },
    ]);
    const cartEvent = db.prepare('INSERT INTO order_events (order_id, cart_id, kind, to_state, actor, at) VALUES (?, 1, ?, ?, ?, 0)');
    cartEvent.run(null, 'shipping', null, 'host');
    expect(() => cartEvent.run(null, 'line', 'claimed', 'host')).toThrow(/CHECK/);
    expect(() => cartEvent.run(orders[0], 'line', null, 'host')).toThrow(/CHECK/);
    expect(() => cartEvent.run(null, 'lost', null, 'host')).toThrow(/CHECK/);
    // Deleting an order still takes its history with it.
    db.prepare('DELETE FROM order_events WHERE order_id IS NULL').run();
    db.prepare('DELETE FROM orders WHERE id = ?').run(orders[4]);
    expect(db.prepare('SELECT count(*) FROM order_events WHERE cart_id = 4').pluck().get()).toBe(0);
  });

  it('gives every buyer a customer named after them', () => {
    const { db } = setup();
    expect(
      db
        .prepare('SELECT b.display_name AS buyer, c.name AS customer FROM buyers b JOIN customers c ON c.id = b.customer_id ORDER BY b.id')
        .all(),
    ).toEqual([
      { buyer: 'Anna', customer: 'Anna' },
      { buyer: 'Bob', customer: 'Bob' },
    ]);
  });

  it('accepts held (with a reason), released and returned (all units back); a returned quantity never exceeds the quantity', () => {
    const { db, productId, variantId, anna, orders } = setup();
    const insert = db.prepare(
      `INSERT INTO orders (cart_id, buyer_id, product_id, variant_id, quantity, currency, state, hold_reason, returned_quantity, source, created_at, updated_at)
       VALUES (1, ?, ?, ?, 2, 'PLN', ?, ?, ?, 'chat', 0, 0)`,
    );
    insert.run(anna, productId, null, 'held', 'low_confidence', 0);
    insert.run(anna, productId, variantId, 'released', null, 0);
    insert.run(anna, productId, variantId, 'returned', null, 2);
    insert.run(anna, productId, variantId, 'shipped', null, 1);
    expect(() => insert.run(anna, productId, variantId, 'held', null, 0)).toThrow(/CHECK/);
    expect(() => insert.run(anna, productId, variantId, 'returned', null, 1)).toThrow(/CHECK/);
    expect(() => insert.run(anna, productId, variantId, 'shipped', null, 3)).toThrow(/CHECK/);
    expect(() => insert.run(anna, productId, null, 'released', null, 0)).toThrow(/CHECK/);
    expect(() => insert.run(anna, productId, variantId, 'lost', null, 0)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE orders SET cart_id = NULL WHERE id = ?').run(orders[0])).toThrow(/NOT NULL/);
  });

  it('keeps the stock ledger and adds write_off to its reasons', () => {
    const { db, variantId } = setup();
    expect(db.prepare('SELECT id, delta, reason FROM stock_movements').all()).toEqual([{ id: 1, delta: 8, reason: 'initial' }]);
    const insert = db.prepare(`INSERT INTO stock_movements (variant_id, delta, reason, actor, at) VALUES (?, -1, ?, 'host', 0)`);
    insert.run(variantId, 'write_off');
    expect(() => insert.run(variantId, 'order')).toThrow(/CHECK/);
  });
});
