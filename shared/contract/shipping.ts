import { z } from 'zod';
import { command, CurrencySchema, HOST_ONLY, IdSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { CartStateSchema, PaymentMethodSchema, ShippingAddressSchema } from './carts';
import { ShippingKindSchema } from './settings';
import { ShippingPresetSchema } from './shipping-columns';
import { LocationSchema, ParcelSizeSchema, WeightGramsSchema } from './catalog';

/**
 * Pick, pack and ship (issue 13). After payment the seller picks the items off the shelves (the
 * pick list, walked by bin/location then SKU), packs each cart (its packing slip: items, the
 * buyer's delivery, the cart reference as text, Code 128 and QR), and creates the shipments (a
 * carrier's CSV: generic courier, InPost parcel lockers, Kazpost). Scanning a cart reference in
 * the Packing screen opens its slip; checking the items marks it packed; a tracking number pasted,
 * scanned or imported from the carrier's CSV marks it shipped.
 *
 * A cart's reference is `C` and its id in at least six digits (`C000042`): printed on the slip,
 * exported as every sheet's reference, and what the scan step and the tracking import read back.
 *
 * Roles: staff may read (the panel, slips, the pick list, exports, a tracking preview); changing
 * details, packing and shipping are the host's (as carts.markPacked is).
 */

export { ParcelSizeSchema, type ParcelSize } from './catalog';

/** What a cart still lacks before it can ship (shared/domain/shipping.ts says which apply to which delivery). */
export const ShippingMissingSchema = z.enum([
  'items',
  'payment',
  'method',
  'name',
  'address',
  'postal_code',
  'city',
  'country',
  'phone',
  'email',
  'locker',
  'parcel_size',
  'weight',
]);
export type ShippingMissing = z.infer<typeof ShippingMissingSchema>;

const Text = (max: number) => z.string().trim().max(max);
/** A phone number as people type it: digits, spaces, +, -, parentheses. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ()-]{6,}$/, 'a phone number: digits, spaces, + - ( )');
export const EmailSchema = z.string().trim().max(200).pipe(z.email('an e-mail address'));
/** A parcel locker's id as the carrier names it (InPost: KRA010, WAW01M, POZ08A …). */
export const LockerIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'a parcel locker id such as KRA010');

/** The shipping details the studio keeps per customer (remembered for the next show). */
export const CustomerShippingSchema = z.object({
  customerId: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Postal address (its lockerId is not used: the locker is lockerId below). */
  address: ShippingAddressSchema.nullable(),
  /** A settings.shipping.methods id the buyer prefers; a new cart of theirs gets it. */
  preferredMethodId: z.string().nullable(),
  lockerId: z.string().nullable(),
});
export type CustomerShipping = z.infer<typeof CustomerShippingSchema>;

/** A cart's shipping as the cart's page shows it. */
export const CartShippingInfoSchema = z.object({
  cartId: IdSchema,
  reference: z.string(),
  version: z.number().int().positive(),
  state: CartStateSchema,
  methodId: z.string().nullable(),
  methodName: z.string().nullable(),
  kind: ShippingKindSchema.nullable(),
  paymentMethod: PaymentMethodSchema.nullable(),
  /** The size the seller chose; null: the derived one applies. */
  parcelSizeChosen: ParcelSizeSchema.nullable(),
  /** The largest default size of its items (null: no item has one). */
  parcelSizeDerived: ParcelSizeSchema.nullable(),
  parcelSize: ParcelSizeSchema.nullable(),
  weightGramsChosen: z.number().int().positive().nullable(),
  /** Sum of its items' weights (null when an item has none). */
  weightGramsDerived: z.number().int().positive().nullable(),
  weightGrams: z.number().int().positive().nullable(),
  note: z.string(),
  trackingNumber: z.string().nullable(),
  shippedAt: TimestampSchema.nullable(),
  /** Cash on delivery: the amount the carrier collects (the cart's total); null for other payment methods. */
  codAmountMinor: MinorUnitsSchema.nullable(),
  currency: CurrencySchema,
  /** Empty: ready to ship. */
  missing: z.array(ShippingMissingSchema),
  customer: CustomerShippingSchema,
});
export type CartShippingInfo = z.infer<typeof CartShippingInfoSchema>;

/** One item line of a packing slip. */
export const SlipItemSchema = z.object({
  orderId: IdSchema,
  code: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  options: z.array(z.string()),
  quantity: z.number().int().positive(),
  location: z.string().nullable(),
  /** The line is packed (or shipped) already. */
  packed: z.boolean(),
});
export type SlipItem = z.infer<typeof SlipItemSchema>;

