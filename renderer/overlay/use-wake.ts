import { useEffect, useState } from 'react';

/**
 * The page clock for time-dependent rendering, with no loop: the caller names
 * the next instant its output changes (a countdown's next second, a toast's
 * expiry) and the component re-renders once then. `null`: nothing scheduled,
 * so an idle overlay runs no timer at all.
 */
export function useWakeAt(at: number | null): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (at === null) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(0, at - Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [at]);
  return Date.now();
}
