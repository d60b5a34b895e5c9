import { z } from 'zod';
import { IdSchema } from './define';

/**
 * What the live screen and the console show beside a buyer's name (issue 15): computed once in
 * the core (store/customers.ts buyerBadges) and sent with the order rows. Its own file: the
 * orders contract carries it and the customers contract builds on the orders contract.
 */
export const BuyerBadgesSchema = z.object({
  customerId: IdSchema.nullable(),
  /** first: the customer has no order in any show that started before this one; returning: they have. */
  visit: z.enum(['first', 'returning']),
  vip: z.boolean(),
  doNotSell: z.boolean(),
  /** Carts released for non-payment, across shows and platforms. */
  nonPayments: z.number().int().nonnegative(),
});
export type BuyerBadges = z.infer<typeof BuyerBadgesSchema>;
