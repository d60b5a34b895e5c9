// The Review table's page is worked out in SQL (store/carts.ts listCartPage: each cart's state from
// its lines, the counts per state, the state filter, the order and the page). These properties hold
// it to the JS definition it replaces: every cart built with buildCarts (cartState over its lines,
// shared/domain), counted, filtered, sorted by buyer name then id and sliced — on varied shows of
// carts in every state (combined carts, cash on delivery, returns, lines from other shows).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CartStateSchema, OrderStateSchema, PaymentMethodSchema, type CartState, type OrderState } from '../../../shared/contract';
import { buildCarts } from '../../../electron/core/carts/views';
import { listCartHeaders, listCartPage, type CartHeaderFilter } from '../../../electron/core/store/carts';
import type { Db } from '../../../electron/core/store/db';
import { tempDatabase } from '../../support/temp-db';

const T0 = 1_700_000_000_000;
const NAMES = ['anna', 'Anna', 'bob', 'Ćma', 'Żaneta', 'ülkü', 'Әсел', 'zed', 'Bob'];
const PLATFORMS = ['twitch', 'youtube', 'tiktok'] as const;

interface LineSpec {
  state: OrderState;
  quantity: number;
  returned: number;
  price: number | null;
  refund: number;
  otherShow: boolean;
}
interface CartSpec {
  show: number;
  buyer: number;
  combineInto: number | null;
  requested: boolean;
  method: (typeof PaymentMethodSchema.options)[number] | null;
  lines: LineSpec[];
}

const lineArb: fc.Arbitrary<LineSpec> = fc.record({
  state: fc.constantFrom(...OrderStateSchema.options),
  quantity: fc.integer({ min: 1, max: 3 }),
  returned: fc.nat(3),
  price: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  refund: fc.nat(2_000),
  otherShow: fc.boolean(),
});
const cartArb: fc.Arbitrary<CartSpec> = fc.record({
  show: fc.nat(2),
  buyer: fc.nat(NAMES.length - 1),
  combineInto: fc.option(fc.nat(20), { nil: null, freq: 4 }),
  requested: fc.boolean(),
  method: fc.option(fc.constantFrom(...PaymentMethodSchema.options), { nil: null }),
  lines: fc.array(lineArb, { maxLength: 5 }),
});

const database = tempDatabase('lss-cart-page-');
const db: Db = database.db;
afterAll(() => database.remove());

/** Three shows, the buyers and one product with a variant; the carts come from each run (rolled back after it). */
function base() {
  const p = db
    .prepare(`INSERT INTO products (handle, code, title, option1_name, created_at, updated_at) VALUES ('h', 'A12', 'Dress', 'Size', ?, ?)`)
    .run(T0, T0).lastInsertRowid;
  const v = db
    .prepare(
      `INSERT INTO variants (product_id, position, option1, price_minor, stock, created_at, updated_at) VALUES (?, 0, 'M', 100, 0, ?, ?)`,
    )
    .run(p, T0, T0).lastInsertRowid;
  const shows = [0, 1, 2].map((i) =>
    Number(
      db.prepare(`INSERT INTO shows (title, state, created_at, started_at) VALUES (?, 'ended', ?, ?)`).run(`show ${i}`, T0, T0)
        .lastInsertRowid,
    ),
  );
  const buyers = NAMES.map((name, i) =>
    Number(
      db
        .prepare(`INSERT INTO buyers (platform, platform_user_id, display_name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)`)
        .run(PLATFORMS[i % PLATFORMS.length], `u${i}`, name, T0, T0).lastInsertRowid,
    ),
  );
  return { productId: Number(p), variantId: Number(v), shows, buyers };
}

