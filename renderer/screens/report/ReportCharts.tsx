import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatClock } from '../../../shared/domain/report-format';
import { INK, TIMELINE_PX, TREND_PX, type ChartTheme } from './chart-look';

/**
 * The report's plots (recharts, a chunk of its own: the figures and tables never wait for it). Each is
 * drawn once at the width the screen measured for it (no ResponsiveContainer: that draws a chart, measures
 * its box, then draws it all again); colours come from chart-look.ts.
 */

export function TimelinePlot({
  report,
  colours,
  theme,
  width,
  focusAt = null,
}: {
  report: ShowReport;
  colours: Map<number, string>;
  theme: ChartTheme;
  width: number;
  /** A moment to mark (a chat search hit): its minute's column is outlined and a line drawn at it. */
  focusAt?: number | null;
}) {
  const { t, i18n } = useTranslation();
  const ink = INK[theme];
  const minuteOf = (at: number) => (at - report.show.from) / 60_000;
  const data = report.perMinute.map((m) => ({ minute: m.minute, orders: m.orders, messages: m.messages }));
  if (data.length === 0) return null;
  const first = data[0]!.minute;
  const last = data[data.length - 1]!.minute + 1;
  // Whole minutes from the start, on a round step (every minute of a short show, every 5, 10, 15 … of a long one).
  const step = [1, 2, 5, 10, 15, 30, 60].find((s) => (last - first) / s <= 16) ?? 120;
  const ticks: number[] = [];
  for (let m = Math.ceil(first / step) * step; m < last; m += step) ticks.push(m);
  return (
    <ComposedChart width={width} height={TIMELINE_PX} data={data} margin={{ top: 18, right: 12, bottom: 4, left: 0 }}>
      <CartesianGrid stroke={ink.grid} vertical={false} />
      {report.segments.featured
        .filter((s) => s.productId !== null)
        .map((s) => (
          <ReferenceArea
            key={`f${s.from}`}
            yAxisId="orders"
            x1={minuteOf(s.from) - 0.5}
            x2={minuteOf(s.to) - 0.5}
            fill={colours.get(s.productId!)}
            fillOpacity={0.22}
            ifOverflow="hidden"
            label={{ value: s.code ?? '', position: 'insideTopLeft', fill: ink.axis, fontSize: 11 }}
          />
        ))}
      {report.segments.scenes.map((s) => (
        <ReferenceLine
          key={`s${s.from}`}
          yAxisId="orders"
          x={minuteOf(s.from) - 0.5}
          stroke={ink.axis}
          strokeDasharray="4 3"
          label={{ value: s.scene, position: 'insideBottomLeft', fill: ink.axis, fontSize: 11 }}
        />
      ))}
      {focusAt !== null && (
        <ReferenceArea
          yAxisId="orders"
          x1={Math.floor(minuteOf(focusAt)) - 0.5}
          x2={Math.floor(minuteOf(focusAt)) + 0.5}
          className="report-focus-mark"
          fill={ink.focus}
          fillOpacity={0.3}
          stroke={ink.focus}
          ifOverflow="hidden"
        />
      )}
      {focusAt !== null && (
        <ReferenceLine
          yAxisId="orders"
          x={minuteOf(focusAt) - 0.5}
          stroke={ink.focus}
          strokeWidth={2}
          label={{
            value: `▼ ${formatClock(focusAt, report.show.timeZone, i18n.language)}`,
            position: 'top',
            fill: ink.focus,
            fontSize: 11,
          }}
        />
      )}
      {/* interval 0: every tick given is drawn (at most 16 on a round step), so no label is measured to thin them out. */}
      <XAxis
        dataKey="minute"
        type="number"
        domain={[first - 0.5, last - 0.5]}
        ticks={ticks}
        interval={0}
        allowDecimals={false}
        tick={{ fill: ink.axis, fontSize: 11 }}
        stroke={ink.axis}
      />
      <YAxis yAxisId="orders" allowDecimals={false} interval={0} tick={{ fill: ink.axis, fontSize: 11 }} stroke={ink.axis} width={36} />
      <YAxis
        yAxisId="chat"
        orientation="right"
        allowDecimals={false}
        interval={0}
        tick={{ fill: ink.axis, fontSize: 11 }}
        stroke={ink.axis}
        width={36}
      />
      <Tooltip
        labelFormatter={(m) => t('report.timeline.minuteLabel', { minute: m })}
        contentStyle={{ background: theme === 'dark' ? '#1e2230' : '#fff', border: `1px solid ${ink.grid}` }}
      />
      <Bar yAxisId="orders" dataKey="orders" name={t('report.timeline.orders')} fill={ink.bar} isAnimationActive={false} maxBarSize={28} />
      <Line
        yAxisId="chat"
        dataKey="messages"
        name={t('report.timeline.messages')}
        stroke={ink.line}
        dot={false}
        strokeWidth={2}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

export function TrendPlot({ report, theme, width }: { report: ShowReport; theme: ChartTheme; width: number }) {
  const { t, i18n } = useTranslation();
  const ink = INK[theme];
  const data = [
    ...[...report.trend].reverse().map((h) => ({ name: h.title, revenue: h.revenueMinor })),
    { name: `${report.show.title} (${t('report.trend.thisShow')})`, revenue: report.revenueMinor },
  ];
  return (
    <BarChart width={width} height={TREND_PX} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 12 }}>
      <CartesianGrid stroke={ink.grid} vertical={false} />
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
