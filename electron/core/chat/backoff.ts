export interface BackoffOptions {
  /** First delay, ms. */
  initialMs?: number;
  /** Cap, ms: a connector never waits longer than this between attempts. */
  maxMs?: number;
  factor?: number;
  /** 0..1: fraction of each delay randomised, so many clients don't retry in lockstep. */
  jitter?: number;
  random?: () => number;
}

/** Capped exponential backoff: initial, initial·f, initial·f², … up to max; reset after a success. */
export class Backoff {
  private attempt = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private readonly jitter: number;
  private readonly random: () => number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 500;
    this.maxMs = options.maxMs ?? 30_000;
    this.factor = options.factor ?? 2;
    this.jitter = options.jitter ?? 0.2;
    this.random = options.random ?? Math.random;
  }

  /** The delay before the next attempt; each call counts one attempt. */
  next(): number {
    const base = Math.min(this.maxMs, this.initialMs * this.factor ** this.attempt);
    this.attempt++;
    const spread = base * this.jitter;
    return Math.max(0, Math.round(base - spread + this.random() * 2 * spread));
  }

  get attempts(): number {
    return this.attempt;
  }

  reset(): void {
    this.attempt = 0;
  }
}
