// The carts commands through the real studio and socket, every reply and event checked against
// the contract (LSS_CHECK_OUTPUTS and the test client): roles as the contract names them, a
// stale version refused with conflict, carts.changed heard after each change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cart, CartDetail, CartList, Catalog, Order } from '../../../shared/contract';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;
let moderator: TestClient;
const ok = okResult;
beforeAll(async () => {
  studio = await startTestStudio();
  host = await connectClient(studio.baseUrl, new URL(studio.hostUrl).hash.slice('#token='.length));
  moderator = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'mod-ola'));
});
afterAll(async () => {
  host.close();
  moderator.close();
  await studio.dispose();
});

describe('carts over the contract', () => {
  it('lists and opens a cart, lets a moderator mark it paid but not release it, refuses a stale edit', async () => {
    const show = ok<{ id: number }>(await host.call('show.current', {}));
    ok(await host.call('show.goLive', { showId: show.id }));
    const catalog = ok<Catalog>(await host.call('catalog.list', {}));
    const product = catalog.products.find((p) => p.variants.some((v) => v.stock > 0))!;
    const variant = product.variants.find((v) => v.stock > 0)!;
    ok(
      await host.call('settings.update', {
        shipping: { methods: [{ id: 'locker', name: 'Paczkomat', kind: 'locker', priceMinor: 1299, freeOverMinor: null }] },
      }),
    );
    const order = ok<Order>(await host.call('orders.create', { buyerName: 'Ola', productId: product.id, variantId: variant.id }));

    const list = ok<CartList>(await host.call('carts.list', {}));
    expect(list.showId).toBe(show.id);
    expect(list.total).toBe(1);
    expect(list.counts.open).toBe(1);
    const cart = list.carts[0]!;
    expect(cart).toMatchObject({ buyer: { name: 'Ola' }, state: 'open', linesHoldingStock: 1 });
    expect(ok<CartList>(await moderator.call('carts.list', { search: 'nobody' })).total).toBe(0);
    // The slip's and the payment request's references find the cart (a parcel in hand, a buyer's "I paid LS-…").
    for (const search of [`C${String(cart.id).padStart(6, '0')}`, `LS-${cart.id}`, `#${cart.id}`])
      expect(
        ok<CartList>(await moderator.call('carts.list', { search })).carts.map((c) => c.id),
        search,
      ).toEqual([cart.id]);
    expect(ok<CartList>(await moderator.call('carts.list', { search: `LS-${cart.id + 1}` })).total).toBe(0);

    const detail = ok<CartDetail>(await moderator.call('carts.get', { cartId: cart.id }));
    expect(detail.lines.map((l) => l.id)).toEqual([order.id]);
    expect(detail.history.map((e) => e.actor)).toEqual(['host']);

    const heard = host.next('carts.changed', (p) => p.carts.some((c) => c.id === cart.id && c.shipping !== null));
    const shipped = ok<CartDetail>(await host.call('carts.setShipping', { cartId: cart.id, version: detail.version, methodId: 'locker' }));
    expect(shipped.shippingFeeMinor).toBe(1299);
    expect((await heard).carts[0]!.version).toBe(shipped.version);
    expect(await host.call('carts.setShipping', { cartId: cart.id, version: detail.version, methodId: null })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    expect(await moderator.call('carts.release', { carts: [{ cartId: cart.id, version: shipped.version }] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const paid = ok<{ carts: Cart[] }>(await moderator.call('carts.markPaid', { carts: [{ cartId: cart.id, version: shipped.version }] }));
    expect(paid.carts[0]).toMatchObject({ state: 'paid' });
    expect(ok<{ carts: Cart[] }>(await moderator.call('carts.releasesDue', {})).carts).toEqual([]);
  });
});
