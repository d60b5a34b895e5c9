import type { BuyerBadges } from '../../../shared/contract';
import type { StoredChatMessage } from '../../../shared/contract/chat';
import type { Clock } from '../clock';
import { buyerBadges } from '../store/customers';
import type { Db } from '../store/db';

/** How long a buyer's badges are reused for their next lines (a tag or a non-payment shows within this). */
export const BADGES_FRESH_MS = 5000;
/** A busy show's distinct buyers fit many times over; past this the cache starts again. */
const MAX_CACHED = 20_000;

/**
 * The buyer badges on the chat lines the windows get (issue 15), from the order rows' own function
 * (store/customers.ts buyerBadges): one statement per batch for the buyers not seen in the last few
 * seconds, so a show where the same buyers chat all the time pays almost nothing per message.
 */
export class ChatBadges {
  private readonly cache = new Map<string, { at: number; badges: BuyerBadges }>();

  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  attach(messages: StoredChatMessage[]): StoredChatMessage[] {
    if (messages.length === 0) return messages;
    const now = this.deps.clock();
    const stale: { buyerId: number; showId: number | null }[] = [];
    const asked = new Set<string>();
    for (const m of messages) {
      const key = `${m.buyerId}:${m.showId}`;
      const hit = this.cache.get(key);
      if ((!hit || now - hit.at > BADGES_FRESH_MS) && !asked.has(key)) {
        asked.add(key);
        stale.push({ buyerId: m.buyerId, showId: m.showId });
      }
    }
    if (stale.length > 0) {
      if (this.cache.size + stale.length > MAX_CACHED) this.cache.clear();
      for (const [key, badges] of buyerBadges(this.deps.db, stale)) this.cache.set(key, { at: now, badges });
    }
    return messages.map((m) => {
      const hit = this.cache.get(`${m.buyerId}:${m.showId}`);
      return hit ? { ...m, buyerBadges: hit.badges } : m;
    });
  }
}
