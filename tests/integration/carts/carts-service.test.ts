// The carts service on real SQLite files: every transition with its order_events line and who
// did it, deadlines driven by an injected clock (also across a restart past them), releases
// serving the waitlist, combining across shows, cash on delivery, returns.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTx } from '../../../electron/core/store/sql';
import { StudioError } from '../../../shared/contract';
import { listNonPayments } from '../../../electron/core/store/customers';
import { assertStockInvariant, freeStock } from '../../../electron/core/store/stock';
import { MAX_ORDERS_PER_EVENT } from '../../../electron/core/commerce/publisher';
import { cartsHarness, eventsNamed, HOUR, T0, type Harness } from './harness';

const host = { actor: 'host' };
const moderator = { actor: 'mod-ola' };
let h: Harness;
afterEach(() => h?.close());

const ref = (cartId: number) => ({ cartId, version: h.carts.get(cartId).version });
const conflictOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof StudioError ? error.code : String(error);
  }
  return 'no error';
};

describe('carts: lines, payment and parcels', () => {
  it('one cart per buyer per show; each step is an order_events line with who did it; a stale version is a conflict', () => {
    h = cartsHarness({ stock: 5 });
    const [s, m] = h.variantIds as [number, number];
    h.claim(0, s, 1, 'SOLD A12 S');
    h.claim(0, m, 2, 'biorę A12 M x2');
    const cartId = h.cartOf(0);
    let cart = h.carts.get(cartId);
    expect(cart).toMatchObject({ state: 'open', linesHoldingStock: 2, units: 3, goodsMinor: 3 * 14900, totalMinor: 3 * 14900 });
    expect(cart.lines.map((l) => l.proof?.text)).toEqual(['SOLD A12 S', 'biorę A12 M x2']);
    expect(cart.lines[0]!.proof).toMatchObject({ platform: 'twitch', receivedAt: T0, sentAt: T0 - 100, deleted: false });

    const stale = cart.version;
    h.carts.setShipping({ cartId, version: cart.version, methodId: 'courier' }, host);
    expect(conflictOf(() => h.carts.setPaymentMethod({ cartId, version: stale, method: 'blik' }, host))).toBe('conflict');

    h.carts.setPaymentMethod({ ...ref(cartId), method: 'blik' }, host);
    h.now.value += HOUR;
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);
    cart = h.carts.get(cartId);
    expect(cart).toMatchObject({ state: 'awaiting_payment', shippingFeeMinor: 1899, totalMinor: 3 * 14900 + 1899 });
    expect(cart.deadlineAt).toBe(T0 + 25 * HOUR);
    expect(cart.reminderAt).toBe(T0 + 13 * HOUR);

    h.carts.markPaid({ carts: [ref(cartId)] }, moderator);
    h.carts.markPacked({ carts: [ref(cartId)] }, host);
    cart = h.carts.get(cartId);
    expect(cart.state).toBe('packed');
    const history = cart.history.map((e) => [e.kind, e.orderId === null ? null : 'line', e.fromState, e.toState, e.actor]);
    expect(history).toEqual([
      ['line', 'line', null, 'claimed', 'chat:twitch:u0'],
      ['line', 'line', null, 'claimed', 'chat:twitch:u0'],
      ['shipping', null, null, null, 'host'],
      ['payment_method', null, null, null, 'host'],
      ['payment_requested', null, null, null, 'host'],
      ['line', 'line', 'claimed', 'paid', 'mod-ola'],
      ['line', 'line', 'claimed', 'paid', 'mod-ola'],
      ['paid', null, null, null, 'mod-ola'],
      ['line', 'line', 'paid', 'packed', 'host'],
      ['line', 'line', 'paid', 'packed', 'host'],
    ]);
    expect(eventsNamed(h, 'carts.changed').at(-1)!.carts[0]).toMatchObject({ id: cartId, state: 'packed' });
    assertStockInvariant(h.temp.db);
  });

  it('edits, adds and removes lines; a removed line serves the waitlist first come first served', () => {
    h = cartsHarness({ stock: 2 });
    const [s, m] = h.variantIds as [number, number];
    h.claim(0, s, 2);
    const waiting1 = h.claim(1, s, 1);
    const waiting2 = h.claim(2, s, 1);
    const cartId = h.cartOf(0);
    const line = h.carts.get(cartId).lines[0]!;
    // One unit fewer: it goes to the first in line, at the regular price.
    h.carts.editLine({ ...ref(cartId), orderId: line.id, quantity: 1 }, host);
    expect(h.carts.get(h.cartOf(1)).lines[0]).toMatchObject({ id: waiting1, state: 'claimed', unitPriceMinor: 14900 });
    expect(h.carts.get(h.cartOf(2)).lines[0]).toMatchObject({ id: waiting2, state: 'waitlisted' });
    // A phone order added by hand, then removed: its stock goes back.
    const added = h.carts.addLine({ ...ref(cartId), productId: h.product.id, variantId: m, quantity: 1, note: 'phone' }, host);
    const phone = added.lines.find((l) => l.variantId === m)!;
    expect(phone).toMatchObject({ source: 'manual', state: 'claimed', proof: null });
    expect(freeStock(h.temp.db, m)).toBe(1);
    h.carts.removeLine({ ...ref(cartId), orderId: phone.id }, host);
    expect(freeStock(h.temp.db, m)).toBe(2);
    // Removing the remaining S line serves buyer 2.
    h.carts.removeLine({ ...ref(cartId), orderId: line.id }, host);
    expect(h.carts.get(h.cartOf(2)).lines[0]).toMatchObject({ state: 'claimed' });
    expect(h.carts.get(cartId).state).toBe('closed');
    assertStockInvariant(h.temp.db);
  });
});

