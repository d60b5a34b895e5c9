import { StudioError } from '../../../shared/contract/errors';
import type { Db } from '../store/db';
import { lineupTerms } from '../store/deals';
import { buyerHasTag } from '../store/customers';
import { buyerUnits, holdStockInTurn, insertOrder, recentSameClaim, type OrderRow } from '../store/orders';
import { shopCurrency } from '../store/shop';
import { isDraftShow } from '../store/shows';
import { resolveVariant, type ProductView } from './catalog-view';
import type { Effects } from './effects';
import type { OptionValues } from './intent';
import { priceForBuyer, priceOfMoment } from './pricing';

/** The same claim from the same buyer within this window is one order (people repeat themselves when chat scrolls fast). */
export const DEDUPE_WINDOW_MS = 10_000;

export interface ClaimRequest {
  showId: number | null;
  buyerId: number;
  product: ProductView;
  options: OptionValues;
  quantity: number;
  /** The moment of the claim: prices, deals and the dedupe window are read at it. */
  at: number;
  actor: string;
  source: OrderRow['source'];
  messageSeq: number | null;
  /** A staff order names its variant (or null: needs details) instead of options. */
  variantId?: number | null;
  note?: string;
}

export type ClaimOutcome =
  | { kind: 'claimed' | 'waitlisted' | 'needs_details' | 'held'; orderId: number; limitedTo: number | null }
  | { kind: 'duplicate'; orderId: number }
  | { kind: 'over_limit'; limit: number };

/** An order line a person enters (a phone or DM order, a line added to a cart). */
export interface StaffLine {
  showId: number | null;
  buyerId: number;
  product: ProductView;
  /** The variant, or null: the line needs details. */
  variantId: number | null;
  quantity: number;
  at: number;
  actor: string;
  note?: string;
}

/**
 * Places a staff member's line inside the caller's transaction and returns its order id: the
 * variant must be the product's; beyond the lineup's per-buyer limit it is refused (conflict).
 */
export function placeStaffLine(db: Db, line: StaffLine, effects: Effects): number {
  if (line.variantId !== null && !line.product.variants.some((v) => v.id === line.variantId))
    throw StudioError.of('invalid_input', 'variantIsNotAVariantOf2', { variantId: line.variantId, code: line.product.code });
  const placed = placeClaim(db, { ...line, options: {}, source: 'manual', messageSeq: null }, effects);
  if (placed.kind === 'over_limit')
    throw StudioError.of('conflict', 'theBuyerAlreadyHasTheLimit', { limit: placed.limit, code: line.product.code });
  return placed.orderId;
}

/**
 * Turns one claimed item into an order, inside the caller's transaction:
 * a variant the options settle takes its stock at the price of the moment
 * (or joins the waitlist when there is not enough); options that leave a
 * choice make a "needs details" order that takes nothing yet. A repeat within
 * the dedupe window and anything beyond the lineup's per-buyer limit are refused.
 */
