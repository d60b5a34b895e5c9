import {
  StudioError,
  type CartShippingInfo,
  type CommandParsedInput,
  type PackingSlip,
  type PickList,
  type Settings,
  type ShippingExport,
  type TrackingPreview,
} from '../../../shared/contract';
import { isUnpaid } from '../../../shared/domain/order-states';
import { cartReference, parseCartReference } from '../../../shared/domain/shipping';
import type { CartsService } from '../carts';
import { buildCarts } from '../carts/views';
import type { Clock } from '../clock';
import { Effects } from '../commerce/effects';
import type { CommercePublisher } from '../commerce/publisher';
import { packingSlip, type SlipSize } from '../documents/packing-slip';
import type { StudioEvents } from '../events';
import { getCartRow, insertCartEvent, listCartHeaders, setCartShipping } from '../store/carts';
import type { Db } from '../store/db';
import { cartOrderRows } from '../store/orders';
import { cartParcels, customerShippingOfCarts, saveCustomerShipping, setCartParcel, setProductShipping } from '../store/shipping';
import { getShop } from '../store/shop';
import { getShow, lastStartedShowId } from '../store/shows';
import { readTx, writeTx } from '../store/sql';
import { pickListPdf } from '../documents/pick-list';
import { pickList, pickListCsv } from './pick-list';
import { shippingExport } from './presets';
import { importTracking, shipCart } from './ship';
import { packingSlips, shippingViews } from './views';

export interface Caller {
  actor: string;
}

export interface ShippingServiceDeps {
  db: Db;
  clock: Clock;
  events: StudioEvents;
  /** Packing is the carts' markPacked (the same rules: paid, or cash on delivery). */
  carts: Pick<CartsService, 'markPacked'>;
  /** Publishes the order changes of shipping (orders, summary); carts.changed follows. */
  publisher: CommercePublisher;
  settings: () => Pick<Settings, 'shipping' | 'shippingExport'>;
}

/**
 * Pick, pack and ship (issue 13): the contract's shipping commands. Changes run in one IMMEDIATE
 * transaction that checks the cart version the caller named (stale -> conflict, nothing written),
 * and are announced after the commit as carts.changed (and the commerce events for order lines).
 */
export class ShippingService {
  private readonly db: Db;

  constructor(private readonly deps: ShippingServiceDeps) {
    this.db = deps.db;
  }

  // --- reading -------------------------------------------------------------------------------

  cart(cartId: number): CartShippingInfo {
    const view = readTx(this.db, () => shippingViews(this.db, [cartId], this.deps.clock()))[0];
    if (!view) throw StudioError.of('not_found', 'noCartWithId', { cartId });
    return view.info;
  }

  slip(input: CommandParsedInput<'shipping.slip'>): PackingSlip {
    let cartId: number | null;
    if ('cartId' in input) cartId = input.cartId;
    else {
      cartId = parseCartReference(input.reference);
      if (cartId === null) throw StudioError.of('not_found', 'isNotACartReferenceA', { reference: input.reference });
    }
    const row = getCartRow(this.db, cartId);
    if (!row) throw StudioError.of('not_found', 'noCart', { reference: cartReference(cartId) });
    // A combined cart's parcel is the cart it went into.
    const id = row.combinedInto ?? cartId;
    const slip = readTx(this.db, () => packingSlips(this.db, [id], this.deps.clock()))[0];
    if (!slip) throw StudioError.of('not_found', 'noCart', { reference: cartReference(id) });
    return slip;
  }

  async slipPdf(input: CommandParsedInput<'shipping.slipPdf'>): Promise<{ fileName: string; pdfBase64: string }> {
    const slip = this.slip({ cartId: input.cartId });
    const bytes = await packingSlip([slip], input.size as SlipSize, new Date(this.deps.clock()), getShop(this.db)?.language);
    return { fileName: `packing-slip-${slip.reference}-${input.size}.pdf`, pdfBase64: bytes.toString('base64') };
  }

  pickList(input: CommandParsedInput<'shipping.pickList'>): PickList {
    const showId = input.showId === undefined ? lastStartedShowId(this.db) : input.showId;
    return pickList(this.db, { showId, cartIds: input.cartIds });
  }

