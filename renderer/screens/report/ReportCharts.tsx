import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
} from 'recharts';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatClock } from '../../../shared/domain/report-format';
import { INK, TIMELINE_PX, TREND_PX, type ChartTheme } from './chart-look';

/**
 * The report's plots (recharts, a chunk of its own: the figures and tables never wait for it). Each is
 * drawn once at the width the screen measured for it (no ResponsiveContainer: that draws a chart, measures
 * its box, then draws it all again); colours come from chart-look.ts.
 */

/**
 * The featured products' segments (shaded, under the bars) and the scene switches (dashed, over them), drawn
 * as plain SVG from the chart's x scale. Not as recharts' ReferenceArea/ReferenceLine: each of those registers
 * itself in the chart's store, and every registration re-runs the chart's selectors — a three-hour show's
 * 40 segments and 20 switches were most of the report's first paint (a profile of its cold load).
 */
function TimelineSegments({
  featured,
  scenes,
  minuteOf,
  colours,
  ink,
}: {
  featured: ShowReport['segments']['featured'];
  scenes: ShowReport['segments']['scenes'];
  minuteOf: (at: number) => number;
  colours: Map<number, string>;
  ink: (typeof INK)[ChartTheme];
}) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (!x || !plot) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  const clamp = (px: number) => Math.min(right, Math.max(left, px));
  const at = (minute: number) => clamp(Number(x(minute - 0.5)));
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
        <g className="report-segments">
          {featured
            .filter((s) => s.productId !== null)
            .map((s) => {
              const x1 = at(minuteOf(s.from));
              const x2 = at(minuteOf(s.to));
              if (!(x2 > x1)) return null;
              return (
                <g key={`f${s.from}`} className="report-segment">
                  <rect x={x1} y={plot.y} width={x2 - x1} height={plot.height} fill={colours.get(s.productId!)} fillOpacity={0.22} />
                  <text x={x1 + 5} y={plot.y + 14} fill={ink.axis} fontSize={11}>
                    {s.code ?? ''}
                  </text>
                </g>
              );
            })}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <g className="report-scenes">
          {scenes.map((s) => {
            const sx = at(minuteOf(s.from));
            return (
              <g key={`s${s.from}`} className="report-scene">
                <line x1={sx} x2={sx} y1={plot.y} y2={plot.y + plot.height} stroke={ink.axis} strokeDasharray="4 3" />
                <text x={sx + 5} y={plot.y + plot.height - 6} fill={ink.axis} fontSize={11}>
                  {s.scene}
                </text>
              </g>
            );
          })}
        </g>
      </ZIndexLayer>
    </>
  );
}

/**
 * No vertical grid lines: said outright, since with only `vertical={false}` the grid still works out where
 * they would go, measuring every x tick's label in the page (~12 ms of the report's first paint).
 */
const NO_VERTICAL_LINES = () => [];

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
      <CartesianGrid stroke={ink.grid} vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} />
      <TimelineSegments
        featured={report.segments.featured}
        scenes={report.segments.scenes}
        minuteOf={minuteOf}
        colours={colours}
        ink={ink}
      />
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
