import { snapshotOf, type ProductView } from '../../../electron/core/commerce/catalog-view';
import { listProducts } from '../../../electron/core/store/catalog';
import type { Db } from '../../../electron/core/store/db';
import { adjustStock } from '../../../electron/core/store/stock';

export interface Fixture {
  db: Db;
  showId: number;
  itemId: number;
  product: ProductView;
  variantIds: number[];
  buyers: number[];
}

/** A shop in PLN, product A12 (sizes S and M, 149 zł, `stock` each), a live show with A12 in its lineup, buyers. */
export function seedShop(
  db: Db,
  options: {
    stock?: number;
    deal?: { priceMinor: number; quota: number | null; startedAt: number; endsAt: number | null };
    perBuyerLimit?: number | null;
    buyers?: number;
  } = {},
): Fixture {
  const now = 1_700_000_000_000;
  db.prepare("INSERT INTO shop (id, name, currency, language, created_at) VALUES (1, 'Shop', 'PLN', 'pl', ?)").run(now);
  const productId = Number(
    db
      .prepare(
        "INSERT INTO products (handle, code, title, option1_name, created_at, updated_at) VALUES ('a12', 'A12', 'Linen shirt', 'Size', ?, ?)",
      )
      .run(now, now).lastInsertRowid,
  );
  const variantIds = ['S', 'M'].map((size, i) =>
    Number(
      db
        .prepare(
          'INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, ?, ?, 14900, 0, ?, ?)',
        )
        .run(productId, i, size, now, now).lastInsertRowid,
    ),
  );
  for (const id of variantIds) if ((options.stock ?? 3) > 0) adjustStock(db, id, options.stock ?? 3, 'initial', 'test', now);
  const showId = Number(
    db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Live', 'live', ?, ?)").run(now, now).lastInsertRowid,
  );
  const deal = options.deal;
  const itemId = Number(
    db
      .prepare(
        `INSERT INTO lineup_items (show_id, position, product_id, deal_price_minor, deal_quota, deal_started_at, deal_ends_at, per_buyer_limit)
         VALUES (?, 0, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        showId,
        productId,
        deal?.priceMinor ?? null,
        deal?.quota ?? null,
        deal?.startedAt ?? null,
        deal?.endsAt ?? null,
        options.perBuyerLimit ?? null,
      ).lastInsertRowid,
  );
  const buyers = Array.from({ length: options.buyers ?? 4 }, (_, i) =>
    Number(
      db
        .prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', ?, ?, ?, ?)")
        .run(`u${i}`, `buyer${i}`, now, now).lastInsertRowid,
    ),
  );
  const product = snapshotOf(listProducts(db)).byCode.get('a12') as ProductView;
  return { db, showId, itemId, product, variantIds, buyers };
}
