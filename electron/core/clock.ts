/**
 * The core's one time source: UTC milliseconds now. Every service takes one so
 * tests can fix or drive time; timers use the globals (vitest's fake timers
 * replace both).
 */
export type Clock = () => number;

/** Reads Date.now at each call, so fake timers installed after import still apply. */
export const systemClock: Clock = () => Date.now();
