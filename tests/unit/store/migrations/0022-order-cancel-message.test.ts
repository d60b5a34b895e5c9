import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/db';
import { dbAt, insertBuyerWithCart, insertDemoProduct, NOW } from './helpers';

describe('migration 0022 order cancel message', () => {
  it('adds cancel_message_seq to orders on top of version 21, null for the orders already there', () => {
    const db = dbAt(21);
    const { buyerId, cartId } = insertBuyerWithCart(db);
    const { productId, variantId } = insertDemoProduct(db);
    db.prepare(
      `INSERT INTO orders (cart_id, buyer_id, product_id, variant_id, quantity, currency, state, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, 'PLN', 'cancelled', 'chat', ?, ?)`,
    ).run(cartId, buyerId, productId, variantId, NOW, NOW);
    migrate(db, undefined, 22);
    expect(db.pragma('user_version', { simple: true })).toBe(22);
    expect(db.prepare('SELECT cancel_message_seq FROM orders').pluck().all()).toEqual([null]);
  });
});
