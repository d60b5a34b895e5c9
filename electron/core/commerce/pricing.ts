import type { DealPhase, PriceTag } from '../../../shared/contract/pricing';
import { regularPrice } from '../../../shared/domain/regular-price';
import { variantPrice } from '../store/catalog';
import { buyerTerms } from '../store/customers';
import type { Db } from '../store/db';
import { lineupTerms, type LineupTerms } from '../store/deals';
import { dealUnits } from '../store/orders';
import { lowestPrice, regularPriceSince } from '../store/prices';
import { shopCurrency } from '../store/shop';
import { streamDelayMs } from '../store/shows';

/**
 * The one pricing function of the studio: what a claim is charged (`priceOfMoment`) and
 * what every screen shows (`priceTagOf`: the host's card, the console and the overlay)
 * are made here from the same rules.
 */

/** The Omnibus window: a "was" price is the lowest of the 30 days before the reduction. */
export const OMNIBUS_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Where a lineup item's deal stands at `at`. A deal runs from its start until its end
 * (exclusive; without an end until ended by hand); within `graceMs` after its end (the
 * show's stream delay) it is in grace: buyers who saw it on a late stream still get it.
 */
export function dealPhase(terms: LineupTerms | null, at: number, graceMs = 0): DealPhase | null {
  if (terms === null || terms.dealPriceMinor === null) return null;
  if (terms.dealStartedAt === null || terms.dealStartedAt > at) return 'planned';
  if (terms.dealEndsAt === null || at < terms.dealEndsAt) return 'running';
  return at < terms.dealEndsAt + graceMs ? 'grace' : 'ended';
}

/** A deal runs (or is in its grace) at `at`: its price applies. */
export function dealRunning(
  terms: LineupTerms | null,
  at: number,
  graceMs = 0,
): terms is LineupTerms & { dealPriceMinor: number; dealStartedAt: number } {
  const phase = dealPhase(terms, at, graceMs);
  return phase === 'running' || phase === 'grace';
}

export interface Price {
  unitPriceMinor: number;
  isDeal: boolean;
}

/**
 * The price of the moment: the deal price while the deal runs (or within the show's
 * stream-delay grace after it ended) and its quota still has room for the whole quantity,
 * else the variant's own price. A deal never raises a price.
 */
export function priceOfMoment(
  db: Db,
  showId: number | null,
  productId: number,
  variantId: number,
  quantity: number,
  /** When the studio received the claim. */
  at: number,
  /** Deal units the order being re-priced already counts itself (a correction of a deal claim). */
  ownDealUnits = 0,
  /** Only a deal that had started by then counts (a waitlisted claim keeps the deal it was claimed under, not a later one). */
  dealStartedBy = Infinity,
): Price {
  const regular = variantPrice(db, variantId);
  const terms = lineupTerms(db, showId, productId);
  // The show's stream delay matters only once the deal's end has passed (read then, not per claim).
  const graceMs = showId !== null && terms?.dealEndsAt != null && at >= terms.dealEndsAt ? streamDelayMs(db, showId) : 0;
  if (showId === null || !dealRunning(terms, at, graceMs) || terms.dealStartedAt > dealStartedBy)
    return { unitPriceMinor: regular, isDeal: false };
  if (terms.dealPriceMinor >= regular) return { unitPriceMinor: regular, isDeal: false };
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

/**
 * The Omnibus "was" price of a variant offered at `nowMinor` since `reductionAt`: the lowest
 * price it had (regular or deal) in the 30 days before `reductionAt`, when that is higher than
 * `nowMinor`; else null (nothing may be struck through).
 */
export function omnibusWas(db: Db, variantId: number, nowMinor: number, reductionAt: number): number | null {
  const lowest = lowestPrice(db, variantId, reductionAt - OMNIBUS_WINDOW_MS, reductionAt);
  return lowest !== null && lowest > nowMinor ? lowest : null;
}

/** The product's price tag at `at` in a show: what the screens show, priced as orders are. */
export function priceTagOf(
  db: Db,
  showId: number | null,
  product: { id: number; variants: readonly { id: number; priceMinor: number }[] },
  at: number,
): PriceTag | null {
  const regular = regularPrice(product.variants);
  if (regular === null) return null;
  const { cheapest, from } = regular;
  const terms = lineupTerms(db, showId, product.id);
  const graceMs = showId === null ? 0 : streamDelayMs(db, showId);
  const phase = dealPhase(terms, at, graceMs);
  const currency = shopCurrency(db);
  const base = { currency, from, regularMinor: cheapest.priceMinor, at };
  let deal: PriceTag['deal'] = null;
  if (terms && terms.dealPriceMinor !== null && phase !== null) {
    const used =
      showId !== null && terms.dealStartedAt !== null && phase !== 'planned' ? dealUnits(db, showId, product.id, terms.dealStartedAt) : 0;
    deal = {
      phase,
      priceMinor: terms.dealPriceMinor,
      quota: terms.dealQuota,
      left: terms.dealQuota === null ? null : Math.max(0, terms.dealQuota - used),
      seconds: terms.dealSeconds,
      startedAt: phase === 'planned' ? null : terms.dealStartedAt,
      endsAt: phase === 'planned' ? null : terms.dealEndsAt,
      graceUntil: phase === 'planned' || terms.dealEndsAt === null ? null : terms.dealEndsAt + graceMs,
    };
  }
  const dealApplies =
    deal !== null && (deal.phase === 'running' || deal.phase === 'grace') && deal.left !== 0 && deal.priceMinor < cheapest.priceMinor;
  if (dealApplies) {
    return { ...base, nowMinor: deal!.priceMinor, wasMinor: omnibusWas(db, cheapest.id, deal!.priceMinor, deal!.startedAt!), deal };
  }
  const since = regularPriceSince(db, cheapest.id);
  return {
    ...base,
    nowMinor: cheapest.priceMinor,
    wasMinor: since === null ? null : omnibusWas(db, cheapest.id, cheapest.priceMinor, since),
    deal,
  };
}
