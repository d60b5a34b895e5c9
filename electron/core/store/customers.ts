import type { CartCustomer } from '../../../shared/contract';
import { ShippingAddressSchema } from '../../../shared/contract';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * Customers: one per buyer for now (a buyer is one platform identity; merging a person's
 * identities across platforms is the customers issue's). Non-payments are recorded per
 * customer when a cart is released for non-payment, and cleared (kept as history) when the buyer pays late.
 */

/** The buyer's customer, created (named after the buyer) the first time it is needed. */
export function ensureCustomer(db: Db, buyerId: number, now: number): number {
  const row = prepared<{ customer_id: number | null; display_name: string }>(
    db,
    'SELECT customer_id, display_name FROM buyers WHERE id = ?',
  ).get(buyerId);
  if (!row) throw new Error(`No buyer with id ${buyerId}.`);
  if (row.customer_id !== null) return row.customer_id;
  const id = Number(prepared(db, 'INSERT INTO customers (name, created_at) VALUES (?, ?)').run(row.display_name, now).lastInsertRowid);
  prepared(db, 'UPDATE buyers SET customer_id = ? WHERE id = ?').run(id, buyerId);
  return id;
}

interface CustomerRow {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  nonPayments: number;
}

/** A customer's contact and shipping details with their count of non-payments. */
export function getCustomer(db: Db, customerId: number): CartCustomer | null {
  const row = prepared<CustomerRow>(
    db,
    `SELECT id, name, email, phone, address, (SELECT count(*) FROM non_payments n WHERE n.customer_id = c.id AND n.cleared_at IS NULL) AS nonPayments
       FROM customers c WHERE id = ?`,
  ).get(customerId);
  if (!row) return null;
  return { ...row, address: parseAddress(row.address) };
}

// The address is JSON written by the customers screen; an unreadable one is shown as none rather than failing the cart.
function parseAddress(text: string | null): CartCustomer['address'] {
  if (text === null) return null;
  try {
    const parsed = ShippingAddressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface NonPayment {
  cartId: number;
  buyerId: number;
  customerId: number | null;
  showId: number | null;
  lines: number;
  amountMinor: number;
  actor: string;
  at: number;
  /** The buyer paid after all (late): kept as history, no longer counted. */
  clearedAt?: number | null;
  clearedBy?: string | null;
  clearedReason?: string | null;
}

export function insertNonPayment(db: Db, n: NonPayment): number {
  return Number(
    prepared(
      db,
      `INSERT INTO non_payments (cart_id, buyer_id, customer_id, show_id, lines, amount_minor, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(n.cartId, n.buyerId, n.customerId, n.showId, n.lines, n.amountMinor, n.actor, n.at).lastInsertRowid,
  );
}

export function listNonPayments(db: Db, customerId: number): NonPayment[] {
  return prepared<NonPayment>(
    db,
    `SELECT cart_id AS cartId, buyer_id AS buyerId, customer_id AS customerId, show_id AS showId, lines, amount_minor AS amountMinor, actor, at,
            cleared_at AS clearedAt, cleared_by AS clearedBy, cleared_reason AS clearedReason
       FROM non_payments WHERE customer_id = ? ORDER BY id`,
  ).all(customerId);
}

/** The cart's non-payments not yet cleared are made good (the buyer paid late): each keeps its row, marked cleared. Returns how many. */
export function clearNonPayments(db: Db, cartId: number, actor: string, reason: string, at: number): number {
  return prepared(
    db,
    'UPDATE non_payments SET cleared_at = ?, cleared_by = ?, cleared_reason = ? WHERE cart_id = ? AND cleared_at IS NULL',
  ).run(at, actor, reason, cartId).changes;
}
