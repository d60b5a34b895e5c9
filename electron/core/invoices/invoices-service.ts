import {
  RECORDED_BANK_STATUSES,
  StudioError,
  type BankRow,
  type CartMoney,
  type CommandParsedInput,
  type Invoice,
  type InvoiceSettings,
  type InvoiceSnapshot,
  type PaymentRequest,
} from '../../../shared/contract';
import { cartIdsInTitle, cartReference, formatNumber, seriesKey } from '../../../shared/domain/invoices';
import { isUnpaid } from '../../../shared/domain/order-states';
import type { CartsService } from '../carts';
import type { Clock } from '../clock';
import { invoicePdf } from '../documents/invoice';
import { proformaPdf } from '../documents/proforma';
import type { StudioEvents } from '../events';
import { getCartRow } from '../store/carts';
import type { Db } from '../store/db';
import {
  cartsWithInvoices,
  getInvoice,
  insertInvoice,
  insertPayment,
  listCartInvoices,
  listCartPayments,
  nextInSeries,
  paidByCart,
  paymentRecorded,
} from '../store/invoices';
import { shopCurrency } from '../store/shop';
import { isDraftShow } from '../store/shows';
import { readTx, writeTx } from '../store/sql';
import { readStatement } from './bank-statement';
import { billHeader, billLines, readCartBill, readCartBills, sameLines, totalsOf, type CartBill } from './cart-bill';
import { paymentRequestText, requestLanguage } from './request-text';

export interface Caller {
  actor: string;
}

export interface InvoicesServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  /** Marking a cart paid is the carts service's (its lines, its version check, its events). */
  carts: Pick<CartsService, 'markPaid'>;
  settings: () => InvoiceSettings;
}

/**
 * Payment requests, payments, invoices and corrections of carts (contract: shared/contract/invoices.ts).
 * Issuing takes the next number of its series inside one `BEGIN IMMEDIATE` transaction with the
 * snapshot's insert, so numbers are gap-free across processes; nothing edits an invoice afterwards.
 */
export class InvoicesService {
  private readonly db: Db;

  constructor(private readonly deps: InvoicesServiceDeps) {
    this.db = deps.db;
  }

  // --- reading -------------------------------------------------------------------------------

  forCart(cartId: number): CartMoney {
    return readTx(this.db, () => {
      const bill = readCartBill(this.db, cartId, this.deps.clock());
      const payments = listCartPayments(this.db, cartId);
      const invoices = listCartInvoices(this.db, cartId);
      const paidMinor = payments.reduce((sum, p) => sum + p.amountMinor, 0);
      const total = bill.cart.totalMinor;
      const lines = billLines(bill, this.deps.settings());
      const current = this.effective(invoices);
      return {
        cartId,
        reference: cartReference(cartId),
        currency: bill.cart.currency,
        totalMinor: total,
        paidMinor,
        dueMinor: Math.max(0, total - paidMinor),
        overpaidMinor: Math.max(0, paidMinor - total),
        payments,
        invoices,
        canIssue: current === null && bill.cart.combinedInto === null && lines.length > 0,
        needsCorrection: current !== null && !sameLines(current.snapshot.lines, lines),
      };
    });
  }

  paymentRequest(input: CommandParsedInput<'invoices.paymentRequest'>): PaymentRequest {
    return readTx(this.db, () => {
      const bill = readCartBill(this.db, input.cartId, this.deps.clock());
      if (bill.cart.combinedInto !== null)
        throw StudioError.of('conflict', 'cartWasCombinedIntoCartAsk', { cartId: input.cartId, combinedInto: bill.cart.combinedInto });
      if (bill.cart.linesHoldingStock === 0) throw StudioError.of('conflict', 'cartHasNoLinesToPay', { cartId: input.cartId });
      const language = input.language ?? requestLanguage(bill.cart.buyer.language, bill.shopLanguage);
      const paid = paidByCart(this.db, [input.cartId]).get(input.cartId) ?? 0;
      return {
        cartId: input.cartId,
        language,
        text: paymentRequestText(bill, this.deps.settings(), language, paid),
        reference: cartReference(input.cartId),
        dueMinor: Math.max(0, bill.cart.totalMinor - paid),
        currency: bill.cart.currency,
      };
    });
  }

