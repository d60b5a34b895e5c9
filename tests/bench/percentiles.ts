/** Percentiles of timed rounds, the figures every benchmark reports. */

/** The nearest-rank percentile `p` (0-100) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A result's figures: the p95 of `times` against the p95 of `floor` (the same rounds done by the bare tool), in ms. */
export function p95AgainstFloor(times: number[], floor: number[]) {
  const value = percentile(times, 95);
  const floorP95 = percentile(floor, 95);
  return { value, unit: 'ms', floor: floorP95, ratio: value / floorP95 };
}
