import type { Db } from '../store/db';
import { dealUnits } from '../store/orders';
import { cachedStatement } from '../store/statement-cache';

export interface LineupTerms {
  itemId: number;
  dealPriceMinor: number | null;
  dealQuota: number | null;
  dealStartedAt: number | null;
  dealEndsAt: number | null;
  perBuyerLimit: number | null;
}

/** The show's lineup terms for a product (deal and per-buyer limit), or null when it is not in the lineup. */
export function lineupTerms(db: Db, showId: number | null, productId: number): LineupTerms | null {
  if (showId === null) return null;
  return (
    (cachedStatement(
      db,
      `SELECT id AS itemId, deal_price_minor AS dealPriceMinor, deal_quota AS dealQuota, deal_started_at AS dealStartedAt,
                deal_ends_at AS dealEndsAt, per_buyer_limit AS perBuyerLimit
         FROM lineup_items WHERE show_id = ? AND product_id = ?`,
    ).get(showId, productId) as LineupTerms | undefined) ?? null
  );
}

/** A deal runs from its start until its end (exclusive); a deal without an end runs until ended by hand. */
export function dealRunning(
  terms: LineupTerms | null,
  at: number,
): terms is LineupTerms & { dealPriceMinor: number; dealStartedAt: number } {
  return (
    terms !== null &&
    terms.dealPriceMinor !== null &&
    terms.dealStartedAt !== null &&
    terms.dealStartedAt <= at &&
    (terms.dealEndsAt === null || at < terms.dealEndsAt)
  );
}

export interface Price {
  unitPriceMinor: number;
  isDeal: boolean;
}

/**
 * The price of the moment: the deal price while the deal runs and its quota
 * still has room for the whole quantity, else the variant's own price.
 */
export function priceOfMoment(
  db: Db,
  showId: number | null,
  productId: number,
  variantId: number,
  quantity: number,
  at: number,
  /** Deal units the order being re-priced already counts itself (a correction of a deal claim). */
  ownDealUnits = 0,
): Price {
  const regular = (cachedStatement(db, 'SELECT price_minor FROM variants WHERE id = ?').get(variantId) as { price_minor: number })
    .price_minor;
  const terms = lineupTerms(db, showId, productId);
  if (showId === null || !dealRunning(terms, at)) return { unitPriceMinor: regular, isDeal: false };
  if (terms.dealQuota !== null && dealUnits(db, showId, productId, terms.dealStartedAt) - ownDealUnits + quantity > terms.dealQuota) {
    return { unitPriceMinor: regular, isDeal: false };
  }
  return { unitPriceMinor: terms.dealPriceMinor, isDeal: true };
}
