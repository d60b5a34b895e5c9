import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importShippingDetails } from '../../../electron/core/shipping/details-import';
import { getProduct } from '../../../electron/core/store/catalog';
import { assertStockInvariant } from '../../../electron/core/store/stock';
import { CustomerShippingInputSchema, SettingsSchema, StudioError } from '../../../shared/contract';
import { eventsNamed } from '../carts/harness';
import { host, shippingHarness, type ShippingHarness } from './harness';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/shipping', name), 'utf8');
const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof StudioError) return error.code;
    throw error;
  }
  return 'ok';
};

let h: ShippingHarness;
afterEach(() => h?.close());

describe('shipping: pick list', () => {
  it('totals equal the units of the carts selected, one row per variant, walked by location then SKU', () => {
    h = shippingHarness();
    const all = h.shipping.pickList({ showId: h.showId });
    // Every cart to pack: three paid, one cash on delivery (ships unpaid).
    expect(all.cartIds).toEqual([h.anna, h.jan, h.aigul, h.bob]);
    const units = all.cartIds.reduce((n, id) => n + h.carts.get(id).units, 0);
    expect(all.units).toBe(units);
    expect(all.rows.reduce((n, r) => n + r.quantity, 0)).toBe(units);
    expect(all.rows.map((r) => [r.location, r.sku, r.quantity, r.carts.map((c) => `${c.reference}x${c.quantity}`)])).toEqual([
      ['R2-S3', 'A12-M', 2, ['C000001x1', 'C000004x1']],
      ['R2-S3', 'A12-S', 3, ['C000002x2', 'C000003x1']],
    ]);

    const some = h.shipping.pickList({ cartIds: [h.jan, h.anna, 999] });
    expect(some.cartIds).toEqual([h.anna, h.jan]);
    expect(some.units).toBe(h.carts.get(h.anna).units + h.carts.get(h.jan).units);
    expect(some.rows.map((r) => r.sku)).toEqual(['A12-M', 'A12-S']);

    // A product without a location walks last; packed carts are off the list.
    const events: unknown[] = [];
    const stop = h.events.subscribe((name, payload) => name === 'catalog.changed' && events.push(payload));
    h.shipping.setProduct({ productId: h.product.id, location: null, parcelSize: 'B', weightGrams: 300 });
    stop();
    // The fields are the catalog's: the change is announced to every window and the product carries it.
    expect(events).toEqual([{ reason: 'edit', productIds: [h.product.id], at: expect.any(Number) }]);
    expect(getProduct(h.db, h.product.id)).toMatchObject({ location: null, parcelSize: 'B', weightGrams: 300 });
    h.shipping.pack(h.ref(h.anna), host);
    const after = h.shipping.pickList({ showId: h.showId });
    expect(after.rows.every((r) => r.location === null)).toBe(true);
    expect(after.units).toBe(units - 1);
  });
});

describe('shipping: carriers’ sheets', () => {
  it('writes each preset’s columns and quoting exactly as the hand-written files', () => {
    h = shippingHarness();
    for (const preset of ['generic', 'inpost', 'kazpost'] as const) {
      const sheet = h.shipping.export({ showId: h.showId, preset });
      expect(sheet.csv, preset).toBe(fixture(`${preset}.csv`));
    }
  });

  it('lists carts with missing details with what is missing, instead of dropping them', () => {
    h = shippingHarness();
    const sheet = h.shipping.export({ showId: h.showId, preset: 'inpost' });
    expect(sheet.rows).toBe(1);
    expect(sheet.leftOut).toEqual([{ cartId: h.bob, reference: 'C000004', buyerName: 'buyer3', missing: ['locker', 'phone', 'email'] }]);
    expect(h.shipping.cart(h.bob).missing).toEqual(['locker', 'phone', 'email']);
    // Kazpost needs a weight: without one on the product, the courier carts are listed.
    h.shipping.setProduct({ productId: h.product.id, location: 'R2-S3', parcelSize: 'B', weightGrams: null });
    const kazpost = h.shipping.export({ showId: h.showId, preset: 'kazpost' });
    expect(kazpost.rows).toBe(0);
    expect(kazpost.leftOut.map((l) => [l.reference, l.missing])).toEqual([
      ['C000002', ['weight']],
      ['C000003', ['weight']],
    ]);
    // A cart without a delivery method is listed for every sheet; a courier cart lacks its address.
    h.carts.setShipping({ ...h.ref(h.jan), methodId: null }, host);
    expect(h.shipping.cart(h.jan).missing).toEqual(['method']);
    expect(h.shipping.export({ showId: h.showId, preset: 'inpost' }).leftOut.map((l) => l.reference)).toEqual(['C000002', 'C000004']);
  });

  it('puts a COD amount only on cash-on-delivery carts, in the columns the seller mapped', () => {
    h = shippingHarness();
    h.shipping.saveCustomer(
      {
        ...h.ref(h.bob),
        details: CustomerShippingInputSchema.parse({
          name: 'buyer3',
          email: 'bob@example.pl',
          phone: '+48 600 999 888',
          address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
          preferredMethodId: 'locker',
          lockerId: 'waw01m',
        }),
      },
      host,
    );
    h.settings.shippingExport = SettingsSchema.shape.shippingExport.parse({
      columns: {
        inpost: [
          { header: 'Numer referencyjny', field: 'reference' },
          { header: 'Paczkomat', field: 'locker_id' },
          { header: 'Telefon', field: 'phone' },
          { header: 'Pobranie', field: 'cod_amount' },
        ],
      },
    });
    const sheet = h.shipping.export({ showId: h.showId, preset: 'inpost' });
    expect(sheet.csv).toBe(fixture('inpost-cod-remapped.csv'));
    expect(sheet.leftOut).toEqual([]);
    // The paid locker cart has no COD amount; the COD courier cart has its total, shipping included.
    expect(h.shipping.cart(h.anna).codAmountMinor).toBeNull();
    expect(h.shipping.cart(h.jan).codAmountMinor).toBe(2 * 14900 + 1899);
    // A mapping that repeats a header is refused by the settings schema.
    expect(
      SettingsSchema.shape.shippingExport.safeParse({
        columns: {
          generic: [
            { header: 'a', field: 'reference' },
            { header: 'a', field: 'name' },
          ],
        },
      }).success,
    ).toBe(false);
  });
});

