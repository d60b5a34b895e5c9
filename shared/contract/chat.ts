import { z } from 'zod';
import { IdSchema, TimestampSchema } from './define';

/** Platforms the studio reads; 'manual' is a message or order typed in by the host or a moderator. */
export const PlatformSchema = z.enum(['twitch', 'youtube', 'facebook', 'tiktok', 'manual', 'replay']);
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
