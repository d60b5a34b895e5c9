import type { InvoiceSettings } from '../../../shared/contract';
import { billHeader, billLines, totalsOf, type CartBill } from '../invoices/cart-bill';
import { paymentInstructions, requestLanguage, type RequestLanguage } from '../invoices/request-text';
import { billPdf, documentFileName, type BillDocument } from './invoice';

/**
 * A cart's pro-forma: the invoice layout marked as pro-forma, without a number, in the buyer's
 * language, with how to pay. Nothing is stored: a released cart leaves no trace in any series.
 */
export function proformaDocument(
  bill: CartBill,
  settings: InvoiceSettings,
  paidMinor: number,
  now: number,
  language: RequestLanguage = requestLanguage(bill.cart.buyer.language, bill.shopLanguage),
): BillDocument {
  const lines = billLines(bill, settings);
  const totals = totalsOf(lines);
  const dueMinor = Math.max(0, totals.grossMinor - paidMinor);
  return {
    kind: 'proforma',
    number: '',
    issuedAt: now,
    ...billHeader(bill, settings),
    language,
    lines,
    totals,
    paidMinor,
    corrects: null,
    dueMinor,
    instructions: paymentInstructions(settings, language, {
      cartId: bill.cart.id,
      dueMinor,
      currency: bill.cart.currency,
      method: bill.cart.paymentMethod,
    }),
  };
}

export async function proformaPdf(
  bill: CartBill,
  settings: InvoiceSettings,
  paidMinor: number,
  now: number,
  language?: RequestLanguage,
): Promise<{ name: string; bytes: Buffer }> {
  const d = proformaDocument(bill, settings, paidMinor, now, language);
  return { name: documentFileName(d), bytes: await billPdf(d) };
}
