import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatClock, SEGMENT_COLOURS } from '../../../shared/domain/report-format';
import { Isolated } from '../../widgets/Isolated';

/**
 * The report's charts (recharts): colours come from CSS variables of the report's theme (dark,
 * light, print), and the featured-product palette is one that reads on dark and white paper.
 */

/** One colour per featured product, in the order they were first featured. */
export function segmentColours(report: ShowReport): Map<number, string> {
  const colours = new Map<number, string>();
  for (const s of report.segments.featured)
    if (s.productId !== null && !colours.has(s.productId))
      colours.set(s.productId, SEGMENT_COLOURS[colours.size % SEGMENT_COLOURS.length]!);
  return colours;
}

const INK = {
  dark: { axis: '#aab0c2', grid: '#2f3547', bar: '#6ea2ff', line: '#ff8fb6', focus: '#ffd166' },
  light: { axis: '#4a5160', grid: '#d9dde5', bar: '#1f5fd0', line: '#c2185b', focus: '#b35c00' },
};

export function ReportTimeline({
  report,
  colours,
  theme,
  focusAt = null,
}: {
  report: ShowReport;
  colours: Map<number, string>;
  theme: 'dark' | 'light';
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
    <figure className="report-chart" data-testid="report-timeline">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 18, right: 12, bottom: 4, left: 0 }}>
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
          <XAxis
            dataKey="minute"
            type="number"
            domain={[first - 0.5, last - 0.5]}
            ticks={ticks}
            allowDecimals={false}
            tick={{ fill: ink.axis, fontSize: 11 }}
            stroke={ink.axis}
          />
          <YAxis yAxisId="orders" allowDecimals={false} tick={{ fill: ink.axis, fontSize: 11 }} stroke={ink.axis} width={36} />
          <YAxis
            yAxisId="chat"
            orientation="right"
            allowDecimals={false}
            tick={{ fill: ink.axis, fontSize: 11 }}
            stroke={ink.axis}
            width={36}
          />
          <Tooltip
            labelFormatter={(m) => t('report.timeline.minuteLabel', { minute: m })}
            contentStyle={{ background: theme === 'dark' ? '#1e2230' : '#fff', border: `1px solid ${ink.grid}` }}
          />
          <Bar
            yAxisId="orders"
            dataKey="orders"
            name={t('report.timeline.orders')}
            fill={ink.bar}
            isAnimationActive={false}
            maxBarSize={28}
          />
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
      </ResponsiveContainer>
      <figcaption className="report-legend">
        <span>
          <i className="report-swatch" style={{ background: ink.bar }} /> {t('report.timeline.orders')}
        </span>
        <span>
          <i className="report-swatch report-swatch-line" style={{ background: ink.line }} /> {t('report.timeline.messages')}
        </span>
        <span>
          <i className="report-swatch report-swatch-dash" /> {t('report.timeline.scene')}
        </span>
        {report.segments.featured
          .filter((s, i, all) => s.productId !== null && all.findIndex((o) => o.productId === s.productId) === i)
          .map((s) => (
            <span key={s.productId}>
              <i className="report-swatch" style={{ background: colours.get(s.productId!) }} />{' '}
              <Isolated>
                {s.code} {s.title}
              </Isolated>
            </span>
          ))}
      </figcaption>
    </figure>
  );
}

export function TrendChart({ report, theme }: { report: ShowReport; theme: 'dark' | 'light' }) {
  const { t, i18n } = useTranslation();
  const ink = INK[theme];
  const data = [
    ...[...report.trend].reverse().map((h) => ({ name: h.title, revenue: h.revenueMinor })),
    { name: `${report.show.title} (${t('report.trend.thisShow')})`, revenue: report.revenueMinor },
  ];
  return (
    <figure className="report-chart" data-testid="report-trend-chart">
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 12 }}>
          <CartesianGrid stroke={ink.grid} vertical={false} />
          <XAxis dataKey="name" tick={{ fill: ink.axis, fontSize: 11 }} stroke={ink.axis} interval={0} />
          <YAxis
            tick={{ fill: ink.axis, fontSize: 11 }}
            stroke={ink.axis}
            width={80}
            tickFormatter={(v: number) => formatMoney(Math.round(v), report.currency, i18n.language)}
          />
          <Tooltip
            formatter={(v) => formatMoney(Number(v), report.currency, i18n.language)}
            contentStyle={{ background: theme === 'dark' ? '#1e2230' : '#fff', border: `1px solid ${ink.grid}` }}
          />
          <Bar dataKey="revenue" name={t('report.figures.revenue')} fill={ink.bar} isAnimationActive={false} maxBarSize={60} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
