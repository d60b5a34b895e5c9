import { z } from 'zod';
import { CART_STATES, CARTS_ROLES, CASH_ON_DELIVERY as CASH_ON_DELIVERY_VALUE, PAYMENT_METHODS } from './carts-values';
import { command, event, CurrencySchema, IdSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { PlatformSchema } from './chat';
import { OrderBuyerSchema, OrderSchema, OrderStateSchema } from './orders';
import { ShippingKindSchema } from './settings';

/**
 * Carts (issue 11): after the show, a buyer's order lines in a show form one cart. The seller
 * reviews every cart (lines, proof, history), edits lines, asks for payment (which starts the
 * payment deadline), marks carts paid and packed, releases unpaid lines (stock back, the
 * variant's waitlist served first come first served), combines a customer's open carts across
 * shows into one parcel, and records returns.
 *
 * Concurrency: a cart has a `version` that grows with every change of the cart or its lines
 * (chat claims and the live screens' order actions included). Every edit command names the
 * version it was made against; a stale one is refused with the typed `conflict` error and
 * changes nothing (bulk commands are all or nothing). After every committed change clients
 * hear `carts.changed` with the carts as they are now.
 *
 * Roles: the host may do everything. A moderator (the console) may view carts (list, get, the
 * releases due), mark carts paid and confirm (or keep) the releases that fell due while the
 * studio was closed; editing lines, shipping, payment requests, releasing, packing, combining
 * and returns are the host's.
 *
 * Money is integer minor units of the shop currency; times are UTC ms (shown in the show's
 * time zone). Which line states hold stock, and what revenue is, are defined once in
 * shared/domain/order-states.ts.
 */

/**
 * A cart's state, derived from its lines (shared/domain/cart-state.ts):
 * - open: something waits for the seller (unpaid lines before the payment request, lines that
 *   need details or are held or waitlisted);
 * - awaiting_payment: the payment request was sent and unpaid lines wait for the money;
 * - paid / packed / shipped: every line that holds stock got at least that far (the least
 *   advanced line names the state: one paid and one shipped line -> paid);
 * - released: nothing holds stock or waits any more, and some line was released;
 * - closed: nothing holds stock or waits (cancelled or returned lines only, or none);
 * - combined: its lines moved into another cart of the same customer (combinedInto).
 */
export const CartStateSchema = z.enum(CART_STATES);
export type CartState = z.infer<typeof CartStateSchema>;

/** How the buyer pays. cash_on_delivery carts ship unpaid and are never released by a deadline. */
export const PaymentMethodSchema = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;
export const CASH_ON_DELIVERY: PaymentMethod = CASH_ON_DELIVERY_VALUE;

/** The chat message an order line came from: the proof of the claim. */
export const ClaimProofSchema = z.object({
  messageSeq: z.number().int().positive(),
  platform: PlatformSchema,
  platformMessageId: z.string(),
  text: z.string(),
  /** The platform's own time, when it gave one. */
  sentAt: TimestampSchema.nullable(),
  /** When the studio received it. */
  receivedAt: TimestampSchema,
  /** The message was deleted on the platform (or its author banned) after the claim; the text is kept. */
  deleted: z.boolean(),
});
export type ClaimProof = z.infer<typeof ClaimProofSchema>;

/** An order line as a cart shows it. */
export const CartLineSchema = OrderSchema.extend({
  cartId: IdSchema,
  /** quantity x unit price (0 while the price is unknown: a "needs details" line). */
  lineTotalMinor: MinorUnitsSchema,
  /** The line's state holds stock now (shared/domain/order-states.ts). */
  holdsStock: z.boolean(),
  /** Units that came back after shipping; quantity - returnedQuantity are kept by the buyer. */
  returnedQuantity: z.number().int().nonnegative(),
  /** Money given back for this line (returns; part of a refund may be kept for a damaged item). */
  refundMinor: MinorUnitsSchema,
  /** When the line was shipped (its last move to shipped); null before. */
  shippedAt: TimestampSchema.nullable(),
  /** The end of the 14-day withdrawal window (shippedAt + 14 days); later returns need the seller's explicit choice. */
  returnableUntil: TimestampSchema.nullable(),
  /** Null for lines typed in by staff (phone, DM). */
  proof: ClaimProofSchema.nullable(),
});
export type CartLine = z.infer<typeof CartLineSchema>;

/** The shipping method chosen for a cart, as it was when chosen (a later price change in settings does not move it). */
export const CartShippingSchema = z.object({
  methodId: z.string(),
  name: z.string(),
  kind: ShippingKindSchema,
  priceMinor: MinorUnitsSchema,
  /** Goods of at least this much ship free; null: never free. */
  freeOverMinor: MinorUnitsSchema.nullable(),
});
export type CartShipping = z.infer<typeof CartShippingSchema>;

/** A cart as the Review table lists it. */
export const CartSchema = z.object({
  id: IdSchema,
  /** The show the cart was opened for (null: orders taken with no show). */
  showId: IdSchema.nullable(),
  showTitle: z.string().nullable(),
  /** Every show its lines come from (more than one once carts were combined). */
  showIds: z.array(IdSchema),
  buyer: OrderBuyerSchema,
  customerId: IdSchema,
  state: CartStateSchema,
  /** Grows with every change of the cart or its lines; edits name it (stale -> conflict). */
  version: z.number().int().positive(),
  /** Set when this cart's lines moved into that cart (combined). */
  combinedInto: IdSchema.nullable(),
  /** Carts combined into this one. */
  combinedFrom: z.array(IdSchema),
  /** Lines holding stock, their units (returned units left out) and their line totals. */
  linesHoldingStock: z.number().int().nonnegative(),
  units: z.number().int().nonnegative(),
  goodsMinor: MinorUnitsSchema,
  /** How many lines are in each state (states with none left out). */
  lineCounts: z.partialRecord(OrderStateSchema, z.number().int().positive()),
  shipping: CartShippingSchema.nullable(),
  /** Charged once per cart (a combined parcel pays it once); 0 without a method, without lines, or over the free threshold. */
  shippingFeeMinor: MinorUnitsSchema,
  /** goodsMinor + shippingFeeMinor: what the buyer pays. */
  totalMinor: MinorUnitsSchema,
  /** Refunds given on its lines. */
  refundMinor: MinorUnitsSchema,
  currency: CurrencySchema,
  paymentMethod: PaymentMethodSchema.nullable(),
  /** When the payment request was marked sent: the deadline runs from here. */
  paymentRequestedAt: TimestampSchema.nullable(),
  reminderAt: TimestampSchema.nullable(),
  deadlineAt: TimestampSchema.nullable(),
  /** The reminder time has passed and lines still wait for payment: a reminder text is ready (carts.get). */
  reminderDue: z.boolean(),
  /** The deadline has passed and lines still wait for payment (never for cash on delivery). */
  releaseDue: z.boolean(),
  paidAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Cart = z.infer<typeof CartSchema>;

/** What a cart-level history line records (line state changes and edits are 'line'). */
export const CartEventKindSchema = z.enum([
  'line',
  'combined',
  'shipping',
  'payment_method',
  'payment_requested',
  'paid',
  'release_kept',
  'non_payment',
]);
export type CartEventKind = z.infer<typeof CartEventKindSchema>;

/** One line of a cart's history: every order_events row of its lines and of the cart itself, with who did it. */
export const CartEventSchema = z.object({
  id: IdSchema,
  cartId: IdSchema,
  kind: CartEventKindSchema,
  /** The line it is about; null for a cart-level change. */
  orderId: IdSchema.nullable(),
  fromState: OrderStateSchema.nullable(),
  /** Null for a cart-level change. */
  toState: OrderStateSchema.nullable(),
  /** 'chat:<platform>:<user>' for the buyer, a staff actor name, or 'studio' (the deadline sweeper, waitlist promotion). */
  actor: z.string(),
  reason: z.string().nullable(),
  at: TimestampSchema,
});
export type CartEvent = z.infer<typeof CartEventSchema>;

/** A postal or parcel-locker address (the customers issue edits it; shown here read-only). */
export const ShippingAddressSchema = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().default(''),
  postalCode: z.string(),
  city: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  /** A parcel locker's id (InPost Paczkomat …), when the buyer picked one. */
  lockerId: z.string().nullable().default(null),
});
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;

/** The customer behind the cart's buyer: contact and shipping details. */
export const CartCustomerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: ShippingAddressSchema.nullable(),
  /** Earlier non-payments of this customer (released for non-payment), across shows; one made good by a late payment no longer counts. */
  nonPayments: z.number().int().nonnegative(),
});
export type CartCustomer = z.infer<typeof CartCustomerSchema>;

