import { z } from 'zod';
import { command, CurrencySchema, event, IdSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { PaymentMethodSchema } from './carts';
import { BANK_ROW_STATUSES, INVOICES_ROLES } from './invoices-values';

/**
 * Invoices and payment requests (issue 12), built on the carts of issue 11.
 *
 * - A **payment request** is the text a moderator copies to the buyer (a private message, e-mail,
 *   SMS: no connector can send one, and amounts are never posted in public chat), in the buyer's
 *   language, with the cart's lines, shipping, total and the shop's payment instructions. Marking it
 *   sent is `carts.requestPayment` (it starts the deadline). A **pro-forma** PDF says the same on paper.
 *   Neither takes a number.
 * - An **invoice** is numbered in a gap-free series (settings.invoices) when issued, and is an
 *   immutable snapshot from then on. A later change of the cart (an edit, a return, a refund) gets
 *   a **correction invoice** with the lines before and after; never an edit.
 * - **Payments** record method, amount, date and reference; partial payments leave the rest due,
 *   more than the total shows as overpaid. The cart is marked paid (carts.markPaid) when the
 *   payments cover its total. A bank statement CSV is matched by the cart reference in the title.
 *
 * Money is integer minor units of the shop currency; prices include tax; tax per line, then summed
 * (shared/domain/invoices.ts states the rounding rule).
 */

export const InvoiceKindSchema = z.enum(['invoice', 'correction']);
export type InvoiceKind = z.infer<typeof InvoiceKindSchema>;

/** One line of an invoice (goods or the shipping fee), tax included in its gross. */
export const InvoiceLineSchema = z.object({
  /** The order line it bills; null for shipping. */
  orderId: IdSchema.nullable(),
  kind: z.enum(['goods', 'shipping']),
  code: z.string(),
  title: z.string(),
  options: z.array(z.string()),
  quantity: z.number().int().nonnegative(),
  unitPriceMinor: MinorUnitsSchema,
  /** What the buyer pays for the line: quantity × unit price, less refunds given on it. */
  grossMinor: MinorUnitsSchema,
  /** Null: no tax (a VAT-exempt seller). */
  ratePercent: z.number().nullable(),
  taxMinor: MinorUnitsSchema,
  netMinor: MinorUnitsSchema,
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

export const InvoiceTotalsSchema = z.object({
  grossMinor: MinorUnitsSchema,
  netMinor: MinorUnitsSchema,
  taxMinor: MinorUnitsSchema,
  byRate: z.array(
    z.object({ ratePercent: z.number().nullable(), grossMinor: MinorUnitsSchema, netMinor: MinorUnitsSchema, taxMinor: MinorUnitsSchema }),
  ),
});
export type InvoiceTotals = z.infer<typeof InvoiceTotalsSchema>;

export const InvoicePartySchema = z.object({
  name: z.string(),
  address: z.string(),
  taxId: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type InvoiceParty = z.infer<typeof InvoicePartySchema>;

/** Everything an issued invoice says, frozen when it was issued. */
export const InvoiceSnapshotSchema = z.object({
  kind: InvoiceKindSchema,
  number: z.string(),
  issuedAt: TimestampSchema,
  /** The shop's time zone the dates print in (and the series counted in). */
  timeZone: z.string(),
  /** The language it was printed in (the shop's). */
  language: z.string(),
  currency: CurrencySchema,
  seller: InvoicePartySchema,
  buyer: InvoicePartySchema,
  cartId: IdSchema,
  cartReference: z.string(),
  showTitle: z.string().nullable(),
  lines: z.array(InvoiceLineSchema),
  totals: InvoiceTotalsSchema,
  /** A VAT-exempt seller's note; null when the seller charges VAT. */
  exemptionNote: z.string().nullable(),
  paymentMethod: PaymentMethodSchema.nullable(),
  /** Payments recorded for the cart when it was issued. */
  paidMinor: MinorUnitsSchema,
  /** A correction: the invoice it corrects, what that said (as last corrected) and why. */
  corrects: z
    .object({
      invoiceId: IdSchema,
      number: z.string(),
      issuedAt: TimestampSchema,
      lines: z.array(InvoiceLineSchema),
      totals: InvoiceTotalsSchema,
      reason: z.string(),
    })
    .nullable(),
});
export type InvoiceSnapshot = z.infer<typeof InvoiceSnapshotSchema>;

export const InvoiceSchema = z.object({
  id: IdSchema,
  cartId: IdSchema,
  kind: InvoiceKindSchema,
  correctsId: IdSchema.nullable(),
  number: z.string(),
  issuedAt: TimestampSchema,
  actor: z.string(),
  currency: CurrencySchema,
  /** For a correction: the change (after − before). */
  grossMinor: MinorUnitsSchema,
  taxMinor: MinorUnitsSchema,
  snapshot: InvoiceSnapshotSchema,
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export const PaymentSourceSchema = z.enum(['manual', 'bank_statement']);
export const PaymentSchema = z.object({
  id: IdSchema,
  cartId: IdSchema,
  method: PaymentMethodSchema,
  amountMinor: MinorUnitsSchema,
  currency: CurrencySchema,
  paidAt: TimestampSchema,
  reference: z.string(),
  source: PaymentSourceSchema,
  actor: z.string(),
  createdAt: TimestampSchema,
});
export type Payment = z.infer<typeof PaymentSchema>;

/** A cart's money: what it costs, what was paid, what is due or overpaid, its payments and invoices. */
export const CartMoneySchema = z.object({
  cartId: IdSchema,
  /** What the buyer writes in the transfer title (LS-123). */
  reference: z.string(),
  currency: CurrencySchema,
  totalMinor: MinorUnitsSchema,
  paidMinor: MinorUnitsSchema,
  /** max(0, total − paid). */
  dueMinor: MinorUnitsSchema,
  /** max(0, paid − total). */
  overpaidMinor: MinorUnitsSchema,
  payments: z.array(PaymentSchema),
  invoices: z.array(InvoiceSchema),
  /** The cart has lines to bill and no invoice yet. */
  canIssue: z.boolean(),
  /** An invoice was issued and the cart changed since (lines, returns, refunds, shipping): issue a correction. */
  needsCorrection: z.boolean(),
});
export type CartMoney = z.infer<typeof CartMoneySchema>;

export const RequestLanguageSchema = z.enum(['en', 'pl', 'kk']);
export const PaymentRequestSchema = z.object({
  cartId: IdSchema,
  language: RequestLanguageSchema,
  text: z.string(),
  reference: z.string(),
  dueMinor: MinorUnitsSchema,
  currency: CurrencySchema,
});
export type PaymentRequest = z.infer<typeof PaymentRequestSchema>;

export const BankRowStatusSchema = z.enum(BANK_ROW_STATUSES);
export type BankRowStatus = z.infer<typeof BankRowStatusSchema>;

export const BankRowSchema = z.object({
  /** 1-based line of the statement (the header is line 1). */
  line: z.number().int().positive(),
  date: TimestampSchema.nullable(),
  amountMinor: MinorUnitsSchema.nullable(),
  title: z.string(),
  cartId: IdSchema.nullable(),
  buyer: z.string().nullable(),
  dueMinor: MinorUnitsSchema.nullable(),
  status: BankRowStatusSchema,
});
export type BankRow = z.infer<typeof BankRowSchema>;

export { RECORDED_BANK_STATUSES } from './invoices-values';

const StatementSchema = z.string().min(1).max(5_000_000);

export const invoicesCommands = {
  'invoices.forCart': command({
    summary:
      'A cart’s money: total, paid, due or overpaid, its payments and invoices, and whether an invoice or a correction can be issued.',
    input: z.object({ cartId: IdSchema }).strict(),
    output: CartMoneySchema,
    roles: INVOICES_ROLES['invoices.forCart'],
  }),
  'invoices.paymentRequest': command({
    summary:
      'The payment request text for a cart, in the buyer’s language (or the one asked for): lines, shipping, total and how to pay. Copy-only: marking it sent is carts.requestPayment.',
    input: z.object({ cartId: IdSchema, language: RequestLanguageSchema.optional() }).strict(),
    output: PaymentRequestSchema,
    roles: INVOICES_ROLES['invoices.paymentRequest'],
  }),
  'invoices.recordPayment': command({
    summary:
      'Record money received for a cart (method, amount, date, reference). When the payments cover the total, the cart is marked paid (and, with issueOnPayment, its invoice issued).',
    input: z
      .object({
        cartId: IdSchema,
        method: PaymentMethodSchema,
        amountMinor: MinorUnitsSchema.positive(),
        paidAt: TimestampSchema,
        reference: z.string().trim().max(200).default(''),
      })
      .strict(),
    output: CartMoneySchema,
    roles: INVOICES_ROLES['invoices.recordPayment'],
  }),
  'invoices.issue': command({
    summary:
      'Issue the cart’s invoice: the next number of the series, and a snapshot that never changes. Refused when it has one already (issue a correction).',
    input: z.object({ cartId: IdSchema }).strict(),
    output: InvoiceSchema,
    roles: INVOICES_ROLES['invoices.issue'],
  }),
  'invoices.issueMany': command({
    summary:
      'Issue the invoices of these carts (a show’s paid carts after the show) in one transaction, numbered in the order given. All or nothing.',
    input: z.object({ cartIds: z.array(IdSchema).min(1).max(10_000) }).strict(),
    output: z.object({ invoiceIds: z.array(IdSchema) }),
    roles: INVOICES_ROLES['invoices.issueMany'],
  }),
  'invoices.correct': command({
    summary:
      'Issue a correction invoice for what changed in the cart since its invoice (as last corrected): lines, returns, refunds, shipping.',
    input: z.object({ invoiceId: IdSchema, reason: z.string().trim().min(1).max(300) }).strict(),
    output: InvoiceSchema,
    roles: INVOICES_ROLES['invoices.correct'],
  }),
  'invoices.document': command({
    summary: 'A PDF to print or save: the cart’s pro-forma (not numbered) or an issued invoice, as the CLI exports it.',
    input: z.union([
      z.object({ kind: z.literal('proforma'), cartId: IdSchema, language: RequestLanguageSchema.optional() }).strict(),
      z.object({ kind: z.literal('invoice'), invoiceId: IdSchema }).strict(),
    ]),
    output: z.object({ name: z.string(), base64: z.string() }),
    roles: INVOICES_ROLES['invoices.document'],
  }),
  'invoices.bankPreview': command({
    summary:
      'Read a bank statement CSV (amount and a title with the cart reference) and show what each row matches, without recording anything.',
    input: z.object({ csv: StatementSchema }).strict(),
    output: z.object({ rows: z.array(BankRowSchema) }),
    roles: INVOICES_ROLES['invoices.bankPreview'],
  }),
  'invoices.bankApply': command({
    summary:
      'Record the matching rows of a bank statement as payments (match, partial, overpaid; the lines named, or all of them), in one transaction; carts paid in full are marked paid.',
    input: z.object({ csv: StatementSchema, lines: z.array(z.number().int().positive()).max(100_000).optional() }).strict(),
    output: z.object({ recorded: z.number().int().nonnegative(), cartsPaid: z.array(IdSchema), rows: z.array(BankRowSchema) }),
    roles: INVOICES_ROLES['invoices.bankApply'],
  }),
} as const;

export const invoicesEvents = {
  'invoices.changed': event({
    summary: 'Payments or invoices of these carts changed (on disk already).',
    payload: z.object({ cartIds: z.array(IdSchema).min(1) }),
    roles: STAFF,
  }),
} as const;
