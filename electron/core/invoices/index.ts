/**
 * Invoices and payment requests (issue 12), one job per module:
 *
 * - InvoicesService: payment requests, payments (typed in or from a bank statement), invoices and corrections.
 * - cart-bill.ts: what a cart bills (lines, tax per line, parties), read with the carts' own views.
 * - request-text.ts: the payment request per language and the payment instructions.
 * - bank-statement.ts: reading a bank statement CSV.
 *
 * The PDFs are electron/core/documents/invoice.ts and proforma.ts; the CLI exports are in export-files.ts.
 */
export { InvoicesService, type InvoicesServiceDeps } from './invoices-service';