  async pickListFile(input: CommandParsedInput<'shipping.pickListFile'>): Promise<{ fileName: string; mimeType: string; base64: string }> {
    const list = this.pickList(input);
    const name = `pick-list${list.showId === null ? '' : `-show-${list.showId}`}`;
    if (input.format === 'csv')
      return { fileName: `${name}.csv`, mimeType: 'text/csv', base64: Buffer.from(pickListCsv(list)).toString('base64') };
    const heading = list.showId === null ? '' : (getShow(this.db, list.showId)?.title ?? '');
    const bytes = await pickListPdf(list, heading, new Date(this.deps.clock()), getShop(this.db)?.language);
    return { fileName: `${name}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
  }

  export(input: CommandParsedInput<'shipping.export'>): ShippingExport {
    const showId = input.showId === undefined ? lastStartedShowId(this.db) : input.showId;
    return shippingExport(this.db, showId, input.preset, this.deps.settings(), this.deps.clock());
  }

  // --- changing ------------------------------------------------------------------------------

  saveCustomer(input: CommandParsedInput<'shipping.saveCustomer'>, caller: Caller): CartShippingInfo {
    const { details } = input;
    const methods = this.deps.settings().shipping.methods;
    const preferred = details.preferredMethodId === null ? null : methods.find((m) => m.id === details.preferredMethodId);
    if (details.preferredMethodId !== null && !preferred)
      throw StudioError.of('invalid_input', 'noDeliveryMethodInTheShipping', { preferredMethodId: details.preferredMethodId }, [
        { path: 'details.preferredMethodId', message: 'not one of settings.shipping.methods' },
      ]);
    this.change(input, (now) => {
      const customer = customerShippingOfCarts(this.db, [input.cartId]).get(input.cartId);
      if (!customer) throw StudioError.of('not_found', 'cartHasNoCustomer', { cartId: input.cartId });
      const a = details.address;
      const hasAddress = [a.line1, a.line2, a.postalCode, a.city].some((v) => v !== '');
      saveCustomerShipping(this.db, customer.customerId, {
        name: details.name,
        email: details.email,
        phone: details.phone,
        address: hasAddress || a.country ? { name: details.name, ...a } : null,
        preferredMethodId: details.preferredMethodId,
        lockerId: details.lockerId,
      });
      const cart = getCartRow(this.db, input.cartId)!;
      if (cart.shipping === null && preferred) {
        setCartShipping(
          this.db,
          input.cartId,
          {
            methodId: preferred.id,
            name: preferred.name,
            kind: preferred.kind,
            priceMinor: preferred.priceMinor,
            freeOverMinor: preferred.freeOverMinor,
          },
          now,
        );
        insertCartEvent(
          this.db,
          input.cartId,
          'shipping',
          caller.actor,
          `delivery: ${preferred.name} (the customer’s preferred method)`,
          now,
        );
      }
      insertCartEvent(this.db, input.cartId, 'shipping', caller.actor, 'shipping details saved', now);
    });
    return this.cart(input.cartId);
  }

  setParcel(input: CommandParsedInput<'shipping.setParcel'>, caller: Caller): CartShippingInfo {
    this.change(input, (now) => {
      const before = cartParcels(this.db, [input.cartId]).get(input.cartId)!;
      setCartParcel(this.db, input.cartId, { parcelSize: input.parcelSize, weightGrams: input.weightGrams, note: input.note }, now);
      if (before.parcelSize !== input.parcelSize)
        insertCartEvent(this.db, input.cartId, 'shipping', caller.actor, `parcel size ${input.parcelSize ?? 'from the items'}`, now);
    });
    return this.cart(input.cartId);
  }

  setProduct(input: CommandParsedInput<'shipping.setProduct'>): { productId: number } {
    const done = writeTx(this.db, () =>
      setProductShipping(
        this.db,
        input.productId,
        { location: input.location, parcelSize: input.parcelSize, weightGrams: input.weightGrams },
        this.deps.clock(),
      ),
    );
    if (!done) throw StudioError.of('not_found', 'noProductWithId', { productId: input.productId });
    // The product's location, parcel size and weight are catalog fields: every window re-lists it.
    this.deps.events.publish('catalog.changed', { reason: 'edit', productIds: [input.productId], at: this.deps.clock() });
    return { productId: input.productId };
  }

  pack(input: CommandParsedInput<'shipping.pack'>, caller: Caller): PackingSlip {
    const row = getCartRow(this.db, input.cartId);
    if (!row) throw StudioError.of('not_found', 'noCartWithId', { cartId: input.cartId });
    const lines = cartOrderRows(this.db, input.cartId);
    if (!lines.some((o) => o.state === 'paid' || (row.paymentMethod === 'cash_on_delivery' && isUnpaid(o.state))))
      throw StudioError.of(
        'conflict',
        lines.some((o) => o.state === 'packed' || o.state === 'shipped') ? 'cartPackedAlready' : 'cartNothingToPack',
        { cart: cartReference(input.cartId) },
      );
    this.deps.carts.markPacked({ carts: [{ cartId: input.cartId, version: input.version }] }, caller);
    return this.slip({ cartId: input.cartId });
  }

  ship(input: CommandParsedInput<'shipping.ship'>, caller: Caller): PackingSlip {
    const effects = new Effects();
    // Carriers print tracking numbers in groups (6200 0000 01); the number is the same without the spaces.
    const tracking = input.trackingNumber.replace(/\s+/g, '');
    if (tracking.length < 3) throw StudioError.of('invalid_input', 'aTrackingNumberHasAtLeast');
    this.change(input, (now) => shipCart(this.db, input.cartId, tracking, caller.actor, now, effects), effects);
    return this.slip({ cartId: input.cartId });
  }

  importTracking(input: CommandParsedInput<'shipping.importTracking'>, caller: Caller): TrackingPreview {
    const { preview, effects } = importTracking(this.db, input.csv, { apply: input.apply, actor: caller.actor, now: this.deps.clock() });
    if (preview.applied) this.publish(preview.shipped, effects);
    return preview;
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** One transaction after checking the named cart's version; carts.changed (and commerce events) after the commit. */
  private change(ref: { cartId: number; version: number }, work: (now: number) => void, effects = new Effects()): void {
    const now = this.deps.clock();
    writeTx(this.db, () => {
      const row = getCartRow(this.db, ref.cartId);
      if (!row) throw StudioError.of('not_found', 'noCartWithId', { cartId: ref.cartId });
      if (row.version !== ref.version)
        throw StudioError.of('conflict', 'cartChangedSinceYouOpenedIt', { cart: ref.cartId }, [
          { path: `cart.${ref.cartId}`, message: `version ${ref.version} is stale` },
        ]);
      work(now);
    });
    this.publish([ref.cartId], effects);
  }

  private publish(cartIds: readonly number[], effects: Effects): void {
    if (!effects.empty) this.deps.publisher.publish(effects);
    if (cartIds.length === 0) return;
    const carts = buildCarts(this.db, listCartHeaders(this.db, { ids: cartIds }), this.deps.clock());
    if (carts.length) this.deps.events.publish('carts.changed', { carts });
  }
}
