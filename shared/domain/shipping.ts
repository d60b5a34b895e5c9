import type { CartState, PaymentMethod, ShippingAddress, ShippingKind } from '../contract';
import type { ParcelSize, ShippingMissing } from '../contract/shipping';

/**
 * Pick, pack and ship rules shared by the core and the screens (issue 13): the cart reference
 * printed on slips and sheets and read back by the scan step and the tracking import, the parcel
 * size a cart gets from its items, and what a cart lacks before it can ship.
 */

/** `C` and the cart id in at least six digits: C000042. */
export function cartReference(cartId: number): string {
  return `C${String(cartId).padStart(6, '0')}`;
}

/**
 * The cart a scanned or typed reference names: `C000042`, `c42`, `42`, `#42`, or a QR code's
 * text that ends in one (`LSS:C000042`). Null when it names none.
 */
export function parseCartReference(text: string): number | null {
  const match = /(?:^|[^A-Za-z0-9])#?[Cc]?0*(\d{1,9})\s*$/.exec(` ${text.trim()}`);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The cart a search names by its reference alone — the slip's `C000042` (six digits or more: `C5` is a product code)
 * or its QR's `LSS:C000042`, `#42`, or the payment request's `LS-42` — so that a seller holding a parcel or a buyer's
 * message finds the cart. A bare number names none (it may be part of a phone number or a SKU). Null otherwise.
 */
export function cartIdNamedBy(text: string): number | null {
  const match = /^(?:(?:LSS:)?C(\d{6,9})|#(\d{1,9})|LS[\s\-_#:.]*(\d{1,9}))$/i.exec(text.trim());
  if (!match) return null;
  const id = Number(match[1] ?? match[2] ?? match[3]);
  return id > 0 ? id : null;
}

/** What a QR code on a slip holds: the studio's prefix and the reference. */
export function slipQrText(cartId: number): string {
  return `LSS:${cartReference(cartId)}`;
}

const SIZE_ORDER: Record<ParcelSize, number> = { A: 1, B: 2, C: 3 };

/** The largest of the items' sizes (null when none has one): a B and a C go in a C. */
export function largestParcel(sizes: Iterable<ParcelSize | null>): ParcelSize | null {
  let best: ParcelSize | null = null;
  for (const s of sizes) if (s !== null && (best === null || SIZE_ORDER[s] > SIZE_ORDER[best])) best = s;
  return best;
}

export interface ReadinessInput {
  state: CartState;
  linesHoldingStock: number;
  /** Lines still unpaid (claimed, confirmed). */
  unpaidLines: number;
  paymentMethod: PaymentMethod | null;
  kind: ShippingKind | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: Pick<ShippingAddress, 'line1' | 'postalCode' | 'city' | 'country'> | null;
  lockerId: string | null;
  parcelSize: ParcelSize | null;
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/**
 * What the cart lacks before it can ship, in the order a seller fills them in (empty: ready).
 * Every delivery needs a name and items; a locker needs the locker id, the receiver's phone and
 * e-mail (ShipX sends the pick-up code to both) and a parcel size; a courier needs the postal
 * address and a phone; pickup needs nothing more. Unpaid lines block it unless cash on delivery.
 */
export function missingForShipping(c: ReadinessInput): ShippingMissing[] {
  const missing: ShippingMissing[] = [];
  if (c.linesHoldingStock === 0) missing.push('items');
  if (c.unpaidLines > 0 && c.paymentMethod !== 'cash_on_delivery') missing.push('payment');
  if (c.kind === null) {
    missing.push('method');
    return missing;
  }
  if (blank(c.name)) missing.push('name');
  if (c.kind === 'locker') {
    if (blank(c.lockerId)) missing.push('locker');
    if (blank(c.phone)) missing.push('phone');
    if (blank(c.email)) missing.push('email');
    if (c.parcelSize === null) missing.push('parcel_size');
  } else if (c.kind === 'courier') {
    if (blank(c.address?.line1)) missing.push('address');
    if (blank(c.address?.postalCode)) missing.push('postal_code');
    if (blank(c.address?.city)) missing.push('city');
    if (blank(c.address?.country)) missing.push('country');
    if (blank(c.phone)) missing.push('phone');
  }
  return missing;
}

export interface PastedDetails {
  email?: string;
  phone?: string;
  lockerId?: string;
  postalCode?: string;
  city?: string;
  line1?: string;
  country?: string;
}

/**
 * Details picked out of a message the buyer sent (a DM pasted into the cart's page): an e-mail,
 * a phone number, an InPost locker id (three letters, two or three digits, an optional letter:
 * KRA010, WAW01M), a postal code with its city (Polish NN-NNN, Kazakh six digits) and the street
 * line before it. The seller checks the fields before saving; nothing is guessed beyond these.
 */
export function parsePastedDetails(text: string): PastedDetails {
  const out: PastedDetails = {};
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text);
  if (email) out.email = email[0];
  const locker = /\b([A-Z]{3}\d{2,3}[A-Z]{0,2})\b/.exec(text.toUpperCase().replace(email?.[0].toUpperCase() ?? '\u0000', ' '));
  if (locker && /paczkomat|locker|inpost|пачкомат|постамат|\b[A-Z]{3}\d{2,3}[A-Z]?\b/i.test(text)) out.lockerId = locker[1];
  const lines = text
    .split(/\r?\n|;/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const pl = /\b(\d{2}-\d{3})\s+(\p{L}[\p{L} .'-]*)/u.exec(line);
    const kz = /\b(\d{6})\s*,?\s+(\p{L}[\p{L} .'-]*)/u.exec(line);
    const hit = pl ?? (/\+?\d[\d ()-]{8,}/.test(line) && !kz ? null : kz);
    if (hit && out.postalCode === undefined) {
      out.postalCode = hit[1];
      out.city = hit[2]!.trim();
      out.country = pl ? 'PL' : 'KZ';
      const before = line.slice(0, hit.index).replace(/[,\s]+$/, '');
      if (before) out.line1 = before;
      else if (i > 0 && !/@|\d{3}[ -]?\d{3}[ -]?\d{3}/.test(lines[i - 1]!)) out.line1 = lines[i - 1];
    }
  }
  const phone = /(?:\+\d{1,3}[ -]?)?\(?\d{3}\)?[ -]?\d{3}[ -]?\d{2,3}[ -]?\d{0,2}/.exec(
    text.replace(email?.[0] ?? '\u0000', ' ').replace(/\b\d{2}-\d{3}\b/g, ' '),
  );
  if (phone && phone[0].replace(/\D/g, '').length >= 9) out.phone = phone[0].trim();
  return out;
}

type QueueCart = { state: CartState; paymentMethod: PaymentMethod | null; units: number };

/**
 * The parcels waiting in the packing room: to pack are paid carts and cash-on-delivery carts with
 * units (paid at the door, so they ship unpaid); to ship are packed carts. Anything else waits elsewhere.
 */
export function packingQueue<C extends QueueCart>(carts: readonly C[]): { toPack: C[]; toShip: C[] } {
  const codReady = (c: C) => c.state === 'open' && c.paymentMethod === 'cash_on_delivery' && c.units > 0;
  return {
    toPack: carts.filter((c) => c.state === 'paid' || codReady(c)),
    toShip: carts.filter((c) => c.state === 'packed'),
  };
}
