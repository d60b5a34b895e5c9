// The shipping service beside the carts harness (real SQLite file): four buyers of product A12 with
// the deliveries a seller meets — an InPost locker, cash on delivery by courier, a Kazakh address,
// and a cash-on-delivery locker cart whose details are missing.
import { CommercePublisher } from '../../../electron/core/commerce/publisher';
import { CatalogView } from '../../../electron/core/commerce/catalog-view';
import { ShippingService } from '../../../electron/core/shipping';
import { CustomerShippingInputSchema, type CustomerShippingInput } from '../../../shared/contract';
import { cartsHarness, type Harness } from '../carts/harness';

export const host = { actor: 'host' };

export interface ShippingHarness extends Harness {
  shipping: ShippingService;
  ref(cartId: number): { cartId: number; version: number };
  /** Carts of buyers 0..3 in the scenario. */
  anna: number;
  jan: number;
  aigul: number;
  bob: number;
}

export function shippingHarness(): ShippingHarness {
  const h = cartsHarness({ stock: 10 }) as ShippingHarness;
  const catalog = new CatalogView({ db: h.db, events: h.events, extraIntentRules: () => ({}), log: () => {} });
  const publisher = new CommercePublisher({
    db: h.db,
    clock: () => h.now.value,
    events: h.events,
    catalog,
    currentShowId: () => h.showId,
    overlay: { announceClaim: () => undefined, announceDeal: () => undefined },
    shows: { featured: () => null, refreshFeatured: () => undefined },
    log: () => undefined,
  });
  h.shipping = new ShippingService({
    db: h.db,
    clock: () => h.now.value,
    events: h.events,
    carts: h.carts,
    publisher,
    settings: () => h.settings,
  });
  h.ref = (cartId) => ({ cartId, version: h.carts.get(cartId).version });
  const [s, m] = h.variantIds as [number, number];
  h.db.prepare("UPDATE variants SET sku = 'A12-' || option1").run();
  h.shipping.setProduct({ productId: h.product.id, location: 'R2-S3', parcelSize: 'B', weightGrams: 300 });

  // Parsed with the contract's schema, as the server does ('' -> null, upper-case locker and country).
  const details = (d: Partial<CustomerShippingInput> & { name: string }) =>
    CustomerShippingInputSchema.parse({
      email: '',
      phone: '',
      address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
      preferredMethodId: null,
      lockerId: '',
      ...d,
    });

  h.claim(0, m, 1);
  h.anna = h.cartOf(0);
  h.shipping.saveCustomer(
    {
      ...h.ref(h.anna),
      details: details({
        name: 'Anna Kowalska',
        email: 'anna@example.pl',
        phone: '+48 600 100 200',
        preferredMethodId: 'locker',
        lockerId: 'kra010',
      }),
    },
    host,
  );
  h.shipping.setParcel({ ...h.ref(h.anna), parcelSize: null, weightGrams: null, note: '=fragile, wrap twice' }, host);
  h.carts.markPaid({ carts: [h.ref(h.anna)] }, host);

  h.claim(1, s, 2);
  h.jan = h.cartOf(1);
  h.carts.setShipping({ ...h.ref(h.jan), methodId: 'courier' }, host);
  h.carts.setPaymentMethod({ ...h.ref(h.jan), method: 'cash_on_delivery' }, host);
  h.shipping.saveCustomer(
    {
      ...h.ref(h.jan),
      details: details({
        name: 'Jan Nowak',
        phone: '600200300',
        address: { line1: 'ul. Długa 5/3', line2: '', postalCode: '00-950', city: 'Warszawa', country: 'pl' },
      }),
    },
    host,
  );

  h.claim(2, s, 1);
  h.aigul = h.cartOf(2);
  h.carts.setShipping({ ...h.ref(h.aigul), methodId: 'courier' }, host);
  h.shipping.saveCustomer(
    {
      ...h.ref(h.aigul),
      details: details({
        name: 'Айгүл Сапарова',
        email: 'aigul@example.kz',
        phone: '+7 701 111 22 33',
        address: { line1: 'Абай даңғылы 10', line2: 'кв. 5', postalCode: '050000', city: 'Алматы', country: 'KZ' },
      }),
    },
    host,
  );
  h.carts.markPaid({ carts: [h.ref(h.aigul)] }, host);

  h.claim(3, m, 1);
  h.bob = h.cartOf(3);
  h.carts.setShipping({ ...h.ref(h.bob), methodId: 'locker' }, host);
  h.carts.setPaymentMethod({ ...h.ref(h.bob), method: 'cash_on_delivery' }, host);
  const close = h.close;
  h.close = () => {
    catalog.close();
    close();
  };
  return h;
}
