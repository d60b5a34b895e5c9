import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../electron/core/store/db';
import { readImportFile } from '../../../electron/core/catalog/importer';
import { applyImport } from '../../../electron/core/catalog/importer';
import { cartFor } from '../../../electron/core/store/carts';
import { shopCurrency } from '../../../electron/core/store/shop';

export const FIXTURES = path.resolve('tests/fixtures/shopify');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

export function importFile(
  db: Db,
  name: string | Buffer,
  fileName = typeof name === 'string' ? name : 'file.csv',
  now = 1_700_000_000_000,
) {
  const bytes = typeof name === 'string' ? fixture(name) : name;
  return applyImport(db, readImportFile(bytes, fileName, shopCurrency(db)), 'test', now);
}

/** Every row of every catalog table, for "nothing changed" comparisons. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = ['products', 'variants', 'product_images', 'product_facts', 'stock_movements', 'lineup_items', 'orders'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** A claimed order taking `quantity` of a variant, the way the orders engine will: stock down, order row, ledger untouched. */
export function claim(db: Db, showId: number | null, variantId: number, quantity: number, state = 'claimed'): number {
  return db.transaction(() => {
    const v = db.prepare('SELECT product_id, stock FROM variants WHERE id = ?').get(variantId) as { product_id: number; stock: number };
    const buyer = db
      .prepare(
        "INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('manual', ?, 'Anna', 0, 0) ON CONFLICT DO UPDATE SET last_seen_at = 0 RETURNING id",
      )
      .get(`anna-${variantId}-${Math.random()}`) as { id: number };
    if (['claimed', 'confirmed', 'paid', 'packed', 'shipped'].includes(state))
      db.prepare('UPDATE variants SET stock = stock - ? WHERE id = ?').run(quantity, variantId);
    // Every order sits in its buyer's cart for the show (migration 0006).
    const cartId = cartFor(db, showId, buyer.id, 0);
    return Number(
      db
        .prepare(
          `INSERT INTO orders (show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 100, 'USD', ?, 'manual', 0, 0)`,
        )
        .run(showId, cartId, buyer.id, v.product_id, variantId, quantity, state).lastInsertRowid,
    );
  })();
}

export function variantId(db: Db, sku: string): number {
  return (db.prepare('SELECT id FROM variants WHERE sku = ?').get(sku) as { id: number }).id;
}
export function stockOf(db: Db, sku: string): number {
  return (db.prepare('SELECT stock FROM variants WHERE sku = ?').get(sku) as { stock: number }).stock;
}
