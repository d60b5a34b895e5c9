import type { Clock } from '../clock';
import type { CartsService } from './carts-service';

export interface DeadlineSweeperDeps {
  carts: Pick<CartsService, 'sweep'>;
  clock: Clock;
  /** How often the sweep runs while the studio is up (a deadline is met within this much). */
  intervalMs: number;
  log: (level: 'error', message: string) => void;
}

/**
 * Drives the carts' deadlines while the studio runs: every intervalMs (and at start) it sweeps
 * from the last sweep to now — reminders falling due, waitlists of closed shows ending, and
 * deadlines passing (released when auto-release is on). Time comes from the injected Clock, so
 * tests move it and call tick() themselves.
 *
 * A tick more than GAP_INTERVALS intervals after the last one means the studio was not watching
 * (the laptop slept, the process was frozen, the wall clock jumped): deadlines that fell due in
 * between are left for the seller to confirm, as if the studio had been closed.
 */
export const GAP_INTERVALS = 2;

export class DeadlineSweeper {
  private timer: NodeJS.Timeout | null = null;
  private last: number;

  constructor(private readonly deps: DeadlineSweeperDeps) {
    this.last = deps.clock();
  }

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.deps.intervalMs);
    this.timer.unref();
  }

  tick(): ReturnType<CartsService['sweep']> | null {
    const now = this.deps.clock();
    try {
      const gap = now - this.last > GAP_INTERVALS * this.deps.intervalMs;
      const result = this.deps.carts.sweep(this.last, now, gap);
      this.last = now;
      return result;
    } catch (error) {
      // The next tick tries again from the same moment: nothing is skipped.
      this.deps.log('error', `carts: deadline sweep failed: ${(error as Error).message}`);
      return null;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
