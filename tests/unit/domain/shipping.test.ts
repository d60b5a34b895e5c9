import { describe, expect, it } from 'vitest';
import {
  packingQueue,
  cartReference,
  largestParcel,
  missingForShipping,
  parseCartReference,
  cartIdNamedBy,
  parsePastedDetails,
  slipQrText,
} from '../../../shared/domain/shipping';

describe('cart references', () => {
  it('print as C and six digits and read back however they are scanned or typed', () => {
    expect(cartReference(42)).toBe('C000042');
    expect(cartReference(1234567)).toBe('C1234567');
    for (const text of ['C000042', 'c42', '42', '#42', ' C000042 ', slipQrText(42)]) expect(parseCartReference(text), text).toBe(42);
    for (const text of ['', 'C', 'hello', 'C0', '0', '12a']) expect(parseCartReference(text), text).toBeNull();
  });

  it('a search names a cart by its slip or payment reference, never by a bare number or a product code', () => {
    for (const text of ['C000042', 'c000042', ' C000042 ', slipQrText(42), '#42', 'LS-42', 'ls 42', 'LS42', 'LS-000042'])
      expect(cartIdNamedBy(text), text).toBe(42);
    for (const text of ['42', 'C42', 'C5', 'A12', 'LS-', '#0', 'C000000', 'Ola', '600 100 200', 'LS-42 Ola'])
      expect(cartIdNamedBy(text), text).toBeNull();
  });
});

describe('parcel size', () => {
  it('the largest item wins; none set gives none', () => {
    expect(largestParcel(['A', 'C', 'B'])).toBe('C');
    expect(largestParcel(['A', null])).toBe('A');
    expect(largestParcel([null])).toBeNull();
  });
});

describe('missing before shipping', () => {
  const base = {
    state: 'paid' as const,
    linesHoldingStock: 1,
    unpaidLines: 0,
    paymentMethod: 'blik' as const,
    kind: 'locker' as const,
    name: 'Anna',
    email: 'a@b.pl',
    phone: '600100200',
    address: null,
    lockerId: 'KRA010',
    parcelSize: 'A' as const,
  };
  it('depends on the delivery: a locker needs its id, phone, e-mail and size; a courier the address and phone', () => {
    expect(missingForShipping(base)).toEqual([]);
    expect(missingForShipping({ ...base, lockerId: ' ', email: null, parcelSize: null })).toEqual(['locker', 'email', 'parcel_size']);
    expect(missingForShipping({ ...base, kind: 'courier' })).toEqual(['address', 'postal_code', 'city', 'country']);
    expect(missingForShipping({ ...base, kind: 'pickup', phone: null, email: null })).toEqual([]);
    expect(missingForShipping({ ...base, kind: null })).toEqual(['method']);
  });
  it('unpaid lines block shipping unless cash on delivery; an empty cart has no items', () => {
    expect(missingForShipping({ ...base, unpaidLines: 1 })).toEqual(['payment']);
    expect(missingForShipping({ ...base, unpaidLines: 1, paymentMethod: 'cash_on_delivery' })).toEqual([]);
    expect(missingForShipping({ ...base, linesHoldingStock: 0 })).toEqual(['items']);
  });
});

describe('details pasted from a message', () => {
  it('finds a Polish address, phone, e-mail and locker id', () => {
    expect(parsePastedDetails('Anna Kowalska\nul. Długa 5/3\n00-950 Warszawa\ntel. 600 100 200\nanna.k@example.pl')).toEqual({
      line1: 'ul. Długa 5/3',
      postalCode: '00-950',
      city: 'Warszawa',
      country: 'PL',
      phone: '600 100 200',
      email: 'anna.k@example.pl',
    });
    expect(parsePastedDetails('paczkomat KRA010, +48 601 222 333')).toEqual({ lockerId: 'KRA010', phone: '+48 601 222 333' });
  });
  it('finds a Kazakh address and phone', () => {
    expect(parsePastedDetails('Абай даңғылы 10, 050000 Алматы; +7 701 111 22 33')).toMatchObject({
      line1: 'Абай даңғылы 10',
      postalCode: '050000',
      city: 'Алматы',
      country: 'KZ',
      phone: '+7 701 111 22 33',
    });
  });
});

describe('the packing queue', () => {
  const cart = (
    id: number,
    state: 'open' | 'awaiting_payment' | 'paid' | 'packed' | 'shipped',
    paymentMethod: 'cash_on_delivery' | 'blik' | null,
    units = 1,
  ) => ({
    id,
    state,
    paymentMethod,
    units,
  });
  it('packs paid carts and unpaid cash-on-delivery carts with units; ships packed ones; leaves the rest', () => {
    const { toPack, toShip } = packingQueue([
      cart(1, 'paid', 'blik'),
      cart(2, 'open', 'cash_on_delivery'),
      cart(3, 'open', 'cash_on_delivery', 0),
      cart(4, 'open', 'blik'),
      cart(5, 'awaiting_payment', 'blik'),
      cart(6, 'packed', 'cash_on_delivery'),
      cart(7, 'shipped', 'blik'),
      cart(8, 'open', null),
    ]);
    expect(toPack.map((c) => c.id)).toEqual([1, 2]);
    expect(toShip.map((c) => c.id)).toEqual([6]);
  });
});
