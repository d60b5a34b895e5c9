import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ShowReport } from '../contract/reports';
import { minuteGridStart, MINUTE_MS } from './report-minutes';

/**
 * Where everything on the report's timeline goes, for a plot `width` × `height` pixels: one column per
 * minute of the show, orders as bars on the left axis, chat messages as a line on the right one, the
 * featured products' segments and the scene switches at the moments they happened. Pure numbers from d3's
 * scales and line generator: the host window's Report tab draws them as SVG (renderer/screens/report/TimelinePlot.tsx).
 */
export interface TimelineLayout {
  plot: { x: number; y: number; width: number; height: number };
  /** Every minute with its column (x … x + slot) and its bar (zero height when no order). */
  minutes: {
    minute: number;
    orders: number;
    messages: number;
    x: number;
    slot: number;
    bar: { x: number; y: number; width: number; height: number };
  }[];
  /** The chat line through each minute's middle (an SVG path). */
  chatPath: string;
  xTicks: { x: number; minute: number }[];
  orderTicks: { y: number; value: number }[];
  chatTicks: { y: number; value: number }[];
  /** Featured products (null product: nothing featured, not drawn), clamped to the plot. */
  segments: { x: number; width: number; productId: number; code: string | null; from: number }[];
  scenes: { x: number; scene: string; from: number }[];
  /** The x of a moment (UTC ms), clamped to the plot. */
  xAt: (at: number) => number;
  /** The minute under an x in the plot, or null outside it. */
  minuteAtX: (x: number) => number | null;
}

export const TIMELINE_MARGIN = { top: 18, right: 40, bottom: 22, left: 40 } as const;

/** A count's axis: from 0 to a round top at or above the largest value, with whole-number ticks (about `count`). */
function countAxis(max: number, from: number, to: number, count = 4) {
  const scale = scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice(count)
    .range([from, to]);
  return { scale, ticks: scale.ticks(count).filter((v) => Number.isInteger(v)) };
}

export function timelineLayout(report: ShowReport, width: number, height: number): TimelineLayout | null {
  const perMinute = report.perMinute;
  if (perMinute.length === 0 || width <= 0 || height <= 0) return null;
  const m = TIMELINE_MARGIN;
  const plot = { x: m.left, y: m.top, width: Math.max(1, width - m.left - m.right), height: Math.max(1, height - m.top - m.bottom) };
  const first = perMinute[0]!.minute;
  const last = perMinute[perMinute.length - 1]!.minute + 1;
  const span = last - first;
  // Minute m's column runs from x(m) to x(m + 1).
  const x = scaleLinear()
    .domain([first, last])
    .range([plot.x, plot.x + plot.width]);
  const slot = plot.width / span;
  const clampX = (px: number) => Math.min(plot.x + plot.width, Math.max(plot.x, px));
  const xAt = (at: number) => clampX(x((at - minuteGridStart(report.show.from)) / MINUTE_MS));
  const bottom = plot.y + plot.height;
  const orders = countAxis(Math.max(...perMinute.map((p) => p.orders)), bottom, plot.y);
  const chat = countAxis(Math.max(...perMinute.map((p) => p.messages)), bottom, plot.y);
  const barWidth = Math.max(1, Math.min(28, slot * 0.8));

  const minutes = perMinute.map((p) => {
    const left = x(p.minute);
    const top = orders.scale(p.orders);
    return {
      minute: p.minute,
      orders: p.orders,
      messages: p.messages,
      x: left,
      slot,
      bar: { x: left + (slot - barWidth) / 2, y: top, width: barWidth, height: bottom - top },
    };
  });
  const chatPath =
    line<(typeof perMinute)[number]>()
      .x((p) => x(p.minute + 0.5))
      .y((p) => chat.scale(p.messages))
      .digits(1)(perMinute) ?? '';

  // Whole minutes from the start, on a round step (every minute of a short show, every 5, 10, 15 … of a long one).
  const step = [1, 2, 5, 10, 15, 30, 60].find((s) => span / s <= 16) ?? 120;
  const xTicks: TimelineLayout['xTicks'] = [];
  for (let minute = Math.ceil(first / step) * step; minute < last; minute += step) xTicks.push({ x: x(minute + 0.5), minute });

  const segments = report.segments.featured.flatMap((s) => {
    if (s.productId === null) return [];
    const x1 = xAt(s.from);
    const x2 = xAt(s.to);
    return x2 > x1 ? [{ x: x1, width: x2 - x1, productId: s.productId, code: s.code, from: s.from }] : [];
  });
  const scenes = report.segments.scenes.map((s) => ({ x: xAt(s.from), scene: s.scene, from: s.from }));
  const known = new Set(minutes.map((p) => p.minute));
  const minuteAtX = (x: number) => {
    if (x < plot.x || x >= plot.x + plot.width) return null;
    const minute = first + Math.floor((x - plot.x) / slot);
    return known.has(minute) ? minute : null;
  };
  return {
    plot,
    minutes,
    chatPath,
    xTicks,
    orderTicks: orders.ticks.map((value) => ({ y: orders.scale(value), value })),
    chatTicks: chat.ticks.map((value) => ({ y: chat.scale(value), value })),
    segments,
    scenes,
    xAt,
    minuteAtX,
  };
}
