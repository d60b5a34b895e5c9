import { z } from 'zod';
import { BuyerBadgesSchema } from './buyer-badges';
import { CHAT_PLATFORMS } from './carts-values';
import { command, event, IdSchema, STAFF, TimestampSchema } from './define';

/** Platforms the studio reads; 'manual' is a message or order typed in by the host or a moderator. */
export const PlatformSchema = z.enum(CHAT_PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const BadgeSchema = z.enum(['owner', 'moderator', 'subscriber', 'member', 'vip', 'verified']);

/** A buyer as a platform identity. */
export const ChatAuthorSchema = z.object({
  platformUserId: z.string().min(1),
  name: z.string(),
  badges: z.array(BadgeSchema).default([]),
});

export const MessagePartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('emote'), text: z.string(), id: z.string(), url: z.string().optional() }),
]);

export const PaidSchema = z.object({
  /** Minor units of `currency`; for Twitch bits, the number of bits with currency 'BITS'. */
  amountMinor: z.number().int().nonnegative(),
  currency: z.string(),
});

/** The one shape every connector produces. Text is always plain text: never rendered as HTML. */
export const ChatMessageSchema = z.object({
  platform: PlatformSchema,
  platformMessageId: z.string().min(1),
  channel: z.string(),
  author: ChatAuthorSchema,
  text: z.string(),
  parts: z.array(MessagePartSchema).optional(),
  isAction: z.boolean().default(false),
  paid: PaidSchema.nullable().default(null),
  sentAt: TimestampSchema.nullable().default(null),
  receivedAt: TimestampSchema,
  /** Set by the store: the monotonic ingest sequence. */
  seq: z.number().int().positive().optional(),
  showId: IdSchema.nullable().optional(),
  buyerId: IdSchema.optional(),
  deletedAt: TimestampSchema.nullable().optional(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
export type ChatMessageInput = z.input<typeof ChatMessageSchema>;

/** Why a message was marked: a single deletion, a ban/timeout of its author, or the platform's own retraction. */
export const DeletionReasonSchema = z.enum(['deleted', 'ban', 'timeout']);
export type DeletionReason = z.infer<typeof DeletionReasonSchema>;

/** A message as stored and sent to clients: always carries its store-assigned fields. */
export const StoredChatMessageSchema = ChatMessageSchema.extend({
  seq: z.number().int().positive(),
  buyerId: IdSchema,
  showId: IdSchema.nullable(),
  deletedAt: TimestampSchema.nullable(),
  deletedReason: DeletionReasonSchema.nullable(),
  /**
   * The buyer's badges in this show (issue 15: first-time or returning, VIP, do-not-sell, non-payments),
   * the same the order rows carry, computed once per batch when the core sends messages to a window.
   */
  buyerBadges: BuyerBadgesSchema.optional(),
});
export type StoredChatMessage = z.infer<typeof StoredChatMessageSchema>;

/** Messages marked deleted (by seq) in one go: a CLEARMSG, a ban, a YouTube messageDeletedEvent. */
export const ChatDeletionSchema = z.object({
  seqs: z.array(z.number().int().positive()).min(1),
  deletedAt: TimestampSchema,
  reason: DeletionReasonSchema,
});
export type ChatDeletion = z.infer<typeof ChatDeletionSchema>;

/** A platform's reply queue: replies wait here for the rate limit, never dropped silently. */
export const OutboxStatusSchema = z.object({
  platform: PlatformSchema,
  queued: z.number().int().nonnegative(),
  sentInWindow: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  windowMs: z.number().int().positive(),
  /** When the next queued reply may go out; null when the queue is empty. */
  nextAt: TimestampSchema.nullable(),
  lastError: z.string().nullable(),
});
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

const ChatTextSchema = z.string().trim().min(1).max(500);

export const chatCommands = {
  'chat.recent': command({
    summary: 'The current show’s chat, oldest first, after an ingest sequence number (to fill a list or resume after a reconnect).',
    input: z
      .object({ afterSeq: z.number().int().nonnegative().default(0), limit: z.number().int().min(1).max(2000).default(500) })
      .strict(),
    output: z.array(StoredChatMessageSchema),
    roles: STAFF,
  }),
  'chat.manual': command({
    summary: 'Enter a message or order on a buyer’s behalf (phone, DM); it joins the feed like any chat message.',
    input: z
      .object({
        buyerName: z.string().trim().min(1).max(100),
        /** Reuse an existing manual buyer; otherwise derived from the name. */
        platformUserId: z.string().trim().min(1).max(100).optional(),
        text: ChatTextSchema,
      })
      .strict(),
    output: StoredChatMessageSchema,
    roles: STAFF,
  }),
  'chat.send': command({
    summary: 'Post a reply on a platform through its rate-limited queue; answers with the queue length.',
    input: z
      .object({
        platform: PlatformSchema,
        text: ChatTextSchema,
        /** Reply to this platform message id where the platform threads replies (Twitch). */
        replyTo: z.string().min(1).optional(),
      })
      .strict(),
    output: OutboxStatusSchema,
    roles: STAFF,
  }),
  'chat.outbox': command({
    summary: 'Every platform’s reply queue: how many wait and when the next goes.',
    input: z.object({}).strict(),
    output: z.array(OutboxStatusSchema),
    roles: STAFF,
  }),
} as const;

export const chatEvents = {
  'chat.messages': event({
    summary: 'New messages, on disk already, in ingest order (batched: one event per stored batch).',
    payload: z.array(StoredChatMessageSchema).min(1),
    roles: STAFF,
  }),
  'chat.deleted': event({
    summary: 'Messages marked deleted (never erased).',
    payload: ChatDeletionSchema,
    roles: STAFF,
  }),
  'chat.outbox': event({
    summary: 'A platform’s reply queue changed.',
    payload: OutboxStatusSchema,
    roles: STAFF,
  }),
} as const;