describe('carts: payment deadlines (injected clock)', () => {
  it('reminder due at 12 h with its text; at 24 h unpaid lines are released, the waitlist promoted and the non-payment recorded', () => {
    h = cartsHarness({ stock: 1 });
    const [s] = h.variantIds as [number];
    h.claim(0, s);
    const waiting = h.claim(1, s);
    const cartId = h.cartOf(0);
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);

    expect(h.runUntil(T0 + 12 * HOUR)).toMatchObject({ reminders: [cartId], released: [] });
    const reminded = h.carts.get(cartId);
    expect(reminded.reminderDue).toBe(true);
    expect(reminded.reminderText).toContain('buyer0');
    expect(reminded.reminderText).toContain('149.00');

    expect(h.runUntil(T0 + 24 * HOUR)).toMatchObject({ reminders: [], released: [cartId] });
    const released = h.carts.get(cartId);
    expect(released.state).toBe('released');
    expect(released.lines[0]).toMatchObject({ state: 'released' });
    expect(released.history.filter((e) => e.actor === 'studio').map((e) => [e.kind, e.toState])).toEqual([
      ['line', 'released'],
      ['non_payment', null],
    ]);
    expect(released.customer.nonPayments).toBe(1);
    expect(h.carts.get(h.cartOf(1)).lines[0]).toMatchObject({ id: waiting, state: 'claimed' });
    assertStockInvariant(h.temp.db);
  });

  it('a sweep releasing more orders than one event carries announces orders.resync for the show; a promotion is still thanked', () => {
    const buyers = MAX_ORDERS_PER_EVENT / 2 + 10;
    h = cartsHarness({ stock: buyers, buyers: buyers + 1 });
    const [s, m] = h.variantIds as [number, number];
    const committed: ReadonlyMap<number, unknown>[] = [];
    h.events.internal.subscribe('commerce.committed', ({ orders }) => committed.push(orders));
    for (let b = 0; b < buyers; b++) {
      h.claim(b, s);
      h.claim(b, m);
    }
    const waiting = h.claim(buyers, s);
    const carts = Array.from({ length: buyers }, (_, b) => ref(h.cartOf(b)));
    h.carts.requestPayment({ carts }, host);
    h.heard.length = 0;
    committed.length = 0;

    expect(h.runUntil(T0 + 24 * HOUR).released).toHaveLength(buyers);
    expect(eventsNamed(h, 'orders.resync')).toEqual([{ showIds: [h.showId] }]);
    expect(eventsNamed(h, 'orders.changed')).toEqual([]);
    // The promoted waitlist line took its stock: the chat's thank-you and the ticker still get it.
    expect(h.carts.get(h.cartOf(buyers)).lines[0]).toMatchObject({ id: waiting, state: 'claimed' });
    expect(committed.some((orders) => orders.has(waiting))).toBe(true);
    expect(eventsNamed(h, 'carts.changed').flatMap((e) => e.carts.map((c) => c.id))).toEqual(
      expect.arrayContaining([...carts.map((c) => c.cartId), h.cartOf(buyers)]),
    );
    assertStockInvariant(h.temp.db);
  });

  it('never releases at start what fell due while the studio was closed: the seller confirms or keeps', () => {
    h = cartsHarness({ stock: 3 });
    const [s] = h.variantIds as [number];
    h.claim(0, s);
    h.claim(1, s);
    const [a, b] = [h.cartOf(0), h.cartOf(1)];
    h.carts.requestPayment({ carts: [ref(a), ref(b)] }, host);
    // Closed at T0 + 1 h, started again at T0 + 30 h.
    h.now.value = T0 + 30 * HOUR;
    h.restart();
    expect(h.sweeper.tick()).toMatchObject({ released: [] });
    expect(h.carts.get(a).lines[0]!.state).toBe('claimed');
    expect(h.carts.releasesDue().carts.map((c) => [c.id, c.releaseDue])).toEqual([
      [a, true],
      [b, true],
    ]);
    h.carts.confirmReleases({ carts: [ref(a)], action: 'release' }, moderator);
    h.carts.confirmReleases({ carts: [ref(b)], action: 'keep' }, moderator);
    expect(h.carts.get(a).state).toBe('released');
    expect(h.carts.get(b)).toMatchObject({ state: 'awaiting_payment', deadlineAt: null });
    expect(h.carts.releasesDue().carts).toEqual([]);
    expect(conflictOf(() => h.carts.confirmReleases({ carts: [ref(b)], action: 'release' }, moderator))).toBe('conflict');
  });

  it('with auto-release off, a deadline passing while running waits for the seller too', () => {
    h = cartsHarness();
    h.settings.deadlines.autoRelease = false;
    h.claim(0, h.variantIds[0]!);
    const cartId = h.cartOf(0);
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);
    expect(h.runUntil(T0 + 25 * HOUR)).toMatchObject({ released: [] });
    expect(h.carts.releasesDue().carts.map((c) => c.id)).toEqual([cartId]);
  });

  it('cash on delivery carts get no deadline and are never released', () => {
    h = cartsHarness();
    h.claim(0, h.variantIds[0]!);
    const cartId = h.cartOf(0);
    h.carts.setPaymentMethod({ ...ref(cartId), method: 'cash_on_delivery' }, host);
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);
    // Even a deadline written before the method changed is never swept.
    h.temp.db.prepare('UPDATE carts SET deadline_at = ? WHERE id = ?').run(T0 + HOUR, cartId);
    expect(h.runUntil(T0 + 100 * HOUR)).toMatchObject({ released: [] });
    expect(h.carts.releasesDue().carts).toEqual([]);
    const cart = h.carts.get(cartId);
    expect(cart).toMatchObject({ state: 'open', releaseDue: false, reminderDue: false });
    // It ships unpaid.
    h.carts.markPacked({ carts: [ref(cartId)] }, host);
    expect(h.carts.get(cartId).lines[0]!.state).toBe('packed');
  });

  it('paying after the release gets the line back when its stock is free, else names it for the seller', () => {
    h = cartsHarness({ stock: 1 });
    const [s, m] = h.variantIds as [number, number];
    h.claim(0, s);
    h.claim(0, m);
    h.claim(1, s); // waits for S
    const cartId = h.cartOf(0);
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);
    expect(h.runUntil(T0 + 24 * HOUR).released).toEqual([cartId]);
    expect(h.carts.get(cartId).customer.nonPayments).toBe(1);
    h.now.value += HOUR;
    const result = h.carts.markPaid({ carts: [ref(cartId)] }, host);
    const cart = h.carts.get(cartId);
    const lines = cart.lines;
    expect(result.restored).toEqual([lines[1]!.id]);
    const gone = { cartId, orderId: lines[0]!.id, productCode: 'A12', variantOptions: ['S'], quantity: 1, freeStock: 0 };
    expect(result.unrestored).toEqual([gone]);
    expect(lines.map((l) => l.state)).toEqual(['released', 'paid']);
    // The cart's page keeps naming the line that could not come back, after a reload too.
    expect(cart.unrestored).toEqual([gone]);
    expect(cart.history.at(-1)).toMatchObject({
      kind: 'paid',
      actor: 'host',
      reason: 'paid after the release: non-payment cleared; 1 line(s) could not be restored: stock gone',
    });
    // The buyer paid: the non-payment is made good (kept as history), and no longer counts.
    expect(cart.customer.nonPayments).toBe(0);
    expect(listNonPayments(h.temp.db, cart.customerId)).toEqual([
      expect.objectContaining({ cartId, lines: 2, clearedAt: T0 + 25 * HOUR, clearedBy: 'host', clearedReason: 'paid after the release' }),
    ]);
    assertStockInvariant(h.temp.db);
  });

  it('a paid cart whose later line was released names nothing as unrestored (the payment came before that release)', () => {
    h = cartsHarness({ stock: 2 });
    const [s] = h.variantIds as [number];
    h.claim(0, s);
    const cartId = h.cartOf(0);
    h.carts.markPaid({ carts: [ref(cartId)] }, host);
    h.now.value += HOUR;
    h.claim(0, s);
    h.carts.requestPayment({ carts: [ref(cartId)] }, host);
    h.runUntil(h.now.value + 24 * HOUR);
    const cart = h.carts.get(cartId);
    expect(cart.lines.map((l) => l.state)).toEqual(['paid', 'released']);
    expect(cart.unrestored).toEqual([]);
    expect(cart.customer.nonPayments).toBe(1);
  });

  it('a laptop that slept past a deadline does not release on waking: the seller confirms, as after a closed studio', () => {
    h = cartsHarness({ stock: 2 });
    const [s] = h.variantIds as [number];
    h.claim(0, s);
    h.claim(1, s);
    const [a, b] = [h.cartOf(0), h.cartOf(1)];
    h.carts.requestPayment({ carts: [ref(a)] }, host);
    h.now.value += 2 * HOUR;
    h.carts.requestPayment({ carts: [ref(b)] }, host);
    expect(h.runUntil(T0 + 10 * HOUR).released).toEqual([]);
    // Asleep from T0 + 10 h to T0 + 25 h 30 min: a's deadline (T0 + 24 h) fell due unwatched; b's (T0 + 26 h) will not.
    h.now.value = T0 + 25.5 * HOUR;
    const woke = h.sweeper.tick();
    expect(woke).toMatchObject({ released: [] });
    expect(h.carts.get(a).lines[0]!.state).toBe('claimed');
    expect(h.carts.releasesDue().carts.map((c) => [c.id, c.releaseDue])).toEqual([[a, true]]);
    expect(
      eventsNamed(h, 'carts.changed')
        .at(-1)!
        .carts.map((c) => c.id),
    ).toContain(a);
    // Running again, the studio releases b at its deadline and still leaves a to the seller.
    expect(h.runUntil(T0 + 27 * HOUR).released).toEqual([b]);
    expect(h.carts.get(a).lines[0]!.state).toBe('claimed');
    expect(h.carts.releasesDue().carts.map((c) => c.id)).toEqual([a]);
    h.carts.confirmReleases({ carts: [ref(a)], action: 'release' }, moderator);
    expect(h.carts.get(a).state).toBe('released');
    expect(h.carts.releasesDue().carts).toEqual([]);
    assertStockInvariant(h.temp.db);
  });

  it("waitlists end when the show's carts close (3 days after it ended)", () => {
    h = cartsHarness({ stock: 0 });
    const waiting = h.claim(0, h.variantIds[0]!);
    h.temp.db.prepare("UPDATE shows SET state = 'ended', ended_at = ? WHERE id = ?").run(T0 + HOUR, h.showId);
    expect(h.runUntil(T0 + HOUR + 3 * 24 * HOUR - 1)).toMatchObject({ waitlistsEnded: [] });
    h.now.value += 1;
    expect(h.sweeper.tick()).toMatchObject({ waitlistsEnded: [waiting] });
    expect(h.carts.get(h.cartOf(0)).lines[0]).toMatchObject({ state: 'cancelled' });
  });
});

