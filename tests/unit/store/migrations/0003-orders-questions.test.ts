import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

describe('migration 0003 orders-questions', () => {
  function setup() {
    const db = dbAt(2);
    const { productId, variantId } = insertDemoProduct(db);
    const buyerId = Number(
      db
        .prepare(
          `INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual', 'p1', 'Phone buyer', ?, ?)`,
        )
        .run(NOW, NOW).lastInsertRowid,
    );
    migrate(db, undefined, 3);
    return { db, productId, variantId, buyerId };
  }

  it('adds orders, their state log and questions on top of version 2', () => {
    const { db } = setup();
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['orders', 'order_events', 'questions']));
  });

  it('keeps the unit price taken at the moment of the order, and refuses unknown states', () => {
    const { db, productId, variantId, buyerId } = setup();
    const insert = db.prepare(
      `INSERT INTO orders (buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'PLN', ?, 'manual', ?, ?)`,
    );
    insert.run(buyerId, productId, variantId, 1, 9900, 'claimed', NOW, NOW);
    db.prepare('UPDATE variants SET price_minor = 20000').run();
    expect(db.prepare('SELECT unit_price_minor FROM orders').get()).toEqual({ unit_price_minor: 9900 });
    expect(() => insert.run(buyerId, productId, variantId, 1, 9900, 'lost', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run(buyerId, productId, variantId, 0, 9900, 'claimed', NOW, NOW)).toThrow(/CHECK/);
  });

  it('lets only needs_details and cancelled orders go without a variant', () => {
    const { db, productId, buyerId } = setup();
    const insert = db.prepare(
      `INSERT INTO orders (buyer_id, product_id, variant_id, quantity, currency, state, source, created_at, updated_at)
       VALUES (?, ?, NULL, 1, 'PLN', ?, 'chat', ?, ?)`,
    );
    insert.run(buyerId, productId, 'needs_details', NOW, NOW);
    expect(() => insert.run(buyerId, productId, 'claimed', NOW, NOW)).toThrow(/CHECK/);
  });
});
