import { z } from 'zod';
import { command, event, CurrencySchema, HOST_ONLY, IdSchema, LanguageSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { OutboxStatusSchema, PlatformSchema } from './chat';
import { LineupItemSchema } from './shows';
import { BuyerBadgesSchema } from './buyer-badges';

/**
 * Orders and questions from chat (issue 7). A claim in chat becomes an order in
 * the same transaction as its chat row; clients hear `orders.changed` only after
 * that commit. Money is integer minor units of the shop currency; times are UTC ms.
 *
 * States: needs_details -> claimed -> confirmed -> paid -> packed -> shipped,
 * or cancelled / waitlisted; after the show (issue 11): held (waits for a person,
 * with a hold reason), released (its payment deadline passed) and returned (every
 * unit came back after shipping; a partial return keeps the line shipped with a
 * returned quantity). Which states hold stock and what counts as revenue is
 * defined once in shared/domain/order-states.ts. A waitlisted order is promoted
 * to claimed, oldest first per variant, when stock comes back.
 */
export const OrderStateSchema = z.enum([
  'needs_details',
  'claimed',
  'confirmed',
  'paid',
  'packed',
  'shipped',
  'cancelled',
  'waitlisted',
  'held',
  'released',
  'returned',
]);
export type OrderState = z.infer<typeof OrderStateSchema>;

/**
 * Why a `held` order waits for a person instead of taking stock. Other issues add
 * reasons here (never new states): do_not_sell (the customer is on the seller's
 * do-not-sell list), low_confidence (the studio was not sure the message was a claim).
 */
/** `rehearsal`: a claim in a draft show, a test order that takes no stock and is discarded when the show goes live. */
export const HoldReasonSchema = z.enum(['do_not_sell', 'low_confidence', 'rehearsal']);
export type HoldReason = z.infer<typeof HoldReasonSchema>;

/** Where an order came from: a chat claim, a moderator on a buyer's behalf, or a replayed recording. */
export const OrderSourceSchema = z.enum(['chat', 'manual', 'replay']);

/** A buyer as one platform identity ('manual' for buyers typed in by staff). */
export const OrderBuyerSchema = z.object({
  id: IdSchema,
  platform: z.string(),
  platformUserId: z.string(),
  name: z.string(),
  /** Language the studio last read them writing in, when known. */
  language: z.string().nullable(),
  /** First-time or returning, VIP, do-not-sell, non-payments (issue 15): sent with the live screens' order rows. */
  badges: BuyerBadgesSchema.optional(),
});
export type OrderBuyer = z.infer<typeof OrderBuyerSchema>;

export const OrderSchema = z.object({
  id: IdSchema,
  showId: IdSchema.nullable(),
  buyer: OrderBuyerSchema,
  productId: IdSchema,
  productCode: z.string(),
  productTitle: z.string(),
  /** The product's option names, in order (what a "needs details" order lacks). */
  optionNames: z.array(z.string()),
  /** Null while the order needs details. */
  variantId: IdSchema.nullable(),
  /** The variant's option values in the product's option order; empty while it needs details. */
  variantOptions: z.array(z.string()),
  /** The options the buyer did name, spelled as in the catalog (a "needs details" order keeps them for the one-click completion). */
  requestedOptions: z.record(z.string(), z.string()),
  quantity: z.number().int().positive(),
  /** Fixed when the order took its stock (the lineup's deal price while the deal and its quota lasted); null while it needs details. */
  unitPriceMinor: MinorUnitsSchema.nullable(),
  currency: CurrencySchema,
  isDeal: z.boolean(),
  state: OrderStateSchema,
  /** Why a held order waits; null in every other state. */
  holdReason: HoldReasonSchema.nullable(),
  source: OrderSourceSchema,
  /** The chat message that made it (null for manual orders). */
  sourceMessageSeq: z.number().int().positive().nullable(),
  /** The chat message that cancelled it ("anuluję A12"): the chat feed tags that line too. Null otherwise. */
  cancelMessageSeq: z.number().int().positive().nullable(),
  messageText: z.string().nullable(),
  /** 1 = next to be promoted; null unless waitlisted. */
  waitlistPosition: z.number().int().positive().nullable(),
  note: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Order = z.infer<typeof OrderSchema>;

/** One line of an order's history: every state change with who and when. */
export const OrderEventSchema = z.object({
  id: IdSchema,
  orderId: IdSchema,
  fromState: OrderStateSchema.nullable(),
  toState: OrderStateSchema,
  /** 'chat:<platform>:<user>' for the buyer, a staff actor name, or 'studio' for the engine (waitlist promotion, deal). */
  actor: z.string(),
  reason: z.string().nullable(),
  at: TimestampSchema,
});
export type OrderEvent = z.infer<typeof OrderEventSchema>;

export const QuestionTopicSchema = z.enum(['price', 'size', 'stock', 'shipping', 'material', 'payment', 'other']);
export type QuestionTopic = z.infer<typeof QuestionTopicSchema>;
export const QuestionStateSchema = z.enum(['open', 'answered', 'dismissed']);
export type QuestionState = z.infer<typeof QuestionStateSchema>;

export const QuestionSchema = z.object({
  id: IdSchema,
  showId: IdSchema.nullable(),
  messageSeq: z.number().int().positive(),
  buyer: OrderBuyerSchema,
  /** The chat platform and message id: replies go back there. */
  platform: PlatformSchema,
  platformMessageId: z.string(),
  text: z.string(),
  productId: IdSchema.nullable(),
  productCode: z.string().nullable(),
  topic: QuestionTopicSchema,
  language: LanguageSchema,
  state: QuestionStateSchema,
  /**
   * An answer made from the catalog and the facts in the buyer's language, when they have one. For an open
   * question it is made from the stock and prices of the moment it is read (questions.changed again when they move).
   */
  suggestedAnswer: z.string().nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  autoAnswered: z.boolean(),
  askedAt: TimestampSchema,
  answeredAt: TimestampSchema.nullable(),
  /** answeredAt - askedAt, stored when answered. */
  responseMs: z.number().int().nonnegative().nullable(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The numbers a host keeps an eye on; the oldest unanswered question's age is always here. */
export const CommerceSummarySchema = z.object({
  showId: IdSchema.nullable(),
  currency: CurrencySchema,
  /** Orders of the show per state (every state present, 0 when none). */
  orders: z.record(OrderStateSchema, z.number().int().nonnegative()),
  /** The line totals (quantity × unit price) of the show's orders per state (every state present): a window that keeps only its newest rows still heads its list with the show's figures. */
  lineTotals: z.record(OrderStateSchema, MinorUnitsSchema),
  /** The show's revenue as shared/domain/order-states.ts defines it (line totals of lines that hold or held stock, minus refunds). */
  revenueMinor: MinorUnitsSchema,
  openQuestions: z.number().int().nonnegative(),
  /** When the oldest open question was asked; null when none waits. Clients tick the age from it. */
  oldestOpenQuestionAt: TimestampSchema.nullable(),
  /** now - oldestOpenQuestionAt at the time of this summary; null when none waits. */
  oldestOpenQuestionAgeMs: z.number().int().nonnegative().nullable(),
  /** Median response time of the show's answered questions; null when none. */
  medianResponseMs: z.number().int().nonnegative().nullable(),
  now: TimestampSchema,
});
export type CommerceSummary = z.infer<typeof CommerceSummarySchema>;

/** The current show unless showId names one; null = every order, whatever the show. */
const ShowFilter = { showId: IdSchema.nullable().optional() };

/** The states staff move an order to. A moderator may confirm and cancel; the rest is the host's. */
export const OrderActionStateSchema = z.enum(['confirmed', 'paid', 'packed', 'shipped', 'cancelled']);
export const MODERATOR_ORDER_STATES = ['confirmed', 'cancelled'] as const;

export const ordersCommands = {
  'orders.list': command({
    summary: 'Orders, newest first: of the current show (or showId; null = all shows), optionally of some states or one buyer.',
    input: z
      .object({
        ...ShowFilter,
        states: z.array(OrderStateSchema).min(1).optional(),
        buyerId: IdSchema.optional(),
        /** Only orders with a smaller id: the next page. */
        beforeId: IdSchema.optional(),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    output: z.array(OrderSchema),
    roles: STAFF,
  }),
  'orders.events': command({
    summary: 'An order’s history, oldest first: every state change with who and when.',
    input: z.object({ orderId: IdSchema }).strict(),
    output: z.array(OrderEventSchema),
    roles: STAFF,
  }),
  'orders.setState': command({
    summary:
      'Move an order on: confirm, pay, pack, ship or cancel (cancelling gives its stock back and promotes the waitlist). A moderator may confirm and cancel.',
    input: z.object({ orderId: IdSchema, state: OrderActionStateSchema, reason: z.string().trim().max(500).optional() }).strict(),
    output: OrderSchema,
    roles: STAFF,
  }),
  'orders.completeDetails': command({
    summary: 'Complete a "needs details" order in one click: pick the variant; it takes stock (or joins the waitlist) at the price of now.',
    input: z.object({ orderId: IdSchema, variantId: IdSchema, quantity: z.number().int().positive().max(999).optional() }).strict(),
    output: OrderSchema,
    roles: STAFF,
  }),
  'orders.create': command({
    summary:
      'A manual order on a buyer’s behalf (phone, DM): an existing buyer, or a manual buyer by name. Without a variant it needs details.',
    input: z
      .object({
        buyerId: IdSchema.optional(),
        /** A manual buyer, created or reused by name when buyerId is left out. */
        buyerName: z.string().trim().min(1).max(100).optional(),
        productId: IdSchema,
        variantId: IdSchema.nullable().default(null),
        quantity: z.number().int().positive().max(999).default(1),
        note: z.string().trim().max(500).default(''),
      })
      .strict()
      .refine((o) => o.buyerId !== undefined || o.buyerName !== undefined, {
        message: 'name the buyer (buyerId or buyerName)',
        path: ['buyerName'],
      }),
    output: OrderSchema,
    roles: STAFF,
  }),
  'orders.askDetails': command({
    summary: 'Ask the buyer of a "needs details" order in chat which option they want (templated in their language unless text is given).',
    input: z.object({ orderId: IdSchema, text: z.string().trim().min(1).max(500).optional() }).strict(),
    output: z.object({ text: z.string(), outbox: OutboxStatusSchema }),
    roles: STAFF,
  }),
  'questions.list': command({
    summary: 'Buyers’ questions of the current show (or showId; null = all), oldest first; open ones unless states say otherwise.',
    input: z
      .object({
        ...ShowFilter,
        states: z.array(QuestionStateSchema).min(1).default(['open']),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    output: z.array(QuestionSchema),
    roles: STAFF,
  }),
  'questions.answer': command({
    summary:
      'Answer a question in chat (the suggested answer when text is left out) through the rate-limited queue; stores the response time.',
    input: z.object({ questionId: IdSchema, text: z.string().trim().min(1).max(500).optional() }).strict(),
    output: QuestionSchema,
    roles: STAFF,
  }),
  'questions.dismiss': command({
    summary: 'Take a question off the queue without answering.',
    input: z.object({ questionId: IdSchema }).strict(),
    output: QuestionSchema,
    roles: STAFF,
  }),
  'commerce.summary': command({
    summary: 'Orders per state, revenue, open questions and the oldest unanswered question’s age, for the current show (or showId).',
    input: z.object({ showId: IdSchema.optional() }).strict(),
    output: CommerceSummarySchema,
    roles: STAFF,
  }),
  'deal.start': command({
    summary: 'Start a lineup item’s flash deal now: its deal price holds for dealSeconds (or until ended) while its quota lasts.',
    input: z.object({ itemId: IdSchema }).strict(),
    output: LineupItemSchema,
    roles: HOST_ONLY,
  }),
  'deal.end': command({
    summary: 'End a lineup item’s running deal now.',
    input: z.object({ itemId: IdSchema }).strict(),
    output: LineupItemSchema,
    roles: HOST_ONLY,
  }),
} as const;

export const ordersEvents = {
  'orders.changed': event({
    summary: 'Orders created or changed, on disk already (a chat batch, a staff action, a waitlist promotion).',
    payload: z.object({ orders: z.array(OrderSchema).min(1) }),
    roles: STAFF,
  }),
  'orders.resync': event({
    summary:
      'So many orders changed at once (a deadline sweep, a bulk action) that they are not sent one by one: screens showing these shows re-read their orders.',
    payload: z.object({ showIds: z.array(IdSchema).min(1) }),
    roles: STAFF,
  }),
  'questions.changed': event({
    summary: 'Questions asked, answered or dismissed, on disk already.',
    payload: z.object({ questions: z.array(QuestionSchema).min(1) }),
    roles: STAFF,
  }),
  'commerce.summary': event({
    summary: 'The summary after orders or questions changed.',
    payload: CommerceSummarySchema,
    roles: STAFF,
  }),
} as const;
