import { z } from 'zod';
import { command, event, ALL_ROLES, HOST_ONLY, IdSchema, MinorUnitsSchema } from './define';
import { LineupItemSchema } from './shows';

/**
 * The run of show: an ordered list of products for a show, each with an
 * optional OBS scene, a live deal price, a deal quota and a per-buyer limit.
 * Every command works on the current show unless showId names one, and answers
 * with the whole lineup in its new order; every window gets lineup.changed.
 */
export const LineupSchema = z.object({ showId: IdSchema, items: z.array(LineupItemSchema) });
export type Lineup = z.infer<typeof LineupSchema>;

/** The editable fields of an item; null clears one. */
export const LineupDealSchema = z
  .object({
    sceneName: z.string().trim().min(1).max(255).nullable(),
    dealPriceMinor: MinorUnitsSchema.refine((n) => n >= 0, 'a deal price must not be negative').nullable(),
    dealQuota: z.number().int().positive('a deal quota must be 1 or more').nullable(),
    dealSeconds: z.number().int().positive('a deal length must be 1 second or more').max(86_400).nullable(),
    perBuyerLimit: z.number().int().positive('a per-buyer limit must be 1 or more').nullable(),
  })
  .partial()
  .strict();

const ShowRef = { showId: IdSchema.optional() };

export const lineupCommands = {
  'lineup.get': command({
    summary: 'The lineup of a show (the current one when showId is left out).',
    input: z.object(ShowRef).strict(),
    output: LineupSchema,
    roles: ALL_ROLES,
  }),
  'lineup.add': command({
    summary: 'Put a product into the lineup, at the end or at a position (0 = first); a product is in a lineup at most once.',
    input: z
      .object({ ...ShowRef, productId: IdSchema, position: z.number().int().nonnegative().optional() })
      .extend(LineupDealSchema.shape)
      .strict(),
    output: LineupSchema,
    roles: HOST_ONLY,
  }),
  'lineup.remove': command({
    summary: 'Take an item out of the lineup.',
    input: z.object({ itemId: IdSchema }).strict(),
    output: LineupSchema,
    roles: HOST_ONLY,
  }),
  'lineup.move': command({
    summary: 'Move one item to a position (0 = first): what keyboard reordering and a drag both send.',
    input: z.object({ itemId: IdSchema, toPosition: z.number().int().nonnegative() }).strict(),
    output: LineupSchema,
    roles: HOST_ONLY,
  }),
  'lineup.reorder': command({
    summary: 'Set the whole order at once: every item id of the show exactly once.',
    input: z.object({ ...ShowRef, itemIds: z.array(IdSchema).max(1000) }).strict(),
    output: LineupSchema,
    roles: HOST_ONLY,
  }),
  'lineup.update': command({
    summary: 'Change an item’s scene name, deal price, deal quota, deal length or per-buyer limit (null clears).',
    input: z.object({ itemId: IdSchema }).extend(LineupDealSchema.shape).strict(),
    output: LineupSchema,
    roles: HOST_ONLY,
  }),
} as const;

export const lineupEvents = {
  'lineup.changed': event({
    summary: 'A show’s lineup changed (order, items or deal fields).',
    payload: LineupSchema,
    roles: ALL_ROLES,
  }),
} as const;