/** A packing slip: the same model lays out the PDF (electron/core/documents/packing-slip.ts) and the printable page in the window. */
export const PackingSlipSchema = CartShippingInfoSchema.extend({
  shopName: z.string(),
  buyerName: z.string(),
  showTitle: z.string().nullable(),
  items: z.array(SlipItemSchema),
  units: z.number().int().nonnegative(),
});
export type PackingSlip = z.infer<typeof PackingSlipSchema>;

export const PickCartSchema = z.object({ cartId: IdSchema, reference: z.string(), quantity: z.number().int().positive() });
export const PickRowSchema = z.object({
  variantId: IdSchema,
  productId: IdSchema,
  code: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  options: z.array(z.string()),
  location: z.string().nullable(),
  quantity: z.number().int().positive(),
  /** Which carts the units go to, by reference. */
  carts: z.array(PickCartSchema),
});
export type PickRow = z.infer<typeof PickRowSchema>;
export const PickListSchema = z.object({
  showId: IdSchema.nullable(),
  /** Sorted for walking the shelves: by location (none last), then SKU. */
  rows: z.array(PickRowSchema),
  units: z.number().int().nonnegative(),
  cartIds: z.array(IdSchema),
});
export type PickList = z.infer<typeof PickListSchema>;

/** A cart left out of a sheet, with what it lacks. */
export const ShippingLeftOutSchema = z.object({
  cartId: IdSchema,
  reference: z.string(),
  buyerName: z.string(),
  missing: z.array(ShippingMissingSchema).min(1),
});
export type ShippingLeftOut = z.infer<typeof ShippingLeftOutSchema>;

export const ShippingExportSchema = z.object({
  preset: ShippingPresetSchema,
  fileName: z.string(),
  csv: z.string(),
  /** Carts in the sheet. */
  rows: z.number().int().nonnegative(),
  /** Carts to ship that are not in the sheet, with what is missing. */
  leftOut: z.array(ShippingLeftOutSchema),
});
export type ShippingExport = z.infer<typeof ShippingExportSchema>;

export const TrackingRowStatusSchema = z.enum([
  /** Will be (was) marked shipped with this tracking number. */
  'ship',
  /** Shipped with this same number already: nothing to do. */
  'same',
  /** The reference names no cart. */
  'unknown',
  /** The cart cannot ship: nothing paid or packed (or it was combined away). */
  'not_ready',
  /** The cart is shipped with another number, or another cart has this number. */
  'conflict',
  /** The row has no reference or no tracking number. */
  'empty',
]);
export const TrackingRowSchema = z.object({
  /** 1-based row of the file (header = 1). */
  line: z.number().int().positive(),
  reference: z.string(),
  trackingNumber: z.string(),
  cartId: IdSchema.nullable(),
  buyerName: z.string().nullable(),
  status: TrackingRowStatusSchema,
});
export type TrackingRow = z.infer<typeof TrackingRowSchema>;
export const TrackingPreviewSchema = z.object({
  referenceColumn: z.string(),
  trackingColumn: z.string(),
  rows: z.array(TrackingRowSchema),
  /** Carts marked shipped (apply) or that would be (preview). */
  shipped: z.array(IdSchema),
  applied: z.boolean(),
});
export type TrackingPreview = z.infer<typeof TrackingPreviewSchema>;

const Edit = { cartId: IdSchema, version: z.number().int().positive() };
const ScanSchema = z.string().trim().min(1).max(200);

export const CustomerShippingInputSchema = z
  .object({
    name: Text(120).min(1),
    email: z.union([EmailSchema, z.literal('')]).transform((v) => v || null),
    phone: z.union([PhoneSchema, z.literal('')]).transform((v) => v || null),
    address: z
      .object({
        line1: Text(200),
        line2: Text(200).default(''),
        postalCode: Text(20),
        city: Text(100),
        /** ISO 3166-1 alpha-2 (PL, KZ …). */
        country: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^([A-Z]{2})?$/, 'a two-letter country code such as PL'),
      })
      .strict(),
    preferredMethodId: z.string().min(1).max(60).nullable(),
    lockerId: z.union([LockerIdSchema, z.literal('')]).transform((v) => v || null),
  })
  .strict();
export type CustomerShippingInput = z.input<typeof CustomerShippingInputSchema>;

