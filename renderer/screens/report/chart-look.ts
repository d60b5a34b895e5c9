import type { ShowReport } from '../../../shared/contract';
import { SEGMENT_COLOURS } from '../../../shared/domain/report-format';

/**
 * How the report's charts look, shared by the screen (legend, table swatches) and the charts' own
 * chunk (recharts): the ink of each theme, and one colour per featured product that reads on dark and
 * white paper (the print stylesheet re-inks the charts dark on white).
 */
export type ChartTheme = 'dark' | 'light';

export const INK = {
  dark: { axis: '#aab0c2', grid: '#2f3547', bar: '#6ea2ff', line: '#ff8fb6', focus: '#ffd166' },
  light: { axis: '#4a5160', grid: '#d9dde5', bar: '#1f5fd0', line: '#c2185b', focus: '#b35c00' },
} as const;

/** One colour per featured product, in the order they were first featured. */
export function segmentColours(report: ShowReport): Map<number, string> {
  const colours = new Map<number, string>();
  for (const s of report.segments.featured)
    if (s.productId !== null && !colours.has(s.productId))
      colours.set(s.productId, SEGMENT_COLOURS[colours.size % SEGMENT_COLOURS.length]!);
  return colours;
}

/** Heights of the two plots: the screen keeps their room while the charts' code arrives (nothing moves when they draw). */
export const TIMELINE_PX = 260;
export const TREND_PX = 180;
