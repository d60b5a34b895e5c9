import { describe, expect, it } from 'vitest';
import type { Cart } from '../../../shared/contract';
import { readRoute } from '../../../renderer/lib/route';
import { cartActions } from '../../../renderer/screens/review/cart-actions';
import { mergeCarts, moveCounts } from '../../../renderer/screens/review/use-carts';

const cart = (id: number, version: number, state: Cart['state'] = 'open') => ({ id, version, state }) as Cart;

describe('carts from carts.changed merged into the listed page', () => {
  it('a newer version replaces the listed cart in place; the order stays the core’s', () => {
    const merged = mergeCarts([cart(1, 1), cart(2, 1), cart(3, 1)], [cart(2, 2, 'paid')]);
    expect(merged.map((c) => [c.id, c.version, c.state])).toEqual([
      [1, 1, 'open'],
      [2, 2, 'paid'],
      [3, 1, 'open'],
    ]);
  });

  it('an older version arriving late (an event after a fresher page) changes nothing', () => {
    const merged = mergeCarts([cart(2, 5, 'paid')], [cart(2, 4, 'open')]);
    expect(merged).toEqual([cart(2, 5, 'paid')]);
  });

  it('a cart the list does not show is left to the re-read (the core decides whether it matches the filter)', () => {
    expect(mergeCarts([cart(1, 1)], [cart(9, 1)])).toEqual([cart(1, 1)]);
  });
});

describe('the window’s place in its address', () => {
  it('reads the tab, show and cart beside the token', () => {
    expect(readRoute({ hash: '#token=abc&tab=review&show=3&cart=12' })).toEqual({ tab: 'review', show: 3, cart: 12, at: null });
    // A chat search hit's moment: the report's timeline marks it.
    expect(readRoute({ hash: '#token=abc&tab=report&show=3&at=1764260000000' })).toEqual({
      tab: 'report',
      show: 3,
      cart: null,
      at: 1764260000000,
    });
  });

  it('ignores what is not a positive whole id, and a hash with the token alone', () => {
    expect(readRoute({ hash: '#token=abc&show=-1&cart=1.5&at=x' })).toEqual({ tab: null, show: null, cart: null, at: null });
    expect(readRoute({ hash: '#token=abc' })).toEqual({ tab: null, show: null, cart: null, at: null });
  });
});

describe('a cart page offers what its lines allow', () => {
  const base = { state: 'open' as const, paymentMethod: null, paymentRequestedAt: null };
  it('unpaid lines: pay, ask for payment, release; nothing to pack yet', () => {
    expect(cartActions({ ...base, lineCounts: { claimed: 2 } })).toEqual({
      markPaid: true,
      markPacked: false,
      requestPayment: true,
      release: true,
    });
  });
  it('a paid cart packs, and is not paid or released again', () => {
    expect(cartActions({ ...base, state: 'paid', lineCounts: { paid: 1 } })).toEqual({
      markPaid: false,
      markPacked: true,
      requestPayment: false,
      release: false,
    });
  });
  it('cash on delivery ships unpaid: packed without payment, never released or asked for payment', () => {
    expect(cartActions({ ...base, paymentMethod: 'cash_on_delivery', lineCounts: { confirmed: 1 } })).toEqual({
      markPaid: true,
      markPacked: true,
      requestPayment: false,
      release: false,
    });
  });
  it('a line released after the payment request can still be paid for; a combined cart offers nothing', () => {
    expect(cartActions({ ...base, state: 'released', paymentRequestedAt: 1, lineCounts: { released: 1 } }).markPaid).toBe(true);
    expect(cartActions({ ...base, state: 'released', lineCounts: { released: 1 } }).markPaid).toBe(false);
    expect(Object.values(cartActions({ ...base, state: 'combined', lineCounts: { claimed: 1 } }))).toEqual([false, false, false, false]);
  });
});

describe('the state chips follow carts.changed at once', () => {
  it('a listed cart that moved leaves its old state’s count for the new one; unlisted and unmoved carts change nothing', () => {
    const counts = { open: 3, awaiting_payment: 0, paid: 1, packed: 0, shipped: 0, released: 0, closed: 0, combined: 0 };
    const had = new Map<number, Cart['state']>([
      [1, 'open'],
      [2, 'open'],
    ]);
    const next = moveCounts(counts, [cart(1, 2, 'paid'), cart(2, 2, 'open'), cart(9, 1, 'released')], had);
    expect(next).toEqual({ ...counts, open: 2, paid: 2 });
    expect(counts.open).toBe(3); // a new object: React sees the change
  });
});
