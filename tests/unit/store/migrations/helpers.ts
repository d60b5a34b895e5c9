import { openDatabase, type Db } from '../../../../electron/core/store/db';

export function dbAt(version: number): Db {
  return openDatabase({ file: ':memory:', targetVersion: version });
}

export function tableNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

export const NOW = 1_763_800_000_000;

export function insertDemoProduct(db: Db, code = 'A12'): { productId: number; variantId: number } {
  const p = db
    .prepare(`INSERT INTO products (handle, code, title, option1_name, created_at, updated_at) VALUES (?, ?, 'Dress', 'Size', ?, ?)`)
    .run(`h-${code}`, code, NOW, NOW);
  const v = db
    .prepare(
      `INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, 0, 'M', 14900, 3, ?, ?)`,
    )
    .run(p.lastInsertRowid, NOW, NOW);
  return { productId: Number(p.lastInsertRowid), variantId: Number(v.lastInsertRowid) };
}

/** A Twitch buyer with one cart outside any show, in the columns every version since 0006 has (carts came in 0006). */
export function insertBuyerWithCart(db: Db): { buyerId: number; cartId: number } {
  const buyer = db
    .prepare("INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES ('twitch', 'u', 'U', ?, ?)")
    .run(NOW, NOW).lastInsertRowid;
  const cart = db
    .prepare('INSERT INTO carts (show_id, buyer_id, created_at, updated_at) VALUES (NULL, ?, ?, ?)')
    .run(buyer, NOW, NOW).lastInsertRowid;
  return { buyerId: Number(buyer), cartId: Number(cart) };
}
