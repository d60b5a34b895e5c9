import { describe, expect, it } from 'vitest';
import { AlertSettingsSchema, type Order, type Question, type StudioStatus } from '../../../shared/contract';
import {
  countNewOrders,
  newOrders,
  newOrderTally,
  overdueQuestions,
  questionWaitClock,
  raiseBanner,
  reconnectingSources,
  type NewOrderCounts,
} from '../../../shared/domain/alerts';
import { takenLines } from '../../../shared/domain/order-states';

const settings = AlertSettingsSchema.parse({ questionWaitSeconds: 60 });
const q = (id: number, askedAt: number, state: Question['state'] = 'open') => ({ id, askedAt, state }) as Question;
const o = (id: number, createdAt: number, state: Order['state'] = 'claimed') => ({ id, createdAt, state }) as Order;
const src = (id: string, state: StudioStatus['chat'][number]['state']) =>
  ({ id, platform: 'twitch', channel: 'c', state, since: 0, detail: null }) as StudioStatus['chat'][number];

describe('alert rules', () => {
  it('a question waiting longer than N seconds, once, on the studio clock', () => {
    const qs = [q(1, 0), q(2, 30_000), q(3, 0, 'answered')];
    const live = questionWaitClock({ state: 'live', endedAt: null });
    expect(overdueQuestions(qs, 59_999, settings, new Set(), live).map((x) => x.id)).toEqual([]);
    expect(overdueQuestions(qs, 60_000, settings, new Set(), live).map((x) => x.id)).toEqual([1]);
    expect(overdueQuestions(qs, 95_000, settings, new Set([1]), live).map((x) => x.id)).toEqual([2]);
    expect(overdueQuestions(qs, 95_000, { ...settings, questionWaiting: false }, new Set(), live)).toEqual([]);
  });

  it('questions wait only while the show is live: after its end the ages stop there and nothing rings', () => {
    const qs = [q(1, 0), q(2, 30_000)];
    const ended = questionWaitClock({ state: 'ended', endedAt: 40_000 });
    expect(ended).toEqual({ running: false, stoppedAt: 40_000 });
    expect(overdueQuestions(qs, 95_000, settings, new Set(), ended)).toEqual([]);
    expect(questionWaitClock({ state: 'live', endedAt: null })).toEqual({ running: true, stoppedAt: null });
    expect(questionWaitClock({ state: 'draft', endedAt: null })).toEqual({ running: false, stoppedAt: null });
    expect(questionWaitClock(null).running).toBe(false);
  });

  it('a new order rings once, not for the orders taken before the window watched', () => {
    const orders = [o(1, 100), o(2, 2000), o(3, 3000, 'cancelled')];
    expect(newOrders(orders, new Set(), 1000, settings).map((x) => x.id)).toEqual([2]);
    expect(newOrders(orders, new Set([2]), 1000, settings)).toEqual([]);
    expect(newOrders(orders, new Set(), 1000, { ...settings, newOrder: false })).toEqual([]);
  });

  it('one banner per kind: a newer one replaces the one still shown, an order banner adds up the orders', () => {
    type B = { id: number; kind: string; orders?: NewOrderCounts };
    let shown: B[] = [];
    shown = raiseBanner(shown, { id: 1, kind: 'order', orders: { claimed: 1 } }, 4);
    shown = raiseBanner(shown, { id: 2, kind: 'question' }, 4);
    shown = raiseBanner(shown, { id: 3, kind: 'order', orders: { claimed: 1, waitlisted: 2 } }, 4);
    // The order banner moved on top, standing for all four orders; the question banner stays.
    expect(shown).toEqual([
      { id: 3, kind: 'order', orders: { claimed: 2, waitlisted: 2 } },
      { id: 2, kind: 'question' },
    ]);
    shown = raiseBanner(shown, { id: 4, kind: 'question' }, 4);
    expect(shown.map((b) => b.id)).toEqual([4, 3]);
    // Once the order banner is gone (dismissed or timed out), the next one counts only its own orders.
    shown = raiseBanner(
      shown.filter((b) => b.kind !== 'order'),
      { id: 5, kind: 'order', orders: { waitlisted: 1 } },
      4,
    );
    expect(shown[0]).toEqual({ id: 5, kind: 'order', orders: { waitlisted: 1 } });
    // At most `max`: the oldest goes.
    const two: B[] = [
      { id: 1, kind: 'a' },
      { id: 2, kind: 'b' },
    ];
    expect(raiseBanner(two, { id: 3, kind: 'c' }, 2).map((b) => b.id)).toEqual([3, 1]);
  });

  it('an order banner counts as the live header does: orders taken (takenLines) apart from waitlist places', () => {
    // The side-by-side check: "6 new orders" beside the header's "4 orders taken · 2 on waitlists".
    const states = ['claimed', 'waitlisted', 'waitlisted', 'claimed', 'claimed', 'claimed'] as const;
    const counts = countNewOrders(states.map((state) => ({ state })));
    expect(counts).toEqual({ claimed: 4, waitlisted: 2 });
    expect(newOrderTally(counts)).toEqual({ taken: 4, waitlisted: 2, needsDetails: 0, held: 0 });
    // The same function as the header's count, for every state that holds stock, and none for those that wait.
    const all = { claimed: 1, confirmed: 2, paid: 3, packed: 4, shipped: 5, needs_details: 6, held: 7, waitlisted: 8 };
    expect(newOrderTally(all)).toEqual({ taken: takenLines(all), waitlisted: 8, needsDetails: 6, held: 7 });
    expect(newOrderTally({ waitlisted: 1 }).taken).toBe(0);
  });

  it('a chat source that starts reconnecting', () => {
    expect(
      reconnectingSources(
        [src('a', 'connected'), src('b', 'reconnecting')],
        [src('a', 'reconnecting'), src('b', 'reconnecting')],
        settings,
      ),
    ).toEqual([src('a', 'reconnecting')]);
    expect(reconnectingSources(null, [src('a', 'reconnecting')], settings)).toEqual([]);
    expect(reconnectingSources([src('a', 'connected')], [src('a', 'reconnecting')], { ...settings, chatReconnecting: false })).toEqual([]);
  });
});
