import type { Role } from './define';

/**
 * The invoices contract's plain values — who may run each command, and which bank statement rows
 * are recorded — without zod, for the Review screen's cold path (as carts-values.ts). The contract
 * (./invoices.ts) takes its roles and lists from here, so there is one of each.
 */
const STAFF_ROLES = ['host', 'moderator'] as const satisfies readonly Role[];
const HOST_ROLE = ['host'] as const satisfies readonly Role[];

export const INVOICES_ROLES = {
  'invoices.forCart': STAFF_ROLES,
  'invoices.paymentRequest': STAFF_ROLES,
  'invoices.recordPayment': STAFF_ROLES,
  'invoices.issue': HOST_ROLE,
  'invoices.issueMany': HOST_ROLE,
  'invoices.correct': HOST_ROLE,
  'invoices.document': STAFF_ROLES,
  'invoices.bankPreview': HOST_ROLE,
  'invoices.bankApply': HOST_ROLE,
} as const satisfies Record<`invoices.${string}`, readonly Role[]>;
export type InvoicesCommandName = keyof typeof INVOICES_ROLES;

export function canInvoices(role: Role, name: InvoicesCommandName): boolean {
  return (INVOICES_ROLES[name] as readonly Role[]).includes(role);
}

export const BANK_ROW_STATUSES = [
  /** The amount pays what is due exactly. */
  'match',
  /** Less than what is due: recorded as a partial payment. */
  'partial',
  /** More than what is due: recorded, the cart shows the overpayment. */
  'overpaid',
  /** The cart was paid already (nothing due): not recorded. */
  'already_paid',
  /** The same payment (cart, amount, date, title) was recorded before: not recorded again. */
  'duplicate',
  /** The title names no cart reference. */
  'no_reference',
  /** The reference names no cart of this studio. */
  'unknown_cart',
  /** An outgoing amount (a debit) or a row without a readable amount or date. */
  'ignored',
] as const;

/** Statuses that bankApply records as payments. */
export const RECORDED_BANK_STATUSES: readonly (typeof BANK_ROW_STATUSES)[number][] = ['match', 'partial', 'overpaid'];
