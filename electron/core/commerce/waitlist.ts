import type { Db } from '../store/db';
import { keptForReviewBefore, oldestWaitlisted, updateOrder, waitlistedOn } from '../store/orders';
import { freeStock, holdForOrder } from '../store/stock';
import type { Effects } from './effects';
import { priceForBuyer, priceOfMoment } from './pricing';

export const ENGINE_ACTOR = 'studio';

/**
 * Promotes a variant's waitlist in turn while its free stock covers the head:
 * strictly first come, first served (a later, smaller claim never jumps a
 * larger one waiting ahead of it, nor a claim held for review written before it). Each promoted order takes its stock at the
 * regular price, or the deal price if the deal it was claimed under still runs
 * (and its quota has room). Runs inside the caller's transaction.
 */
export function promoteWaitlist(db: Db, variantId: number, now: number, effects: Effects): number[] {
  const promoted: number[] = [];
  for (;;) {
    const head = oldestWaitlisted(db, variantId);
    if (!head) break;
    // A claim held for review that came before the head keeps its units: the head waits behind it (issue 17).
    const kept = keptForReviewBefore(db, variantId, head.id);
    if (kept > 0 && freeStock(db, variantId) - kept < head.quantity) break;
    if (!holdForOrder(db, variantId, head.quantity, now)) break;
    const moment = priceOfMoment(db, head.showId, head.productId, variantId, head.quantity, now, 0, head.createdAt);
    const price = priceForBuyer(db, head.buyerId, head.productId, variantId, moment);
    updateOrder(db, head, { state: 'claimed', ...price }, ENGINE_ACTOR, 'promoted from the waitlist', now);
    effects.orders.add(head.id);
    effects.variants.add(variantId);
    effects.held.push(head.id);
    promoted.push(head.id);
  }
  // Everyone still waiting moved up a place.
  if (promoted.length > 0) for (const id of waitlistedOn(db, variantId)) effects.orders.add(id);
  return promoted;
}
