// The report timeline's geometry (shared/domain/report-timeline.ts): every mark where the show's
// minutes, counts and moments put it, worked out by hand for a 540 × 260 plot of a ten-minute show.
import { describe, expect, it } from 'vitest';
import type { ShowReport } from '../../../shared/contract';
import { TIMELINE_MARGIN, timelineLayout } from '../../../shared/domain/report-timeline';

const FROM = Date.UTC(2026, 10, 27, 18, 0, 0);
const MIN = 60_000;
/** Only what the layout reads of a report. */
function report(orders: number[], messages: number[], segments: Partial<ShowReport['segments']> = {}): ShowReport {
  return {
    show: { from: FROM },
    perMinute: orders.map((o, minute) => ({
      minute,
      at: FROM + minute * MIN,
      orders: o,
      messages: messages[minute] ?? 0,
      units: o,
      revenueMinor: 0,
    })),
    segments: { featured: [], scenes: [], ...segments },
  } as unknown as ShowReport;
}

describe('timelineLayout', () => {
  const orders = [0, 2, 4, 8, 0, 1, 0, 0, 3, 0];
  const chat = [10, 20, 40, 35, 5, 0, 0, 12, 18, 1];
  const layout = timelineLayout(report(orders, chat), 540, 260)!;
  const { plot } = layout;

  it('puts the plot inside the margins and gives each minute an equal column', () => {
    expect(plot).toEqual({ x: TIMELINE_MARGIN.left, y: TIMELINE_MARGIN.top, width: 540 - 40 - 40, height: 260 - 18 - 22 });
    expect(layout.minutes).toHaveLength(10);
    expect(layout.minutes[3]!.x).toBeCloseTo(40 + 3 * 46);
    expect(layout.minutes[3]!.slot).toBeCloseTo(46);
  });

  it('draws each minute’s orders as a bar centred in its column, as tall as its share of the axis', () => {
    const top = 8; // niceTicks(8) = 0, 2, 4, 6, 8
    expect(layout.orderTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    const bar = layout.minutes[2]!.bar;
    expect(bar.height).toBeCloseTo((4 / top) * plot.height);
    expect(bar.y + bar.height).toBeCloseTo(plot.y + plot.height);
    expect(bar.x + bar.width / 2).toBeCloseTo(40 + 2 * 46 + 23);
    expect(layout.minutes[3]!.bar.y).toBeCloseTo(plot.y); // the tallest reaches the top tick
    expect(layout.minutes[0]!.bar.height).toBeCloseTo(0);
  });

  it('draws the chat as one line through each minute’s middle on its own axis', () => {
    expect(layout.chatTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    const points = [...layout.chatPath.matchAll(/([ML])([\d.]+),([\d.]+)/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(points).toHaveLength(10);
    expect(points[0]![0]).toBe('M');
    expect(points[0]![1]).toBeCloseTo(40 + 23, 1);
    expect(points[0]![2]).toBeCloseTo(plot.y + plot.height - (10 / 40) * plot.height, 1);
    expect(points[2]![1]).toBeCloseTo(40 + 2 * 46 + 23, 1);
    expect(points[2]![2]).toBeCloseTo(plot.y, 1); // the busiest minute reaches the top tick
  });

  it('labels every minute of a short show, and finds the minute under a pointer', () => {
    expect(layout.xTicks.map((t) => t.minute)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(layout.minuteAtX(40 + 3 * 46 + 1)).toBe(3);
    expect(layout.minuteAtX(39)).toBeNull();
    expect(layout.minuteAtX(40 + 460)).toBeNull();
  });

  it('shades featured products from their moments, clamped to the plot; nothing featured is not drawn; scenes at their moment', () => {
    const shaded = timelineLayout(
      report(orders, chat, {
        featured: [
          { from: FROM - 5 * MIN, to: FROM + 2 * MIN, productId: 7, code: 'A12', title: 'Dress' },
          { from: FROM + 2 * MIN, to: FROM + 4 * MIN, productId: null, code: null, title: null },
          { from: FROM + 4 * MIN, to: FROM + 30 * MIN, productId: 9, code: 'B3', title: 'Scarf' },
        ] as ShowReport['segments']['featured'],
        scenes: [{ from: FROM + 5 * MIN + 30_000, scene: 'Close-up' }] as ShowReport['segments']['scenes'],
      }),
      540,
      260,
    )!;
    expect(shaded.segments.map((s) => [s.code, Math.round(s.x), Math.round(s.width)])).toEqual([
      ['A12', 40, 92],
      ['B3', 40 + 4 * 46, 460 - 4 * 46],
    ]);
    expect(shaded.scenes).toHaveLength(1);
    expect(shaded.scenes[0]!.x).toBeCloseTo(40 + 5.5 * 46);
  });

  it('counts on each axis from 0 to a round top at or above its largest value, in whole numbers', () => {
    const ticks = (most: number) => timelineLayout(report([most, 0], [most * 3, 0]), 540, 260)!;
    expect(ticks(0).orderTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(ticks(1).orderTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(ticks(1).chatTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(ticks(37).orderTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(1000).orderTicks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800, 1000]);
    const { plot: box, orderTicks } = ticks(37);
    expect(orderTicks[0]!.y).toBeCloseTo(box.y + box.height);
    expect(orderTicks.at(-1)!.y).toBeCloseTo(box.y);
  });

  it('has nothing to draw for a show without minutes or a plot without room', () => {
    expect(timelineLayout(report([], []), 540, 260)).toBeNull();
    expect(timelineLayout(report([1], [1]), 0, 260)).toBeNull();
  });
});
