import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/contract';
import { formatClock, formatNumber, timelineTickLabel } from '../../../shared/domain/report-format';
import { reportMinuteOf } from '../../../shared/domain/report-minutes';
import { timelineLayout } from '../../../shared/domain/report-timeline';
import { INK, TIMELINE_PX, type ChartTheme } from './chart-look';

/** One minute's column, the plot's height: the chat search hit's minute, the minute under the pointer. */
function ColumnMark({
  className,
  column,
  plot,
  fill,
  opacity,
  stroke,
}: {
  className: string;
  column: { x: number; slot: number };
  plot: { y: number; height: number };
  fill: string;
  opacity: number;
  stroke?: string;
}) {
  return (
    <rect
      className={className}
      x={column.x}
      y={plot.y}
      width={column.slot}
      height={plot.height}
      fill={fill}
      fillOpacity={opacity}
      stroke={stroke}
    />
  );
}

/**
 * The report's timeline as SVG from `timelineLayout` (shared/domain/report-timeline.ts: d3's scales and
 * line): orders per minute as bars (left axis), chat messages as a line (right axis), the featured
 * products shaded under them, scene switches dashed over them, a chat search hit's minute outlined. Not
 * recharts' component tree: its render of this chart was ~100 ms of the report's first paint on a
 * three-hour show, behind its 443 KB chunk; this is drawn in the pass that paints the figures (recharts
 * draws the trend, after it). Hovering a minute shows its counts.
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
  const [hover, setHover] = useState<number | null>(null);
  // Laid out once per report and width, not on every pointer move.
  const layout = useMemo(() => timelineLayout(report, width, TIMELINE_PX), [report, width]);
  if (!layout) return null;
  const ink = INK[theme];
  const { plot } = layout;
  const bottom = plot.y + plot.height;
  const language = i18n.language;
  const hovered = hover === null ? undefined : layout.minutes.find((m) => m.minute === hover);
  const focusMinute = focusAt === null ? null : reportMinuteOf(report.show.from, focusAt);
  const focusColumn = focusMinute === null ? undefined : layout.minutes.find((m) => m.minute === focusMinute);
  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setHover(layout.minuteAtX(e.clientX - box.left));
  };
  // From the keyboard: the arrows step through the minutes (Home, End: the first and the last), as the pointer does.
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = layout.minutes.findIndex((m) => m.minute === hover);
    const last = layout.minutes.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? Math.min(last, at + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, at < 0 ? 0 : at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    setHover(layout.minutes[to]!.minute);
  };
  return (
    <div className="report-timeline-plot">
      <svg
        width={width}
        height={TIMELINE_PX}
        role="img"
        aria-label={t('report.timeline.title')}
        tabIndex={0}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
        onKeyDown={onKey}
        onBlur={() => setHover(null)}
        data-testid="report-timeline-plot"
      >
        <g className="report-timeline-grid">
          {layout.orderTicks.map((tick) => (
            <line key={tick.value} x1={plot.x} x2={plot.x + plot.width} y1={tick.y} y2={tick.y} stroke={ink.grid} />
          ))}
        </g>
        <g className="report-segments">
          {layout.segments.map((s) => (
            <g key={`f${s.from}`} className="report-segment">
              <rect x={s.x} y={plot.y} width={s.width} height={plot.height} fill={colours.get(s.productId)} fillOpacity={0.22} />
              <text x={s.x + 5} y={plot.y + 14} fill={ink.axis} fontSize={11}>
                {s.code ?? ''}
              </text>
            </g>
          ))}
        </g>
        {focusColumn && (
          <ColumnMark className="report-focus-mark" column={focusColumn} plot={plot} fill={ink.focus} opacity={0.3} stroke={ink.focus} />
        )}
        {hovered && <ColumnMark className="report-timeline-hover" column={hovered} plot={plot} fill={ink.grid} opacity={0.5} />}
        <g className="report-timeline-bars" fill={ink.bar}>
          {layout.minutes.map((m) =>
            m.orders > 0 ? (
              <rect key={m.minute} className="report-timeline-bar" x={m.bar.x} y={m.bar.y} width={m.bar.width} height={m.bar.height} />
            ) : null,
          )}
        </g>
        <path className="report-timeline-line" d={layout.chatPath} fill="none" stroke={ink.line} strokeWidth={2} pointerEvents="none" />
        <g className="report-scenes" pointerEvents="none">
          {layout.scenes.map((s) => (
            <g key={`s${s.from}`} className="report-scene">
              <line x1={s.x} x2={s.x} y1={plot.y} y2={bottom} stroke={ink.axis} strokeDasharray="4 3" />
              <text x={s.x + 5} y={bottom - 6} fill={ink.axis} fontSize={11}>
                {s.scene}
              </text>
            </g>
          ))}
        </g>
        {focusAt !== null && (
          <g className="report-focus-line" pointerEvents="none">
            <line x1={layout.xAt(focusAt)} x2={layout.xAt(focusAt)} y1={plot.y} y2={bottom} stroke={ink.focus} strokeWidth={2} />
            <text x={layout.xAt(focusAt)} y={plot.y - 5} fill={ink.focus} fontSize={11} textAnchor="middle">
              ▼ {formatClock(focusAt, report.show.timeZone, language)}
            </text>
          </g>
        )}
        <g className="report-timeline-axis" fill={ink.axis} fontSize={11}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke={ink.axis} />
          <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} stroke={ink.axis} />
          <line x1={plot.x + plot.width} x2={plot.x + plot.width} y1={plot.y} y2={bottom} stroke={ink.axis} />
          {layout.xTicks.map((tick) => (
            <text key={tick.minute} x={tick.x} y={bottom + 15} textAnchor="middle">
              {timelineTickLabel(report.show, tick.minute, language)}
            </text>
          ))}
          {layout.orderTicks.map((tick) => (
            <text key={tick.value} x={plot.x - 6} y={tick.y + 4} textAnchor="end">
              {formatNumber(tick.value, language)}
            </text>
          ))}
          {layout.chatTicks.map((tick) => (
            <text key={tick.value} x={plot.x + plot.width + 6} y={tick.y + 4} textAnchor="start">
              {formatNumber(tick.value, language)}
            </text>
          ))}
        </g>
      </svg>
      {hovered && (
        <div
          className="report-timeline-tip"
          role="status"
          style={{ left: Math.min(hovered.x + hovered.slot + 8, width - 160), top: plot.y }}
          data-testid="report-timeline-tip"
        >
          <strong>
            {t('report.timeline.minuteLabel', { minute: hovered.minute, time: timelineTickLabel(report.show, hovered.minute, language) })}
          </strong>
          <span>
            {t('report.timeline.orders')}: {formatNumber(hovered.orders, language)}
          </span>
          <span>
            {t('report.timeline.messages')}: {formatNumber(hovered.messages, language)}
          </span>
        </div>
      )}
    </div>
  );
}
