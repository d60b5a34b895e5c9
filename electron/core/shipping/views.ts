import type { Cart, CartShippingInfo, PackingSlip, ParcelSize, SlipItem } from '../../../shared/contract';
import { isUnpaid } from '../../../shared/domain/order-states';
import { cartReference, largestParcel, missingForShipping } from '../../../shared/domain/shipping';
import { buildCarts } from '../carts/views';
import { listCartHeaders } from '../store/carts';
import type { Db } from '../store/db';
import { cartParcels, customerShippingOfCarts, shipItems, type ShipItemRow } from '../store/shipping';
import { getShop } from '../store/shop';

/**
 * Reads for pick, pack and ship: a cart's shipping (what is missing), its packing slip. Batched
 * (one query per kind for all the carts asked) so the CLI's exports of thousands of carts stay
 * fast. Callers that need one consistent picture wrap them in readTx.
 */

export interface ShippingView {
  cart: Cart;
  info: CartShippingInfo;
  items: ShipItemRow[];
}

/** The carts' shipping views, in the order of `cartIds` (unknown ids left out). */
export function shippingViews(db: Db, cartIds: readonly number[], now: number): ShippingView[] {
  if (cartIds.length === 0) return [];
  const carts = new Map(buildCarts(db, listCartHeaders(db, { ids: cartIds }), now).map((c) => [c.id, c]));
  const customers = customerShippingOfCarts(db, cartIds);
  const parcels = cartParcels(db, cartIds);
  const itemsOf = new Map<number, ShipItemRow[]>();
  for (const item of shipItems(db, cartIds)) {
    const list = itemsOf.get(item.cartId);
    if (list) list.push(item);
    else itemsOf.set(item.cartId, [item]);
  }
  const views: ShippingView[] = [];
  for (const id of cartIds) {
    const cart = carts.get(id);
    const parcel = parcels.get(id);
    if (!cart || !parcel) continue;
    const items = itemsOf.get(id) ?? [];
    const customer = customers.get(id) ?? {
      customerId: cart.customerId || 1,
      name: cart.buyer.name,
      email: null,
      phone: null,
      address: null,
      preferredMethodId: null,
      lockerId: null,
    };
    const parcelSizeDerived = largestParcel(items.map((i) => i.parcelSize));
    const parcelSize: ParcelSize | null = parcel.parcelSize ?? parcelSizeDerived;
    const weightGramsDerived =
      items.length > 0 && items.every((i) => i.weightGrams !== null)
        ? items.reduce((sum, i) => sum + i.weightGrams! * i.quantity, 0)
        : null;
    const weightGrams = parcel.weightGrams ?? weightGramsDerived;
    const unpaidLines = Object.entries(cart.lineCounts)
      .filter(([state]) => isUnpaid(state as never))
      .reduce((n, [, count]) => n + (count ?? 0), 0);
    const cod = cart.paymentMethod === 'cash_on_delivery';
    const kind = cart.shipping?.kind ?? null;
    const missing =
      cart.state === 'shipped'
        ? []
        : missingForShipping({
            state: cart.state,
            linesHoldingStock: cart.linesHoldingStock,
            unpaidLines,
            paymentMethod: cart.paymentMethod,
            kind,
            name: customer.address?.name || customer.name,
            email: customer.email,
            phone: customer.phone,
            address: customer.address,
            lockerId: customer.lockerId,
            parcelSize,
          });
    views.push({
      cart,
      items,
      info: {
        cartId: id,
        reference: cartReference(id),
        version: cart.version,
        state: cart.state,
        methodId: cart.shipping?.methodId ?? null,
        methodName: cart.shipping?.name ?? null,
        kind,
        paymentMethod: cart.paymentMethod,
        parcelSizeChosen: parcel.parcelSize,
        parcelSizeDerived,
        parcelSize,
        weightGramsChosen: parcel.weightGrams,
        weightGramsDerived: weightGramsDerived === 0 ? null : weightGramsDerived,
        weightGrams: weightGrams === 0 ? null : weightGrams,
        note: parcel.note,
        trackingNumber: parcel.trackingNumber,
        shippedAt: parcel.shippedAt,
        // The carrier collects the total from a cash-on-delivery cart the seller has not been paid for.
        codAmountMinor: cod && cart.paidAt === null ? cart.totalMinor : null,
        currency: cart.currency,
        missing,
        customer,
      },
    });
  }
  return views;
}

/** Packing slips of these carts, in the order asked. */
export function packingSlips(db: Db, cartIds: readonly number[], now: number): PackingSlip[] {
  const shopName = getShop(db)?.name ?? '';
  return shippingViews(db, cartIds, now).map(({ cart, info, items }) => {
    const slipItems: SlipItem[] = items.map((i) => ({
      orderId: i.orderId,
      code: i.code,
      title: i.title,
      sku: i.sku,
      options: i.options,
      quantity: i.quantity,
      location: i.location,
      packed: i.state === 'packed' || i.state === 'shipped',
    }));
    return {
      ...info,
      shopName,
      buyerName: info.customer.address?.name || info.customer.name || cart.buyer.name,
      showTitle: cart.showTitle,
      items: slipItems,
      units: slipItems.reduce((n, i) => n + i.quantity, 0),
    };
  });
}
