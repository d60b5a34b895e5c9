import type { Cart, CartLine, CartState, OrderState } from '../../../shared/contract';
import { cartState, DAY_MS, releasedByDeadline, shippingFeeMinor, WITHDRAWAL_DAYS } from '../../../shared/domain/carts';
import { holdsStock, isUnpaid, lineTotalMinor } from '../../../shared/domain/order-states';
import { cartLineTotals, cartsCombinedInto, cartShowIds, type CartHeader } from '../store/carts';
import type { Db } from '../store/db';
import { shippedAt, type CartLineRow } from '../store/orders';
import { shopCurrency } from '../store/shop';

/**
 * Carts as clients see them, built from the store's rows with the one set of definitions in
 * shared/domain (states holding stock, the cart's state, the shipping fee). Reads only.
 */
export function buildCarts(db: Db, headers: readonly CartHeader[], now: number): Cart[] {
  if (headers.length === 0) return [];
  const ids = headers.map((h) => h.id);
  const totals = new Map<number, ReturnType<typeof cartLineTotals>>();
  for (const t of cartLineTotals(db, ids)) totals.set(t.cartId, [...(totals.get(t.cartId) ?? []), t]);
  const shows = cartShowIds(db, ids);
  const combinedFrom = cartsCombinedInto(db, ids);
  const currency = shopCurrency(db);
  return headers.map((h) => {
    const lineCounts: Partial<Record<OrderState, number>> = {};
    let linesHoldingStock = 0;
    let units = 0;
    let goodsMinor = 0;
    let refundMinor = 0;
    for (const t of totals.get(h.id) ?? []) {
      lineCounts[t.state] = t.lines;
      refundMinor += t.refundMinor;
      if (!holdsStock(t.state)) continue;
      linesHoldingStock += t.lines;
      units += t.units;
      goodsMinor += t.grossMinor;
    }
    const unpaid = (Object.keys(lineCounts) as OrderState[]).some(isUnpaid);
    const deadlineApplies = unpaid && h.combinedInto === null && releasedByDeadline(h.paymentMethod);
    const shippingFee = shippingFeeMinor(h.shipping, goodsMinor, linesHoldingStock);
    const state: CartState = cartState({ ...h, lineCounts });
    return {
      id: h.id,
      showId: h.showId,
      showTitle: h.showTitle,
      showIds: shows.get(h.id) ?? (h.showId === null ? [] : [h.showId]),
      buyer: h.buyer,
      customerId: h.customerId,
      state,
      version: h.version,
      combinedInto: h.combinedInto,
      combinedFrom: combinedFrom.get(h.id) ?? [],
      linesHoldingStock,
      units,
      goodsMinor,
      lineCounts,
      shipping: h.shipping,
      shippingFeeMinor: shippingFee,
      totalMinor: goodsMinor + shippingFee,
      refundMinor,
      currency,
      paymentMethod: h.paymentMethod,
      paymentRequestedAt: h.paymentRequestedAt,
      reminderAt: h.reminderAt,
      deadlineAt: h.deadlineAt,
      reminderDue: deadlineApplies && h.reminderAt !== null && now >= h.reminderAt,
      releaseDue: deadlineApplies && h.deadlineAt !== null && now >= h.deadlineAt,
      paidAt: h.paidAt,
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
    };
  });
}

/** A cart's lines with their totals, proof and return window. */
export function buildLines(db: Db, rows: readonly CartLineRow[]): CartLine[] {
  return rows.map((r) => {
    const shipped = r.order.state === 'shipped' || r.order.state === 'returned' ? shippedAt(db, r.order.id) : null;
    return {
      ...r.order,
      cartId: r.cartId,
      lineTotalMinor: lineTotalMinor(r.order),
      holdsStock: holdsStock(r.order.state),
      returnedQuantity: r.returnedQuantity,
      refundMinor: r.refundMinor,
      shippedAt: shipped,
      returnableUntil: shipped === null ? null : shipped + WITHDRAWAL_DAYS * DAY_MS,
      proof: r.proof,
    };
  });
}
