/**
 * The report's minute grid: minute m of a show is a whole minute of the clock, counted from the clock minute the show
 * started in (minute 0 may hold only its last seconds). A bar labelled "20:02" then holds what happened from 20:02:00 to
 * 20:02:59 — counted from the start's second instead, it held mostly 20:03's orders. Every zone's offset is whole
 * minutes, so a UTC minute is a minute of the show's own clock too. The core counts by it, every screen places by it.
 */
export const MINUTE_MS = 60_000;

/** The first moment of minute 0: the start of the clock minute `from` falls in. */
export function minuteGridStart(from: number): number {
  return Math.floor(from / MINUTE_MS) * MINUTE_MS;
}

/** The minute a moment falls in (negative before the show's first minute). */
export function reportMinuteOf(from: number, at: number): number {
  return Math.floor((at - minuteGridStart(from)) / MINUTE_MS);
}

/** The first moment of minute `minute`. */
export function reportMinuteStart(from: number, minute: number): number {
  return minuteGridStart(from) + minute * MINUTE_MS;
}
