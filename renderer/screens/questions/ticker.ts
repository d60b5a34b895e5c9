import { useSyncExternalStore } from 'react';
import type { QuestionWaitClock } from '../../../shared/domain/alerts';

/**
 * One clock for every age on screen (question ages, the oldest question in the
 * header): a single interval, running only while some component asks for it
 * (there are open questions); with none, nothing ticks and the page is idle.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const noSubscription = () => () => undefined;

const snapshot = () => now;

/** The current time, re-rendering every second while `active`; while inactive, the time of the last tick. */
export function useTickingNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscription, snapshot);
}

/** True while the shared clock is running (tests and the dev console can look). */
export function tickerRunning(): boolean {
  return timer !== null;
}

/**
 * The time question ages are measured to on the studio's clock: ticking every second while the show is
 * live and `active` (someone waits), standing still at the show's end otherwise (shared/domain/alerts.ts).
 */
export function useQuestionNow(waits: QuestionWaitClock, active: boolean, clockOffsetMs: number): number {
  const now = useTickingNow(waits.running && active) + clockOffsetMs;
  return waits.running ? now : (waits.stoppedAt ?? now);
}
