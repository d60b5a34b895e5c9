// A draft show is a rehearsal (issue 16): its claims are test orders, discarded when the show goes live.
// Money recorded on such a cart once made going live fail with SQLite's foreign key error (the contract
// fuzz found it on CI): a payment there is refused with its own message, and nothing is written.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dispatchCommand } from '../../../electron/core/server/dispatch';
import { cartFor } from '../../../electron/core/store/carts';
import { startTestStudio } from '../../support/studio';

let studio: Awaited<ReturnType<typeof startTestStudio>>;
beforeAll(async () => {
  studio = await startTestStudio();
});
afterAll(async () => {
  await studio?.dispose();
});

const call = (name: string, input: unknown, role: 'host' | 'moderator') =>
  dispatchCommand(studio.handlers, name, input, { role, actor: role, tokenId: 1 }, { checkOutputs: true });

it('a payment on a rehearsal cart, or combining it, is refused, nothing is written, and the show goes live', async () => {
  const show = studio.services.shows.current()!;
  expect(show.state).toBe('draft');
  const product = studio.services.catalog.list().products[0]!;
  const order = await call('orders.create', { buyerName: 'Ala', productId: product.id, variantId: product.variants[0]!.id }, 'moderator');
  if (!order.ok) throw new Error(JSON.stringify(order.error));
  const cartId = studio.db
    .prepare('SELECT cart_id FROM orders WHERE id = ?')
    .pluck()
    .get((order.result as { id: number }).id) as number;

  for (const role of ['moderator', 'host'] as const) {
    const paid = await call('invoices.recordPayment', { cartId, method: 'blik', amountMinor: 100, paidAt: Date.now() }, role);
    expect(paid).toMatchObject({ ok: false, error: { code: 'conflict', key: 'cartIsARehearsalsTakesNoPayment', params: { cartId } } });
  }
  expect(studio.db.prepare('SELECT count(*) FROM payments').pluck().get()).toBe(0);

  // Nor does it join a real parcel (the same buyer's cart outside any show), either way round.
  const buyerId = studio.db.prepare('SELECT buyer_id FROM carts WHERE id = ?').pluck().get(cartId) as number;
  const realCart = cartFor(studio.db, null, buyerId, Date.now());
  const version = (id: number) => studio.db.prepare('SELECT version FROM carts WHERE id = ?').pluck().get(id) as number;
  for (const [into, from] of [
    [realCart, cartId],
    [cartId, realCart],
  ] as const) {
    const combined = await call(
      'carts.combine',
      { into: { cartId: into, version: version(into) }, carts: [{ cartId: from, version: version(from) }] },
      'host',
    );
    expect(combined).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'cartIsARehearsalsCannotBeCombined', params: { id: cartId } },
    });
  }
  expect(studio.db.prepare('SELECT count(*) FROM carts WHERE combined_into IS NOT NULL').pluck().get()).toBe(0);

  const live = await call('show.goLive', { showId: show.id }, 'host');
  expect(live).toMatchObject({ ok: true, result: { state: 'live' } });
  expect(studio.db.prepare('SELECT count(*) FROM orders WHERE show_id = ?').pluck().get(show.id)).toBe(0);
});