/** A line paid for after its release that could not get its stock back (the seller must refund or offer another). */
export const UnrestoredLineSchema = z.object({
  cartId: IdSchema,
  orderId: IdSchema,
  productCode: z.string(),
  variantOptions: z.array(z.string()),
  quantity: z.number().int().positive(),
  /** Free units of the variant at the moment (fewer than the line needs). */
  freeStock: z.number().int().nonnegative(),
});
export type UnrestoredLine = z.infer<typeof UnrestoredLineSchema>;

/** A cart's page: the cart, every line with its proof, the customer and the history. */
export const CartDetailSchema = CartSchema.extend({
  lines: z.array(CartLineSchema),
  customer: CartCustomerSchema,
  history: z.array(CartEventSchema),
  /** The payment reminder in the buyer's language, while one is due; null otherwise. */
  reminderText: z.string().nullable(),
  /** Lines the buyer paid for after their release that are still released (no stock to give back): refund or offer another. */
  unrestored: z.array(UnrestoredLineSchema),
});
export type CartDetail = z.infer<typeof CartDetailSchema>;

/** A cart named with the version the edit was made against. */
export const CartRefSchema = z.object({ cartId: IdSchema, version: z.number().int().positive() }).strict();
export type CartRef = z.infer<typeof CartRefSchema>;
const BulkCarts = z.array(CartRefSchema).min(1).max(1000);

