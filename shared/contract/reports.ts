import { z } from 'zod';
import { command, CurrencySchema, HOST_ONLY, IdSchema, LanguageSchema, MinorUnitsSchema, TimestampSchema } from './define';
import { PlatformSchema } from './chat';
import { ShowStateSchema } from './shows';

/**
 * The show report (issue 14): what a show earned, which segment sold, how fast questions were
 * answered, who came back. This schema is the report JSON's stable interface (`studio report
 * --format json`, the `reports.show` command): fields are only ever added, never renamed or
 * removed. Every figure is defined once in the README's "Report definitions" section, which the
 * screen, the JSON and the PDF all follow.
 *
 * Money is integer minor units of `currency`; times are UTC ms taken from the studio's receive
 * time (never a platform's own timestamp); shares are fractions 0..1; a figure that cannot be
 * computed (nothing to divide by) is null.
 */

const Count = z.number().int().nonnegative();
const Share = z.number().min(0).describe('a fraction 0..1');
const Ms = z.number().int().nonnegative().describe('milliseconds');

/** Response times of a group of questions (nearest-rank percentiles over the group's answered questions). */
export const ResponseTimesSchema = z.object({
  count: Count,
  medianResponseMs: Ms.nullable(),
  p90ResponseMs: Ms.nullable(),
  /** Of this group's questions, the share answered within 60 s of the studio receiving them. */
  within60s: Share.nullable(),
});
export type ResponseTimes = z.infer<typeof ResponseTimesSchema>;

export const UnansweredQuestionSchema = z.object({
  id: IdSchema,
  buyer: z.string(),
  platform: PlatformSchema,
  text: z.string(),
  productCode: z.string().nullable(),
  /** When the studio received the question. */
  askedAt: TimestampSchema,
  /** open: still waiting; dismissed: taken off the queue without an answer. */
  state: z.enum(['open', 'dismissed']),
});
export type UnansweredQuestion = z.infer<typeof UnansweredQuestionSchema>;

export const ReportQuestionsSchema = z.object({
  asked: Count,
  /** Answered in chat: by a person or automatically. */
  answered: Count,
  /** Not answered (open, or dismissed without an answer). */
  unanswered: Count,
  /** Of `answered`, over both kinds of answer. */
  medianResponseMs: Ms.nullable(),
  p90ResponseMs: Ms.nullable(),
  /** Share of the asked questions answered within 60 s of the studio receiving them. */
  answeredWithin60s: Share.nullable(),
  /** Answers a person wrote or sent (posted in chat). */
  byPerson: ResponseTimesSchema,
  /** Answers the studio posted on its own (auto-replies). */
  automatic: ResponseTimesSchema,
  /** Marked answered by a person without an answer posted in chat (a question typed in by staff or from a recording). */
  markedOnly: ResponseTimesSchema,
  /** The unanswered questions, oldest first (at most 500; `unanswered` counts them all). */
  unansweredList: z.array(UnansweredQuestionSchema),
});
export type ReportQuestions = z.infer<typeof ReportQuestionsSchema>;

export const ReportProductSchema = z.object({
  productId: IdSchema,
  code: z.string(),
  title: z.string(),
  /** Lines of this product that hold stock (revenue lines). */
  orderLines: Count,
  units: Count,
  revenueMinor: MinorUnitsSchema,
  /** Time featured on stream within the show (seconds). */
  secondsOnScreen: Count,
  /** Revenue lines taken while this product was featured. */
  ordersWhileOnScreen: Count,
  /** ordersWhileOnScreen per minute featured; null when never featured. */
  ordersPerMinuteOnScreen: z.number().nonnegative().nullable(),
  /** Free stock at the show's start (stock ledger up to the start, minus units then held by orders). */
  stockAtStart: z.number().int(),
  /** Units added to stock during the show (restocks, imports). */
  restocked: Count,
  /** units ÷ (stockAtStart + restocked); null when nothing was available. */
  sellThrough: Share.nullable(),
});
export type ReportProduct = z.infer<typeof ReportProductSchema>;

