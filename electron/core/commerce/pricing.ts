import { variantPrice } from '../store/catalog';
import { buyerTerms } from '../store/customers';
import type { Db } from '../store/db';
import { lineupTerms, type LineupTerms } from '../store/deals';
import { dealUnits } from '../store/orders';

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
  /** Only a deal that had started by then counts (a waitlisted claim keeps the deal it was claimed under, not a later one). */
  dealStartedBy = Infinity,
): Price {
  const regular = variantPrice(db, variantId);
  const terms = lineupTerms(db, showId, productId);
  if (showId === null || !dealRunning(terms, at) || terms.dealStartedAt > dealStartedBy) return { unitPriceMinor: regular, isDeal: false };
  if (terms.dealQuota !== null && dealUnits(db, showId, productId, terms.dealStartedAt) - ownDealUnits + quantity > terms.dealQuota) {
    return { unitPriceMinor: regular, isDeal: false };
  }
  return { unitPriceMinor: terms.dealPriceMinor, isDeal: true };
}

/**
 * The price of the moment with the buyer's customer's own terms (issue 15): their price-list entry
 * for the product, else their VIP discount off the variant's price; the lowest of that and the price
 * of the moment wins (a deal cheaper than the VIP price stays a deal).
 */
export function priceForBuyer(db: Db, buyerId: number, productId: number, variantId: number, moment: Price): Price {
  const terms = buyerTerms(db, buyerId, productId);
  let own: number | null = terms.priceMinor;
  if (own === null && terms.discountPercent !== null) own = Math.round((variantPrice(db, variantId) * (100 - terms.discountPercent)) / 100);
  return own !== null && own < moment.unitPriceMinor ? { unitPriceMinor: own, isDeal: false } : moment;
}