  get(invoiceId: number): Invoice {
    const invoice = getInvoice(this.db, invoiceId);
    if (!invoice) throw StudioError.of('not_found', 'noInvoiceWithId', { invoiceId });
    return invoice;
  }

  async document(input: CommandParsedInput<'invoices.document'>): Promise<{ name: string; base64: string }> {
    let file: { name: string; bytes: Buffer };
    if (input.kind === 'invoice') file = await invoicePdf(this.get(input.invoiceId).snapshot);
    else {
      // Read in one snapshot (synchronously), then render: a transaction never spans an await.
      const now = this.deps.clock();
      const { bill, paid } = readTx(this.db, () => {
        const bill = readCartBill(this.db, input.cartId, now);
        if (bill.cart.linesHoldingStock === 0) throw StudioError.of('conflict', 'cartHasNoLinesToPay', { cartId: input.cartId });
        return { bill, paid: paidByCart(this.db, [input.cartId]).get(input.cartId) ?? 0 };
      });
      file = await proformaPdf(bill, this.deps.settings(), paid, now, input.language);
    }
    return { name: file.name, base64: file.bytes.toString('base64') };
  }

  // --- payments ------------------------------------------------------------------------------

  recordPayment(input: CommandParsedInput<'invoices.recordPayment'>, caller: Caller): CartMoney {
    const now = this.deps.clock();
    writeTx(this.db, () => {
      const cart = getCartRow(this.db, input.cartId);
      if (!cart) throw StudioError.of('not_found', 'noCartWithId', { cartId: input.cartId });
      if (cart.combinedInto !== null)
        throw StudioError.of('conflict', 'cartWasCombinedIntoCartRecord', { cartId: input.cartId, combinedInto: cart.combinedInto });
      // A draft's claims are a rehearsal's test orders, discarded when the show goes live: no money is owed on them.
      if (isDraftShow(this.db, cart.showId)) throw StudioError.of('conflict', 'cartIsARehearsalsTakesNoPayment', { cartId: input.cartId });
      if (input.paidAt > now + 24 * 3_600_000)
        throw StudioError.of('invalid_input', 'thePaymentDateIsInThe', {}, [{ path: 'paidAt', message: 'in the future' }]);
      insertPayment(this.db, {
        cartId: input.cartId,
        method: input.method,
        amountMinor: input.amountMinor,
        currency: shopCurrency(this.db),
        paidAt: input.paidAt,
        reference: input.reference,
        source: 'manual',
        actor: caller.actor,
        createdAt: now,
      });
    });
    this.deps.events.publish('invoices.changed', { cartIds: [input.cartId] });
    this.settle([input.cartId], caller);
    return this.forCart(input.cartId);
  }

  bankPreview(csv: string): { rows: BankRow[] } {
    return { rows: readTx(this.db, () => this.matchStatement(csv)) };
  }

  bankApply(input: CommandParsedInput<'invoices.bankApply'>, caller: Caller): { recorded: number; cartsPaid: number[]; rows: BankRow[] } {
    const now = this.deps.clock();
    const chosen = input.lines ? new Set(input.lines) : null;
    const { rows, recorded, cartIds } = writeTx(this.db, () => {
      const rows = this.matchStatement(input.csv);
      const cartIds = new Set<number>();
      let recorded = 0;
      for (const row of rows) {
        if (!RECORDED_BANK_STATUSES.includes(row.status) || (chosen && !chosen.has(row.line))) continue;
        insertPayment(this.db, {
          cartId: row.cartId!,
          method: 'bank_transfer',
          amountMinor: row.amountMinor!,
          currency: shopCurrency(this.db),
          paidAt: row.date!,
          reference: row.title,
          source: 'bank_statement',
          actor: caller.actor,
          createdAt: now,
        });
        cartIds.add(row.cartId!);
        recorded += 1;
      }
      return { rows, recorded, cartIds: [...cartIds] };
    });
    if (cartIds.length) this.deps.events.publish('invoices.changed', { cartIds });
    const cartsPaid = this.settle(cartIds, caller);
    return { recorded, cartsPaid, rows };
  }

