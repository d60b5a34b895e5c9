import { describe, expect, it } from 'vitest';
import type { Order, Question } from '../../../shared/contract';
import { messageTags } from '../../../renderer/screens/live/use-live-commerce';

const order = (id: number, sourceMessageSeq: number | null, cancelMessageSeq: number | null = null) =>
  ({ id, sourceMessageSeq, cancelMessageSeq, productCode: 'A12', state: cancelMessageSeq ? 'cancelled' : 'claimed' }) as Order;

describe('chat feed tags', () => {
  it('tag the line that made an order, the line that asked, and the line that cancelled an order', () => {
    const tags = messageTags([order(1, 10, 12), order(2, 11)], [{ id: 5, messageSeq: 13, state: 'open' } as Question]);
    expect(tags.get(10)?.orders.map((o) => o.id)).toEqual([1]);
    expect(tags.get(10)?.cancelled).toEqual([]);
    expect(tags.get(12)?.cancelled.map((o) => o.id)).toEqual([1]);
    expect(tags.get(12)?.orders).toEqual([]);
    expect(tags.get(11)?.cancelled).toEqual([]);
    expect(tags.get(13)?.question?.id).toBe(5);
  });
});
