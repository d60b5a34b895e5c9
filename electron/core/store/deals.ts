import type { Db } from './db';
import { dealUnits } from './orders';
import { shopCurrency } from './shop';
import { prepared } from './sql';

/**
 * A lineup item's terms: the flash deal (price, quota, its running window) and
 * the per-buyer limit. The deal's window is written here (deal.start, deal.end);
 * the terms themselves are edited with the lineup (store/shows.ts).
 */

export interface LineupTerms {
  itemId: number;
  dealPriceMinor: number | null;
  dealQuota: number | null;
  dealSeconds: number | null;
  dealStartedAt: number | null;
  dealEndsAt: number | null;
  perBuyerLimit: number | null;
}

/** The show's lineup terms for a product, or null when it is not in the lineup. */
export function lineupTerms(db: Db, showId: number | null, productId: number): LineupTerms | null {
  if (showId === null) return null;
  return (
    prepared<LineupTerms>(
      db,
      `SELECT id AS itemId, deal_price_minor AS dealPriceMinor, deal_quota AS dealQuota, deal_seconds AS dealSeconds, deal_started_at AS dealStartedAt,
              deal_ends_at AS dealEndsAt, per_buyer_limit AS perBuyerLimit
         FROM lineup_items WHERE show_id = ? AND product_id = ?`,
    ).get(showId, productId) ?? null
  );
}

/** Starts a lineup item's deal window. */
export function startDeal(db: Db, itemId: number, startedAt: number, endsAt: number): void {
  prepared(db, 'UPDATE lineup_items SET deal_started_at = ?, deal_ends_at = ? WHERE id = ?').run(startedAt, endsAt, itemId);
}

/** Ends a lineup item's running deal at `at`. */
export function endDeal(db: Db, itemId: number, at: number): void {
  prepared(db, 'UPDATE lineup_items SET deal_ends_at = ? WHERE id = ?').run(at, itemId);
}

/** A running deal as the overlay shows it: price, quota and the units left of it. */
export interface RunningDeal {
  productId: number;
  code: string;
  priceMinor: number;
  currency: string;
  quota: number | null;
  left: number | null;
  startedAt: number;
  endsAt: number;
}

/** The lineup item's deal if it runs at `now` (with an end), else null. */
export function runningDeal(db: Db, itemId: number, now: number): RunningDeal | null {
  const row = prepared<{
    showId: number;
    productId: number;
    code: string;
    priceMinor: number | null;
    quota: number | null;
    startedAt: number | null;
    endsAt: number | null;
  }>(
    db,
    `SELECT l.show_id AS showId, l.product_id AS productId, p.code, l.deal_price_minor AS priceMinor, l.deal_quota AS quota,
            l.deal_started_at AS startedAt, l.deal_ends_at AS endsAt
       FROM lineup_items l JOIN products p ON p.id = l.product_id WHERE l.id = ?`,
  ).get(itemId);
  if (!row || row.priceMinor === null || row.startedAt === null || row.endsAt === null || row.endsAt <= now) return null;
  const used = dealUnits(db, row.showId, row.productId, row.startedAt);
  return {
    productId: row.productId,
    code: row.code,
    priceMinor: row.priceMinor,
    currency: shopCurrency(db),
    quota: row.quota,
    left: row.quota === null ? null : Math.max(0, row.quota - used),
    startedAt: row.startedAt,
    endsAt: row.endsAt,
  };
}

/** The lineup items of these (show, product) pairs; pairs not in a lineup are left out. */
export function lineupItemsOf(db: Db, pairs: readonly { showId: number; productId: number }[]): number[] {
  const ids: number[] = [];
  for (const { showId, productId } of pairs) {
    const row = prepared<{ id: number }>(db, 'SELECT id FROM lineup_items WHERE show_id = ? AND product_id = ?').get(showId, productId);
    if (row) ids.push(row.id);
  }
  return ids;
}
