import { lazyScreen } from '../../lib/lazy-screen';

// The trend of earlier shows (recharts: most of the report's code) comes in its own chunk, after the first paint: the
// figures, the tables and the timeline (TimelinePlot.tsx, plain SVG) draw without it.
export const ReportTrendPlot = lazyScreen(() => import('./ReportCharts').then((m) => m.TrendPlot));
