import type { Invoice, InvoiceKind, InvoiceSnapshot, Payment, PaymentMethod } from '../../../shared/contract';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * Invoices (immutable numbered snapshots; triggers refuse UPDATE and DELETE) and payments. The
 * number comes from `nextInSeries` inside the caller's write transaction (`BEGIN IMMEDIATE`): two
 * processes issuing at once take the lock in turn, so a series has no gap and no repeat.
 */

/** The next number of a series (1 for a new one), taken in the caller's transaction. */
export function nextInSeries(db: Db, series: string): number {
  return prepared<{ last_number: number }>(
    db,
    `INSERT INTO invoice_series (series, last_number) VALUES (?, 1)
       ON CONFLICT (series) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
  ).get(series)!.last_number;
}

export interface NewInvoice {
  cartId: number;
  kind: InvoiceKind;
  correctsId: number | null;
  series: string;
  seq: number;
  number: string;
  issuedAt: number;
  actor: string;
  currency: string;
  grossMinor: number;
  taxMinor: number;
  snapshot: InvoiceSnapshot;
}

export function insertInvoice(db: Db, invoice: NewInvoice): number {
  return Number(
    prepared(
      db,
      `INSERT INTO invoices (cart_id, kind, corrects_id, series, seq, number, issued_at, actor, currency, gross_minor, tax_minor, snapshot)
       VALUES (@cartId, @kind, @correctsId, @series, @seq, @number, @issuedAt, @actor, @currency, @grossMinor, @taxMinor, @snapshot)`,
    ).run({ ...invoice, snapshot: JSON.stringify(invoice.snapshot) }).lastInsertRowid,
  );
}

interface RawInvoice {
  id: number;
  cartId: number;
  kind: InvoiceKind;
  correctsId: number | null;
  number: string;
  issuedAt: number;
  actor: string;
  currency: string;
  grossMinor: number;
  taxMinor: number;
  snapshot: string;
}

const INVOICE_SELECT = `SELECT id, cart_id AS cartId, kind, corrects_id AS correctsId, number, issued_at AS issuedAt, actor, currency,
  gross_minor AS grossMinor, tax_minor AS taxMinor, snapshot FROM invoices`;

const toInvoice = (r: RawInvoice): Invoice => ({ ...r, snapshot: JSON.parse(r.snapshot) as InvoiceSnapshot });

export function getInvoice(db: Db, id: number): Invoice | null {
  const row = prepared<RawInvoice>(db, `${INVOICE_SELECT} WHERE id = ?`).get(id);
  return row ? toInvoice(row) : null;
}

/** A cart's invoices and corrections, in the order they were issued. */
export function listCartInvoices(db: Db, cartId: number): Invoice[] {
  return prepared<RawInvoice>(db, `${INVOICE_SELECT} WHERE cart_id = ? ORDER BY id`).all(cartId).map(toInvoice);
}

/** The invoices and corrections of a show's carts (carts opened for it, and carts its carts were combined into), in issue order. */
export function listShowInvoices(db: Db, showId: number): Invoice[] {
  return prepared<RawInvoice>(
    db,
    `${INVOICE_SELECT} WHERE cart_id IN (SELECT id FROM carts WHERE show_id = ? UNION SELECT cart_id FROM orders WHERE show_id = ?) ORDER BY id`,
  )
    .all(showId, showId)
    .map(toInvoice);
}

/** Which of these carts have an invoice already: cart id -> its invoice's number. */
export function cartsWithInvoices(db: Db, cartIds: readonly number[]): Map<number, string> {
  if (cartIds.length === 0) return new Map();
  const rows = prepared<{ cartId: number; number: string }>(
    db,
    "SELECT cart_id AS cartId, number FROM invoices WHERE kind = 'invoice' AND cart_id IN (SELECT value FROM json_each(?))",
  ).all(JSON.stringify(cartIds));
  return new Map(rows.map((r) => [r.cartId, r.number]));
}

/** Numbers of a series in issue order (the gap-free check). */
export function seriesNumbers(db: Db, series: string): number[] {
  return prepared<{ seq: number }>(db, 'SELECT seq FROM invoices WHERE series = ? ORDER BY id')
    .all(series)
    .map((r) => r.seq);
}

export interface NewPayment {
  cartId: number;
  method: PaymentMethod;
  amountMinor: number;
  currency: string;
  paidAt: number;
  reference: string;
  source: Payment['source'];
  actor: string;
  createdAt: number;
}

export function insertPayment(db: Db, payment: NewPayment): number {
  return Number(
    prepared(
      db,
      `INSERT INTO payments (cart_id, method, amount_minor, currency, paid_at, reference, source, actor, created_at)
       VALUES (@cartId, @method, @amountMinor, @currency, @paidAt, @reference, @source, @actor, @createdAt)`,
    ).run(payment).lastInsertRowid,
  );
}

const PAYMENT_SELECT = `SELECT id, cart_id AS cartId, method, amount_minor AS amountMinor, currency, paid_at AS paidAt, reference, source,
  actor, created_at AS createdAt FROM payments`;

export function listCartPayments(db: Db, cartId: number): Payment[] {
  return prepared<Payment>(db, `${PAYMENT_SELECT} WHERE cart_id = ? ORDER BY paid_at, id`).all(cartId);
}

/** Payments of a show's carts (as listShowInvoices), by date. */
export function listShowPayments(db: Db, showId: number): Payment[] {
  return prepared<Payment>(
    db,
    `${PAYMENT_SELECT} WHERE cart_id IN (SELECT id FROM carts WHERE show_id = ? UNION SELECT cart_id FROM orders WHERE show_id = ?)
       ORDER BY paid_at, id`,
  ).all(showId, showId);
}

/** Sum of the payments per cart (carts without any left out). */
export function paidByCart(db: Db, cartIds: readonly number[]): Map<number, number> {
  if (cartIds.length === 0) return new Map();
  const rows = prepared<{ cartId: number; paid: number }>(
    db,
    'SELECT cart_id AS cartId, sum(amount_minor) AS paid FROM payments WHERE cart_id IN (SELECT value FROM json_each(?)) GROUP BY cart_id',
  ).all(JSON.stringify(cartIds));
  return new Map(rows.map((r) => [r.cartId, r.paid]));
}

/** The same payment was recorded before (a bank statement imported twice). */
export function paymentRecorded(db: Db, p: { cartId: number; amountMinor: number; paidAt: number; reference: string }): boolean {
  return (
    prepared(db, 'SELECT 1 FROM payments WHERE cart_id = ? AND amount_minor = ? AND paid_at = ? AND reference = ? LIMIT 1').get(
      p.cartId,
      p.amountMinor,
      p.paidAt,
      p.reference,
    ) !== undefined
  );
}
