// `studio export --what customers` reads every customer's figures in one statement
// (listAllCustomerSummaries); the customers list reads them a page of ids at a time
// (listCustomerSummaries). On a real file with merged customers (several buyers and platforms
// each), tags, a discount, a non-payment, an erased customer, chat in two shows and order lines in
// every state, both give the same rows, by name.
import { afterEach, expect, it } from 'vitest';
import { listAllCustomerSummaries, listCustomerSummaries } from '../../../electron/core/store/customers';
import { customersHarness, type CustomersHarness } from './harness';

const host = { actor: 'host' };
let h: CustomersHarness;
afterEach(() => h?.close());

it('gives the same customers and figures as the paged list', () => {
  h = customersHarness({ stock: 9 });
  const db = h.temp.db;
  const [s, m] = h.variantIds as [number, number];
  db.prepare("UPDATE buyers SET platform = 'youtube', display_name = 'Ąnna' WHERE id = ?").run(h.buyers[1]);
  h.claim(0, s, 2, 'SOLD A12 S x2');
  h.claim(1, m, 1, 'biorę A12 M');
  h.claim(2, m, 1, 'SOLD A12 M');
  h.say(0, 'hello');
  h.say(3, 'pytanie o wysyłkę');
  // A second show, where buyer 2 only writes.
  const second = Number(
    db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Second', 'ended', ?, ?)").run(h.now.value, h.now.value)
      .lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO chat_messages (show_id, platform, platform_message_id, channel, buyer_id, text, received_at) VALUES (?, 'twitch', 'x1', 'shop', ?, 'hi again', ?)`,
  ).run(second, h.buyers[2], h.now.value);
  const cancelled = h.claim(2, s, 1, 'SOLD A12 S');
  db.prepare("UPDATE orders SET state = 'cancelled' WHERE id = ?").run(cancelled);
  const mergedAway = h.customerOf(1);
  h.customers.merge({ intoId: h.customerOf(0), fromId: mergedAway }, host);
  h.customers.setTags({ customerId: h.customerOf(0), add: ['VIP', 'Kraków'], remove: [] }, host);
  h.customers.setDiscount({ customerId: h.customerOf(0), percent: 10 }, host);
  db.prepare(
    "INSERT INTO non_payments (cart_id, buyer_id, customer_id, show_id, lines, amount_minor, actor, at) VALUES (?, ?, ?, ?, 1, 14900, 'sweeper', ?)",
  ).run(h.cartOf(2), h.buyers[2], h.customerOf(2), h.showId, h.now.value);
  h.customers.erase(
    {
      customerId: h.customerOf(3),
      confirmName: db.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(h.customerOf(3)) as string,
    },
    host,
  );
  db.prepare("INSERT INTO customers (name, created_at) VALUES ('Nobody yet', ?)").run(h.now.value);

  const paged = listCustomerSummaries(db, { sort: 'name', offset: 0, limit: -1 });
  const all = listAllCustomerSummaries(db);
  expect(all).toEqual(paged.rows);
  expect(all).toHaveLength(paged.total);
  // The rows are varied (the comparison means something): a merged customer with two platforms and tags, a non-payer, an erased one.
  expect(all.find((r) => r.id === h.customerOf(0))).toMatchObject({
    platforms: ['twitch', 'youtube'],
    tags: ['Kraków', 'vip'],
    discountPercent: 10,
    orders: 2,
    lifetimeSpendMinor: 3 * 14900,
  });
  expect(all.find((r) => r.id === h.customerOf(2))).toMatchObject({ nonPayments: 1, shows: 2, orders: 1 });
  expect(all.some((r) => r.erasedAt !== null)).toBe(true);
  expect(all.map((r) => r.id)).not.toContain(mergedAway);
});
