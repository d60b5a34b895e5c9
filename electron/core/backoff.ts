/** How retries space out: initial, initial·factor, initial·factor², … up to max. */
export interface BackoffSteps {
  /** First delay, ms. */
  initialMs?: number;
  /** Cap, ms: nothing waits longer than this between attempts. */
  maxMs?: number;
  factor?: number;
}

export interface BackoffOptions extends BackoffSteps {
  /** 0..1: fraction of each delay randomised, so many clients don't retry in lockstep. */
  jitter?: number;
  random?: () => number;
}

/** The delay before retry number `attempt` (from 0), without jitter. */
export function backoffDelay(attempt: number, steps: BackoffSteps = {}): number {
  const { initialMs = 500, maxMs = 30_000, factor = 2 } = steps;
  // Past 2^30 every step is the cap anyway; the clamp keeps the power finite.
  const exponent = Math.min(Math.max(attempt, 0), 30);
  return Math.min(maxMs, initialMs * factor ** exponent);
}

/** Capped exponential backoff that counts its own attempts, with jitter; reset after a success. */
export class Backoff {
  private attempt = 0;
  private readonly jitter: number;
  private readonly random: () => number;

  constructor(private readonly options: BackoffOptions = {}) {
    this.jitter = options.jitter ?? 0.2;
    this.random = options.random ?? Math.random;
  }

  /** The delay before the next attempt; each call counts one attempt. */
  next(): number {
    const base = backoffDelay(this.attempt, this.options);
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
