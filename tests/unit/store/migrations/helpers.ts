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
