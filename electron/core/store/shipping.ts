import type { CustomerShipping, OrderState, ParcelSize } from '../../../shared/contract';
import { ShippingAddressSchema } from '../../../shared/contract';
import { bumpCart } from './carts';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * Pick, pack and ship (issue 13): customers' shipping details (address JSON, phone, e-mail,
 * preferred method, locker id), products' bin/location, parcel size and weight, carts' chosen
 * parcel size and weight, slip note, tracking number and shipping time. Callers hold the
 * transaction; a change of a cart grows its version.
 */

interface RawCustomerShipping {
  customerId: number;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  preferredMethodId: string | null;
  lockerId: string | null;
}

const CUSTOMER_COLUMNS = `cu.id AS customerId, cu.name, cu.email, cu.phone, cu.address, cu.preferred_method_id AS preferredMethodId,
  cu.locker_id AS lockerId`;

function toCustomerShipping(r: RawCustomerShipping): CustomerShipping {
  return { ...r, address: parseAddress(r.address) };
}

// The address is JSON written by the studio; an unreadable one shows as none rather than failing the cart.
function parseAddress(text: string | null): CustomerShipping['address'] {
  if (text === null) return null;
  try {
    const parsed = ShippingAddressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getCustomerShipping(db: Db, customerId: number): CustomerShipping | null {
  const row = prepared<RawCustomerShipping>(db, `SELECT ${CUSTOMER_COLUMNS} FROM customers cu WHERE cu.id = ?`).get(customerId);
  return row ? toCustomerShipping(row) : null;
}

/** Per cart: its buyer's customer with the shipping details (carts whose buyer has no customer left out). */
export function customerShippingOfCarts(db: Db, cartIds: readonly number[]): Map<number, CustomerShipping> {
  const map = new Map<number, CustomerShipping>();
  if (cartIds.length === 0) return map;
  const rows = prepared<RawCustomerShipping & { cartId: number }>(
    db,
    `SELECT c.id AS cartId, ${CUSTOMER_COLUMNS}
       FROM carts c JOIN buyers b ON b.id = c.buyer_id JOIN customers cu ON cu.id = b.customer_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(cartIds));
  for (const { cartId, ...r } of rows) map.set(cartId, toCustomerShipping(r));
  return map;
}

export interface CustomerShippingFields {
  name: string;
  email: string | null;
  phone: string | null;
  /** Stored as JSON (ShippingAddressSchema). */
  address: { name: string; line1: string; line2: string; postalCode: string; city: string; country: string } | null;
  preferredMethodId: string | null;
  lockerId: string | null;
}

export function saveCustomerShipping(db: Db, customerId: number, f: CustomerShippingFields): void {
  prepared(db, 'UPDATE customers SET name = ?, email = ?, phone = ?, address = ?, preferred_method_id = ?, locker_id = ? WHERE id = ?').run(
    f.name,
    f.email,
    f.phone,
    f.address === null ? null : JSON.stringify({ ...f.address, lockerId: f.lockerId }),
    f.preferredMethodId,
    f.lockerId,
    customerId,
  );
}

// --- carts ---------------------------------------------------------------------------------

export interface CartParcelRow {
  cartId: number;
  parcelSize: ParcelSize | null;
  weightGrams: number | null;
  note: string;
  trackingNumber: string | null;
  shippedAt: number | null;
}

/** Per cart: the parcel the seller chose, the slip note and the tracking. */
export function cartParcels(db: Db, cartIds: readonly number[]): Map<number, CartParcelRow> {
  const map = new Map<number, CartParcelRow>();
  if (cartIds.length === 0) return map;
  const rows = prepared<CartParcelRow>(
    db,
    `SELECT id AS cartId, parcel_size AS parcelSize, weight_grams AS weightGrams, packing_note AS note, tracking_number AS trackingNumber,
            shipped_at AS shippedAt
       FROM carts WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(cartIds));
  for (const r of rows) map.set(r.cartId, r);
  return map;
}

export function setCartParcel(
  db: Db,
  cartId: number,
  p: { parcelSize: ParcelSize | null; weightGrams: number | null; note: string },
  now: number,
): void {
  prepared(db, 'UPDATE carts SET parcel_size = ?, weight_grams = ?, packing_note = ? WHERE id = ?').run(
    p.parcelSize,
    p.weightGrams,
    p.note,
    cartId,
  );
  bumpCart(db, cartId, now);
}

export function setCartTracking(db: Db, cartId: number, trackingNumber: string | null, shippedAt: number | null, now: number): void {
  prepared(db, 'UPDATE carts SET tracking_number = ?, shipped_at = ? WHERE id = ?').run(trackingNumber, shippedAt, cartId);
  bumpCart(db, cartId, now);
}

/** The cart shipped with this tracking number (case as stored). */
export function cartWithTracking(db: Db, trackingNumber: string): number | null {
  return prepared<{ id: number }>(db, 'SELECT id FROM carts WHERE tracking_number = ?').get(trackingNumber)?.id ?? null;
}

/** Existing carts among these ids. */
export function existingCartIds(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  return new Set(
    prepared<{ id: number }>(db, 'SELECT id FROM carts WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids))
      .map((r) => r.id),
  );
}

/**
 * The carts of a show (its own and those with a line of it, not combined away) with something to
 * pack or ship: a paid or packed line, or — cash on delivery — an unpaid line holding stock.
 */
export function cartsToShip(db: Db, showId: number | null): number[] {
  const ofShow = showId === null ? '1' : '(c.show_id = @show OR c.id IN (SELECT cart_id FROM orders WHERE show_id = @show))';
  return prepared<{ id: number }>(
    db,
    `SELECT c.id FROM carts c
       WHERE ${ofShow} AND c.combined_into IS NULL
         AND EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id AND (o.state IN ('paid', 'packed')
               OR (c.payment_method = 'cash_on_delivery' AND o.state IN ('claimed', 'confirmed'))))
       ORDER BY c.id`,
  )
    .all(showId === null ? {} : { show: showId })
    .map((r) => r.id);
}

// --- products --------------------------------------------------------------------------------

export interface ProductShipping {
  location: string | null;
  parcelSize: ParcelSize | null;
  weightGrams: number | null;
}

export function setProductShipping(db: Db, productId: number, p: ProductShipping, now: number): boolean {
  return (
    prepared(db, 'UPDATE products SET location = ?, parcel_size = ?, weight_grams = ?, updated_at = ? WHERE id = ?').run(
      p.location,
      p.parcelSize,
      p.weightGrams,
      now,
      productId,
    ).changes === 1
  );
}

// --- the items of carts --------------------------------------------------------------------

export interface ShipItemRow {
  orderId: number;
  cartId: number;
  productId: number;
  variantId: number | null;
  code: string;
  title: string;
  sku: string | null;
  options: string[];
  /** quantity - returned_quantity. */
  quantity: number;
  state: OrderState;
  location: string | null;
  parcelSize: ParcelSize | null;
  weightGrams: number | null;
}

interface RawItem extends Omit<ShipItemRow, 'options'> {
  optionCount: number;
  option1: string | null;
  option2: string | null;
  option3: string | null;
}

/** The lines of these carts that hold stock (what goes in their parcels), by cart then line. */
export function shipItems(db: Db, cartIds: readonly number[]): ShipItemRow[] {
  if (cartIds.length === 0) return [];
  return prepared<RawItem>(
    db,
    `SELECT o.id AS orderId, o.cart_id AS cartId, o.product_id AS productId, o.variant_id AS variantId, p.code, p.title, v.sku,
            (p.option1_name IS NOT NULL) + (p.option2_name IS NOT NULL) + (p.option3_name IS NOT NULL) AS optionCount,
            v.option1, v.option2, v.option3, o.quantity - o.returned_quantity AS quantity, o.state,
            p.location, p.parcel_size AS parcelSize, p.weight_grams AS weightGrams
       FROM orders o JOIN products p ON p.id = o.product_id LEFT JOIN variants v ON v.id = o.variant_id
       WHERE o.cart_id IN (SELECT value FROM json_each(?)) AND o.state IN ('claimed', 'confirmed', 'paid', 'packed', 'shipped')
         AND o.quantity > o.returned_quantity
       ORDER BY o.cart_id, o.id`,
  )
    .all(JSON.stringify(cartIds))
    .map(({ optionCount, option1, option2, option3, ...r }) => ({
      ...r,
      options: [option1, option2, option3].slice(0, optionCount).map((o) => o ?? ''),
    }));
}