describe('carts: combining and returns', () => {
  it("combines the same customer's open carts across shows into one parcel, charged shipping once", () => {
    h = cartsHarness({ stock: 5 });
    const [s, m] = h.variantIds as [number, number];
    h.claim(0, s);
    const first = h.cartOf(0);
    h.temp.db.prepare("UPDATE shows SET state = 'ended', ended_at = ? WHERE id = ?").run(T0, h.showId);
    const show2 = Number(
      h.temp.db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Tuesday', 'live', ?, ?)").run(T0, T0)
        .lastInsertRowid,
    );
    h.showId = show2;
    h.claim(0, m);
    h.claim(1, m);
    const second = h.cartOf(0);
    expect(second).not.toBe(first);
    h.carts.setShipping({ ...ref(first), methodId: 'courier' }, host);
    h.carts.setShipping({ ...ref(second), methodId: 'courier' }, host);
    expect(conflictOf(() => h.carts.combine({ into: ref(second), carts: [ref(h.cartOf(1))] }, host))).toBe('conflict');

    const combined = h.carts.combine({ into: ref(second), carts: [ref(first)] }, host);
    expect(combined).toMatchObject({ linesHoldingStock: 2, shippingFeeMinor: 1899, totalMinor: 2 * 14900 + 1899, combinedFrom: [first] });
    expect(combined.showIds.sort()).toEqual([h.showId - 1, h.showId].sort());
    expect(h.carts.get(first)).toMatchObject({ state: 'combined', combinedInto: second, linesHoldingStock: 0, shippingFeeMinor: 0 });
    expect(combined.history.filter((e) => e.kind === 'combined')).toHaveLength(1);
    // New lines of the first show's buyer go to the combined cart.
    h.showId = show2 - 1;
    h.now.value += 60_000;
    h.claim(0, s);
    expect(h.carts.get(second).linesHoldingStock).toBe(3);
    // Over the free-over threshold of the locker method, shipping is free.
    h.carts.setShipping({ ...ref(second), methodId: 'locker' }, host);
    expect(h.carts.get(second)).toMatchObject({ goodsMinor: 3 * 14900, shippingFeeMinor: 0 });
  });

  it('partial returns within 14 days, restock or write-off; later only by the seller’s choice; revenue takes refunds off', () => {
    h = cartsHarness({ stock: 5 });
    const [s] = h.variantIds as [number];
    h.claim(0, s, 3);
    const cartId = h.cartOf(0);
    h.carts.markPaid({ carts: [ref(cartId)] }, host);
    h.carts.markPacked({ carts: [ref(cartId)] }, host);
    const orderId = h.carts.get(cartId).lines[0]!.id;
    h.temp.db.prepare("UPDATE orders SET state = 'shipped' WHERE id = ?").run(orderId);
    h.temp.db
      .prepare(
        "INSERT INTO order_events (order_id, cart_id, from_state, to_state, actor, at) VALUES (?, ?, 'packed', 'shipped', 'host', ?)",
      )
      .run(orderId, cartId, T0);
    h.now.value = T0 + 5 * 24 * HOUR;
    h.carts.returnLine({ ...ref(cartId), orderId, quantity: 1, refundMinor: 14900, stock: 'restock', late: false }, host);
    expect(freeStock(h.temp.db, s)).toBe(3);
    let line = h.carts.get(cartId).lines[0]!;
    expect(line).toMatchObject({ state: 'shipped', returnedQuantity: 1, refundMinor: 14900, returnableUntil: T0 + 14 * 24 * HOUR });
    expect(h.carts.get(cartId)).toMatchObject({ units: 2, goodsMinor: 3 * 14900, refundMinor: 14900 });

    h.now.value = T0 + 15 * 24 * HOUR;
    expect(
      conflictOf(() => h.carts.returnLine({ ...ref(cartId), orderId, quantity: 1, refundMinor: 0, stock: 'restock', late: false }, host)),
    ).toBe('conflict');
    h.carts.returnLine({ ...ref(cartId), orderId, quantity: 2, refundMinor: 20000, stock: 'write_off', late: true, reason: 'torn' }, host);
    line = h.carts.get(cartId).lines[0]!;
    expect(line).toMatchObject({ state: 'returned', returnedQuantity: 3, refundMinor: 34900 });
    expect(freeStock(h.temp.db, s)).toBe(3);
    expect(h.temp.db.prepare("SELECT delta, reason FROM stock_movements WHERE reason = 'write_off'").all()).toEqual([
      { delta: -2, reason: 'write_off' },
    ]);
    expect(h.carts.get(cartId).state).toBe('closed');
    assertStockInvariant(h.temp.db);
  });
});

