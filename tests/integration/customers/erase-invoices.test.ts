// Erasing a customer who has issued invoices, on a real SQLite file: the invoices stay as issued
// (immutable snapshots the law makes the seller keep: the buyer's name and address in them), the
// erase record lists them with the legal basis and how long each is kept, every kept line's order
// history names them, and every other copy of the personal data is gone: the customer page, the
// exports (customer JSON, customers, carts and orders CSV), search, chat, payment requests (made
// from the erased data: never stored), packing notes, parcel-locker id and the parser's examples.
import { afterEach, expect, it } from 'vitest';
import { cartsCsv, ordersCsv } from '../../../electron/core/carts/csv';
import { customersExport } from '../../../electron/core/customers/csv';
import { InvoicesService } from '../../../electron/core/invoices';
import { keptUntil } from '../../../shared/domain/invoice-retention';
import { INVOICE_SETTINGS } from '../invoices/harness';
import { customersHarness, type CustomersHarness } from './harness';

const host = { actor: 'host' };
let h: CustomersHarness;
afterEach(() => h?.close());

const SECRETS = [
  'Wrzosowska',
  'wrzosowska',
  'zuzannawrzos',
  'zuzanna.wrzos',
  '601 777 888',
  'Jaśminowa 17',
  'LOD17X',
  'Zuzanny',
  'zuzanny',
];
const holds = (text: string) => SECRETS.filter((s) => text.includes(s));