function seed(specs: CartSpec[]) {
  const { productId, variantId, shows, buyers } = base();
  const cartIds: number[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = `${spec.show}/${spec.buyer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cartId = Number(
      db
        .prepare(
          `INSERT INTO carts (show_id, buyer_id, payment_method, payment_requested_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(shows[spec.show], buyers[spec.buyer], spec.method, spec.requested ? T0 : null, T0, T0).lastInsertRowid,
    );
    const into = spec.combineInto === null ? undefined : cartIds[spec.combineInto % Math.max(1, cartIds.length)];
    if (into !== undefined) db.prepare('UPDATE carts SET combined_into = ? WHERE id = ?').run(into, cartId);
    cartIds.push(cartId);
    for (const l of spec.lines) {
      const returned = l.state === 'returned' ? l.quantity : Math.min(l.returned, l.quantity);
      const noVariant = ['needs_details', 'cancelled', 'held'].includes(l.state) && l.price === null;
      db.prepare(
        `INSERT INTO orders (show_id, cart_id, buyer_id, product_id, variant_id, quantity, unit_price_minor, currency, state, hold_reason,
                             returned_quantity, refund_minor, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'PLN', ?, ?, ?, ?, 'chat', ?, ?)`,
      ).run(
        shows[l.otherShow ? (spec.show + 1) % shows.length : spec.show],
        cartId,
        buyers[spec.buyer],
        productId,
        noVariant ? null : variantId,
        l.quantity,
        l.price,
        l.state,
        l.state === 'held' ? 'low_confidence' : null,
        returned,
        l.refund,
        T0,
        T0,
      );
    }
  }
  return { shows };
}

/** The definition listCartPage replaces: build every matching cart in JS, count, filter, sort, slice. */
function reference(filter: CartHeaderFilter, states: readonly CartState[] | undefined, offset: number, limit: number) {
  const all = buildCarts(db, listCartHeaders(db, filter), T0);
  const counts = Object.fromEntries(CartStateSchema.options.map((s) => [s, 0])) as Record<CartState, number>;
  for (const c of all) counts[c.state] += 1;
  const matching = states ? all.filter((c) => states.includes(c.state)) : all;
  return { ids: matching.slice(offset, offset + limit).map((c) => c.id), total: matching.length, counts };
}

function inRollback(work: () => void) {
  db.exec('BEGIN');
  try {
    work();
  } finally {
    db.exec('ROLLBACK');
  }
}

describe('carts.list in SQL (listCartPage) gives what the JS definition gives', () => {
  it('the same states, counts per state, totals and pages, under every filter', () => {
    fc.assert(
      fc.property(
        fc.array(cartArb, { maxLength: 24 }),
        fc.record({
          show: fc.option(fc.nat(2), { nil: undefined }),
          platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: undefined, freq: 3 }),
          method: fc.option(fc.option(fc.constantFrom(...PaymentMethodSchema.options), { nil: null }), { nil: undefined, freq: 3 }),
          search: fc.option(fc.constantFrom('an', 'B', 'ć', 'A12', '%', 'u1'), { nil: undefined, freq: 3 }),
          states: fc.option(fc.uniqueArray(fc.constantFrom(...CartStateSchema.options), { minLength: 1 }), { nil: undefined }),
          offset: fc.nat(10),
          limit: fc.integer({ min: 1, max: 12 }),
        }),
        (specs, f) =>
          inRollback(() => {
            const { shows } = seed(specs);
            const filter: CartHeaderFilter = {
              showId: f.show === undefined ? undefined : shows[f.show],
              platform: f.platform,
              paymentMethod: f.method,
              search: f.search,
            };
            const got = listCartPage(db, filter, { states: f.states, offset: f.offset, limit: f.limit });
            expect(got).toEqual(reference(filter, f.states, f.offset, f.limit));
          }),
      ),
      { numRuns: 300 },
    );
  });

  it('each cart state is reached by some fixture (the property above is not vacuous)', () => {
    inRollback(() => {
      const line = (state: OrderState): LineSpec => ({ state, quantity: 1, returned: 0, price: 100, refund: 0, otherShow: false });
      const cart = (buyer: number, lines: LineSpec[], more: Partial<CartSpec> = {}): CartSpec => ({
        show: 0,
        buyer,
        combineInto: null,
        requested: false,
        method: null,
        lines,
        ...more,
      });
      seed([
        cart(0, [line('claimed')]),
        cart(1, [line('claimed')], { requested: true }),
        cart(2, [line('paid'), line('shipped')]),
        cart(3, [line('packed')]),
        cart(4, [line('shipped')]),
        cart(5, [line('released'), line('cancelled')]),
        cart(6, [line('cancelled')]),
        cart(7, [line('claimed')], { combineInto: 0 }),
      ]);
      const got = listCartPage(db, {}, { offset: 0, limit: 100 });
      expect(got.counts).toEqual({ open: 1, awaiting_payment: 1, paid: 1, packed: 1, shipped: 1, released: 1, closed: 1, combined: 1 });
      expect(got).toEqual(reference({}, undefined, 0, 100));
    });
  });
});