describe("carts: the Review table's list, kept between identical reads", () => {
  it('is true after every kind of write: a claim, a payment, a rename by another process, a rolled-back change', () => {
    h = cartsHarness({ stock: 5 });
    const [s] = h.variantIds as [number];
    const list = () => h.carts.list({ showId: h.showId, offset: 0, limit: 50 } as never);
    const names = () => list().carts.map((c) => c.buyer.name);
    h.claim(0, s);
    h.claim(1, s);
    const first = list();
    expect(first.total).toBe(2);
    expect(first.counts.open).toBe(2);
    expect(list()).toEqual(first); // kept: nothing was written in between

    h.claim(2, s);
    expect(list().total).toBe(3);

    h.carts.markPaid({ carts: [ref(h.cartOf(1))] }, host);
    expect(list().counts).toMatchObject({ open: 2, paid: 1 });
    expect(list().carts.find((c) => c.id === h.cartOf(1))!.state).toBe('paid');

    // Another process renames the first buyer so that it sorts last: the list follows (SQLite's data_version).
    const before = names();
    const other = new Database(h.temp.file);
    try {
      other.prepare("UPDATE buyers SET display_name = 'zz last' WHERE id = ?").run(h.buyers[0]);
    } finally {
      other.close();
    }
    expect(names()).toEqual([...before.slice(1), 'zz last']);

    // A change that rolls back after the list was read inside it leaves the list as it was before.
    const settled = list();
    expect(() =>
      writeTx(h.temp.db, () => {
        h.temp.db.prepare('UPDATE orders SET state = ? WHERE cart_id = ?').run('cancelled', h.cartOf(2));
        expect(list().counts.open).toBe(1);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(list()).toEqual(settled);
  });
});