export const CartListFilterSchema = z
  .object({
    /** Left out: the newest show that has started; null: every show. */
    showId: IdSchema.nullable().optional(),
    states: z.array(CartStateSchema).min(1).optional(),
    /** Carts with a line of this product. */
    productId: IdSchema.optional(),
    buyerId: IdSchema.optional(),
    platform: z.string().min(1).max(40).optional(),
    /** A method, or 'none' for carts without one yet. */
    paymentMethod: z.union([PaymentMethodSchema, z.literal('none')]).optional(),
    /** Buyer name or platform id, customer name/email/phone, product code or title, SKU (case-insensitive, contains). */
    search: z.string().trim().max(100).optional(),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const CartListSchema = z.object({
  /** The show listed (null: every show). */
  showId: IdSchema.nullable(),
  /** The page: buyer name order, then id. */
  carts: z.array(CartSchema),
  /** Carts matching the filter, all pages. */
  total: z.number().int().nonnegative(),
  /** Carts of the show per state, before the state filter (the filter chips' counts). */
  counts: z.record(CartStateSchema, z.number().int().nonnegative()),
});
export type CartList = z.infer<typeof CartListSchema>;

const Edit = { cartId: IdSchema, version: z.number().int().positive() };
const Reason = z.string().trim().max(500).optional();

export const cartsCommands = {
  'carts.list': command({
    summary:
      'A show’s carts (the newest started show unless showId says otherwise) filtered by state, product, buyer, platform, payment method and search, a page at a time, with counts per state.',
    input: CartListFilterSchema,
    output: CartListSchema,
    roles: CARTS_ROLES['carts.list'],
  }),
  'carts.get': command({
    summary:
      'A cart’s page: its lines with the chat message each came from (text, platform, time), the customer, and the history with who did what.',
    input: z.object({ cartId: IdSchema }).strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.get'],
  }),
  'carts.editLine': command({
    summary:
      'Change a line’s variant and/or quantity (a line not yet paid: claimed, confirmed, waitlisted, needs details or held). Units given back serve the waitlist first; new units are taken at the price of now, or the line joins the waitlist.',
    input: z
      .object({ ...Edit, orderId: IdSchema, variantId: IdSchema.optional(), quantity: z.number().int().positive().max(999).optional() })
      .strict()
      .refine((i) => i.variantId !== undefined || i.quantity !== undefined, {
        message: 'change the variant or the quantity',
        path: ['quantity'],
      }),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.editLine'],
  }),
  'carts.addLine': command({
    summary:
      'Add a line by hand (a phone or DM order) to the cart, for its buyer and show: it takes stock at the price of now, or joins the waitlist; without a variant it needs details.',
    input: z
      .object({
        ...Edit,
        productId: IdSchema,
        variantId: IdSchema.nullable().default(null),
        quantity: z.number().int().positive().max(999).default(1),
        note: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.addLine'],
  }),
  'carts.removeLine': command({
    summary:
      'Remove a line (it is cancelled, not erased): its stock goes back and serves the variant’s waitlist first come first served, as a live cancel does.',
    input: z.object({ ...Edit, orderId: IdSchema, reason: Reason }).strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.removeLine'],
  }),
  'carts.release': command({
    summary:
      'Release the unpaid lines (claimed, confirmed) of these carts: stock back, waitlists served first come first served; a non-payment is recorded for the buyer unless nonPayment is false. All or nothing.',
    input: z.object({ carts: BulkCarts, nonPayment: z.boolean().default(true), reason: Reason }).strict(),
    output: z.object({ carts: z.array(CartSchema) }),
    roles: CARTS_ROLES['carts.release'],
  }),
  'carts.markPaid': command({
    summary:
      'Mark these carts paid: unpaid lines become paid; lines released after the payment request get their stock back when it is free, else they are listed as unrestored for the seller. All or nothing.',
    input: z.object({ carts: BulkCarts }).strict(),
    output: z.object({ carts: z.array(CartSchema), restored: z.array(IdSchema), unrestored: z.array(UnrestoredLineSchema) }),
    roles: CARTS_ROLES['carts.markPaid'],
  }),
  'carts.markPacked': command({
    summary:
      'Mark these carts packed: paid lines (and, for cash on delivery, unpaid ones) become packed. A cart with unpaid lines and another payment method is refused. All or nothing.',
    input: z.object({ carts: BulkCarts }).strict(),
    output: z.object({ carts: z.array(CartSchema) }),
    roles: CARTS_ROLES['carts.markPacked'],
  }),
  'carts.combine': command({
    summary:
      'Combine the same customer’s open carts (across shows) into one: the lines move into `into`, one payment and one parcel (shipping charged once). The others become combined. All or nothing.',
    input: z.object({ into: CartRefSchema, carts: z.array(CartRefSchema).min(1).max(50) }).strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.combine'],
  }),
  'carts.setShipping': command({
    summary:
      'Choose the cart’s shipping method from settings.shipping.methods (null: none yet); its price and free-over threshold are kept as they are now.',
    input: z.object({ ...Edit, methodId: z.string().min(1).max(60).nullable() }).strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.setShipping'],
  }),
  'carts.setPaymentMethod': command({
    summary: 'Set how the buyer pays (null: not known yet). Cash on delivery takes the cart off every payment deadline.',
    input: z.object({ ...Edit, method: PaymentMethodSchema.nullable() }).strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.setPaymentMethod'],
  }),
  'carts.requestPayment': command({
    summary:
      'Mark the payment request sent for these carts: the reminder and the deadline start now (settings.deadlines). Sent again, they start again. All or nothing.',
    input: z.object({ carts: BulkCarts }).strict(),
    output: z.object({ carts: z.array(CartSchema) }),
    roles: CARTS_ROLES['carts.requestPayment'],
  }),
  'carts.returnLine': command({
    summary:
      'Record that `quantity` units of a shipped line came back, with the money refunded, restocked or written off. Within 14 days of shipping; later only with late: true (the seller’s choice).',
    input: z
      .object({
        ...Edit,
        orderId: IdSchema,
        quantity: z.number().int().positive().max(999),
        refundMinor: MinorUnitsSchema.min(0),
        stock: z.enum(['restock', 'write_off']),
        late: z.boolean().default(false),
        reason: Reason,
      })
      .strict(),
    output: CartDetailSchema,
    roles: CARTS_ROLES['carts.returnLine'],
  }),
  'carts.releasesDue': command({
    summary:
      'Carts whose payment deadline passed but were not released automatically (it fell due while the studio was closed, or auto-release is off): the seller confirms each release or keeps the cart.',
    input: z.object({}).strict(),
    output: z.object({ carts: z.array(CartSchema) }),
    roles: CARTS_ROLES['carts.releasesDue'],
  }),
  'carts.confirmReleases': command({
    summary:
      'Decide on releases that fell due: release (as carts.release, with a non-payment) or keep (the deadline is cleared; the seller waits for the money). All or nothing.',
    input: z.object({ carts: BulkCarts, action: z.enum(['release', 'keep']) }).strict(),
    output: z.object({ carts: z.array(CartSchema) }),
    roles: CARTS_ROLES['carts.confirmReleases'],
  }),
} as const;

export const cartsEvents = {
  'carts.changed': event({
    summary: 'Carts changed (lines, payment, shipping, deadlines, a reminder falling due), on disk already; each as it is now.',
    payload: z.object({ carts: z.array(CartSchema).min(1) }),
    roles: STAFF,
  }),
} as const;
