import type { invoicesCommands } from '../../../shared/contract';
import type { HandlersOf } from '../server/dispatch';
import type { InvoicesService } from './invoices-service';

/** The contract's invoices domain (roles are the contract's: a moderator may read, copy requests and record payments). */
export function invoicesHandlers(invoices: InvoicesService): HandlersOf<typeof invoicesCommands> {
  return {
    'invoices.forCart': ({ cartId }) => invoices.forCart(cartId),
    'invoices.paymentRequest': (input) => invoices.paymentRequest(input),
    'invoices.recordPayment': (input, ctx) => invoices.recordPayment(input, ctx),
    'invoices.issue': ({ cartId }, ctx) => invoices.issue(cartId, ctx),
    'invoices.issueMany': ({ cartIds }, ctx) => ({ invoiceIds: invoices.issueMany(cartIds, ctx) }),
    'invoices.correct': (input, ctx) => invoices.correct(input, ctx),
    'invoices.document': (input) => invoices.document(input),
    'invoices.bankPreview': ({ csv }) => invoices.bankPreview(csv),
    'invoices.bankApply': (input, ctx) => invoices.bankApply(input, ctx),
  };
}
