// Customers on a real SQLite file: merge and unmerge keep every link and cart, do-not-sell claims
// are held, VIP terms price the next lines, reports follow the current links, erasure leaves the
// amounts and no personal data in the file (after a checkpoint, search index included), and chat
// search folds Latin letters (ł too) while Cyrillic and Kazakh stay as written.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/contract';
import { customerFirstShow, newAndReturningCustomers } from '../../../electron/core/store/customers';
import { freeStock } from '../../../electron/core/store/stock';
import { openDatabase } from '../../../electron/core/store/db';
import { eventsNamed } from '../carts/harness';
import { customersHarness, type CustomersHarness } from './harness';

const host = { actor: 'host' };
const moderator = { actor: 'mod-ola' };
let h: CustomersHarness;
afterEach(() => h?.close());

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof StudioError ? `${error.code}: ${error.message}` : String(error);
  }
  return 'no error';
};

/** Every link a merge may touch, as rows: buyers -> customer, carts, orders (cart, buyer, state, money), non-payments. */
function links(h: CustomersHarness) {
  const db = h.temp.db;
  return {
    buyers: db.prepare('SELECT id, customer_id FROM buyers ORDER BY id').all(),
    carts: db.prepare('SELECT id, show_id, buyer_id, combined_into FROM carts ORDER BY id').all(),
    orders: db.prepare('SELECT id, cart_id, buyer_id, state, quantity, unit_price_minor FROM orders ORDER BY id').all(),
    nonPayments: db.prepare('SELECT id, cart_id, buyer_id, customer_id FROM non_payments ORDER BY id').all(),
    customers: db.prepare('SELECT id, name, email, phone, note, merged_into, discount_percent FROM customers ORDER BY id').all(),
    tags: db.prepare('SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag').all(),
    prices: db.prepare('SELECT * FROM customer_prices ORDER BY customer_id, product_id').all(),
  };
}

describe('customers: merge and unmerge', () => {
  it('suggests the same person (name, phone, e-mail), merges with carts following, and unmerges to exactly the links before', () => {
    h = customersHarness({ stock: 5 });
    const db = h.temp.db;
    const [s, m] = h.variantIds as [number, number];
    // buyer1 is anna on YouTube; buyer0 is anna on Twitch.
    db.prepare("UPDATE buyers SET platform = 'youtube', display_name = 'Anna K' WHERE id = ?").run(h.buyers[1]);
    db.prepare("UPDATE buyers SET display_name = 'anna k' WHERE id = ?").run(h.buyers[0]);
    const [a, b, c] = [h.customerOf(0), h.customerOf(1), h.customerOf(2)];
    h.customers.update({ customerId: a, phone: '+48 600 100 200' }, host);
    h.customers.update({ customerId: b, phone: '600-100-200', email: 'anna@example.pl', note: 'prefers lockers' }, host);
    h.customers.update({ customerId: c, email: 'ANNA@example.pl' }, host);
    h.customers.setTags({ customerId: b, add: ['VIP', 'Kraków'], remove: [] }, host);
    h.customers.setPrice({ customerId: b, productId: h.product.id, priceMinor: 12000 }, host);
    h.claim(0, s, 1, 'SOLD A12 S');
    h.claim(1, m, 1, 'biorę A12 M');
    h.claim(2, m, 1, 'SOLD A12 M');

    const suggested = h.customers.get(a).suggestions.map((x) => [x.customer.id, x.reasons.sort()]);
    expect(suggested).toEqual([[b, ['name', 'phone']]]);
    expect(h.customers.get(b).suggestions.map((x) => [x.customer.id, x.reasons.sort()])).toEqual([
      [a, ['name', 'phone']],
      [c, ['email']],
    ]);

    const before = links(h);
    const page = h.customers.merge({ intoId: a, fromId: b }, host);
    expect(page.customer.identities.map((i) => i.platform)).toEqual(['twitch', 'youtube']);
    expect(page.customer.platforms).toEqual(['twitch', 'youtube']);
    expect(page.customer.tags).toEqual(['Kraków', 'vip']);
    expect(page.email).toBe('anna@example.pl');
    expect(page.phone).toBe('+48 600 100 200');
    expect(page.note).toBe('prefers lockers');
    expect(page.carts.map((x) => x.id).sort()).toEqual([h.cartOf(0), h.cartOf(1)].sort());
    expect(page.orders).toHaveLength(2);
    expect(page.priceList.map((p) => p.priceMinor)).toEqual([12000]);
    expect(h.customers.list({ sort: 'name', offset: 0, limit: 100 }).customers.map((x) => x.id)).not.toContain(b);
    expect(codeOf(() => h.customers.get(b))).toMatch(/^not_found: .*merged into customer/);
    // The open carts follow: they were published again (carts.changed) with the merged customer.
    const changed = eventsNamed(h, 'carts.changed').flatMap((e) => e.carts);
    expect(changed.filter((x) => x.id === h.cartOf(1)).at(-1)?.customerId).toBe(a);
    // The two carts of one person can now be combined into one parcel.
    expect(h.customerOf(1)).toBe(a);

    const unmerged = h.customers.unmerge({ mergeId: page.merges[0]!.id }, host);
    expect(unmerged.customer.identities.map((i) => i.buyerId)).toEqual([h.buyers[0]]);
    expect(unmerged.merges).toEqual([]);
    expect(links(h)).toEqual(before);
    expect(h.customers.get(b).customer.tags).toEqual(['Kraków', 'vip']);
    expect(codeOf(() => h.customers.unmerge({ mergeId: page.merges[0]!.id }, host))).toMatch(/^conflict: .*already undone/);
  });

  it('keeps what the seller changed after a merge when it is undone, and refuses to split a combined cart', () => {
    h = customersHarness({ stock: 5 });
    const [s, m] = h.variantIds as [number, number];
    const [a, b] = [h.customerOf(0), h.customerOf(1)];
    h.customers.update({ customerId: b, email: 'b@example.kz' }, host);
    h.claim(0, s, 1);
    h.claim(1, m, 1);
    const merged = h.customers.merge({ intoId: a, fromId: b }, host);
    h.customers.update({ customerId: a, email: 'new@example.kz' }, host);
    const ref = (cartId: number) => ({ cartId, version: h.carts.get(cartId).version });
    h.carts.combine({ into: ref(h.cartOf(0)), carts: [ref(h.cartOf(1))] }, host);
    expect(codeOf(() => h.customers.unmerge({ mergeId: merged.merges[0]!.id }, host))).toMatch(/^conflict: Cart \d+ holds lines of both/);
    expect(h.customerOf(1)).toBe(a); // nothing half-done
    expect(codeOf(() => h.customers.merge({ intoId: a, fromId: a }, host))).toMatch(/^invalid_input/);
    expect(codeOf(() => h.customers.merge({ intoId: a, fromId: b }, host))).toMatch(/^conflict: Customer \d+ was merged into/);
  });
});

