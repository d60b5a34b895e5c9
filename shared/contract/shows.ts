import { z } from 'zod';
import { command, event, ALL_ROLES, HOST_ONLY, IdSchema, LanguageSchema, MinorUnitsSchema, STAFF, TimestampSchema } from './define';
import { ClaimCodeSchema, ProductSchema } from './catalog';
import { PriceTagSchema } from './pricing';

export const ShowStateSchema = z.enum(['draft', 'live', 'ended']);

export const LineupItemSchema = z.object({
  id: IdSchema,
  position: z.number().int().nonnegative(),
  productId: IdSchema,
  sceneName: z.string().nullable(),
  dealPriceMinor: MinorUnitsSchema.nullable(),
  dealQuota: z.number().int().positive().nullable(),
  dealSeconds: z.number().int().positive().nullable(),
  dealStartedAt: TimestampSchema.nullable(),
  dealEndsAt: TimestampSchema.nullable(),
  perBuyerLimit: z.number().int().positive().nullable(),
});
export type LineupItem = z.infer<typeof LineupItemSchema>;

export const ShowSchema = z.object({
  id: IdSchema,
  title: z.string(),
  state: ShowStateSchema,
  timeZone: z.string(),
  language: LanguageSchema,
  featuredProductId: IdSchema.nullable(),
  featuredAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  endedAt: TimestampSchema.nullable(),
  /** How many seconds late buyers see the stream: claims received within it after a deal ends get the deal price. */
  streamDelaySeconds: z.number().min(0).max(120),
  lineup: z.array(LineupItemSchema),
});
export type Show = z.infer<typeof ShowSchema>;

/** What the overlay and every window show as "on stream now". */
export const FeaturedSchema = z.object({
  showId: IdSchema,
  showLanguage: LanguageSchema,
  currency: z.string(),
  product: ProductSchema.nullable(),
  lineupItem: LineupItemSchema.nullable(),
  /** The product's price now, as orders are priced (null: nothing featured). */
  price: PriceTagSchema.nullable(),
  at: TimestampSchema,
  /** The timeline sequence of the feature change: later beats earlier. */
  seq: z.number().int().nonnegative(),
});
export type Featured = z.infer<typeof FeaturedSchema>;

export const TimelineEventSchema = z.object({
  seq: z.number().int().positive(),
  showId: IdSchema,
  type: z.string(),
  at: TimestampSchema,
  actor: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** Feature by product id, by claim code, by moving along the lineup, or by jumping to a lineup position. `null` clears the card. */
export const FeatureInputSchema = z.union([
  z.object({ productId: IdSchema.nullable() }).strict(),
  z.object({ code: ClaimCodeSchema }).strict(),
  z.object({ step: z.enum(['next', 'previous']) }).strict(),
  /** Jump to the lineup item at this position (0 = first). */
  z.object({ position: z.number().int().nonnegative() }).strict(),
]);

export const ShowSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  state: ShowStateSchema,
  /** Added for the Review screen (issue 11): a past show's times are shown on its own clock. */
  timeZone: z.string(),
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  endedAt: TimestampSchema.nullable(),
});
export type ShowSummary = z.infer<typeof ShowSummarySchema>;

/** An IANA time zone the runtime knows, e.g. Europe/Warsaw or Asia/Almaty. */
export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Warsaw');

export const ShowDetailsSchema = z.object({
  title: z.string().trim().min(1).max(120),
  timeZone: TimeZoneSchema,
  language: LanguageSchema,
  /** Buyers see the stream 5–30 s late: claims received this long after a deal ends still get its price. */
  streamDelaySeconds: z.number().int().min(0).max(120),
});

export const showCommands = {
  'show.list': command({
    summary: 'Every show, newest first.',
    input: z.object({}).strict(),
    output: z.array(ShowSummarySchema),
    roles: STAFF,
  }),
  'show.create': command({
    summary: 'A new draft show; it becomes the current show unless one is live.',
    input: ShowDetailsSchema.partial({ timeZone: true, language: true, streamDelaySeconds: true }).strict(),
    output: ShowSchema,
    roles: HOST_ONLY,
  }),
  'show.update': command({
    summary: 'Rename a show or change its language (the claim hint and answers follow) or time zone.',
    input: ShowDetailsSchema.partial().extend({ showId: IdSchema }).strict(),
    output: ShowSchema,
    roles: HOST_ONLY,
  }),
  'show.goLive': command({
    summary: 'A draft show goes live (at most one live show).',
    input: z.object({ showId: IdSchema }).strict(),
    output: ShowSchema,
    roles: HOST_ONLY,
  }),
  'show.end': command({
    summary: 'The live show ends; its orders stay for review.',
    input: z.object({ showId: IdSchema }).strict(),
    output: ShowSchema,
    roles: HOST_ONLY,
  }),
  'show.current': command({
    summary: 'The live show, else the newest draft; null when there is none.',
    input: z.object({}).strict(),
    output: ShowSchema.nullable(),
    roles: STAFF,
  }),
  'show.featured': command({
    summary: 'What is featured now in the current show (the overlay asks this on connect).',
    input: z.object({}).strict(),
    output: FeaturedSchema.nullable(),
    roles: ALL_ROLES,
  }),
  'show.feature': command({
    summary: 'Feature a product in the current show; every client and the overlay get show.featured.',
    input: FeatureInputSchema,
    output: FeaturedSchema,
    roles: HOST_ONLY,
  }),
  'show.timeline': command({
    summary: 'The current show’s timeline, oldest first, after a sequence number.',
    input: z
      .object({ afterSeq: z.number().int().nonnegative().default(0), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    output: z.array(TimelineEventSchema),
    roles: STAFF,
  }),
} as const;

export const showEvents = {
  'show.changed': event({
    summary: 'A show was created, renamed, went live or ended.',
    payload: ShowSchema,
    roles: ALL_ROLES,
  }),
  'show.featured': event({
    summary: 'The featured product changed.',
    payload: FeaturedSchema,
    roles: ALL_ROLES,
  }),
  'show.timeline': event({
    summary: 'An event was added to the current show’s timeline.',
    payload: TimelineEventSchema,
    roles: STAFF,
  }),
} as const;