export const shippingCommands = {
  'shipping.cart': command({
    summary:
      'A cart’s shipping: delivery details of its customer, parcel size and weight, note, tracking, and what is missing before it can ship.',
    input: z.object({ cartId: IdSchema }).strict(),
    output: CartShippingInfoSchema,
    roles: STAFF,
  }),
  'shipping.saveCustomer': command({
    summary:
      'Save the shipping details of the cart’s customer (address, phone, e-mail, preferred method, locker id), remembered for later shows. A cart without a method gets the preferred one.',
    input: z.object({ ...Edit, details: CustomerShippingInputSchema }).strict(),
    output: CartShippingInfoSchema,
    roles: HOST_ONLY,
  }),
  'shipping.setParcel': command({
    summary: 'Choose the cart’s parcel size and weight (null: derived from its items) and the note printed on its packing slip.',
    input: z
      .object({
        ...Edit,
        parcelSize: ParcelSizeSchema.nullable(),
        weightGrams: z.number().int().min(1).max(100_000).nullable(),
        note: Text(500),
      })
      .strict(),
    output: CartShippingInfoSchema,
    roles: HOST_ONLY,
  }),
  'shipping.setProduct': command({
    summary: 'A product’s bin/location on the shelves, default parcel size and weight (null: none).',
    input: z
      .object({
        productId: IdSchema,
        location: LocationSchema.nullable(),
        parcelSize: ParcelSizeSchema.nullable(),
        weightGrams: WeightGramsSchema.nullable(),
      })
      .strict(),
    output: z.object({ productId: IdSchema }),
    roles: HOST_ONLY,
  }),
  'shipping.slip': command({
    summary: 'The packing slip of the cart a scanned or typed reference names (C000042, 42, or a QR code’s text).',
    input: z.union([z.object({ reference: ScanSchema }).strict(), z.object({ cartId: IdSchema }).strict()]),
    output: PackingSlipSchema,
    roles: STAFF,
  }),
  'shipping.slipPdf': command({
    summary: 'A cart’s packing slip as a PDF (A4, or a 100×150 mm thermal label), base64.',
    input: z.object({ cartId: IdSchema, size: z.enum(['a4', '100x150']).default('a4') }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    roles: STAFF,
  }),
  'shipping.pack': command({
    summary: 'Every item was checked into the parcel: the cart is packed (as carts.markPacked).',
    input: z.object(Edit).strict(),
    output: PackingSlipSchema,
    roles: HOST_ONLY,
  }),
  'shipping.ship': command({
    summary:
      'The parcel left with this tracking number: its paid or packed lines (and a cash-on-delivery cart’s unpaid ones) become shipped.',
    input: z.object({ ...Edit, trackingNumber: z.string().trim().min(3).max(80) }).strict(),
    output: PackingSlipSchema,
    roles: HOST_ONLY,
  }),
  'shipping.pickList': command({
    summary:
      'What to take off the shelves: the show’s carts to pack (paid, or cash on delivery) or the selected carts, one row per variant with its units and carts, by location then SKU.',
    input: z.object({ showId: IdSchema.nullable().optional(), cartIds: z.array(IdSchema).min(1).max(5000).optional() }).strict(),
    output: PickListSchema,
    roles: STAFF,
  }),
  'shipping.pickListFile': command({
    summary:
      'The pick list as a file to download: CSV (the CLI’s stable columns: location, sku, code, title, options, quantity, carts) or PDF, base64.',
    input: z
      .object({
        showId: IdSchema.nullable().optional(),
        cartIds: z.array(IdSchema).min(1).max(5000).optional(),
        format: z.enum(['csv', 'pdf']),
      })
      .strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
    roles: STAFF,
  }),
  'shipping.export': command({
    summary:
      'The carrier’s sheet (CSV) for the show’s carts to ship, in a preset’s columns as the seller mapped them; carts with missing details are listed, not dropped silently.',
    input: z.object({ showId: IdSchema.nullable().optional(), preset: ShippingPresetSchema }).strict(),
    output: ShippingExportSchema,
    roles: STAFF,
  }),
  'shipping.importTracking': command({
    summary:
      'Tracking numbers from a carrier’s CSV (reference → tracking number): a preview, or with apply the matched carts are marked shipped (all or nothing).',
    input: z.object({ csv: z.string().min(1).max(2_000_000), apply: z.boolean().default(false) }).strict(),
    output: TrackingPreviewSchema,
    roles: HOST_ONLY,
  }),
} as const;
export * from './shipping-columns';