describe('customers: do-not-sell, VIP terms', () => {
  it('holds a do-not-sell claim without stock for a person to accept or refuse', () => {
    h = customersHarness({ stock: 2 });
    const [s] = h.variantIds as [number, number];
    h.customers.setTags({ customerId: h.customerOf(2), add: ['do-not-sell'], remove: [] }, moderator);
    expect(h.customers.get(h.customerOf(2)).customer.tags).toEqual(['do_not_sell']);
    const first = h.claim(2, s, 1, 'SOLD A12 S');
    const held = h.customers.get(h.customerOf(2)).orders[0]!;
    expect(held).toMatchObject({ id: first, state: 'held', holdReason: 'do_not_sell' });
    expect(freeStock(h.temp.db, s)).toBe(2);
    expect(eventsNamed(h, 'orders.changed').some((e) => e.orders.some((o) => o.id === first && o.state === 'held'))).toBe(true);

    expect(h.customers.decideHeld({ orderId: first, accept: true }, moderator).order).toMatchObject({ state: 'claimed', holdReason: null });
    expect(freeStock(h.temp.db, s)).toBe(1);
    h.now.value += 60_000;
    const second = h.claim(2, s, 1, 'SOLD A12 S');
    expect(h.customers.decideHeld({ orderId: second, accept: false }, moderator).order.state).toBe('cancelled');
    expect(freeStock(h.temp.db, s)).toBe(1);
    expect(codeOf(() => h.customers.decideHeld({ orderId: second, accept: true }, moderator))).toMatch(/^conflict/);
    // A staff member's own line for the customer is their decision: not held.
    const staff = h.customers.get(h.customerOf(2)).orders.map((o) => o.holdReason);
    expect(staff).toEqual([null, null]);
  });

  it('prices the next lines with the VIP discount or the price list, never above a running deal', () => {
    h = customersHarness({ stock: 5 });
    const [s, m] = h.variantIds as [number, number];
    h.customers.setDiscount({ customerId: h.customerOf(0), percent: 10 }, host);
    h.customers.setPrice({ customerId: h.customerOf(1), productId: h.product.id, priceMinor: 9900 }, host);
    h.claim(0, s, 1);
    h.claim(1, m, 1);
    h.claim(3, m, 1);
    const price = (b: number) => h.customers.get(h.customerOf(b)).orders[0]!.unitPriceMinor;
    expect([price(0), price(1), price(3)]).toEqual([13410, 9900, 14900]);
    expect(codeOf(() => h.customers.setDiscount({ customerId: h.customerOf(0), percent: 95 }, host))).not.toBe('no error');
  });
});

