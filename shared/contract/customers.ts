import { z } from 'zod';
import { CartSchema, ShippingAddressSchema } from './carts';
export { BuyerBadgesSchema, type BuyerBadges } from './buyer-badges';
import { PlatformSchema } from './chat';
import { command, event, CurrencySchema, HOST_ONLY, IdSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { OrderSchema, QuestionStateSchema } from './orders';

/**
 * Customers across shows and platforms (issue 15). A buyer is one platform identity; a customer
 * is the person behind one or more buyers. Merging moves a customer's buyers (with their carts,
 * orders, questions and non-payments, which follow the buyer) into another customer; every merge
 * is recorded, so an unmerge gives each side back exactly what it had. Reports are computed from
 * the current links (a merge changes past shows' new-vs-returning figures).
 */

/** The built-in tags; the seller adds their own (any short text). */
export const BUILTIN_TAGS = ['vip', 'do_not_sell'] as const;
export const TagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(40, 'a tag is at most 40 characters')
  .regex(/^[^\p{Cc}]+$/u, 'a tag cannot contain control characters');

export const CustomerIdentitySchema = z.object({
  buyerId: IdSchema,
  platform: z.string(),
  platformUserId: z.string(),
  name: z.string(),
  firstSeenAt: TimestampSchema,
  lastSeenAt: TimestampSchema,
});
export type CustomerIdentity = z.infer<typeof CustomerIdentitySchema>;

export const CustomerSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  platforms: z.array(z.string()),
  identities: z.array(CustomerIdentitySchema),
  /** Order lines that hold or held stock and were not cancelled, released or returned. */
  orders: z.number().int().nonnegative(),
  /** Revenue of the customer's lines, as shared/domain/order-states.ts defines it. */
  lifetimeSpendMinor: MinorUnitsSchema,
  currency: CurrencySchema,
  tags: z.array(z.string()),
  /** Shows in which the customer wrote or ordered. */
  shows: z.number().int().nonnegative(),
  firstSeenAt: TimestampSchema,
  lastSeenAt: TimestampSchema,
  nonPayments: z.number().int().nonnegative(),
  discountPercent: z.number().int().min(1).max(90).nullable(),
  erased: z.boolean(),
});
export type CustomerSummary = z.infer<typeof CustomerSummarySchema>;

export const MergeReasonSchema = z.enum(['name', 'phone', 'email']);
export const MergeSuggestionSchema = z.object({
  customer: CustomerSummarySchema,
  reasons: z.array(MergeReasonSchema).min(1),
});
export type MergeSuggestion = z.infer<typeof MergeSuggestionSchema>;

export const CustomerMergeSchema = z.object({
  id: IdSchema,
  intoId: IdSchema,
  fromId: IdSchema,
  fromName: z.string(),
  buyerIds: z.array(IdSchema),
  actor: z.string(),
  at: TimestampSchema,
});
export type CustomerMerge = z.infer<typeof CustomerMergeSchema>;

export const CustomerEventSchema = z.object({
  id: IdSchema,
  kind: z.enum(['merged', 'unmerged', 'tagged', 'untagged', 'discount', 'prices', 'edited', 'exported', 'erased']),
  detail: z.string(),
  actor: z.string(),
  at: TimestampSchema,
});

/** The law an erased customer's invoices are kept under (shared/domain/invoice-retention.ts). */
export const RetentionLawSchema = z.enum(['pl', 'kz', 'other']);
/** The erase record: when, by whom, how many order lines stayed, and which issued invoices were kept unchanged and why. */
export const CustomerErasureSchema = z.object({
  at: TimestampSchema,
  actor: z.string(),
  law: RetentionLawSchema,
  /** The legal basis as recorded (English); screens show `customers.erasure.basis.<law>` in the seller's language. */
  legalBasis: z.string(),
  orderLines: z.number().int().nonnegative(),
  keptInvoices: z.array(
    z.object({
      id: IdSchema,
      number: z.string(),
      kind: z.enum(['invoice', 'correction']),
      issuedAt: TimestampSchema,
      /** The last day the law makes the seller keep it; null where national law sets it and it is not known here. */
      keptUntil: TimestampSchema.nullable(),
    }),
  ),
});
export type CustomerErasure = z.infer<typeof CustomerErasureSchema>;

export const CustomerPageSchema = z.object({
  customer: CustomerSummarySchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Shipping details as the shipping screens keep them (read here, edited there). */
  address: ShippingAddressSchema.nullable(),
  note: z.string(),
  orders: z.array(OrderSchema),
  carts: z.array(CartSchema),
  questions: z.array(
    z.object({ id: IdSchema, showId: IdSchema.nullable(), text: z.string(), state: QuestionStateSchema, askedAt: TimestampSchema }),
  ),
  nonPayments: z.array(
    z.object({
      cartId: IdSchema,
      showId: IdSchema.nullable(),
      lines: z.number().int(),
      amountMinor: MinorUnitsSchema,
      at: TimestampSchema,
    }),
  ),
  /** Show titles of the shows attended, newest first. */
  showsAttended: z.array(z.object({ id: IdSchema, title: z.string(), at: TimestampSchema })),
  priceList: z.array(z.object({ productId: IdSchema, code: z.string(), title: z.string(), priceMinor: MinorUnitsSchema })),
  /** Merges into this customer that can be undone, newest first. */
  merges: z.array(CustomerMergeSchema),
  suggestions: z.array(MergeSuggestionSchema),
  history: z.array(CustomerEventSchema),
  /** Set once the customer's personal data was erased. */
  erasure: CustomerErasureSchema.nullable(),
});
export type CustomerPage = z.infer<typeof CustomerPageSchema>;