export const ReportMinuteSchema = z.object({
  /** Minutes from the show's start (negative: chat before it started). */
  minute: z.number().int(),
  at: TimestampSchema,
  messages: Count,
  /** Revenue lines taken in this minute. */
  orders: Count,
  units: Count,
  revenueMinor: MinorUnitsSchema,
});
export type ReportMinute = z.infer<typeof ReportMinuteSchema>;

const SegmentSales = {
  from: TimestampSchema,
  to: TimestampSchema,
  orders: Count,
  units: Count,
  revenueMinor: MinorUnitsSchema,
};
export const FeaturedSegmentSchema = z.object({
  ...SegmentSales,
  productId: IdSchema.nullable(),
  code: z.string().nullable(),
  title: z.string().nullable(),
});
export type FeaturedSegment = z.infer<typeof FeaturedSegmentSchema>;
export const SceneSegmentSchema = z.object({ ...SegmentSales, scene: z.string() });
export type SceneSegment = z.infer<typeof SceneSegmentSchema>;

/** The headline figures of a show: the report's own, and each previous show's in the trend. */
export const ReportHeadlineSchema = z.object({
  showId: IdSchema,
  title: z.string(),
  startedAt: TimestampSchema.nullable(),
  revenueMinor: MinorUnitsSchema,
  orderLines: Count,
  units: Count,
  buyers: Count,
  carts: Count,
  averageCartMinor: MinorUnitsSchema.nullable(),
  chatters: Count,
  buyersPerChatter: Share.nullable(),
  questionsAsked: Count,
  medianResponseMs: Ms.nullable(),
  answeredWithin60s: Share.nullable(),
});
export type ReportHeadline = z.infer<typeof ReportHeadlineSchema>;

export const ShowReportSchema = z.object({
  /** Grows when a field's meaning changes (fields are only ever added). */
  reportVersion: z.literal(1),
  generatedAt: TimestampSchema,
  show: z.object({
    id: IdSchema,
    title: z.string(),
    state: ShowStateSchema,
    timeZone: z.string(),
    language: LanguageSchema,
    startedAt: TimestampSchema.nullable(),
    endedAt: TimestampSchema.nullable(),
    /** The report's time span: from the start (or creation) to the end (or now, while live). */
    from: TimestampSchema,
    to: TimestampSchema,
  }),
  currency: CurrencySchema,
  revenueMinor: MinorUnitsSchema,
  /** Revenue of lines paid, packed or shipped. */
  paidMinor: MinorUnitsSchema,
  /** Revenue of lines claimed or confirmed (not paid yet). */
  unpaidMinor: MinorUnitsSchema,
  refundsMinor: MinorUnitsSchema,
  /** Lines that hold stock (the revenue lines). */
  orderLines: Count,
  units: Count,
  /** Every line taken in the show, whatever became of it. */
  linesTaken: Count,
  cancelledLines: Count,
  releasedLines: Count,
  returnedLines: Count,
  /** Lines still waiting (needs details, held, waitlisted). */
  pendingLines: Count,
  buyers: Count,
  newBuyers: Count,
  returningBuyers: Count,
  carts: Count,
  averageCartMinor: MinorUnitsSchema.nullable(),
  messages: Count,
  chatters: Count,
  buyersPerChatter: Share.nullable(),
  questions: ReportQuestionsSchema,
  perProduct: z.array(ReportProductSchema),
  perMinute: z.array(ReportMinuteSchema),
  segments: z.object({ featured: z.array(FeaturedSegmentSchema), scenes: z.array(SceneSegmentSchema) }),
  /** The same headline figures for up to 5 earlier shows, newest first. */
  trend: z.array(ReportHeadlineSchema),
});
export type ShowReport = z.infer<typeof ShowReportSchema>;

export const reportsCommands = {
  'reports.show': command({
    summary:
      "A show's report (README: Report definitions): revenue, paid and unpaid, buyers, chatters, questions, per product, per minute, featured and scene segments, the trend of earlier shows. Without showId: the newest show that has started.",
    input: z.object({ showId: IdSchema.optional() }).strict(),
    output: ShowReportSchema,
    roles: HOST_ONLY,
  }),
} as const;