describe('customers: reports follow the links', () => {
  it('a merge makes a later show’s first-time buyer returning; the unmerge makes them new again', () => {
    h = customersHarness({ stock: 5 });
    const db = h.temp.db;
    const [s] = h.variantIds as [number, number];
    const first = h.showId;
    h.claim(0, s, 1);
    db.prepare("UPDATE shows SET state = 'ended', ended_at = ? WHERE id = ?").run(h.now.value, first);
    h.now.value += 86_400_000;
    const second = Number(
      db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Next', 'live', ?, ?)").run(h.now.value, h.now.value)
        .lastInsertRowid,
    );
    h.showId = second;
    h.claim(1, s, 1);
    h.claim(0, s, 1);
    const [a, b] = [h.customerOf(0), h.customerOf(1)];
    expect(newAndReturningCustomers(db, second)).toEqual({ newCustomers: [b], returningCustomers: [a] });
    expect(customerFirstShow(db, b)).toBe(second);
    const merged = h.customers.merge({ intoId: a, fromId: b }, host);
    expect(newAndReturningCustomers(db, second)).toEqual({ newCustomers: [], returningCustomers: [a] });
    expect(newAndReturningCustomers(db, first)).toEqual({ newCustomers: [a], returningCustomers: [] });
    h.customers.unmerge({ mergeId: merged.merges[0]!.id }, host);
    expect(newAndReturningCustomers(db, second)).toEqual({ newCustomers: [b], returningCustomers: [a] });
  });
});

describe('customers: personal data', () => {
  it('exports everything about one customer as JSON', () => {
    h = customersHarness({ stock: 5 });
    const [s] = h.variantIds as [number, number];
    h.customers.update({ customerId: h.customerOf(0), email: 'ola@example.pl', note: 'VIP from Gdańsk' }, host);
    h.say(0, 'Dzień dobry, ile kosztuje A12?');
    h.claim(0, s, 1, 'biorę A12 S');
    const { fileName, json } = h.customers.export({ customerId: h.customerOf(0) }.customerId, host);
    expect(fileName).toBe(`customer-${h.customerOf(0)}.json`);
    const doc = JSON.parse(json);
    expect(doc.format).toBe('live-shopping-studio.customer/1');
    expect(doc.customer).toMatchObject({ email: 'ola@example.pl', note: 'VIP from Gdańsk', lifetimeSpendMinor: 14900, currency: 'PLN' });
    expect(doc.chatMessages.map((x: { text: string }) => x.text)).toEqual(['Dzień dobry, ile kosztuje A12?', 'biorę A12 S']);
    expect(doc.orders).toHaveLength(1);
    expect(doc.orderHistory[0]).toMatchObject({ toState: 'claimed', actor: 'chat:twitch:u0' });
    expect(h.customers.get(h.customerOf(0)).history[0]).toMatchObject({ kind: 'exported', actor: 'host' });
  });

  it('erases names, contact, chat text (FTS included) from the file, keeps order lines and amounts, and logs it in order_events', () => {
    h = customersHarness({ stock: 5 });
    const db = h.temp.db;
    const [s] = h.variantIds as [number, number];
    const who = h.customerOf(0);
    db.prepare("UPDATE buyers SET display_name = 'Zuzanna Wrzosowska', platform_user_id = 'zuzannawrzos' WHERE id = ?").run(h.buyers[0]);
    h.customers.update({ customerId: who, name: 'Zuzanna Wrzosowska', email: 'zuzanna.wrzos@example.pl', phone: '+48 601 777 888' }, host);
    db.prepare('UPDATE customers SET address = ? WHERE id = ?').run(
      JSON.stringify({ name: 'Zuzanna Wrzosowska', line1: 'ul. Jaśminowa 17', postalCode: '90-001', city: 'Łódź', country: 'PL' }),
      who,
    );
    h.say(0, 'Mieszkam przy Jaśminowej, paczkomat ŁÓD17X proszę');
    const orderId = h.claim(0, s, 2, 'biorę A12 S x2 dla Zuzanny');
    h.say(1, 'ktoś jeszcze z Jaśminowej?'); // another customer's message stays
    expect(h.customers.search({ query: 'jasminowej', limit: 100 }).hits).toHaveLength(2);

    expect(codeOf(() => h.customers.erase({ customerId: who, confirmName: 'Zuzanna' }, host))).toMatch(/^invalid_input: Type the customer/);
    const page = h.customers.erase({ customerId: who, confirmName: 'Zuzanna Wrzosowska' }, host);
    expect(page.customer).toMatchObject({ erased: true, lifetimeSpendMinor: 2 * 14900, orders: 1 });
    expect(page.customer.name).toMatch(/^Erased customer #\d+$/);
    expect([page.email, page.phone, page.address]).toEqual([null, null, null]);
    expect(page.orders[0]).toMatchObject({ id: orderId, quantity: 2, unitPriceMinor: 14900, state: 'claimed', messageText: '' });
    expect(h.customers.search({ query: 'jasminowej', limit: 100 }).hits.map((x) => x.buyerId)).toEqual([h.buyers[1]]);
    expect(h.customers.search({ query: 'zuzanny', limit: 100 }).hits).toEqual([]);
    const events = db.prepare('SELECT actor, reason FROM order_events WHERE order_id = ? ORDER BY id').all(orderId) as {
      actor: string;
      reason: string | null;
    }[];
    expect(events.at(-1)).toEqual({ actor: 'host', reason: expect.stringMatching(/personal data erased/) });
    expect(events.every((e) => !e.actor.includes('u0'))).toBe(true);
    expect(codeOf(() => h.customers.setTags({ customerId: who, add: ['vip'], remove: [] }, host))).toMatch(/^conflict: .*erased/);

    // On disk: the database file and its WAL after the erasure's checkpoint hold none of it.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat([
      fs.readFileSync(h.temp.file),
      fs.existsSync(`${h.temp.file}-wal`) ? fs.readFileSync(`${h.temp.file}-wal`) : Buffer.alloc(0),
    ]);
    for (const secret of [
      'Wrzosowska',
      'wrzosowska',
      'zuzannawrzos',
      'zuzanna.wrzos',
      '601 777 888',
      'Jaśminowa 17',
      'ŁÓD17X',
      'lod17x',
      'zuzanny',
      'paczkomat',
    ])
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    // The other customer's words are still there (the check can find what is present).
    expect(bytes.includes(Buffer.from('ktoś jeszcze z Jaśminowej', 'utf8'))).toBe(true);
    // And a reopened file agrees.
    db.close();
    const again = openDatabase({ file: h.temp.file });
    expect(again.prepare('SELECT count(*) AS n FROM chat_search WHERE chat_search MATCH ?').get('"zuzanny"')).toEqual({ n: 0 });
    again.close();
  });
});

