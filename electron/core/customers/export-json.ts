import type { CustomerPage } from '../../../shared/contract';
import { listCustomerDataForExport } from '../store/customers';
import type { Db } from '../store/db';

/**
 * Everything the studio holds about one customer (a data subject's access request, GDPR art. 15;
 * Kazakhstan's law on personal data): the page (identities, contact and shipping details, orders,
 * carts, questions, non-payments, tags, price list, merges, history) and every chat message of
 * every identity. A stable document: `format` names its version.
 */
export function customerDocument(db: Db, customerId: number, page: CustomerPage, now: number): Record<string, unknown> {
  const { messages, orderEvents } = listCustomerDataForExport(db, customerId);
  return {
    format: 'live-shopping-studio.customer/1',
    exportedAt: new Date(now).toISOString(),
    customer: {
      id: page.customer.id,
      name: page.customer.name,
      email: page.email,
      phone: page.phone,
      address: page.address,
      note: page.note,
      tags: page.customer.tags,
      discountPercent: page.customer.discountPercent,
      erased: page.customer.erased,
      firstSeenAt: iso(page.customer.firstSeenAt),
      lastSeenAt: iso(page.customer.lastSeenAt),
      lifetimeSpendMinor: page.customer.lifetimeSpendMinor,
      currency: page.customer.currency,
    },
    identities: page.customer.identities.map((i) => ({ ...i, firstSeenAt: iso(i.firstSeenAt), lastSeenAt: iso(i.lastSeenAt) })),
    showsAttended: page.showsAttended.map((s) => ({ ...s, at: iso(s.at) })),
    orders: page.orders,
    orderHistory: orderEvents.map((e) => ({ ...e, at: iso(e.at) })),
    carts: page.carts,
    questions: page.questions.map((q) => ({ ...q, askedAt: iso(q.askedAt) })),
    nonPayments: page.nonPayments.map((n) => ({ ...n, at: iso(n.at) })),
    priceList: page.priceList,
    merges: page.merges.map((m) => ({ ...m, at: iso(m.at) })),
    history: page.history.map((h) => ({ ...h, at: iso(h.at) })),
    // After an erasure: which issued invoices were kept (they still name the buyer, as the law requires) and why.
    erasure: page.erasure && {
      ...page.erasure,
      at: iso(page.erasure.at),
      keptInvoices: page.erasure.keptInvoices.map((i) => ({
        ...i,
        issuedAt: iso(i.issuedAt),
        keptUntil: i.keptUntil === null ? null : iso(i.keptUntil).slice(0, 10),
      })),
    },
    chatMessages: messages.map((m) => ({ ...m, sentAt: m.sentAt === null ? null : iso(m.sentAt), receivedAt: iso(m.receivedAt) })),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
