import { describe, expect, it } from 'vitest';
import type { Order, OrderState, Question } from '../../../shared/contract';
import { appendOlderOrders, mergeOrderWindow, mergeQuestionWindow, resyncOrderWindow } from '../../../renderer/screens/live/live-window';
import { mergeBySeq } from '../../../renderer/screens/chat-feed/use-chat-feed';

const order = (id: number, state: OrderState = 'claimed', updatedAt = id): Order =>
  ({ id, state, createdAt: id, updatedAt, showId: 1 }) as Order;
const question = (id: number, state: Question['state'] = 'open', answeredAt: number | null = null): Question =>
  ({ id, state, askedAt: id, answeredAt, showId: 1 }) as Question;
const ids = (xs: { id: number }[]) => xs.map((x) => x.id);

describe('the live board keeps a bounded window (live-window.ts)', () => {
  it('orders: newest first, only the newest `keep`, but every order waiting for a person stays', () => {
    let w: Order[] = [];
    w = mergeOrderWindow(w, [order(1, 'needs_details'), order(2), order(3, 'held')], 2);
    for (let i = 4; i <= 10; i++) w = mergeOrderWindow(w, [order(i)], 2);
    expect(ids(w)).toEqual([10, 9, 3, 1]);
  });

  it('orders: the later update wins whichever arrives first; an update of an order gone from the window stays out', () => {
    let w = mergeOrderWindow([], [order(1), order(2), order(3)], 2);
    expect(ids(w)).toEqual([3, 2]);
    w = mergeOrderWindow(w, [order(3, 'confirmed', 50)], 2);
    w = mergeOrderWindow(w, [order(3, 'claimed', 40)], 2);
    expect(w[0]!.state).toBe('confirmed');
    const same = mergeOrderWindow(w, [order(1, 'confirmed', 60)], 2);
    expect(same).toBe(w);
    // …unless it now waits for a person.
    expect(ids(mergeOrderWindow(w, [order(1, 'held', 60)], 2))).toEqual([3, 2, 1]);
  });

  it('orders: a window read again after a bulk change replaces what it holds, keeping later updates and newer orders', () => {
    // Held: 5 (updated by an event after the read), 4, 3 and an older page's 1 (released in bulk: its copy is stale).
    const held = [order(6), order(5, 'confirmed', 90), order(4), order(3), order(1)];
    // The read: 5 and 4 and 3 released (updatedAt 80), 1 out of its window; 6 came after the read.
    const read = [order(5, 'released', 80), order(4, 'released', 80), order(3, 'released', 80)];
    const w = resyncOrderWindow(held, read, 10);
    expect(ids(w)).toEqual([6, 5, 4, 3]);
    expect(w.map((o) => o.state)).toEqual(['claimed', 'confirmed', 'released', 'released']);
  });

  it('orders: an older page read from the core goes after the window, once', () => {
    const w = mergeOrderWindow([], [order(5), order(6)], 2);
    expect(ids(appendOlderOrders(w, [order(4), order(3), order(5)]))).toEqual([6, 5, 4, 3]);
  });

  it('questions: the oldest open ones and the most recently settled ones, oldest first; settled beats open', () => {
    let w: Question[] = [];
    w = mergeQuestionWindow(
      w,
      [1, 2, 3, 4, 5].map((i) => question(i)),
      3,
      1,
    );
    expect(ids(w)).toEqual([1, 2, 3]);
    w = mergeQuestionWindow(w, [question(1, 'answered', 100), question(2, 'dismissed', 90)], 3, 1);
    expect(ids(w)).toEqual([1, 3]);
    w = mergeQuestionWindow(w, [question(1, 'open')], 3, 1);
    expect(w.find((q) => q.id === 1)!.state).toBe('answered');
  });

  it('chat: the newest lines up to the bound, merged by sequence', () => {
    const msg = (seq: number) => ({ seq }) as never;
    let w = mergeBySeq([], [1, 2, 3].map(msg), 4);
    w = mergeBySeq(w, [5, 6].map(msg), 4);
    w = mergeBySeq(w, [4].map(msg), 4);
    expect(w.map((m: { seq: number }) => m.seq)).toEqual([3, 4, 5, 6]);
  });
});