const CustomerRef = z.object({ customerId: IdSchema }).strict();

export const ChatIntentSchema = z.enum(['order', 'question', 'other']);
export const ChatSearchInputSchema = z
  .object({
    query: z.string().max(200),
    showId: IdSchema.optional(),
    platform: PlatformSchema.optional(),
    customerId: IdSchema.optional(),
    intent: ChatIntentSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export const ChatSearchHitSchema = z.object({
  seq: IdSchema,
  showId: IdSchema.nullable(),
  showTitle: z.string().nullable(),
  platform: z.string(),
  buyerId: IdSchema,
  buyerName: z.string(),
  customerId: IdSchema.nullable(),
  text: z.string(),
  /** When the studio received it (the show's timeline runs on receive time). */
  at: TimestampSchema,
  intent: ChatIntentSchema,
});
export type ChatSearchHit = z.infer<typeof ChatSearchHitSchema>;
export const ChatSearchResultSchema = z.object({ hits: z.array(ChatSearchHitSchema), more: z.boolean() });
export type ChatSearchResult = z.infer<typeof ChatSearchResultSchema>;

export const customersCommands = {
  'customers.list': command({
    summary: 'Customers with platforms, orders, lifetime spend, tags, shows and non-payments; filtered by text and tag, a page at a time.',
    input: z
      .object({
        search: z.string().max(100).optional(),
        tag: TagSchema.optional(),
        sort: z.enum(['lastSeen', 'spend', 'name']).default('lastSeen'),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ customers: z.array(CustomerSummarySchema), total: z.number().int().nonnegative() }),
    roles: STAFF,
  }),
  'customers.get': command({
    summary:
      'A customer’s page: identities, orders, carts, questions, spend, shows, non-payments, notes, tags, shipping details, merges and suggestions.',
    input: CustomerRef,
    output: CustomerPageSchema,
    roles: STAFF,
  }),
  'customers.update': command({
    summary: 'Changes a customer’s name, contact details or note.',
    input: z
      .object({
        customerId: IdSchema,
        name: z.string().trim().min(1).max(200).optional(),
        email: z.string().trim().email().max(200).nullable().optional(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{5,20}$/, 'a phone number of digits, spaces, brackets and dashes')
          .nullable()
          .optional(),
        note: z.string().max(2000).optional(),
      })
      .strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.setTags': command({
    summary: 'Adds and removes tags (vip, do_not_sell or the seller’s own); moderators may mark do-not-sell during a show.',
    input: z
      .object({ customerId: IdSchema, add: z.array(TagSchema).max(20).default([]), remove: z.array(TagSchema).max(20).default([]) })
      .strict(),
    output: CustomerPageSchema,
    roles: STAFF,
  }),
  'customers.setDiscount': command({
    summary: 'A VIP discount in percent applied to the customer’s next order lines (null: none).',
    input: z.object({ customerId: IdSchema, percent: z.number().int().min(1).max(90).nullable() }).strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.setPrice': command({
    summary: 'A price-list entry: the customer’s price for a product on their next order lines (null: removed).',
    input: z.object({ customerId: IdSchema, productId: IdSchema, priceMinor: MinorUnitsSchema.min(0).nullable() }).strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.merge': command({
    summary: 'Merges one customer into another (the same person on two platforms): buyers, carts, orders and non-payments follow.',
    input: z.object({ intoId: IdSchema, fromId: IdSchema }).strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.unmerge': command({
    summary: 'Undoes a merge exactly: the merged customer comes back with its buyers, tags and details.',
    input: z.object({ mergeId: IdSchema }).strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.export': command({
    summary: 'Everything the studio holds about one customer, as a JSON document (a data subject’s access request).',
    input: CustomerRef,
    output: z.object({ fileName: z.string(), json: z.string() }),
    roles: HOST_ONLY,
  }),
  'customers.erase': command({
    summary:
      'Erases a customer’s personal data: names, contact and shipping details, chat text (search index included); order lines and amounts stay.',
    input: z.object({ customerId: IdSchema, confirmName: z.string() }).strict(),
    output: CustomerPageSchema,
    roles: HOST_ONLY,
  }),
  'customers.decideHeld': command({
    summary: 'Accepts (takes stock, or joins the waitlist) or refuses (cancels) an order held because the customer is do-not-sell.',
    input: z.object({ orderId: IdSchema, accept: z.boolean() }).strict(),
    output: z.object({ order: OrderSchema }),
    roles: STAFF,
  }),
  'search.chat': command({
    summary:
      'Searches every show’s chat (Latin letters folded, ł too; Cyrillic and Kazakh as written), filtered by show, platform, customer and intent.',
    input: ChatSearchInputSchema,
    output: ChatSearchResultSchema,
    roles: STAFF,
  }),
  'search.around': command({
    summary: 'The chat of a hit’s show around it (the feed at that moment): messages before and after, oldest first.',
    input: z
      .object({ seq: IdSchema, before: z.number().int().min(0).max(100).default(15), after: z.number().int().min(0).max(100).default(15) })
      .strict(),
    output: z.object({ messages: z.array(ChatSearchHitSchema) }),
    roles: STAFF,
  }),
} as const;

export const customersEvents = {
  'customers.changed': event({
    summary: 'Customers changed (tags, merges, details, erasure), on disk already.',
    payload: z.object({ customerIds: z.array(IdSchema).min(1) }),
    roles: STAFF,
  }),
} as const;
