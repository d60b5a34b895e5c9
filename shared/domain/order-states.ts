import type { OrderState } from '../contract/orders';

/**
 * What an order line's state means for stock and money: the one definition every screen,
 * export and report uses (README "Order states and revenue").
 *
 * Holding stock: claimed, confirmed, paid, packed, shipped. A line in one of these has taken
 * its units (quantity - returnedQuantity of them: a partial return gives some back). Every
 * other state holds none: needs_details, waitlisted and held wait for something; cancelled,
 * released and returned gave their units back (or the write-off recorded them as lost).
 *
 * Revenue: the line totals (quantity x unit price) of lines that hold or held stock and were
 * not cancelled, released or returned, minus the refunds given on them. A line leaves the
 * holding states only by being cancelled, released or returned, so these are exactly the lines
 * holding stock now; a partially returned line stays shipped and counts with its refund taken off.
 */
export const STOCK_HOLDING_STATES = ['claimed', 'confirmed', 'paid', 'packed', 'shipped'] as const satisfies readonly OrderState[];
export type StockHoldingState = (typeof STOCK_HOLDING_STATES)[number];

/** Holding stock and not yet paid: what a payment deadline releases. */
export const UNPAID_STATES = ['claimed', 'confirmed'] as const satisfies readonly OrderState[];

/** Waiting for someone (a detail, a person's decision, stock): not in the cart's money yet, not closed either. */
export const PENDING_STATES = ['needs_details', 'held', 'waitlisted'] as const satisfies readonly OrderState[];

export function holdsStock(state: OrderState): state is StockHoldingState {
  return (STOCK_HOLDING_STATES as readonly OrderState[]).includes(state);
}

/** A test order of a draft show (a rehearsal): held, taking no stock, discarded when the show goes live. */
export function isRehearsal(order: { state: OrderState; holdReason: string | null }): boolean {
  return order.state === 'held' && order.holdReason === 'rehearsal';
}

/**
 * Lines taken: the lines holding stock, from a count per state (commerce.summary's `orders`). The live
 * header, the orders panel and the report's "lines taken" (its orderLines) are this figure.
 */
export function takenLines(perState: Partial<Record<OrderState, number>>): number {
  let n = 0;
  for (const s of STOCK_HOLDING_STATES) n += perState[s] ?? 0;
  return n;
}

/** Every line whatever became of it (cancelled, released, returned and still waiting included): the "All" filter's count. */
export function allLines(perState: Partial<Record<OrderState, number>>): number {
  let n = 0;
  for (const count of Object.values(perState)) n += count ?? 0;
  return n;
}

export function isUnpaid(state: OrderState): boolean {
  return (UNPAID_STATES as readonly OrderState[]).includes(state);
}

/** Units a line holds now: all but the returned ones while its state holds stock, else none. */
export function heldUnits(line: { state: OrderState; quantity: number; returnedQuantity: number }): number {
  return holdsStock(line.state) ? line.quantity - line.returnedQuantity : 0;
}

/** quantity x unit price (0 while the price is unknown). */
export function lineTotalMinor(line: { quantity: number; unitPriceMinor: number | null }): number {
  return line.quantity * (line.unitPriceMinor ?? 0);
}

/**
 * Revenue of lines, or of per-state sums of lines: the line totals of those whose state holds
 * stock, minus their refunds. `lineTotalMinor` and `refundMinor` may be one line's or a group's.
 */
export function revenueMinor(parts: Iterable<{ state: OrderState; lineTotalMinor: number; refundMinor: number }>): number {
  let sum = 0;
  for (const p of parts) if (holdsStock(p.state)) sum += p.lineTotalMinor - p.refundMinor;
  return sum;
}

/** A shipped or returned line is past cancelling: its units have left the shop (cancelOrder refuses it, no screen offers it). */
export function isPastCancelling(state: OrderState): boolean {
  return state === 'shipped' || state === 'returned';
}
