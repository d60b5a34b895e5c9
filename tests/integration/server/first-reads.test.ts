// A window's first reads asked while its page boots (renderer/lib/first-reads.ts): StudioClient.prefetch
// sends them at once over the real socket, and the screen's own call with the same input takes the reply
// instead of asking again; a reply that an event may have made stale, a refusal, another input or an
// old reply is never handed out (the call asks the core itself).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CartList, Catalog, Order } from '../../../shared/contract';
import { prefetchFirstReads } from '../../../renderer/lib/first-reads';
import { StudioClient } from '../../../renderer/lib/studio-client';
import { connectClient, okResult, type TestClient } from '../../support/client';
import { startTestStudio } from '../../support/studio';
import { waitUntil } from '../../support/waits';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;
let client: StudioClient;
/** The commands this client put on the socket, by name. */
let sent: string[];
const tokenOf = (url: string) => new URL(url).hash.slice('#token='.length);

function watched(token: string): StudioClient {
  const c = new StudioClient(token, studio.baseUrl);
  const emit = c.socket.emit.bind(c.socket);
  c.socket.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'cmd') sent.push(args[0] as string);
    return emit(event, ...args);
  }) as typeof c.socket.emit;
  return c;
}

async function orderFor(buyerName: string): Promise<Order> {
  const catalog = okResult<Catalog>(await host.call('catalog.list', {}));
  const product = catalog.products.find((p) => p.variants.some((v) => v.stock > 0))!;
  const variant = product.variants.find((v) => v.stock > 0)!;
  return okResult<Order>(await host.call('orders.create', { buyerName, productId: product.id, variantId: variant.id }));
}

beforeEach(async () => {
  sent = [];
  studio = await startTestStudio();
  host = await connectClient(studio.baseUrl, tokenOf(studio.hostUrl));
  okResult(await host.call('show.goLive', { showId: okResult<{ id: number }>(await host.call('show.current', {})).id }));
});
afterEach(async () => {
  client?.close();
  host.close();
  await studio.dispose();
});

describe('first reads asked while the page boots', () => {
  it('the screen’s call with the same input (in any key order) takes the early reply: one command on the socket', async () => {
    const order = await orderFor('Ola');
    client = watched(tokenOf(studio.hostUrl));
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    expect(await client.call('access.whoami', {})).toMatchObject({ role: 'host' });
    const list = await client.call('carts.list', { limit: 100, offset: 0, showId: order.showId });
    expect(list.carts.map((c) => c.buyer.name)).toEqual(['Ola']);
    expect(sent).toEqual(['access.whoami', 'carts.list']);
    // Taken once: the next call is the core's answer again.
    await client.call('carts.list', { showId: order.showId, offset: 0, limit: 100 });
    expect(sent).toEqual(['access.whoami', 'carts.list', 'carts.list']);
  });

  it('an early reply that has arrived is there to render from at once (arrived), untaken, and gone once stale', async () => {
    const order = await orderFor('Ola');
    client = watched(tokenOf(studio.hostUrl));
    const input = { showId: order.showId, offset: 0, limit: 100 };
    expect(client.arrived('carts.list', input)).toBeUndefined(); // nothing asked yet
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    await waitUntil(() => client.arrived('carts.list', input) !== undefined, 'the early carts.list reply arrived');
    const early = client.arrived('carts.list', input)!;
    expect(early.carts.map((c) => c.buyer.name)).toEqual(['Ola']);
    expect(client.arrived('access.whoami', {})).toMatchObject({ role: 'host' });
    expect(client.arrived('carts.list', { ...input, limit: 50 })).toBeUndefined(); // another input
    // Looking did not take it: the screen's call still gets the same reply, with no second command.
    expect(await client.call('carts.list', input)).toBe(early);
    expect(sent.filter((n) => n === 'carts.list')).toHaveLength(1);
    // Taken, it is no longer there to render from.
    expect(client.arrived('carts.list', input)).toBeUndefined();
    // A change heard drops an arrived reply too.
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    await waitUntil(() => client.arrived('carts.list', input) !== undefined, 'the second early reply arrived');
    const changed = new Promise((resolve) => client.on('carts.changed', resolve));
    await orderFor('Bartek');
    await changed;
    expect(client.arrived('carts.list', input)).toBeUndefined();
  });

  it('resolves once every first reply is here (the window’s first render waits for it, main.tsx): all there to render from', async () => {
    const order = await orderFor('Ola');
    client = watched(tokenOf(studio.hostUrl));
    const input = { showId: order.showId, offset: 0, limit: 100 };
    await prefetchFirstReads(client, { tab: 'review', show: order.showId });
    expect(client.arrived('access.whoami', {})).toMatchObject({ role: 'host' });
    expect(client.arrived('carts.list', input)?.carts.map((c) => c.buyer.name)).toEqual(['Ola']);
    // A refused read ends it too (a token that may not list carts): the window is never held by it.
    client.close();
    client = watched(studio.issueToken('overlay', 'obs'));
    await prefetchFirstReads(client, { tab: 'review', show: order.showId });
    expect(client.arrived('carts.list', input)).toBeUndefined();
  });

  it('a carts.changed heard before the screen asks drops the early reply: the screen reads the change', async () => {
    const order = await orderFor('Ola');
    client = watched(tokenOf(studio.hostUrl));
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    await waitUntil(() => client.socket.connected, 'the client connected');
    const changed = new Promise((resolve) => client.on('carts.changed', resolve));
    await orderFor('Bartek'); // a new cart: carts.changed
    await changed;
    const list = await client.call('carts.list', { showId: order.showId, offset: 0, limit: 100 });
    expect(list.carts.map((c) => c.buyer.name).sort()).toEqual(['Bartek', 'Ola']);
    expect(sent.filter((n) => n === 'carts.list')).toHaveLength(2);
  });

  it('another input, or a read the token may not make, is asked of the core by the screen itself', async () => {
    const order = await orderFor('Ola');
    client = watched(studio.issueToken('overlay', 'obs'));
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    // The overlay token may not list carts: the early refusal is not handed out; the call asks for its own.
    const refused = await client.call('carts.list', { showId: order.showId, offset: 0, limit: 100 }).then(
      () => null,
      (e: { error: { code: string } }) => e.error.code,
    );
    expect(refused).toBe('forbidden');
    expect(sent.filter((n) => n === 'carts.list')).toHaveLength(2);

    client.close();
    sent = [];
    client = watched(tokenOf(studio.hostUrl));
    prefetchFirstReads(client, { tab: 'review', show: order.showId });
    const bigger: CartList = await client.call('carts.list', { showId: order.showId, offset: 0, limit: 500 });
    expect(bigger.total).toBe(1);
    expect(sent.filter((n) => n === 'carts.list')).toHaveLength(2);
  });
});
