import { lazyScreen } from '../../lib/lazy-screen';

// The report's charts (recharts: most of the report's code) come in their own chunk: the figures and tables draw without them.
const reportCharts = () => import('./ReportCharts');
export const ReportTimelinePlot = lazyScreen(() => reportCharts().then((m) => m.TimelinePlot));
export const ReportTrendPlot = lazyScreen(() => reportCharts().then((m) => m.TrendPlot));
