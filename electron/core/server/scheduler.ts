import type { Role } from '../../../shared/contract';

/**
 * Who goes first when the core is busy. Handlers run synchronously on one thread, so a heavy read
 * (a page of 2,000 orders, the whole catalog) blocks everything behind it. The host's commands
 * and every light command run as soon as they arrive; heavy commands of other roles wait in one
 * queue and run one at a time, each starting on its own turn of the event loop (`setImmediate`,
 * after pending socket I/O) once the one before it has replied. A heavy handler may yield between
 * parts of its work (orders.list reads its rows a page per turn), and the host's `show.feature`
 * that arrives meanwhile runs between two parts: it waits for one part, never for the whole flood.
 * The rate limiter (limits.ts) bounds how many can queue per token.
 */
export class CommandScheduler {
  private readonly queue: (() => Promise<void>)[] = [];
  private draining = false;

  /** Runs `job` now, or later in its turn when it is heavy and not the host's. */
  run<T>(role: Role, cost: number, job: () => Promise<T>): Promise<T> {
    if (role === 'host' || cost <= 1) return job();
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => job().then(resolve, reject));
      this.drainSoon();
    });
  }

  get waiting(): number {
    return this.queue.length;
  }

  private drainSoon(): void {
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    const next = this.queue.shift();
    if (!next) {
      this.draining = false;
      return;
    }
    void next().finally(() => setImmediate(() => this.turn()));
  }
}
