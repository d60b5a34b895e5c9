// A real studio (startTestStudio: SQLite file, socket.io, demo boutique) receiving chat through the
// real ingest path (the manual connector via chat.manual, a replay file via the chat service):
// orders are on disk, their stock taken in the same commit, and clients hear orders.changed.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, Order } from '../../../shared/contract';
import { assertStockInvariant } from '../../../electron/core/store/stock';
import { recordedFeature, recordedMessage } from '../../support/chat-recording';
import { connectClient, type TestClient } from '../../support/client';
import { goLive, startTestStudio } from '../../support/studio';

type TestStudio = Awaited<ReturnType<typeof startTestStudio>>;
let studio: TestStudio;
let host: TestClient;

async function call<T>(client: TestClient, name: Parameters<TestClient['call']>[0], input: unknown): Promise<T> {
  const reply = await client.call(name, input as never);
  if (!reply.ok) throw new Error(`${name}: ${JSON.stringify(reply.error)}`);
  return reply.result as T;
}

const variantOf = (code: string, options: string[]) =>
  studio.db
    .prepare(
      `SELECT v.id, v.stock FROM variants v JOIN products p ON p.id = v.product_id WHERE p.code = ? AND ifnull(v.option1, '') = ? AND ifnull(v.option2, '') = ?`,
    )
    .get(code, options[0] ?? '', options[1] ?? '') as { id: number; stock: number };

beforeEach(async () => {
  studio = await startTestStudio();
  goLive(studio);
  host = await connectClient(studio.baseUrl, studio.hostUrl.split('#token=')[1]);
});
afterEach(async () => {
  host.close();
  await studio.dispose();
});

