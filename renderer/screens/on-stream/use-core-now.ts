import { useEffect, useState } from 'react';
import type { PriceTag } from '../../../shared/contract';

/**
 * The core's clock, ticking once a second only while the tag's deal runs or is in its
 * grace (a countdown on screen); otherwise no timer. The offset comes from the tag's
 * `at` (the core's clock when it was made), so a console on another machine counts down
 * by the studio's time, not its own.
 */
export function useCoreNow(tag: PriceTag | null | undefined): number {
  const [offset, setOffset] = useState(0);
  const [, setTick] = useState(0);
  const at = tag?.at ?? null;
  useEffect(() => {
    if (at !== null) setOffset(at - Date.now());
  }, [at]);
  const phase = tag?.deal?.phase;
  const ticking = phase === 'running' || phase === 'grace';
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return Date.now() + offset;
}
