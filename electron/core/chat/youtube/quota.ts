/**
 * YouTube Data API quota: 10,000 units a day by default, reset at midnight
 * Pacific time; liveChatMessages.list costs 5 units. Polling at the server's
 * pace runs out in a long show, so the connector spreads what is left evenly
 * until the reset: it slows down before the quota is gone, not after.
 */
export interface QuotaOptions {
  dailyUnits?: number;
  costPerPoll?: number;
  /** Units kept back for posting replies and the next show. */
  reserveUnits?: number;
  /** Next reset time after `now`; default: next midnight in America/Los_Angeles. */
  nextReset?: (now: number) => number;
}

export interface QuotaEstimate {
  unitsUsed: number;
  dailyUnits: number;
  /** What the remaining units allow: the minimum wait between polls now. */
  minIntervalMs: number;
  resetAt: number;
  /** True once the connector polls slower than the server asks, to make the quota last. */
  throttled: boolean;
}

const DAY = 86_400_000;

export function nextPacificMidnight(now: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const sinceMidnight = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (now % 1000);
  // Off by an hour on the two DST days: harmless for pacing.
  return now - sinceMidnight + DAY;
}

export class QuotaTracker {
  readonly dailyUnits: number;
  readonly costPerPoll: number;
  private readonly reserve: number;
  private readonly nextReset: (now: number) => number;
  private used = 0;
  private resetAt: number;
  private lastServerInterval = 0;

  constructor(
    now: number,
    options: QuotaOptions = {},
    /** Units already spent today (e.g. by an earlier run), if known. */
    usedSoFar = 0,
  ) {
    this.dailyUnits = options.dailyUnits ?? 10_000;
    this.costPerPoll = options.costPerPoll ?? 5;
    this.reserve = options.reserveUnits ?? 200;
    this.nextReset = options.nextReset ?? nextPacificMidnight;
    this.resetAt = this.nextReset(now);
    this.used = usedSoFar;
  }

  /** Counts one list call. */
  spend(now: number, units = this.costPerPoll): void {
    this.roll(now);
    this.used += units;
  }

  /** The wait before the next poll: the server's interval, or longer when the quota would not last to the reset. */
  nextInterval(now: number, serverIntervalMs: number): number {
    this.roll(now);
    this.lastServerInterval = serverIntervalMs;
    return Math.max(serverIntervalMs, this.minInterval(now));
  }

  estimate(now: number): QuotaEstimate {
    this.roll(now);
    const min = this.minInterval(now);
    return {
      unitsUsed: this.used,
      dailyUnits: this.dailyUnits,
      minIntervalMs: min,
      resetAt: this.resetAt,
      throttled: min > this.lastServerInterval,
    };
  }

  private minInterval(now: number): number {
    const left = this.dailyUnits - this.reserve - this.used;
    const untilReset = Math.max(0, this.resetAt - now);
    if (left < this.costPerPoll) return untilReset; // nothing left: wait for the reset
    return Math.ceil((untilReset * this.costPerPoll) / left);
  }

  private roll(now: number): void {
    if (now >= this.resetAt) {
      this.used = 0;
      this.resetAt = this.nextReset(now);
    }
  }
}
