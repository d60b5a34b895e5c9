import type { DealPhase } from '../contract/pricing';

/**
 * A flash deal whose quota is all taken has ended, on every screen, for as long as it is: the price is the
 * regular one again and nothing counts down. A deal line cancelled or released gives its unit back, and the deal
 * runs again while its time lasts. The host's card, the console's and the overlay's ribbon ask this one question.
 */
export function dealQuotaTaken(left: number | null): boolean {
  return left === 0;
}

/**
 * Where a deal stands at `now` on a screen, from a price tag the core made at an earlier moment (the core sends the
 * next tag when the deal ends; between ticks the screen's clock decides): planned; running until its end (a deal
 * without an end runs until stopped); then in grace until `graceUntil` (buyers on a delayed stream still get it);
 * ended after that, or as soon as its quota is taken.
 */
export function dealPhaseAt(
  deal: { phase: DealPhase; endsAt: number | null; graceUntil: number | null; left: number | null },
  now: number,
): DealPhase {
  if (deal.phase === 'planned' || deal.phase === 'ended') return deal.phase;
  if (dealQuotaTaken(deal.left)) return 'ended';
  const endsAt = deal.endsAt ?? Infinity;
  const graceUntil = deal.graceUntil ?? endsAt;
  if (now < endsAt && deal.phase === 'running') return 'running';
  return now < graceUntil ? 'grace' : 'ended';
}
