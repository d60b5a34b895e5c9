import { describe, expect, it } from 'vitest';
import { dbAt, insertDemoProduct, NOW, tableNames } from './helpers';

describe('migration 0001 catalog-and-shop', () => {
  it('creates the shop, catalog and stock ledger tables', () => {
    const db = dbAt(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(db)).toEqual(['product_facts', 'product_images', 'products', 'shop', 'stock_movements', 'variants']);
  });

  it('makes claim codes unique regardless of case', () => {
    const db = dbAt(1);
    insertDemoProduct(db, 'A12');
    expect(() => insertDemoProduct(db, 'a12')).toThrow(/UNIQUE/);
  });

  it('refuses negative stock and prices, and a second shop row', () => {
    const db = dbAt(1);
    const { variantId } = insertDemoProduct(db);
    expect(() => db.prepare('UPDATE variants SET stock = -1 WHERE id = ?').run(variantId)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE variants SET price_minor = -5 WHERE id = ?').run(variantId)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO shop (id, name, currency, created_at) VALUES (1, 'S', 'PLN', ?)`).run(NOW);
    expect(() => db.prepare(`INSERT INTO shop (id, name, currency, created_at) VALUES (2, 'T', 'PLN', ?)`).run(NOW)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE shop SET currency = 'pln'`).run()).toThrow(/CHECK/);
  });

  it('refuses two variants with the same options, and option names out of order', () => {
    const db = dbAt(1);
    const { productId } = insertDemoProduct(db);
    expect(() =>
      db
        .prepare(
          `INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, 1, 'M', 100, 1, ?, ?)`,
        )
        .run(productId, NOW, NOW),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO products (handle, code, title, option2_name, created_at, updated_at) VALUES ('x', 'X1', 'T', 'Color', ?, ?)`)
        .run(NOW, NOW),
    ).toThrow(/CHECK/);
  });

  it('deletes a product’s variants and images with it', () => {
    const db = dbAt(1);
    db.pragma('foreign_keys = ON');
    const { productId } = insertDemoProduct(db);
    db.prepare(`INSERT INTO product_images (product_id, source) VALUES (?, 'a.png')`).run(productId);
    db.prepare('DELETE FROM products WHERE id = ?').run(productId);
    expect(db.prepare('SELECT count(*) AS n FROM variants').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM product_images').get()).toEqual({ n: 0 });
  });
});