describe('shipping: scan to pack and ship', () => {
  it('a scanned reference opens the slip; packing and shipping move every line; stale versions and repeats are refused', () => {
    h = shippingHarness();
    const slip = h.shipping.slip({ reference: ' c2 ' });
    expect(slip.cartId).toBe(h.jan);
    expect(h.shipping.slip({ reference: 'LSS:C000002' }).cartId).toBe(h.jan);
    expect(slip.items.map((i) => [i.code, i.options, i.quantity, i.location, i.packed])).toEqual([['A12', ['S'], 2, 'R2-S3', false]]);
    expect(slip.codAmountMinor).toBe(2 * 14900 + 1899);
    expect(codeOf(() => h.shipping.slip({ reference: 'hello' }))).toBe('not_found');
    expect(codeOf(() => h.shipping.slip({ reference: 'C999999' }))).toBe('not_found');

    const stale = h.ref(h.jan);
    const packed = h.shipping.pack(stale, host);
    expect(packed.state).toBe('packed');
    expect(packed.items.every((i) => i.packed)).toBe(true);
    expect(codeOf(() => h.shipping.ship({ ...stale, trackingNumber: 'TRK-1' }, host))).toBe('conflict');
    expect(codeOf(() => h.shipping.pack(h.ref(h.jan), host))).toBe('conflict');

    const shipped = h.shipping.ship({ ...h.ref(h.jan), trackingNumber: ' 6200 0000 01 ' }, host);
    expect(shipped.state).toBe('shipped');
    expect(shipped.trackingNumber).toBe('6200000001');
    expect(h.carts.get(h.jan).lines.every((l) => l.state === 'shipped' && l.shippedAt === h.now.value)).toBe(true);
    expect(h.carts.get(h.jan).history.at(-1)).toMatchObject({ kind: 'shipping', actor: 'host' });
    expect(eventsNamed(h, 'carts.changed').at(-1)?.carts[0]).toMatchObject({ id: h.jan, state: 'shipped' });
    expect(codeOf(() => h.shipping.ship({ ...h.ref(h.jan), trackingNumber: 'OTHER' }, host))).toBe('conflict');
    // The same tracking number on another cart is refused; an unpaid (not COD) cart cannot ship.
    expect(codeOf(() => h.shipping.ship({ ...h.ref(h.anna), trackingNumber: '6200000001' }, host))).toBe('conflict');
    h.now.value += 60_000;
    h.claim(0, h.variantIds[0]!, 1);
    expect(codeOf(() => h.shipping.ship({ ...h.ref(h.anna), trackingNumber: 'TRK-2' }, host))).toBe('conflict');
    assertStockInvariant(h.db);
  });

  it('saved details are remembered for the next show, and a cart without a method gets the preferred one', () => {
    h = shippingHarness();
    h.db.prepare("UPDATE shows SET state = 'ended', ended_at = ? WHERE id = ?").run(h.now.value, h.showId);
    const next = Number(
      h.db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Next', 'live', ?, ?)").run(h.now.value, h.now.value)
        .lastInsertRowid,
    );
    h.showId = next;
    h.now.value += 60_000;
    h.claim(0, h.variantIds[1]!, 1);
    const cart = h.cartOf(0);
    expect(cart).not.toBe(h.anna);
    const info = h.shipping.cart(cart);
    expect(info.customer).toMatchObject({
      name: 'Anna Kowalska',
      lockerId: 'KRA010',
      phone: '+48 600 100 200',
      preferredMethodId: 'locker',
    });
    expect(info.missing).toEqual(['payment', 'method']);
    h.shipping.saveCustomer(
      {
        ...h.ref(cart),
        details: CustomerShippingInputSchema.parse({
          name: info.customer.name,
          preferredMethodId: info.customer.preferredMethodId,
          address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
          email: info.customer.email ?? '',
          phone: info.customer.phone ?? '',
          lockerId: info.customer.lockerId ?? '',
        }),
      },
      host,
    );
    expect(h.shipping.cart(cart)).toMatchObject({ methodId: 'locker', kind: 'locker', parcelSize: 'B', missing: ['payment'] });
    // An unknown preferred method is refused with what is wrong.
    const bad = CustomerShippingInputSchema.parse({
      name: 'X',
      email: '',
      phone: '',
      address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
      preferredMethodId: 'pigeon',
      lockerId: '',
    });
    expect(codeOf(() => h.shipping.saveCustomer({ ...h.ref(cart), details: bad }, host))).toBe('invalid_input');
    // The seller's parcel size wins over the items'.
    expect(h.shipping.setParcel({ ...h.ref(cart), parcelSize: 'C', weightGrams: 1200, note: '' }, host)).toMatchObject({
      parcelSize: 'C',
      parcelSizeDerived: 'B',
      weightGrams: 1200,
    });
  });
});

