import { stringify } from 'csv-stringify/sync';
import { minorToDecimal } from '../../../shared/domain/money';
import { cartReference } from '../../../shared/domain/invoices';
import { neutralise } from '../carts/csv';
import { invoicePdf } from '../documents/invoice';
import { proformaPdf } from '../documents/proforma';
import { listCartHeaders } from '../store/carts';
import type { Db } from '../store/db';
import { listShowInvoices, listShowPayments, paidByCart } from '../store/invoices';
import { readSettings } from '../store/settings';
import { readTx } from '../store/sql';
import { readCartBills } from './cart-bill';

/**
 * `studio export --what proforma|invoices --format pdf --out DIR` and `--what payments --format csv`.
 * The payments CSV is a stable interface like the orders and carts CSVs: columns only ever added
 * at the end; money in major units, times ISO 8601 UTC.
 */
export const PAYMENT_COLUMNS = [
  'payment_id',
  'cart_id',
  'reference',
  'buyer',
  'method',
  'amount',
  'currency',
  'paid_at',
  'payment_reference',
  'source',
  'recorded_by',
  'recorded_at',
] as const;

/** One pro-forma per cart of the show that has lines holding stock (not combined away). */
export async function proformaFiles(db: Db, showId: number, now: number): Promise<{ name: string; bytes: Buffer }[]> {
  const settings = readSettings(db).invoices;
  const bills = readTx(db, () => {
    const ids = listCartHeaders(db, { showId })
      .filter((h) => h.combinedInto === null)
      .map((h) => h.id);
    const paid = paidByCart(db, ids);
    return readCartBills(db, ids, now)
      .filter((bill) => bill.cart.linesHoldingStock > 0)
      .map((bill) => ({ bill, paid: paid.get(bill.cart.id) ?? 0 }));
  });
  const files = [];
  for (const { bill, paid } of bills) files.push(await proformaPdf(bill, settings, paid, now));
  return files;
}

/** The show's issued invoices and corrections, each as it was issued. */
export async function invoiceFiles(db: Db, showId: number): Promise<{ name: string; bytes: Buffer }[]> {
  const files = [];
  for (const invoice of listShowInvoices(db, showId)) files.push(await invoicePdf(invoice.snapshot));
  return files;
}

export function paymentsCsv(db: Db, showId: number): string {
  return readTx(db, () => {
    const payments = listShowPayments(db, showId);
    const buyers = new Map(
      listCartHeaders(db, { ids: [...new Set(payments.map((p) => p.cartId))] }).map((h) => [h.id, h.buyer.name] as const),
    );
    const rows = payments.map((p) => [
      p.id,
      p.cartId,
      cartReference(p.cartId),
      buyers.get(p.cartId) ?? '',
      p.method,
      minorToDecimal(p.amountMinor, p.currency),
      p.currency,
      new Date(p.paidAt).toISOString(),
      p.reference,
      p.source,
      p.actor,
      new Date(p.createdAt).toISOString(),
    ]);
    return stringify([[...PAYMENT_COLUMNS], ...rows.map((r) => r.map((c) => neutralise(String(c))))], { record_delimiter: '\n' });
  });
}
