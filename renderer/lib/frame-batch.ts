import { useCallback, useEffect, useRef } from 'react';

/**
 * Events as React sees them: whatever arrives between two frames is handed over once, on the next
 * animation frame (a chat at 500 lines a second is then a few state updates a frame, not hundreds).
 * A window the browser does not paint (hidden, minimised) runs no animation frames: a timer hands
 * the batch over anyway, so nothing piles up in memory while no one looks.
 */
export function useFrameBatch<T>(deliver: (items: T[]) => void, maxWaitMs = 250): (items: readonly T[]) => void {
  const buffer = useRef<T[]>([]);
  const pending = useRef<{ frame: number; timer: ReturnType<typeof setTimeout> } | null>(null);
  const deliverRef = useRef(deliver);
  deliverRef.current = deliver;

  const flush = useCallback(() => {
    if (pending.current) {
      cancelAnimationFrame(pending.current.frame);
      clearTimeout(pending.current.timer);
      pending.current = null;
    }
    const items = buffer.current;
    if (items.length === 0) return;
    buffer.current = [];
    deliverRef.current(items);
  }, []);

  // Unmounted (a show switched, the board left): drop what waits, it belongs to the old subscription.
  useEffect(
    () => () => {
      if (pending.current) {
        cancelAnimationFrame(pending.current.frame);
        clearTimeout(pending.current.timer);
        pending.current = null;
      }
      buffer.current = [];
    },
    [],
  );

  return useCallback(
    (items: readonly T[]) => {
      if (items.length === 0) return;
      for (const item of items) buffer.current.push(item);
      if (pending.current === null) pending.current = { frame: requestAnimationFrame(flush), timer: setTimeout(flush, maxWaitMs) };
    },
    [flush, maxWaitMs],
  );
}
