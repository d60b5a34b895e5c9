import type { CartShipping, CartState, PaymentMethod } from '../contract/carts';
import type { OrderState } from '../contract/orders';
import { holdsStock, isUnpaid, PENDING_STATES } from './order-states';

/** The least advanced of the holding states names a cart's progress (one paid and one shipped line: paid). */
export const CART_PROGRESS: readonly OrderState[] = ['paid', 'packed', 'shipped'];

export interface CartStateInput {
  combinedInto: number | null;
  paymentRequestedAt: number | null;
  paymentMethod: PaymentMethod | null;
  /** How many lines are in each state. */
  lineCounts: Partial<Record<OrderState, number>>;
}

/** A cart's state from its lines (see CartStateSchema in shared/contract/carts.ts). */
export function cartState(cart: CartStateInput): CartState {
  if (cart.combinedInto !== null) return 'combined';
  const has = (s: OrderState) => (cart.lineCounts[s] ?? 0) > 0;
  const states = (Object.keys(cart.lineCounts) as OrderState[]).filter(has);
  if (states.some(isUnpaid)) {
    // Cash on delivery is paid at the door: no request to wait for.
    return cart.paymentRequestedAt !== null && cart.paymentMethod !== 'cash_on_delivery' ? 'awaiting_payment' : 'open';
  }
  if (states.some((s) => (PENDING_STATES as readonly OrderState[]).includes(s))) return 'open';
  const progress = CART_PROGRESS.find((s) => has(s) && holdsStock(s));
  if (progress) return progress as CartState;
  return has('released') ? 'released' : 'closed';
}

/** The shipping fee of a parcel: the method's price unless the goods reach its free-over threshold; nothing to ship, nothing to pay. */
export function shippingFeeMinor(shipping: CartShipping | null, goodsMinor: number, linesHoldingStock: number): number {
  if (!shipping || linesHoldingStock === 0) return 0;
  if (shipping.freeOverMinor !== null && goodsMinor >= shipping.freeOverMinor) return 0;
  return shipping.priceMinor;
}

/** Cash on delivery carts ship unpaid: no payment deadline ever releases them. */
export function releasedByDeadline(paymentMethod: PaymentMethod | null): boolean {
  return paymentMethod !== 'cash_on_delivery';
}

/** The EU 14-day right of withdrawal, counted from shipping. */
export const WITHDRAWAL_DAYS = 14;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
