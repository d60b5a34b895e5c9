import { z } from 'zod';
import { MinorUnitsSchema, TimestampSchema } from './define';

/**
 * The price of a product as every screen shows it (the host's card, the console, the
 * overlay), made once by the core (electron/core/commerce/pricing.ts) from the same rules
 * the orders are priced with.
 *
 * - `nowMinor`: what a buyer pays now (the deal price while a deal runs or its stream-delay
 *   grace lasts, else the regular price; the cheapest variant's, `from` when variants differ).
 * - `wasMinor`: the struck-through price, only when it is the lowest price of the 30 days before
 *   the reduction began and higher than `nowMinor` (EU Omnibus rule), else null.
 * - `deal`: the lineup's flash deal for the product: `planned` (priced, not started: never the
 *   price now), `running`, `grace` (ended, claims received within the show's stream delay still
 *   get it), `ended`.
 */
export const DealPhaseSchema = z.enum(['planned', 'running', 'grace', 'ended']);
export type DealPhase = z.infer<typeof DealPhaseSchema>;

export const PriceTagSchema = z.object({
  currency: z.string(),
  nowMinor: MinorUnitsSchema,
  wasMinor: MinorUnitsSchema.nullable(),
  from: z.boolean(),
  regularMinor: MinorUnitsSchema,
  deal: z
    .object({
      phase: DealPhaseSchema,
      priceMinor: MinorUnitsSchema,
      /** Units at the deal price in all, and still free of it; null when unlimited. */
      quota: z.number().int().positive().nullable(),
      left: z.number().int().nonnegative().nullable(),
      seconds: z.number().int().positive().nullable(),
      startedAt: TimestampSchema.nullable(),
      endsAt: TimestampSchema.nullable(),
      /** Until when late claims (stream delay) still get the deal price. */
      graceUntil: TimestampSchema.nullable(),
    })
    .nullable(),
  /** The core's clock when the tag was made: pages count down by the core's time. */
  at: TimestampSchema,
});
export type PriceTag = z.infer<typeof PriceTagSchema>;