describe('shipping: tracking import', () => {
  it('matches references to carts, previews without writing, then ships the matched carts all at once', () => {
    h = shippingHarness();
    const csv = fixture('tracking-inpost.csv');
    const preview = h.shipping.importTracking({ csv, apply: false }, host);
    expect(preview).toMatchObject({ referenceColumn: 'Numer referencyjny', trackingColumn: 'Numer przesyłki', applied: false });
    expect(preview.rows.map((r) => [r.line, r.reference, r.cartId, r.status])).toEqual([
      [2, 'C000001', h.anna, 'ship'],
      [3, 'c2', h.jan, 'ship'],
      [4, 'C999999', null, 'unknown'],
      [5, 'C000003', h.aigul, 'empty'],
      [6, 'C000003', h.aigul, 'conflict'],
    ]);
    expect(preview.shipped).toEqual([h.anna, h.jan]);
    expect(h.carts.get(h.anna).state).toBe('paid');

    const applied = h.shipping.importTracking({ csv, apply: true }, host);
    expect(applied.shipped).toEqual([h.anna, h.jan]);
    expect(h.carts.get(h.anna).state).toBe('shipped');
    expect(h.shipping.cart(h.jan)).toMatchObject({ state: 'shipped', trackingNumber: '620000000000000000000002' });
    expect(h.carts.get(h.aigul).state).toBe('paid');

    const again = h.shipping.importTracking({ csv, apply: true }, host);
    expect(again.rows.slice(0, 2).map((r) => r.status)).toEqual(['same', 'same']);
    expect(again.shipped).toEqual([]);
    expect(codeOf(() => h.shipping.importTracking({ csv: 'a,b\n1,2\n', apply: false }, host))).toBe('invalid_input');
    assertStockInvariant(h.db);
  });
});

describe('shipping: details from a CSV', () => {
  it('saves details by cart reference (blank cells keep what is stored), all or nothing', () => {
    h = shippingHarness();
    const csv = fixture('details.csv');
    expect(importShippingDetails(h.db, csv, false)).toEqual({ customers: 2, rows: 2, errors: [], applied: false });
    expect(h.shipping.cart(h.bob).customer.lockerId).toBeNull();
    expect(importShippingDetails(h.db, csv, true).applied).toBe(true);
    expect(h.shipping.cart(h.bob)).toMatchObject({
      missing: [],
      customer: { name: 'Bob Builder', lockerId: 'WAW01M', phone: '+48 600 999 888', email: 'bob@example.pl' },
    });
    // Jan keeps his street, postcode and city; the flat number and e-mail are added.
    expect(h.shipping.cart(h.jan).customer).toMatchObject({
      email: 'jan@example.pl',
      address: { line1: 'ul. Długa 5/3', line2: 'm. 7', postalCode: '00-950', city: 'Warszawa', country: 'PL' },
    });
    const bad = 'reference,email\nC000001,not-an-email\nC999999,x@y.pl\nC000003,aigul@example.com\n';
    const refused = importShippingDetails(h.db, bad, true);
    expect(refused.applied).toBe(false);
    expect(refused.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(h.shipping.cart(h.aigul).customer.email).toBe('aigul@example.kz');
  });
});
