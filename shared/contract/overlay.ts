import { z } from 'zod';
import { command, event, ALL_ROLES, HOST_ONLY, IdSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { SettingsSchema } from './settings';

/**
 * What the stream overlay shows besides the featured product (which is show.featured):
 * a pinned chat message or answered question, the claims ticker, a flash deal,
 * and its looks. Every string here is plain text from chat or the catalog: the
 * overlay renders it as text nodes, never as HTML.
 */

export const OverlaySettingsSchema = SettingsSchema.shape.overlay.unwrap();
export type OverlaySettings = z.infer<typeof OverlaySettingsSchema>;

export const PinKindSchema = z.enum(['message', 'question']);

/** A chat message or an answered question, pinned on stream by the host or a moderator. */
export const PinnedSchema = z.object({
  id: z.number().int().positive(),
  kind: PinKindSchema,
  author: z.string(),
  text: z.string(),
  /** For an answered question: the answer shown under it. */
  answer: z.string().nullable(),
  pinnedAt: TimestampSchema,
  pinnedBy: z.string(),
});
export type Pinned = z.infer<typeof PinnedSchema>;

export const PinInputSchema = z
  .object({
    kind: PinKindSchema.default('message'),
    author: z.string().trim().min(1).max(200),
    text: z.string().trim().min(1).max(2000),
    answer: z.string().trim().min(1).max(2000).nullable().default(null),
  })
  .strict();

/** A confirmed claim, thanked on stream: "Anna claimed A12 ✓" ("Dan claimed 2 × A12 S/Blue" for more than one unit). */
export const ClaimAnnouncementSchema = z.object({
  id: z.number().int().positive(),
  /** The buyer's display name as the platform gave it. */
  buyer: z.string(),
  /** The product's claim code. */
  code: z.string(),
  /** The variant's option values joined ("M / Red"); null for a single-variant product. */
  variant: z.string().nullable(),
  /** Units the claim took (the order line's quantity); 1 when a sender leaves it out. */
  quantity: z.number().int().positive().default(1),
  at: TimestampSchema,
});
export type ClaimAnnouncement = z.infer<typeof ClaimAnnouncementSchema>;

export const ClaimInputSchema = z
  .object({
    buyer: z.string().trim().min(1).max(200),
    code: z.string().trim().min(1).max(16),
    variant: z.string().trim().max(120).nullable().default(null),
    quantity: z.number().int().positive().max(999).default(1),
  })
  .strict();

/**
 * A running flash deal (or one that just ended) for a product. `now` is the
 * core's clock when the payload was made, so a page on another machine counts
 * down by the core's time, not its own.
 */
export const DealSchema = z.object({
  productId: IdSchema,
  code: z.string(),
  priceMinor: MinorUnitsSchema,
  currency: z.string(),
  /** Units at the deal price in total, and how many are still free; null when unlimited. */
  quota: z.number().int().positive().nullable(),
  left: z.number().int().nonnegative().nullable(),
  startedAt: TimestampSchema,
  endsAt: TimestampSchema,
  state: z.enum(['running', 'ended']),
  now: TimestampSchema,
});
export type Deal = z.infer<typeof DealSchema>;

export const OverlayStateSchema = z.object({
  pinned: PinnedSchema.nullable(),
  settings: OverlaySettingsSchema,
  /** Newest last, at most 20. */
  claims: z.array(ClaimAnnouncementSchema),
  deal: DealSchema.nullable(),
  now: TimestampSchema,
});
export type OverlayState = z.infer<typeof OverlayStateSchema>;

export const overlayCommands = {
  'overlay.state': command({
    summary: 'Everything the overlay shows besides the featured product (it asks this on every connect).',
    input: z.object({}).strict(),
    output: OverlayStateSchema,
    roles: ALL_ROLES,
  }),
  'overlay.pin': command({
    summary: 'Pin a chat message or an answered question on stream (replaces the pinned one).',
    input: PinInputSchema,
    output: PinnedSchema,
    roles: STAFF,
  }),
  'overlay.unpin': command({
    summary: 'Take the pinned message off stream.',
    input: z.object({}).strict(),
    output: z.object({ unpinned: z.boolean() }),
    roles: STAFF,
  }),
  'overlay.testClaim': command({
    summary: 'Show a made-up claim in the ticker, so the host can preview it (nothing is ordered).',
    input: ClaimInputSchema.partial().strict(),
    output: ClaimAnnouncementSchema,
    roles: HOST_ONLY,
  }),
} as const;

export const overlayEvents = {
  'overlay.pinned': event({
    summary: 'The pinned message changed (null: unpinned).',
    payload: z.object({ pinned: PinnedSchema.nullable() }),
    roles: ALL_ROLES,
  }),
  'overlay.settings': event({
    summary: 'The overlay’s theme, position, brand colour or font changed.',
    payload: OverlaySettingsSchema,
    roles: ALL_ROLES,
  }),
  'overlay.claim': event({
    summary: 'A claim was confirmed: thank the buyer in the ticker.',
    payload: ClaimAnnouncementSchema,
    roles: ALL_ROLES,
  }),
  'overlay.deal': event({
    summary: 'A flash deal started, its quota changed, or it ended (null: no deal).',
    payload: z.object({ deal: DealSchema.nullable() }),
    roles: ALL_ROLES,
  }),
} as const;
