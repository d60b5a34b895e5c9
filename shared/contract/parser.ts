import { z } from 'zod';
import { command, event, IdSchema, STAFF, TimestampSchema } from './define';
import { OrderSchema } from './orders';

/**
 * The chat parser's review and learning (issue 17). A claim the studio was not sure of is `held`
 * (hold reason `low_confidence`) with its parse shown; a moderator accepts it, fixes it (picks the
 * variant, the quantity) or marks it "not an order", in one step. Each fix is kept as a labelled
 * example for this shop — keyed by the message's normalised text and the product on screen — that
 * the engine uses for later messages; moderators see the examples and delete any.
 */

export const IntentNameSchema = z.enum(['order', 'cancel', 'question', 'other']);
export const IntentTopicSchema = z.enum(['price', 'size', 'stock', 'shipping', 'material', 'payment', 'other']);

/** What a moderator says a message was. */
export const IntentExampleLabelSchema = z.object({
  intent: IntentNameSchema,
  code: z.string().nullable(),
  options: z.record(z.string(), z.string()),
  quantity: z.number().int().min(1).max(999).nullable(),
  topic: IntentTopicSchema.nullable(),
});
export type IntentExampleLabel = z.infer<typeof IntentExampleLabelSchema>;

export const IntentExampleSchema = IntentExampleLabelSchema.extend({
  id: IdSchema,
  /** The message as written. */
  text: z.string(),
  /** The product on screen when it was sent. */
  featuredCode: z.string().nullable(),
  language: z.string().nullable(),
  /** The order the fix was made on (null once that order is gone). */
  orderId: IdSchema.nullable(),
  createdBy: z.string(),
  createdAt: TimestampSchema,
});
export type IntentExample = z.infer<typeof IntentExampleSchema>;

/** accept: the parse was right; fix: take this variant (and quantity); not_order: the message was no claim. */
export const ReviewActionSchema = z.enum(['accept', 'fix', 'not_order']);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

export const parserCommands = {
  'parser.review': command({
    summary:
      'Settle a chat claim the studio held for review (low confidence) or a chat order that needs details: accept the parse, fix it (variant, quantity) or mark it not an order. A fix is kept as a labelled example.',
    input: z
      .object({
        orderId: IdSchema,
        action: ReviewActionSchema,
        variantId: IdSchema.optional(),
        quantity: z.number().int().positive().max(999).optional(),
      })
      .strict()
      .refine((o) => o.action !== 'fix' || o.variantId !== undefined || o.quantity !== undefined, {
        message: 'a fix names the variant or the quantity',
        path: ['variantId'],
      }),
    output: OrderSchema,
    roles: STAFF,
  }),
  'parser.examples.list': command({
    summary: 'The labelled examples the moderators taught the parser, newest first.',
    input: z.object({}).strict(),
    output: z.array(IntentExampleSchema),
    roles: STAFF,
  }),
  'parser.examples.delete': command({
    summary: 'Forget one labelled example (a mis-click): the parser stops using it at once.',
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ id: IdSchema }),
    roles: STAFF,
  }),
} as const;

export const parserEvents = {
  'parser.examplesChanged': event({
    summary: 'A labelled example was added, replaced or deleted, on disk already.',
    payload: z.object({ count: z.number().int().nonnegative() }),
    roles: STAFF,
  }),
} as const;
