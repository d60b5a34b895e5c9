import { createContext, useContext } from 'react';

/**
 * The viewed show's time zone, for the live screens (chat, orders, an order's history): their times are on
 * the show's clock like the cart page, Review, Report and the show picker (formatShowTime, lib/show-time.ts),
 * so a co-moderator in another zone reads the same times as the seller. Undefined: the machine's zone.
 */
export const ShowZone = createContext<string | undefined>(undefined);

export function useShowZone(): string | undefined {
  return useContext(ShowZone);
}
