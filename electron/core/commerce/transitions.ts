import { StudioError, type OrderState } from '../../../shared/contract';
import { holdsStock, isPastCancelling, isUnpaid } from '../../../shared/domain/order-states';
import type { Db } from '../store/db';
import { lineupTerms } from '../store/deals';
import { isDraftShow } from '../store/shows';
import { buyerUnits, holdStockInTurn, updateOrder, type OrderRow } from '../store/orders';
import { releaseFromOrder } from '../store/stock';
import type { ProductView } from './catalog-view';
import type { Effects } from './effects';
import { priceForBuyer, priceOfMoment } from './pricing';
import { promoteWaitlist } from './waitlist';

/** The road an order travels; staff may move it forward, skipping steps (claimed -> paid). */
export const FORWARD: readonly OrderState[] = ['claimed', 'confirmed', 'paid', 'packed', 'shipped'];

/**
 * Cancels an order: its units go back to free stock and the variant's waitlist
 * moves (also when a waitlisted order leaves: the next in line may fit now).
 * A shipped order is not cancelled here: the units have left the shop.
 */
export function cancelOrder(db: Db, order: OrderRow, actor: string, reason: string | null, now: number, effects: Effects): OrderRow {
  if (order.state === 'cancelled') return order;
  if (isPastCancelling(order.state)) throw StudioError.of('conflict', 'orderHasBeenShippedRecordA', { id: order.id });
  return giveBack(db, order, 'cancelled', actor, reason, now, effects);
}

/**
 * Releases an unpaid line (claimed, confirmed): its payment deadline passed or the seller let it
 * go. Its units go back and serve the variant's waitlist first come first served, exactly as a cancel.
 */
export function releaseOrder(db: Db, order: OrderRow, actor: string, reason: string | null, now: number, effects: Effects): OrderRow {
  if (!isUnpaid(order.state)) throw StudioError.of('conflict', 'orderIsOnlyAnUnpaidLine', { id: order.id, state: order.state });
  return giveBack(db, order, 'released', actor, reason, now, effects);
}

/** The one path by which a line gives its stock back: the new state, the units, then the waitlist. */
function giveBack(
  db: Db,
  order: OrderRow,
  to: 'cancelled' | 'released',
  actor: string,
  reason: string | null,
  now: number,
  effects: Effects,
): OrderRow {
  const after = updateOrder(db, order, { state: to }, actor, reason, now);
  effects.orders.add(order.id);
  if (order.variantId !== null) {
    if (holdsStock(order.state)) {
      releaseFromOrder(db, order.variantId, order.quantity - order.returnedQuantity, now);
      effects.variants.add(order.variantId);
    }
    if (holdsStock(order.state) || order.state === 'waitlisted') promoteWaitlist(db, order.variantId, now, effects);
  }
  return after;
}

/** Moves an order forward (confirm, pay, pack, ship) or cancels it. */
export function setOrderState(
  db: Db,
  order: OrderRow,
  to: OrderState,
  actor: string,
  reason: string | null,
  now: number,
  effects: Effects,
): OrderRow {
  if (to === 'cancelled') return cancelOrder(db, order, actor, reason, now, effects);
  const from = FORWARD.indexOf(order.state);
  const target = FORWARD.indexOf(to);
  if (target <= 0 || from < 0 || target <= from) {
    const key =
      order.state === 'needs_details'
        ? 'orderCannotNeedsDetails'
        : order.state === 'waitlisted'
          ? 'orderCannotWaitlisted'
          : 'orderCannotBecome';
    throw StudioError.of('conflict', key, { id: order.id, to, state: order.state });
  }
  effects.orders.add(order.id);
  return updateOrder(db, order, { state: to }, actor, reason, now);
}

/**
 * Puts an order (needs details, waitlisted or claimed) on a variant and
 * quantity: it gives back what it held, then takes the new units at the price
 * of now, or waits in line for them. What it gave back moves the old waitlist.
 */
export function reassignOrder(
  db: Db,
  order: OrderRow,
  product: ProductView,
  variantId: number,
  requestedQuantity: number,
  actor: string,
  reason: string,
  now: number,
  effects: Effects,
  /** The states a line may be changed in (the carts' editor also changes confirmed and held lines). */
  editable: readonly OrderState[] = ['needs_details', 'waitlisted', 'claimed'],
): OrderRow {
  if (!product.variants.some((v) => v.id === variantId))
    throw StudioError.of('invalid_input', 'variantIsNotAVariantOf2', { variantId, code: product.code });
  if (!editable.includes(order.state)) {
    throw StudioError.of('conflict', 'orderIsOnlyAClaimNot', { id: order.id, state: order.state });
  }
  const held = holdsStock(order.state);
  const limit = lineupTerms(db, order.showId, order.productId)?.perBuyerLimit ?? null;
  const room = limit === null ? Infinity : limit - (buyerUnits(db, order.showId, order.buyerId, order.productId) - order.quantity);
  const quantity = Math.max(1, Math.min(requestedQuantity, room));
  if (variantId === order.variantId && quantity === order.quantity && order.state !== 'needs_details') return order;

  if (held && order.variantId !== null) {
    releaseFromOrder(db, order.variantId, order.quantity, now);
    effects.variants.add(order.variantId);
  }
  let after: OrderRow;
  if (isDraftShow(db, order.showId) && !held) {
    // A rehearsal's line stays a test order: it never takes stock.
    const price = priceOfMoment(db, order.showId, order.productId, variantId, quantity, now);
    after = updateOrder(
      db,
      order,
      { variantId, quantity, ...price, state: 'held', holdReason: 'rehearsal' },
      actor,
      `${reason}; rehearsal`,
      now,
    );
    effects.orders.add(order.id);
    return after;
  }
  if (holdStockInTurn(db, variantId, quantity, now)) {
    const moment = priceOfMoment(db, order.showId, order.productId, variantId, quantity, now, held && order.isDeal ? order.quantity : 0);
    const price = priceForBuyer(db, order.buyerId, order.productId, variantId, moment);
    after = updateOrder(db, order, { variantId, quantity, ...price, state: 'claimed' }, actor, reason, now);
    effects.variants.add(variantId);
    if (!held || variantId !== order.variantId) effects.held.push(order.id);
  } else {
    const regular = priceForBuyer(
      db,
      order.buyerId,
      order.productId,
      variantId,
      priceOfMoment(db, null, order.productId, variantId, quantity, now),
    );
    after = updateOrder(db, order, { variantId, quantity, ...regular, state: 'waitlisted' }, actor, `${reason}; out of stock`, now);
    effects.waitlisted.push(order.id);
  }
  effects.orders.add(order.id);
  if (held && order.variantId !== null) promoteWaitlist(db, order.variantId, now, effects);
  else if (order.state === 'waitlisted' && order.variantId !== null && order.variantId !== variantId)
    promoteWaitlist(db, order.variantId, now, effects);
  return after;
}
