import { useCallback, useEffect, useState } from 'react';

/** How long an armed second click waits: a stray click minutes later must not release or cancel anything. */
const ARMED_MS = 4000;

/**
 * A destructive action on a second click: `arm` shows the confirming button,
 * which disarms by itself after a few seconds. `disarm` when it was used.
 */
export function useSecondClick(): { armed: boolean; arm: () => void; disarm: () => void } {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), ARMED_MS);
    return () => clearTimeout(timer);
  }, [armed]);
  return { armed, arm: useCallback(() => setArmed(true), []), disarm: useCallback(() => setArmed(false), []) };
}
