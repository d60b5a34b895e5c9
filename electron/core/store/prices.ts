import type { Db } from './db';
import { prepared } from './sql';

/**
 * Every price a variant was offered at, with its span: the regular price (one row per
 * change, open-ended while current) and each flash deal that ran on it. The Omnibus
 * "was" price is the lowest of these over the 30 days before a reduction (commerce/pricing.ts).
 */

/** Writes the variant's regular price from `at` on; nothing when it is the price already in effect. */
export function recordRegularPrice(db: Db, variantId: number, priceMinor: number, at: number): void {
  const open = prepared<{ id: number; priceMinor: number; fromAt: number }>(
    db,
    `SELECT id, price_minor AS priceMinor, from_at AS fromAt FROM price_history
      WHERE variant_id = ? AND kind = 'regular' AND to_at IS NULL ORDER BY from_at DESC, id DESC LIMIT 1`,
  ).get(variantId);
  if (open && open.priceMinor === priceMinor) return;
  if (open) prepared(db, 'UPDATE price_history SET to_at = ? WHERE id = ?').run(Math.max(at, open.fromAt), open.id);
  prepared(db, `INSERT INTO price_history (variant_id, kind, price_minor, from_at) VALUES (?, 'regular', ?, ?)`).run(
    variantId,
    priceMinor,
    at,
  );
}

/** Since when the variant's current regular price is in effect (null: no history yet). */
export function regularPriceSince(db: Db, variantId: number): number | null {
  return (
    prepared<{ fromAt: number }>(
      db,
      `SELECT from_at AS fromAt FROM price_history WHERE variant_id = ? AND kind = 'regular' AND to_at IS NULL ORDER BY from_at DESC, id DESC LIMIT 1`,
    ).get(variantId)?.fromAt ?? null
  );
}

/**
 * A flash deal on every variant of the product, from `from` to `to`; a variant the deal price
 * would not make cheaper keeps its regular price and gets no row (a deal never raises a price).
 */
export function recordDealPrice(db: Db, productId: number, priceMinor: number, from: number, to: number): void {
  prepared(
    db,
    `INSERT INTO price_history (variant_id, kind, price_minor, from_at, to_at)
       SELECT id, 'deal', ?, ?, ? FROM variants WHERE product_id = ? AND price_minor > ?`,
  ).run(priceMinor, from, to, productId, priceMinor);
}

/** The deal that started at `from` on this product ended at `at` (stopped by hand). */
export function endDealPrice(db: Db, productId: number, from: number, at: number): void {
  prepared(
    db,
    `UPDATE price_history SET to_at = max(?, from_at)
      WHERE kind = 'deal' AND from_at = ? AND variant_id IN (SELECT id FROM variants WHERE product_id = ?)`,
  ).run(at, from, productId);
}

/** The lowest price the variant was offered at in [from, to) (regular or deal), or null when nothing is known. */
export function lowestPrice(db: Db, variantId: number, from: number, to: number): number | null {
  return (
    prepared<{ low: number | null }>(
      db,
      `SELECT min(price_minor) AS low FROM price_history
        WHERE variant_id = ? AND from_at < ? AND (to_at IS NULL OR to_at > ?)`,
    ).get(variantId, to, from)?.low ?? null
  );
}
