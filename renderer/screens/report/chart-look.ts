/**
 * How the report's charts look, shared by the screen and the trend chart's own chunk (recharts): the ink
 * of each theme (the print stylesheet re-inks the charts dark on white). The featured products' colours
 * are segmentColours in shared/domain/report-format.ts, the same for the HTML page and the PDF.
 */
export type ChartTheme = 'dark' | 'light';

export const INK = {
  dark: { axis: '#aab0c2', grid: '#2f3547', bar: '#6ea2ff', line: '#ff8fb6', focus: '#ffd166' },
  light: { axis: '#4a5160', grid: '#d9dde5', bar: '#1f5fd0', line: '#c2185b', focus: '#b35c00' },
} as const;

/** Heights of the two plots: the screen keeps their room while the charts' code arrives (nothing moves when they draw). */
export const TIMELINE_PX = 260;
export const TREND_PX = 180;
