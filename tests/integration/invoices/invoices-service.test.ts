// Payment requests, payments, invoices, corrections and bank statements on a real SQLite file,
// with the carts service they build on.
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError, type InvoiceLine } from '../../../shared/contract';
import { HOUR, SHIPPING_SETTINGS } from '../carts/harness';
import { invoicesHarness, type InvoicesHarness } from './harness';

let h: InvoicesHarness;
afterEach(() => h?.close());
const host = { actor: 'host' };

function refOf(cartId: number) {
  return { cartId, version: h.carts.get(cartId).version };
}

/** Buyer 0 claims two units of A12 S (2 × 149.00) and ships by InPost (12.99): 310.99 zł. */
function paidLaterCart(): number {
  h = invoicesHarness();
  h.claim(0, h.variantIds[0]!, 2);
  const cartId = h.cartOf(0);
  h.carts.setShipping({ ...refOf(cartId), methodId: SHIPPING_SETTINGS.shipping.methods[0]!.id }, host);
  return cartId;
}

/** Intl puts no-break spaces in amounts ("298,00 zł"): compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function expectRefused(action: () => unknown, code: string, message: RegExp) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe(code);
    expect((error as StudioError).message).toMatch(message);
    return;
  }
  throw new Error('expected a refusal');
}

describe('payment requests', () => {
  it('lists the lines, shipping, total and every payment method set up, in the language asked for', () => {
    const cartId = paidLaterCart();
    const pl = h.invoices.paymentRequest({ cartId, language: 'pl' });
    pl.text = plain(pl.text);
    expect(pl).toMatchObject({ cartId, language: 'pl', reference: `LS-${cartId}`, dueMinor: 31099, currency: 'PLN' });
    expect(pl.text).toContain('Cześć buyer0!');
    expect(pl.text).toContain('A12 Linen shirt S × 2 = 298,00 zł');
    expect(pl.text).toContain('Wysyłka: 12,99 zł');
    expect(pl.text).toContain('Razem: 310,99 zł');
    expect(pl.text).toContain(`Przelew na konto PL61 1090 1014 0000 0712 1981 2874 (Santander), tytuł: Zamówienie LS-${cartId}`);
    expect(pl.text).toContain('BLIK na numer telefonu +48 600 100 200');
    expect(pl.text).toContain('https://paypal.me/butikzofia/310.99PLN');
    const kk = h.invoices.paymentRequest({ cartId, language: 'kk' });
    expect(kk.text).toContain('Сәлем, buyer0!');
    expect(kk.text).toContain(`Kaspi: +7 701 000 00 00 нөміріне аударым`);
    // The buyer's language when none is asked for (the harness's shop is Polish, the buyer's language unknown).
    expect(h.invoices.paymentRequest({ cartId }).language).toBe('pl');
  });

  it('with the cart’s method chosen, gives only that method’s instructions; a seller’s own template wins', () => {
    const cartId = paidLaterCart();
    h.carts.setPaymentMethod({ ...refOf(cartId), method: 'kaspi' }, host);
    const text = h.invoices.paymentRequest({ cartId, language: 'en' }).text;
    expect(text).toContain('Kaspi: transfer to +7 701 000 00 00');
    expect(text).not.toContain('BLIK');
    h.settings.invoices.requestTemplates = { en: 'Pay {due} for {ref}, {name}.' };
    expect(plain(h.invoices.paymentRequest({ cartId, language: 'en' }).text)).toBe(`Pay PLN 310.99 for LS-${cartId}, buyer0.`);
  });

  it('takes no number; marking it sent is the carts service’s and starts the deadline', () => {
    const cartId = paidLaterCart();
    h.invoices.paymentRequest({ cartId });
    expect(h.db.prepare('SELECT count(*) AS n FROM invoice_series').get()).toEqual({ n: 0 });
    const [cart] = h.carts.requestPayment({ carts: [refOf(cartId)] }, host).carts;
    expect(cart!.deadlineAt).toBe(h.now.value + 24 * HOUR);
  });
});

describe('payments', () => {
  it('a partial payment leaves the rest due; the rest marks the cart paid; more shows as overpaid', () => {
    const cartId = paidLaterCart();
    h.carts.requestPayment({ carts: [refOf(cartId)] }, host);
    let money = h.invoices.recordPayment(
      { cartId, method: 'blik', amountMinor: 10000, paidAt: h.now.value, reference: 'BLIK 123' },
      { actor: 'mod' },
    );
    expect(money).toMatchObject({ totalMinor: 31099, paidMinor: 10000, dueMinor: 21099, overpaidMinor: 0 });
    expect(h.carts.get(cartId).state).toBe('awaiting_payment');
    money = h.invoices.recordPayment({ cartId, method: 'bank_transfer', amountMinor: 22000, paidAt: h.now.value, reference: '' }, host);
    expect(money).toMatchObject({ paidMinor: 32000, dueMinor: 0, overpaidMinor: 901 });
    expect(money.payments.map((p) => [p.method, p.amountMinor, p.actor])).toEqual([
      ['blik', 10000, 'mod'],
      ['bank_transfer', 22000, 'host'],
    ]);
    const cart = h.carts.get(cartId);
    expect(cart.state).toBe('paid');
    expect(cart.history.filter((e) => e.kind === 'paid')).toHaveLength(1);
  });

  it('with issueOnPayment, the invoice follows the payment in full', () => {
    const cartId = paidLaterCart();
    h.settings.invoices.issueOnPayment = true;
    const money = h.invoices.recordPayment({ cartId, method: 'blik', amountMinor: 31099, paidAt: h.now.value, reference: '' }, host);
    expect(money.invoices.map((i) => i.number)).toEqual(['FV/2023/11/1']);
    expect(money.invoices[0]!.snapshot.paidMinor).toBe(31099);
  });
});

describe('invoices', () => {
  it('numbers invoices in the series and keeps a snapshot with tax per line', () => {
    const cartId = paidLaterCart();
    h.claim(1, h.variantIds[1]!, 1);
    const first = h.invoices.issue(cartId, host);
    const second = h.invoices.issue(h.cartOf(1), host);
    expect([first.number, second.number]).toEqual(['FV/2023/11/1', 'FV/2023/11/2']);
    // 298.00 at 23%: 298 × 23/123 = 55.7236 -> 55.72; shipping 12.99: 2.4290 -> 2.43.
    expect(first.snapshot.lines.map((l: InvoiceLine) => [l.kind, l.quantity, l.grossMinor, l.taxMinor, l.netMinor])).toEqual([
      ['goods', 2, 29800, 5572, 24228],
      ['shipping', 1, 1299, 243, 1056],
    ]);
    expect(first.snapshot.totals).toMatchObject({ grossMinor: 31099, taxMinor: 5815, netMinor: 25284 });
    expect(first.snapshot.seller.name).toBe('Butik Zofia Łódź');
    expectRefused(() => h.invoices.issue(cartId, host), 'conflict', /has invoice FV\/2023\/11\/1 already: issue a correction/);
    // The series goes on in its own month of the shop's calendar: a new month starts at 1.
    h.now.value += 31 * 24 * HOUR;
    h.claim(2, h.variantIds[1]!, 1);
    expect(h.invoices.issue(h.cartOf(2), host).number).toBe('FV/2023/12/1');
  });

  it('uses a product’s own rate, and a VAT-exempt seller’s note and no tax', () => {
    const cartId = paidLaterCart();
    h.settings.invoices.productTaxRates = [{ productCode: 'a12', ratePercent: 8 }];
    const lines = h.invoices.issue(cartId, host).snapshot.lines;
    // 298.00 at 8%: 22.0740 -> 22.07; shipping stays at the default 23%.
    expect(lines.map((l) => [l.ratePercent, l.taxMinor])).toEqual([
      [8, 2207],
      [23, 243],
    ]);
    h.claim(1, h.variantIds[1]!, 1);
    h.settings.invoices.vatExempt = true;
    h.settings.invoices.exemptionNote = 'Zwolnienie podmiotowe z VAT, art. 113 ust. 1 ustawy o VAT';
    const exempt = h.invoices.issue(h.cartOf(1), host).snapshot;
    expect(exempt.totals).toMatchObject({ grossMinor: 14900, taxMinor: 0, netMinor: 14900 });
    expect(exempt.lines[0]!.ratePercent).toBeNull();
    expect(exempt.exemptionNote).toMatch(/art\. 113/);
  });

  it('an issued invoice never changes: a return gets a correction invoice with before and after', () => {
    const cartId = paidLaterCart();
    h.carts.markPaid({ carts: [refOf(cartId)] }, host);
    const invoice = h.invoices.issue(cartId, host);
    expect(h.invoices.forCart(cartId).needsCorrection).toBe(false);
    expectRefused(() => h.invoices.correct({ invoiceId: invoice.id, reason: 'nothing' }, host), 'conflict', /nothing to correct/);

    // Ship, then one of the two units comes back with a 149.00 refund.
    h.carts.markPacked({ carts: [refOf(cartId)] }, host);
    const orderId = h.carts.get(cartId).lines[0]!.id;
    h.db.prepare("UPDATE orders SET state = 'shipped' WHERE id = ?").run(orderId);
    h.carts.returnLine({ ...refOf(cartId), orderId, quantity: 1, refundMinor: 14900, stock: 'restock', late: false }, host);
    expect(h.invoices.forCart(cartId).needsCorrection).toBe(true);

    const correction = h.invoices.correct({ invoiceId: invoice.id, reason: 'zwrot 1 szt.' }, host);
    expect(correction).toMatchObject({ kind: 'correction', correctsId: invoice.id, number: 'KOR/2023/11/1', grossMinor: -14900 });
    expect(correction.snapshot.corrects).toMatchObject({ number: invoice.number, reason: 'zwrot 1 szt.' });
    expect(correction.snapshot.corrects!.lines[0]).toMatchObject({ quantity: 2, grossMinor: 29800 });
    expect(correction.snapshot.lines[0]).toMatchObject({ quantity: 1, grossMinor: 14900, taxMinor: 2786 });
    // 55.72 -> 27.86 on the goods line: the tax changes by -27.86.
    expect(correction.taxMinor).toBe(2786 - 5572);
    expect(h.invoices.get(invoice.id)).toEqual(invoice);
    expect(() => h.db.prepare('UPDATE invoices SET number = ? WHERE id = ?').run('X', invoice.id)).toThrow(/immutable/);
    expect(h.invoices.forCart(cartId)).toMatchObject({ needsCorrection: false, canIssue: false });
    // A second correction compares with the first correction's "after".
    h.carts.returnLine({ ...refOf(cartId), orderId, quantity: 1, refundMinor: 14000, stock: 'write_off', late: false }, host);
    const second = h.invoices.correct({ invoiceId: invoice.id, reason: 'zwrot' }, host);
    expect(second.snapshot.corrects!.lines[0]).toMatchObject({ quantity: 1, grossMinor: 14900 });
    // The buyer kept 9.00 of the second unit's price: 0 units, 9.00 gross.
    expect(second.snapshot.lines[0]).toMatchObject({ quantity: 0, grossMinor: 900 });
    expect(second.number).toBe('KOR/2023/11/2');
  });

  it('issues many carts in one transaction, numbered in the order given; one refusal issues none', () => {
    const a = paidLaterCart();
    h.claim(1, h.variantIds[1]!, 1);
    h.claim(2, h.variantIds[1]!, 1);
    const [b, c] = [h.cartOf(1), h.cartOf(2)];
    h.invoices.issue(c, host);
    expectRefused(() => h.invoices.issueMany([a, b, c], host), 'conflict', /has invoice FV\/2023\/11\/1 already/);
    expect(h.invoices.forCart(a).invoices).toEqual([]);
    const ids = h.invoices.issueMany([b, a], host);
    expect(ids.map((id) => h.invoices.get(id)).map((i) => [i.cartId, i.number])).toEqual([
      [b, 'FV/2023/11/2'],
      [a, 'FV/2023/11/3'],
    ]);
  });

  it('a released cart leaves no gap: nothing to invoice and no number taken', () => {
    const cartId = paidLaterCart();
    h.carts.release({ carts: [refOf(cartId)], nonPayment: true }, host);
    expectRefused(() => h.invoices.issue(cartId, host), 'conflict', /no lines to invoice/);
    h.claim(1, h.variantIds[1]!, 1);
    expect(h.invoices.issue(h.cartOf(1), host).number).toBe('FV/2023/11/1');
  });
});

describe('bank statements', () => {
  it('matches rows by the cart reference in the title and records only what matches, once', () => {
    const a = paidLaterCart();
    h.claim(1, h.variantIds[1]!, 1);
    const b = h.cartOf(1);
    h.claim(2, h.variantIds[1]!, 1);
    const c = h.cartOf(2);
    const csv = [
      'Data operacji;Kwota;Tytuł operacji;Nadawca',
      `2023-11-15;310,99 PLN;Zamówienie LS-${a};Anna`,
      `15.11.2023;100,00;ls ${b} część;Jan`,
      `16.11.2023;200,00;LS-${c};Ola`,
      '16.11.2023;-50,00;opłata za konto;Bank',
      '16.11.2023;75,00;za sukienkę;Ewa',
      '16.11.2023;75,00;LS-99999;Ewa',
    ].join('\r\n');
    const preview = h.invoices.bankPreview(csv).rows;
    expect(preview.map((r) => [r.line, r.status, r.cartId, r.amountMinor])).toEqual([
      [2, 'match', a, 31099],
      [3, 'partial', b, 10000],
      [4, 'overpaid', c, 20000],
      [5, 'ignored', null, -5000],
      [6, 'no_reference', null, 7500],
      [7, 'unknown_cart', null, 7500],
    ]);
    expect(h.db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 0 });

    const applied = h.invoices.bankApply({ csv }, host);
    expect(applied.recorded).toBe(3);
    expect(applied.cartsPaid.sort()).toEqual([a, c].sort());
    expect(h.carts.get(a).state).toBe('paid');
    expect(h.carts.get(b).state).not.toBe('paid');
    expect(h.invoices.forCart(b)).toMatchObject({ paidMinor: 10000, dueMinor: 4900 });
    expect(h.invoices.forCart(c)).toMatchObject({ overpaidMinor: 5100 });
    expect(h.invoices.forCart(a).payments[0]).toMatchObject({ source: 'bank_statement', reference: `Zamówienie LS-${a}` });

    // The same statement again: nothing is recorded twice.
    const again = h.invoices.bankPreview(csv).rows;
    expect(again.slice(0, 3).map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(h.invoices.bankApply({ csv }, host).recorded).toBe(0);
  });

  it('refuses a statement without the columns it needs, naming them', () => {
    paidLaterCart();
    expectRefused(() => h.invoices.bankPreview('Foo,Bar\n1,2'), 'invalid_input', /no date, amount, title column/);
  });
});

describe('documents for the window', () => {
  it('gives the pro-forma and an issued invoice as PDF bytes, and refuses a pro-forma for a cart with nothing to pay', async () => {
    const cartId = paidLaterCart();
    const proforma = await h.invoices.document({ kind: 'proforma', cartId });
    expect(proforma.name).toBe(`proforma-LS-${cartId}.pdf`);
    expect(Buffer.from(proforma.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const invoice = h.invoices.issue(cartId, host);
    expect((await h.invoices.document({ kind: 'invoice', invoiceId: invoice.id })).name).toBe('FV-2023-11-1.pdf');
    h.claim(1, h.variantIds[1]!, 1);
    const other = h.cartOf(1);
    h.carts.release({ carts: [refOf(other)], nonPayment: false }, host);
    await expect(h.invoices.document({ kind: 'proforma', cartId: other })).rejects.toThrow(/no lines to pay for/);
  });
});