  // --- invoices ------------------------------------------------------------------------------

  issue(cartId: number, caller: Caller): Invoice {
    return this.get(this.issueMany([cartId], caller)[0]!);
  }

  /**
   * Issues the invoices of these carts in one transaction, numbered in the order given (all or
   * nothing: a cart that cannot be invoiced refuses the whole batch with its reason). Returns the
   * new invoices' ids.
   */
  issueMany(cartIds: readonly number[], caller: Caller): number[] {
    const now = this.deps.clock();
    const settings = this.deps.settings();
    if (new Set(cartIds).size !== cartIds.length) throw StudioError.of('invalid_input', 'aCartIsNamedTwice');
    const ids = writeTx(this.db, () => {
      const bills = new Map(readCartBills(this.db, cartIds, now).map((b) => [b.cart.id, b]));
      const invoiced = cartsWithInvoices(this.db, cartIds);
      const paid = paidByCart(this.db, cartIds);
      return cartIds.map((cartId) => {
        const bill = bills.get(cartId);
        if (!bill) throw StudioError.of('not_found', 'noCartWithId', { cartId });
        if (bill.cart.combinedInto !== null)
          throw StudioError.of('conflict', 'cartWasCombinedIntoCartInvoice', { cartId, combinedInto: bill.cart.combinedInto });
        const existing = invoiced.get(cartId);
        if (existing) throw StudioError.of('conflict', 'cartHasInvoiceAlreadyIssueA', { cartId, existing });
        const lines = billLines(bill, settings);
        if (lines.length === 0) throw StudioError.of('conflict', 'cartHasNoLinesToInvoice', { cartId });
        return this.insertNumbered(bill, settings, 'invoice', lines, null, paid.get(cartId) ?? 0, caller, now);
      });
    });
    if (cartIds.length) this.deps.events.publish('invoices.changed', { cartIds: [...cartIds] });
    return ids;
  }

