// Issue 15: the chat lines of the live feed carry the same buyer badges as the order rows, from the
// same store function, computed once per batch (no request per line).
import { afterEach, describe, expect, it } from 'vitest';
import { getOrders, listChatByShow, withChatBadges } from '../../../electron/core/store';
import { BADGES_FRESH_MS, ChatBadges } from '../../../electron/core/chat/chat-badges';
import { customersHarness, type CustomersHarness } from './harness';

const host = { role: 'host' as const, actor: 'host', tokenId: 1 };
let h: CustomersHarness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
});

describe('badges on chat lines', () => {
  it('a VIP, a do-not-sell buyer and a first-timer: each line shows its buyer’s badges, the same as their order rows', () => {
    h = customersHarness({ stock: 5 });
    const db = h.temp.db;
    const [s] = h.variantIds as [number];
    h.customers.setTags({ customerId: h.customerOf(0), add: ['vip'], remove: [] }, host);
    h.customers.setTags({ customerId: h.customerOf(1), add: ['do_not_sell'], remove: [] }, host);
    const orderId = h.claim(0, s, 1, 'SOLD A12 S');
    h.say(0, 'love it');
    h.say(1, 'how much?');
    h.say(2, 'hello');

    const lines = withChatBadges(db, listChatByShow(db, h.showId));
    const byBuyer = new Map(lines.map((m) => [m.buyerId, m.buyerBadges]));
    expect(byBuyer.get(h.buyers[0]!)).toMatchObject({ vip: true, doNotSell: false, visit: 'first', nonPayments: 0 });
    expect(byBuyer.get(h.buyers[1]!)).toMatchObject({ vip: false, doNotSell: true });
    expect(byBuyer.get(h.buyers[2]!)).toMatchObject({ vip: false, doNotSell: false, visit: 'first' });
    // The same badges as the order row of that buyer.
    expect(byBuyer.get(h.buyers[0]!)).toEqual(getOrders(db, [orderId])[0]!.buyer.badges);
    expect(lines.every((m) => m.buyerBadges?.customerId != null)).toBe(true);
  });

  it('an empty batch costs nothing and stays empty', () => {
    h = customersHarness({ stock: 1 });
    expect(withChatBadges(h.temp.db, [])).toEqual([]);
  });

  it('the chat service reuses a buyer’s badges for a few seconds, then reads them again (a new VIP shows within BADGES_FRESH_MS)', () => {
    h = customersHarness({ stock: 1 });
    const db = h.temp.db;
    let now = 1_000_000;
    const badges = new ChatBadges({ db, clock: () => now });
    h.say(0, 'hello');
    const line = () => badges.attach(listChatByShow(db, h!.showId))[0]!.buyerBadges;
    expect(line()).toMatchObject({ vip: false });
    h.customers.setTags({ customerId: h.customerOf(0), add: ['vip'], remove: [] }, host);
    now += BADGES_FRESH_MS - 1;
    expect(line()).toMatchObject({ vip: false }); // the cached read, no statement
    now += 2;
    expect(line()).toMatchObject({ vip: true });
    expect(line()).toEqual(withChatBadges(db, listChatByShow(db, h.showId))[0]!.buyerBadges);
  });
});
