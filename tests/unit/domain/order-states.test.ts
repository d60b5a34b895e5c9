// The one definition of stock-holding states, revenue, a cart's state and the shipping fee.
import { describe, expect, it } from 'vitest';
import { OrderStateSchema } from '../../../shared/contract';
import { cartState, shippingFeeMinor } from '../../../shared/domain/carts';
import { heldUnits, holdsStock, revenueMinor, STOCK_HOLDING_STATES } from '../../../shared/domain/order-states';
import { ACTIVE_ORDER_STATES } from '../../../electron/core/store/stock';

describe('order states and revenue', () => {
  it('names which states hold stock; the stock ledger uses the same list', () => {
    expect(OrderStateSchema.options.filter(holdsStock)).toEqual(['claimed', 'confirmed', 'paid', 'packed', 'shipped']);
    expect(ACTIVE_ORDER_STATES).toBe(STOCK_HOLDING_STATES);
    expect(heldUnits({ state: 'shipped', quantity: 3, returnedQuantity: 1 })).toBe(2);
    expect(heldUnits({ state: 'released', quantity: 3, returnedQuantity: 0 })).toBe(0);
  });

  it('revenue: line totals of lines holding stock minus their refunds; cancelled, released and returned lines count nothing', () => {
    const line = (state: (typeof OrderStateSchema.options)[number], lineTotalMinor: number, refundMinor = 0) => ({
      state,
      lineTotalMinor,
      refundMinor,
    });
    expect(
      revenueMinor([
        line('claimed', 14900),
        line('paid', 29800),
        line('shipped', 44700, 14900), // a partial return
        line('cancelled', 10000),
        line('released', 10000),
        line('returned', 10000, 10000),
        line('waitlisted', 10000),
        line('held', 10000),
        line('needs_details', 0),
      ]),
    ).toBe(14900 + 29800 + 44700 - 14900);
  });
});

describe("a cart's state and shipping fee", () => {
  const base = { combinedInto: null, paymentRequestedAt: null, paymentMethod: null } as const;
  it('follows the least advanced line, the payment request and cash on delivery', () => {
    expect(cartState({ ...base, lineCounts: { claimed: 1, paid: 1 } })).toBe('open');
    expect(cartState({ ...base, paymentRequestedAt: 1, lineCounts: { confirmed: 1 } })).toBe('awaiting_payment');
    expect(cartState({ ...base, paymentRequestedAt: 1, paymentMethod: 'cash_on_delivery', lineCounts: { claimed: 1 } })).toBe('open');
    expect(cartState({ ...base, lineCounts: { paid: 1, shipped: 2 } })).toBe('paid');
    expect(cartState({ ...base, lineCounts: { packed: 1, shipped: 2, cancelled: 1 } })).toBe('packed');
    expect(cartState({ ...base, lineCounts: { waitlisted: 1, shipped: 1 } })).toBe('open');
    expect(cartState({ ...base, lineCounts: { released: 2, cancelled: 1 } })).toBe('released');
    expect(cartState({ ...base, lineCounts: { returned: 1 } })).toBe('closed');
    expect(cartState({ ...base, lineCounts: {} })).toBe('closed');
    expect(cartState({ ...base, combinedInto: 7, lineCounts: {} })).toBe('combined');
  });

  it('charges the method once unless the goods reach its free-over threshold, and nothing without lines', () => {
    const locker = { methodId: 'l', name: 'Paczkomat', kind: 'locker' as const, priceMinor: 1299, freeOverMinor: 20000 };
    expect(shippingFeeMinor(locker, 19999, 2)).toBe(1299);
    expect(shippingFeeMinor(locker, 20000, 2)).toBe(0);
    expect(shippingFeeMinor({ ...locker, freeOverMinor: null }, 1_000_000, 1)).toBe(1299);
    expect(shippingFeeMinor(locker, 0, 0)).toBe(0);
    expect(shippingFeeMinor(null, 100, 1)).toBe(0);
  });
});