  correct(input: CommandParsedInput<'invoices.correct'>, caller: Caller): Invoice {
    const now = this.deps.clock();
    const settings = this.deps.settings();
    const original = this.get(input.invoiceId);
    const id = writeTx(this.db, () => {
      const invoices = listCartInvoices(this.db, original.cartId);
      const base = invoices.find((i) => i.kind === 'invoice');
      if (!base || (original.kind === 'invoice' && base.id !== original.id))
        throw StudioError.of('not_found', 'invoiceIsNotTheInvoiceOf', { invoiceId: input.invoiceId });
      const current = this.effective(invoices)!;
      const bill = readCartBill(this.db, original.cartId, now);
      const lines = billLines(bill, settings);
      if (sameLines(current.snapshot.lines, lines))
        throw StudioError.of('conflict', 'nothingChangedInCartSinceThere', { cartId: original.cartId, invoice: current.number });
      return this.insertNumbered(
        bill,
        settings,
        'correction',
        lines,
        {
          invoiceId: base.id,
          number: base.number,
          issuedAt: base.issuedAt,
          lines: current.snapshot.lines,
          totals: current.snapshot.totals,
          reason: input.reason,
        },
        paidByCart(this.db, [original.cartId]).get(original.cartId) ?? 0,
        caller,
        now,
      );
    });
    this.deps.events.publish('invoices.changed', { cartIds: [original.cartId] });
    return this.get(id);
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The cart's invoice as it stands: the last correction, else the invoice; null when none was issued. */
  private effective(invoices: readonly Invoice[]): Invoice | null {
    return invoices.at(-1) ?? null;
  }

  private insertNumbered(
    bill: CartBill,
    settings: InvoiceSettings,
    kind: 'invoice' | 'correction',
    lines: InvoiceSnapshot['lines'],
    corrects: InvoiceSnapshot['corrects'],
    paid: number,
    caller: Caller,
    now: number,
  ): number {
    const series = seriesKey(kind, settings.series, now, bill.timeZone);
    const seq = nextInSeries(this.db, series);
    const number = formatNumber(kind === 'invoice' ? settings.numberPattern : settings.correctionPattern, seq, now, bill.timeZone);
    const totals = totalsOf(lines);
    const snapshot: InvoiceSnapshot = {
      kind,
      number,
      issuedAt: now,
      ...billHeader(bill, settings),
      language: bill.shopLanguage,
      lines,
      totals,
      paidMinor: paid,
      corrects,
    };
    return insertInvoice(this.db, {
      cartId: bill.cart.id,
      kind,
      correctsId: corrects?.invoiceId ?? null,
      series,
      seq,
      number,
      issuedAt: now,
      actor: caller.actor,
      currency: bill.cart.currency,
      grossMinor: totals.grossMinor - (corrects?.totals.grossMinor ?? 0),
      taxMinor: totals.taxMinor - (corrects?.totals.taxMinor ?? 0),
      snapshot,
    });
  }

  /** Each statement row with what it matches; rows of one cart count against what is due in statement order. */
  private matchStatement(csv: string): BankRow[] {
    const now = this.deps.clock();
    const currency = shopCurrency(this.db);
    const pending = new Map<number, number>();
    const seen = new Set<string>();
    return readStatement(csv, currency).map((row): BankRow => {
      const base = {
        line: row.line,
        date: row.date,
        amountMinor: row.amountMinor,
        title: row.title,
        cartId: null,
        buyer: null,
        dueMinor: null,
      };
      if (row.date === null || row.amountMinor === null || row.amountMinor <= 0) return { ...base, status: 'ignored' };
      const named = cartIdsInTitle(row.title)[0];
      if (named === undefined) return { ...base, status: 'no_reference' };
      const cartRow = getCartRow(this.db, named);
      if (!cartRow) return { ...base, status: 'unknown_cart' };
      // A cart combined into another is paid with the parcel it went into.
      const cartId = cartRow.combinedInto ?? cartRow.id;
      const bill = readCartBill(this.db, cartId, now);
      const paid = (paidByCart(this.db, [cartId]).get(cartId) ?? 0) + (pending.get(cartId) ?? 0);
      const due = Math.max(0, bill.cart.totalMinor - paid);
      const found = { ...base, cartId, buyer: bill.cart.buyer.name, dueMinor: due };
      const key = `${cartId}|${row.amountMinor}|${row.date}|${row.title}`;
      if (seen.has(key) || paymentRecorded(this.db, { cartId, amountMinor: row.amountMinor, paidAt: row.date, reference: row.title }))
        return { ...found, status: 'duplicate' };
      seen.add(key);
      if (due === 0) return { ...found, status: 'already_paid' };
      pending.set(cartId, (pending.get(cartId) ?? 0) + row.amountMinor);
      return { ...found, status: row.amountMinor === due ? 'match' : row.amountMinor < due ? 'partial' : 'overpaid' };
    });
  }

  /**
   * Carts whose payments now cover their total and still have unpaid lines are marked paid through
   * the carts service (its version check, its events); with issueOnPayment their invoice follows.
   * Returns the carts marked paid.
   */
  private settle(cartIds: readonly number[], caller: Caller): number[] {
    const paidCarts: number[] = [];
    for (const cartId of cartIds) {
      const money = this.forCart(cartId);
      if (money.dueMinor > 0) continue;
      const bill = readCartBill(this.db, cartId, this.deps.clock());
      if (!bill.lines.some((l) => isUnpaid(l.state))) continue;
      this.deps.carts.markPaid({ carts: [{ cartId, version: bill.cart.version }] }, caller);
      paidCarts.push(cartId);
      if (this.deps.settings().issueOnPayment && this.forCart(cartId).canIssue) this.issue(cartId, caller);
    }
    return paidCarts;
  }
}