describe('orders from chat in a running studio', () => {
  it('a claim in chat is an order on disk with its stock taken; the waitlist is promoted when it is cancelled', async () => {
    const before = variantOf('B3', ['L']).stock;
    expect(before).toBe(1);
    const changed = host.next('orders.changed', (p) => p.orders.some((o) => o.buyer.name === 'Anna'));
    await call(host, 'chat.manual', { buyerName: 'Anna', text: 'biorę B3 L' });
    const anna = (await changed).orders.find((o) => o.buyer.name === 'Anna') as Order;
    expect(anna).toMatchObject({
      productCode: 'B3',
      variantOptions: ['L'],
      quantity: 1,
      state: 'claimed',
      unitPriceMinor: 17900,
      currency: 'PLN',
    });
    expect(variantOf('B3', ['L']).stock).toBe(0);

    // On disk, seen through another connection: the order and the stock together.
    const other = new Database(studio.db.name, { readonly: true });
    expect(other.prepare('SELECT state FROM orders WHERE id = ?').get(anna.id)).toEqual({ state: 'claimed' });
    expect(other.prepare('SELECT stock FROM variants WHERE id = ?').get(anna.variantId)).toEqual({ stock: 0 });
    other.close();

    const waiting = host.next('orders.changed', (p) => p.orders.some((o) => o.buyer.name === 'Bob'));
    await call(host, 'chat.manual', { buyerName: 'Bob', text: 'B3 L please' });
    const bob = (await waiting).orders.find((o) => o.buyer.name === 'Bob') as Order;
    expect(bob).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });

    const promoted = host.next('orders.changed', (p) => p.orders.some((o) => o.id === bob.id && o.state === 'claimed'));
    const cancelled = await call<Order>(host, 'orders.setState', { orderId: anna.id, state: 'cancelled', reason: 'buyer phoned' });
    expect(cancelled.state).toBe('cancelled');
    await promoted;
    expect(variantOf('B3', ['L']).stock).toBe(0);
    const history = await call<{ fromState: string | null; toState: string; actor: string }[]>(host, 'orders.events', { orderId: bob.id });
    expect(history.map((e) => [e.fromState, e.toState, e.actor])).toEqual([
      [null, 'waitlisted', 'chat:manual:Bob'],
      ['waitlisted', 'claimed', 'studio'],
    ]);
    assertStockInvariant(studio.db);
  });

  it('a claim without a size needs details; a moderator completes it in one click but may not mark it paid', async () => {
    const mod = await connectClient(studio.baseUrl, studio.issueToken('moderator', 'mia'));
    try {
      const changed = host.next('orders.changed', (p) => p.orders.some((o) => o.state === 'needs_details'));
      await call(host, 'chat.manual', { buyerName: 'Cleo', text: 'A12 red sold' });
      const order = (await changed).orders[0] as Order;
      expect(order).toMatchObject({
        state: 'needs_details',
        variantId: null,
        requestedOptions: { Color: 'Red' },
        optionNames: ['Size', 'Color'],
      });
      const mRed = variantOf('A12', ['M', 'Red']);
      const done = await call<Order>(mod, 'orders.completeDetails', { orderId: order.id, variantId: mRed.id });
      expect(done).toMatchObject({ state: 'claimed', variantOptions: ['M', 'Red'], unitPriceMinor: 14900 });
      expect(variantOf('A12', ['M', 'Red']).stock).toBe(mRed.stock - 1);
      const refused = await mod.call('orders.setState', { orderId: order.id, state: 'paid' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call<Order>(mod, 'orders.setState', { orderId: order.id, state: 'confirmed' })).toMatchObject({ state: 'confirmed' });
      const summary = await call<EventPayload<'commerce.summary'>>(mod, 'commerce.summary', {});
      expect(summary.orders.confirmed).toBe(1);
      // Line totals per state: what the live board's orders header sums (it keeps only its newest rows).
      const lines = studio.db
        .prepare('SELECT state, sum(quantity * coalesce(unit_price_minor, 0)) AS total FROM orders WHERE show_id IS ? GROUP BY state')
        .all(order.showId) as { state: keyof typeof summary.lineTotals; total: number }[];
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(summary.lineTotals[l.state]).toBe(l.total);
      expect(summary.lineTotals.confirmed).toBeGreaterThanOrEqual(14900);
      expect(summary.lineTotals.shipped).toBe(0);
    } finally {
      mod.close();
    }
  });

  it('a question is queued with its age and a suggested answer in the buyer’s language', async () => {
    const asked = host.next('questions.changed');
    await call(host, 'chat.manual', { buyerName: 'Dana', text: 'ile kosztuje wysyłka?' });
    const q = (await asked).questions[0];
    expect(q).toMatchObject({ topic: 'shipping', language: 'pl', state: 'open' });
    expect(q?.suggestedAnswer).toContain('Wysyłamy');
    const summary = await call<EventPayload<'commerce.summary'>>(host, 'commerce.summary', {});
    expect(summary.openQuestions).toBe(1);
    expect(summary.oldestOpenQuestionAgeMs).toBeGreaterThanOrEqual(0);
  });

  it('a flash deal: started by the host, claims at the deal price, the overlay counts down what is left', async () => {
    const lineup = await call<{ items: { id: number; productId: number }[] }>(host, 'lineup.get', {});
    const a12 = studio.db.prepare(`SELECT id FROM products WHERE code = 'A12'`).get() as { id: number };
    const item = lineup.items.find((i) => i.productId === a12.id) as { id: number };
    const started = host.next('overlay.deal', (p) => p.deal?.state === 'running');
    const deal = await call<{ dealStartedAt: number; dealEndsAt: number }>(host, 'deal.start', { itemId: item.id });
    expect(deal.dealEndsAt - deal.dealStartedAt).toBe(120_000);
    expect((await started).deal).toMatchObject({ code: 'A12', priceMinor: 9900, quota: 5, left: 5 });

    const left = host.next('overlay.deal', (p) => p.deal?.left === 3);
    const changed = host.next('orders.changed', (p) => p.orders.some((o) => o.buyer.name === 'Eve'));
    await call(host, 'chat.manual', { buyerName: 'Eve', text: 'A12 M red x2' });
    expect((await changed).orders[0]).toMatchObject({ quantity: 2, unitPriceMinor: 9900, isDeal: true, state: 'claimed' });
    await left;
    // The lineup's per-buyer limit (2): Eve's next claim is refused.
    await call(host, 'chat.manual', { buyerName: 'Eve', text: 'A12 S red' });
    const eve = await call<{ quantity: number }[]>(host, 'orders.list', {
      buyerId: (await call<{ buyer: { id: number } }[]>(host, 'orders.list', {}))[0]?.buyer.id,
    });
    expect(eve.map((o) => o.quantity)).toEqual([2]);
  });

  it('a manual order on a buyer’s behalf, and an answer recorded for a question typed in by staff', async () => {
    const b7 = studio.db
      .prepare(
        `SELECT p.id AS productId, v.id AS variantId FROM products p JOIN variants v ON v.product_id = p.id WHERE p.code = 'B7' AND v.option1 = 'Grey'`,
      )
      .get() as {
      productId: number;
      variantId: number;
    };
    const order = await call<Order>(host, 'orders.create', {
      buyerName: 'Phone Customer',
      productId: b7.productId,
      variantId: b7.variantId,
      quantity: 2,
      note: 'called in',
    });
    expect(order).toMatchObject({
      state: 'claimed',
      quantity: 2,
      source: 'manual',
      buyer: { platform: 'manual', name: 'Phone Customer' },
      note: 'called in',
    });
    const asked = host.next('questions.changed');
    await call(host, 'chat.manual', { buyerName: 'Dana', text: 'is it real leather?' });
    const q = (await asked).questions[0] as { id: number };
    const answered = await call<{ state: string; answer: string; answeredBy: string; responseMs: number }>(host, 'questions.answer', {
      questionId: q.id,
      text: 'Yes, full grain.',
    });
    expect(answered).toMatchObject({ state: 'answered', answer: 'Yes, full grain.', answeredBy: 'host' });
    expect(answered.responseMs).toBeGreaterThanOrEqual(0);
    assertStockInvariant(studio.db);
  });

  it('a replayed recording takes its orders as live ("this one" follows its feature events); replaying it twice changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(studio.dataDir, 'replay-'));
    const file = path.join(dir, 'chat.jsonl');
    const t0 = Date.now() - 600_000;
    const msg = (id: string, user: string, text: string, at: number) => recordedMessage('twitch', id, user, text, at);
    fs.writeFileSync(
      file,
      [
        recordedFeature('B3', t0),
        msg('m1', 'ola', 'SOLD M', t0 + 1000),
        recordedFeature('B7', t0 + 2000),
        msg('m2', 'kuba', 'this one grey', t0 + 3000),
        msg('m3', 'kuba', 'this one grey', t0 + 4000), // the same claim within 10 s: one order
      ].join('\n') + '\n',
    );
    const snapshot = () => ({
      orders: studio.db.prepare('SELECT product_id, variant_id, quantity, state, unit_price_minor FROM orders ORDER BY id').all(),
      stock: studio.db.prepare('SELECT id, stock FROM variants ORDER BY id').all(),
      timeline: studio.db.prepare(`SELECT count(*) AS n FROM show_events WHERE type = 'feature'`).get(),
    });
    const chat = studio.services.chat;
    const replay = chat.connect('replay', { id: 'replay-1', file, speed: 'max' });
    await replay.done;
    const first = snapshot();
    const orders = await call<Order[]>(host, 'orders.list', {});
    expect(orders.map((o) => [o.productCode, o.variantOptions, o.buyer.name]).sort()).toEqual([
      ['B3', ['M'], 'ola'],
      ['B7', ['Grey'], 'kuba'],
    ]);
    await chat.remove('replay-1');
    const again = chat.connect('replay', { id: 'replay-2', file, speed: 'max' });
    await again.done;
    expect(snapshot()).toEqual(first);
    assertStockInvariant(studio.db);
  });
});