it('keeps issued invoices as issued with the legal basis in the erase record and order history; every other copy is replaced', async () => {
  h = customersHarness({ stock: 5 });
  const db = h.temp.db;
  h.settings.invoices = structuredClone(INVOICE_SETTINGS);
  const invoices = new InvoicesService({
    db,
    clock: () => h.now.value,
    events: h.events,
    carts: { markPaid: (input, caller) => h.carts.markPaid(input, caller) },
    settings: () => h.settings.invoices,
  });
  const [s, m] = h.variantIds as [number, number];
  const who = h.customerOf(0);
  db.prepare("UPDATE buyers SET display_name = 'Zuzanna Wrzosowska', platform_user_id = 'zuzannawrzos' WHERE id = ?").run(h.buyers[0]);
  h.customers.update({ customerId: who, name: 'Zuzanna Wrzosowska', email: 'zuzanna.wrzos@example.pl', phone: '+48 601 777 888' }, host);
  db.prepare("UPDATE customers SET address = ?, locker_id = 'LOD17X' WHERE id = ?").run(
    JSON.stringify({ name: 'Zuzanna Wrzosowska', line1: 'ul. Jaśminowa 17', postalCode: '90-001', city: 'Łódź', country: 'PL' }),
    who,
  );
  const orderId = h.claim(0, s, 2, 'biorę A12 S x2 dla Zuzanny');
  const cartId = h.cartOf(0);
  db.prepare("UPDATE carts SET packing_note = 'Zuzanna Wrzosowska: zostawić u sąsiada' WHERE id = ?").run(cartId);
  db.prepare(
    `INSERT INTO intent_examples (norm_text, featured_code, text, intent, code, options_json, quantity, order_id, created_by, created_at)
     VALUES ('biore a12 s x2 dla zuzanny', 'A12', 'biorę A12 S x2 dla Zuzanny', 'order', 'A12', '{"Size":"S"}', 2, ?, 'mod', ?)`,
  ).run(orderId, h.now.value);
  // Another buyer with an invoice of their own: untouched.
  h.claim(1, m, 1, 'SOLD A12 M');
  const otherCart = h.cartOf(1);
  const invoice = invoices.issue(cartId, host);
  const correctionBase = invoices.issue(otherCart, host);
  expect(invoice.snapshot.buyer).toMatchObject({ name: 'Zuzanna Wrzosowska', email: 'zuzanna.wrzos@example.pl' });
  expect(invoice.snapshot.buyer.address).toContain('ul. Jaśminowa 17');
  // A line added after the invoice: a correction is issued, and it is kept too.
  h.claim(0, m, 1, 'jeszcze A12 M');
  const correction = invoices.correct({ invoiceId: invoice.id, reason: 'one more shirt' }, host);
  expect(holds(invoices.paymentRequest({ cartId, language: 'pl' }).text)).toContain('Wrzosowska');

  h.now.value += 60_000;
  const page = h.customers.erase({ customerId: who, confirmName: 'Zuzanna Wrzosowska' }, host);

  // The invoices are as issued: the buyer's name and address are in them, as the law requires.
  for (const kept of [invoice, correction]) {
    const again = invoices.get(kept.id);
    expect(again).toEqual(kept);
    expect(again.snapshot.buyer.name).toBe('Zuzanna Wrzosowska');
    expect(again.snapshot.buyer.address).toContain('ul. Jaśminowa 17');
  }
  expect(invoices.get(correctionBase.id)).toEqual(correctionBase);

  // The erase record: both documents of the erased customer's cart, the law (a Polish shop) and until when.
  expect(page.erasure).toEqual({
    at: h.now.value,
    actor: 'host',
    law: 'pl',
    legalBasis: expect.stringMatching(/VAT act art\. 112.*Accounting Act art\. 74.*GDPR art\. 17\(3\)\(b\)/),
    orderLines: 2,
    keptInvoices: [invoice, correction].map((i) => ({
      id: i.id,
      number: i.number,
      kind: i.kind,
      issuedAt: i.issuedAt,
      keptUntil: keptUntil('pl', i.issuedAt, i.snapshot.timeZone),
    })),
  });
  expect(page.erasure!.keptInvoices[0]!.keptUntil).toBe(Date.UTC(2028, 11, 31)); // issued November 2023
  expect(page.history[0]).toMatchObject({ kind: 'erased', detail: expect.stringContaining(`${invoice.number}, ${correction.number}`) });
  // Every kept line's order history says which invoices were kept and under which law.
  const reasons = db
    .prepare(
      'SELECT order_id AS orderId, reason FROM order_events WHERE order_id IN (SELECT id FROM orders WHERE buyer_id = ?) ORDER BY id',
    )
    .all(h.buyers[0]) as { orderId: number; reason: string | null }[];
  const last = new Map(reasons.map((r) => [r.orderId, r.reason]));
  expect(last.size).toBe(2);
  for (const reason of last.values()) {
    expect(reason).toContain('personal data erased');
    expect(reason).toContain(`issued ${invoice.number}, ${correction.number} kept unchanged as the law requires (VAT act art. 112`);
  }

  // Every other copy is gone: the page, the customer's JSON export, the lists and CSVs, search, chat, the payment request.
  expect(holds(JSON.stringify(page))).toEqual([]);
  const exported = h.customers.export(who, host).json;
  expect(holds(exported)).toEqual([]);
  expect(JSON.parse(exported).erasure.keptInvoices.map((i: { number: string }) => i.number)).toEqual([invoice.number, correction.number]);
  expect(holds(customersExport(db, 'csv') + customersExport(db, 'json'))).toEqual([]);
  expect(holds(cartsCsv(db, h.showId, h.now.value) + ordersCsv(db, h.showId))).toEqual([]);
  expect(h.customers.search({ query: 'zuzanny', limit: 100 }).hits).toEqual([]);
  const seq = (db.prepare('SELECT source_message_seq AS q FROM orders WHERE id = ?').get(orderId) as { q: number }).q;
  expect(holds(JSON.stringify(h.customers.around({ seq, before: 5, after: 5 })))).toEqual([]);
  expect(holds(invoices.paymentRequest({ cartId, language: 'pl' }).text)).toEqual([]);
  expect(holds(JSON.stringify(h.carts.get(cartId)))).toEqual([]);
  expect(db.prepare('SELECT count(*) AS n FROM intent_examples WHERE order_id = ?').get(orderId)).toEqual({ n: 0 });
  expect(db.prepare('SELECT locker_id AS l FROM customers WHERE id = ?').get(who)).toEqual({ l: null });
  expect(h.heard.some((e) => e.name === 'parser.examplesChanged')).toBe(true);

  // In the file: no table but the invoices holds any of it (the FTS index's own check is in customers-service.test.ts).
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'chat_search%'")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const found: string[] = [];
  for (const table of tables) {
    const text = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
    for (const secret of holds(text)) found.push(`${table}: ${secret}`);
  }
  expect(found.filter((f) => !f.startsWith('invoices:'))).toEqual([]);
  expect(found).toContain('invoices: Wrzosowska'); // the check finds what is there
});
