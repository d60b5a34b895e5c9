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
 */
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
      const result = this.deps.carts.sweep(this.last, now);
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
