import { StudioError, type TrackingPreview, type TrackingRow } from '../../../shared/contract';
import { isUnpaid } from '../../../shared/domain/order-states';
import { cartReference } from '../../../shared/domain/shipping';
import { Effects } from '../commerce/effects';
import { getCartRow, insertCartEvent } from '../store/carts';
import type { Db } from '../store/db';
import { cartOrderRows, updateOrder } from '../store/orders';
import { cartWithTracking, setCartTracking } from '../store/shipping';
import { readTx, writeTx } from '../store/sql';
import { readTrackingCsv } from './tracking';
import { shippingViews } from './views';

/**
 * Shipping a parcel: the window's "mark shipped", the tracking import of the window and of the
 * CLI (`studio import --what tracking`) all go through shipCart, inside the caller's transaction.
 */

/** Something to ship: a paid or packed line, or an unpaid one of a cash-on-delivery cart; and no unpaid line otherwise. */
export function shippable(lines: readonly { state: string }[], paymentMethod: string | null): boolean {
  const cod = paymentMethod === 'cash_on_delivery';
  if (!cod && lines.some((o) => isUnpaid(o.state as never))) return false;
  return lines.some((o) => o.state === 'paid' || o.state === 'packed' || (cod && isUnpaid(o.state as never)));
}

/** Ships the cart's paid or packed lines (and a COD cart's unpaid ones) with this tracking number. */
export function shipCart(db: Db, cartId: number, trackingNumber: string, actor: string, now: number, effects: Effects): void {
  const cart = getCartRow(db, cartId);
  if (!cart) throw StudioError.of('not_found', 'noCartWithId', { cartId });
  if (cart.combinedInto !== null)
    throw StudioError.of('conflict', 'cartWasCombinedIntoShipThat', {
      cart: cartReference(cartId),
      into: cartReference(cart.combinedInto),
    });
  const other = cartWithTracking(db, trackingNumber);
  if (other !== null && other !== cartId)
    throw StudioError.of('conflict', 'trackingNumberIsAlreadyOnCart', { trackingNumber, cart: cartReference(other) });
  const lines = cartOrderRows(db, cartId);
  if (!shippable(lines, cart.paymentMethod))
    throw StudioError.of('conflict', lines.some((o) => o.state === 'shipped') ? 'cartShippedAlready' : 'cartNothingToShip', {
      cart: cartReference(cartId),
    });
  const cod = cart.paymentMethod === 'cash_on_delivery';
  for (const order of lines) {
    if (order.state === 'paid' || order.state === 'packed' || (cod && isUnpaid(order.state))) {
      updateOrder(db, order, { state: 'shipped' }, actor, null, now);
      effects.orders.add(order.id);
    }
  }
  setCartTracking(db, cartId, trackingNumber, now, now);
  insertCartEvent(db, cartId, 'shipping', actor, `shipped, tracking number ${trackingNumber}`, now);
}

/**
 * A carrier's CSV of tracking numbers: each row matched to its cart by reference. Without apply,
 * a preview (nothing written); with apply, every row that can ship is shipped in one transaction
 * (rows that cannot are reported, not failed).
 */
export function importTracking(
  db: Db,
  csv: string,
  options: { apply: boolean; actor: string; now: number },
): { preview: TrackingPreview; effects: Effects } {
  const file = readTrackingCsv(csv);
  const effects = new Effects();
  const shipped: number[] = [];
  const plan = (): TrackingRow[] => {
    shipped.length = 0;
    const ids = [...new Set(file.rows.map((r) => r.cartId).filter((id): id is number => id !== null))];
    const views = new Map(shippingViews(db, ids, options.now).map((v) => [v.info.cartId, v]));
    const taken = new Set<string>();
    return file.rows.map((r): TrackingRow => {
      const view = r.cartId === null ? undefined : views.get(r.cartId);
      const base = { line: r.line, reference: r.reference, trackingNumber: r.trackingNumber };
      if (!r.reference || !r.trackingNumber) return { ...base, cartId: view?.info.cartId ?? null, buyerName: null, status: 'empty' };
      if (!view) return { ...base, cartId: null, buyerName: null, status: 'unknown' };
      const { info, cart } = view;
      const row = { ...base, cartId: info.cartId, buyerName: cart.buyer.name };
      if (info.trackingNumber === r.trackingNumber) return { ...row, status: 'same' };
      const other = cartWithTracking(db, r.trackingNumber);
      if (
        info.trackingNumber !== null ||
        (other !== null && other !== info.cartId) ||
        taken.has(r.trackingNumber) ||
        shipped.includes(info.cartId)
      )
        return { ...row, status: 'conflict' };
      if (cart.combinedInto !== null || !shippable(cartOrderRows(db, info.cartId), cart.paymentMethod))
        return { ...row, status: 'not_ready' };
      taken.add(r.trackingNumber);
      shipped.push(info.cartId);
      return { ...row, status: 'ship' };
    });
  };
  const rows = options.apply
    ? writeTx(db, () => {
        const planned = plan();
        for (const r of planned) if (r.status === 'ship') shipCart(db, r.cartId!, r.trackingNumber, options.actor, options.now, effects);
        return planned;
      })
    : readTx(db, plan);
  return {
    preview: {
      referenceColumn: file.referenceColumn,
      trackingColumn: file.trackingColumn,
      rows,
      shipped: [...shipped],
      applied: options.apply,
    },
    effects,
  };
}
