import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { INK, TREND_PX, type ChartTheme } from './chart-look';

/**
 * The trend of earlier shows (recharts, a chunk of its own drawn after the first paint: the figures, the
 * tables and the timeline never wait for it), drawn once at the width the screen measured for it (no
 * ResponsiveContainer: that draws a chart, measures its box, then draws it all again); colours from chart-look.ts.
 */

/**
 * No vertical grid lines: said outright, since with only `vertical={false}` the grid still works out where
 * they would go, measuring every x tick's label in the page.
 */
const NO_VERTICAL_LINES = () => [];

export function TrendPlot({ report, theme, width }: { report: ShowReport; theme: ChartTheme; width: number }) {
  const { t, i18n } = useTranslation();
  const ink = INK[theme];
  const data = [
    ...[...report.trend].reverse().map((h) => ({ name: h.title, revenue: h.revenueMinor })),
    { name: `${report.show.title} (${t('report.trend.thisShow')})`, revenue: report.revenueMinor },
  ];
  return (
    <BarChart width={width} height={TREND_PX} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 12 }}>
      <CartesianGrid stroke={ink.grid} vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} />
      <XAxis dataKey="name" tick={{ fill: ink.axis, fontSize: 11 }} stroke={ink.axis} interval={0} />
      <YAxis
        tick={{ fill: ink.axis, fontSize: 11 }}
        stroke={ink.axis}
        width={80}
        interval={0}
        tickFormatter={(v: number) => formatMoney(Math.round(v), report.currency, i18n.language)}
      />
      <Tooltip
        formatter={(v) => formatMoney(Number(v), report.currency, i18n.language)}
        contentStyle={{ background: theme === 'dark' ? '#1e2230' : '#fff', border: `1px solid ${ink.grid}` }}
      />
      <Bar dataKey="revenue" name={t('report.figures.revenue')} fill={ink.bar} isAnimationActive={false} maxBarSize={60} />
    </BarChart>
  );
}