export function placeClaim(db: Db, request: ClaimRequest, effects: Effects): ClaimOutcome {
  const { product, showId, buyerId, at } = request;
  const variant = request.variantId !== undefined ? variantById(product, request.variantId) : resolveVariant(product, request.options);
  const variantId = variant?.id ?? null;

  if (request.source !== 'manual') {
    const same = recentSameClaim(db, buyerId, product.id, variantId, request.quantity, at - DEDUPE_WINDOW_MS);
    if (same) return { kind: 'duplicate', orderId: same.id };
  }

  let quantity = request.quantity;
  let limitedTo: number | null = null;
  const limit = lineupTerms(db, showId, product.id)?.perBuyerLimit ?? null;
  if (limit !== null) {
    const room = limit - buyerUnits(db, showId, buyerId, product.id);
    if (room <= 0) return { kind: 'over_limit', limit };
    if (quantity > room) quantity = limitedTo = room;
  }
  const notes = [request.note ?? '', limitedTo === null ? '' : `limited to ${limit} per buyer`].filter(Boolean).join('; ');
  const base = {
    showId,
    buyerId,
    productId: product.id,
    quantity,
    currency: shopCurrency(db),
    source: request.source,
    sourceMessageSeq: request.messageSeq,
    note: notes,
  };

  const doNotSell = holdForDoNotSell(db, request, base, variantId, effects);
  if (doNotSell !== null) return { kind: 'held', orderId: doNotSell, limitedTo };

  if (variantId === null) {
    const orderId = insertOrder(
      db,
      { ...base, variantId: null, unitPriceMinor: null, isDeal: false, state: 'needs_details' },
      request.actor,
      'claim without a variant',
      at,
    );
    effects.orders.add(orderId);
    effects.needsDetails.push(orderId);
    return { kind: 'needs_details', orderId, limitedTo };
  }
  const moment = priceOfMoment(db, showId, product.id, variantId, quantity, at);
  if (isDraftShow(db, showId)) {
    // A draft show is a rehearsal: a test order, held, taking no stock; discarded when the show goes live.
    const orderId = insertOrder(
      db,
      { ...base, variantId, ...moment, state: 'held', holdReason: 'rehearsal' },
      request.actor,
      'rehearsal: a test order in a draft show',
      at,
    );
    effects.orders.add(orderId);
    return { kind: 'claimed', orderId, limitedTo };
  }
  const price = priceForBuyer(db, buyerId, product.id, variantId, moment);
  if (holdStockInTurn(db, variantId, quantity, at)) {
    const orderId = insertOrder(db, { ...base, variantId, ...price, state: 'claimed' }, request.actor, null, at);
    effects.orders.add(orderId);
    effects.variants.add(variantId);
    effects.held.push(orderId);
    return { kind: 'claimed', orderId, limitedTo };
  }
  // Not enough free stock: wait in line at the regular price; the price of the moment is set again at promotion.
  const regular = priceForBuyer(db, buyerId, product.id, variantId, priceOfMoment(db, null, product.id, variantId, quantity, at));
  const orderId = insertOrder(db, { ...base, variantId, ...regular, state: 'waitlisted' }, request.actor, 'out of stock', at);
  effects.orders.add(orderId);
  effects.waitlisted.push(orderId);
  return { kind: 'waitlisted', orderId, limitedTo };
}

/**
 * A claim in chat from a customer tagged do-not-sell takes no stock: it is `held` with reason
 * `do_not_sell` (at the price of the moment when the variant is known) for the host or a moderator
 * to accept or refuse (CustomersService.decideHeld). A staff member's own line is their decision: not held.
 */
function holdForDoNotSell(
  db: Db,
  request: ClaimRequest,
  base: Omit<Parameters<typeof insertOrder>[1], 'variantId' | 'unitPriceMinor' | 'isDeal' | 'state'>,
  variantId: number | null,
  effects: Effects,
): number | null {
  // A draft show's claims are rehearsal test orders (held as such, discarded at going live): not this hold.
  if (request.source === 'manual' || isDraftShow(db, request.showId) || !buyerHasTag(db, request.buyerId, 'do_not_sell')) return null;
  const price =
    variantId === null
      ? { unitPriceMinor: null, isDeal: false }
      : priceOfMoment(db, null, request.product.id, variantId, base.quantity, request.at);
  const orderId = insertOrder(
    db,
    { ...base, variantId, ...price, state: 'held', holdReason: 'do_not_sell' },
    request.actor,
    'the customer is on the do-not-sell list',
    request.at,
  );
  effects.orders.add(orderId);
  return orderId;
}

function variantById(product: ProductView, variantId: number | null) {
  if (variantId === null) return null;
  const v = product.variants.find((x) => x.id === variantId);
  if (!v) throw new RangeError(`variant ${variantId} is not a variant of ${product.code}`);
  return v;
}