describe('chat search', () => {
  it('folds ł ą ż and other Latin letters, keeps Cyrillic and Kazakh as written, and filters by show, platform, customer and intent', () => {
    h = customersHarness({ stock: 5 });
    const [s] = h.variantIds as [number, number];
    const lodz = h.say(0, 'Wysyłka do Łodzi? Żółta w rozmiarze M');
    const rus = h.say(1, 'Доставка в Алматы есть?', 'youtube');
    const kaz = h.say(2, 'Маған А12 қызыл керек, Қазақстанға жеткізу бар ма?');
    const claim = h.claim(3, s, 1, 'SOLD A12 S żółta');
    const seqOfClaim = (h.temp.db.prepare('SELECT source_message_seq AS q FROM orders WHERE id = ?').get(claim) as { q: number }).q;
    const find = (query: string, more: object = {}) => h.customers.search({ query, limit: 100, ...more }).hits.map((x) => x.seq);

    expect(find('lodzi')).toEqual([lodz]);
    expect(find('łodzi')).toEqual([lodz]);
    expect(find('LODZ')).toEqual([lodz]);
    expect(find('wysylka')).toEqual([lodz]);
    expect(find('zolta')).toEqual([seqOfClaim, lodz]);
    expect(find('żółta')).toEqual([seqOfClaim, lodz]);
    expect(find('алматы')).toEqual([rus]);
    expect(find('Алматы')).toEqual([rus]);
    expect(find('қызыл')).toEqual([kaz]);
    expect(find('кызыл')).toEqual([]); // Kazakh қ is not Russian к
    expect(find('Қазақстан')).toEqual([kaz]);
    expect(find('zolta', { intent: 'order' })).toEqual([seqOfClaim]);
    expect(find('zolta', { intent: 'other' })).toEqual([lodz]);
    expect(find('доставка', { platform: 'youtube' })).toEqual([rus]);
    expect(find('доставка', { platform: 'twitch' })).toEqual([]);
    expect(find('zolta', { customerId: h.customerOf(0) })).toEqual([lodz]);
    expect(find('zolta', { showId: h.showId + 1 })).toEqual([]);
    expect(find('"); DROP TABLE chat_messages; --')).toEqual([]);
    expect(find('   ')).toEqual([]);
    const hit = h.customers.search({ query: 'lodzi', limit: 100 }).hits[0]!;
    expect(hit).toMatchObject({
      showId: h.showId,
      showTitle: 'Live',
      platform: 'twitch',
      buyerName: 'buyer0',
      intent: 'other',
      at: h.now.value,
    });
  });
});
