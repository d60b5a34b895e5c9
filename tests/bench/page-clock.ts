import { performance } from 'node:perf_hooks';

/**
 * A moment a page took on its own clock (`performance.timeOrigin + performance.now()` there: epoch
 * milliseconds), as this process's `performance.now()`. Both clocks start from the same system clock, so
 * a page's "this frame is produced" lands on the benchmark's timeline without the trip back through
 * page.exposeBinding: that trip waits for this process's event loop, which in a benchmark also runs the
 * studio's core (busy, after a first paint, with the next page of rows), and is no part of what the user sees.
 */
export const fromPageClock = (pageEpochMs: number): number => pageEpochMs - performance.timeOrigin;

/** The page side: what the page passes to the binding. */
export const PAGE_CLOCK_NOW = 'performance.timeOrigin + performance.now()';
