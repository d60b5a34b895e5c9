/**
 * When the live windows call attention (a tone and a banner): the rules, pure, so they are tested on
 * recorded data (OBS GetStats replies, status changes) rather than on a live OBS that cannot drop
 * frames on demand. renderer/screens/alerts/ shows and sounds what these return.
 */
import type { AlertSettings, EventPayload, Order, OrderState, Question, ShowSummary, StudioStatus } from '../contract';
import { takenLines } from './order-states';

type ObsStats = EventPayload<'obs.stats'>;

/** Counters only grow within one OBS run; a smaller number means OBS restarted, so count from zero. */
const grew = (before: number, after: number) => (after < before ? after : after - before);

export interface FrameLoss {
  /** The worst of network drops, encoder skips and render lag, as a percentage of that stage's frames. */
  percent: number;
  cause: 'network' | 'encoder' | 'render';
  frames: number;
}

/** Frames lost between two OBS samples at the stage that lost the largest share; null with nothing to compare. */
export function frameLoss(previous: ObsStats | null, now: ObsStats): FrameLoss | null {
  if (!previous) return null;
  const stages: { cause: FrameLoss['cause']; lost: number; total: number }[] = [
    {
      cause: 'network',
      lost: now.stream.active && previous.stream.active ? grew(previous.stream.skippedFrames, now.stream.skippedFrames) : 0,
      total: now.stream.active && previous.stream.active ? grew(previous.stream.totalFrames, now.stream.totalFrames) : 0,
    },
    {
      cause: 'encoder',
      lost: grew(previous.outputSkippedFrames, now.outputSkippedFrames),
      total: grew(previous.outputTotalFrames, now.outputTotalFrames),
    },
    {
      cause: 'render',
      lost: grew(previous.renderSkippedFrames, now.renderSkippedFrames),
      total: grew(previous.renderTotalFrames, now.renderTotalFrames),
    },
  ];
  let worst: FrameLoss | null = null;
  for (const s of stages) {
    if (s.lost <= 0) continue;
    // Lost frames count towards the stage's frames (OBS counts a skipped frame in the total too; if not, add it).
    const percent = (s.lost / Math.max(s.total, s.lost)) * 100;
    if (!worst || percent > worst.percent) worst = { percent, cause: s.cause, frames: s.lost };
  }
  return worst ?? { percent: 0, cause: 'render', frames: 0 };
}

/** Whether the loss between two samples is worth an alert under the settings. */
export function droppedFramesAlert(previous: ObsStats | null, now: ObsStats, settings: AlertSettings): FrameLoss | null {
  if (!settings.droppedFrames) return null;
  const loss = frameLoss(previous, now);
  return loss && loss.frames > 0 && loss.percent >= settings.droppedFramesPercent ? loss : null;
}

/**
 * How long buyers' questions wait is counted only while the show is live. `running`: ages follow the
 * studio's clock (every second). Otherwise they stand still: at the show's end once it ended (what was
 * left unanswered, and for how long, as the show closed), and no question becomes overdue any more.
 */
export interface QuestionWaitClock {
  running: boolean;
  /** Where stopped ages are measured to: the show's end; null before it went live (ages stay where they were). */
  stoppedAt: number | null;
}

export function questionWaitClock(show: Pick<ShowSummary, 'state' | 'endedAt'> | null): QuestionWaitClock {
  if (show?.state === 'live') return { running: true, stoppedAt: null };
  return { running: false, stoppedAt: show?.endedAt ?? null };
}

/**
 * Open questions that have now waited longer than the setting and were not alerted yet (ages on the
 * studio's clock). None while the show is not live: after its end nobody is waiting for an answer on stream.
 */
export function overdueQuestions(
  questions: readonly Question[],
  studioNow: number,
  settings: AlertSettings,
  alerted: ReadonlySet<number>,
  waits: QuestionWaitClock,
): Question[] {
  if (!settings.questionWaiting || !waits.running) return [];
  const limit = settings.questionWaitSeconds * 1000;
  return questions.filter((q) => q.state === 'open' && !alerted.has(q.id) && studioNow - q.askedAt >= limit);
}

/**
 * Orders new to this window: not seen before and taken after the window started watching (a reload
 * does not ring for the whole show again). Waitlist places count: a buyer wants it.
 */
export function newOrders(orders: readonly Order[], seen: ReadonlySet<number>, watchingSince: number, settings: AlertSettings): Order[] {
  if (!settings.newOrder) return [];
  return orders.filter((o) => !seen.has(o.id) && o.createdAt >= watchingSince && o.state !== 'cancelled');
}

/** Chat sources that have just started reconnecting (were in another state before). */
export function reconnectingSources(
  previous: StudioStatus['chat'] | null,
  now: StudioStatus['chat'],
  settings: AlertSettings,
): StudioStatus['chat'] {
  if (!settings.chatReconnecting) return [];
  const before = new Map((previous ?? []).map((s) => [s.id, s.state]));
  return now.filter((s) => s.state === 'reconnecting' && before.has(s.id) && before.get(s.id) !== 'reconnecting');
}

/** New order lines per state: what an order banner stands for (a newer batch adds to a banner still shown). */
export type NewOrderCounts = Partial<Record<OrderState, number>>;

/** Counts the new lines by state. */
export function countNewOrders(orders: readonly Pick<Order, 'state'>[]): NewOrderCounts {
  const counts: NewOrderCounts = {};
  for (const o of orders) counts[o.state] = (counts[o.state] ?? 0) + 1;
  return counts;
}

/**
 * What an order banner says, counted as the live header counts (shared/domain/order-states.ts): orders taken
 * (lines holding stock: takenLines) apart from waitlist places, lines needing details and held lines (a rehearsal's
 * test orders, an unsure claim), which take nothing yet. "6 new orders" beside "4 orders taken · 2 on waitlists"
 * was a banner counting waitlist places as orders.
 */
export function newOrderTally(counts: NewOrderCounts): { taken: number; waitlisted: number; needsDetails: number; held: number } {
  return {
    taken: takenLines(counts),
    waitlisted: counts.waitlisted ?? 0,
    needsDetails: counts.needs_details ?? 0,
    held: counts.held ?? 0,
  };
}

/** A banner on screen: one per kind at most; an order banner counts the orders it stands for. */
export interface AlertBanner<Kind extends string = string> {
  id: number;
  kind: Kind;
  /** Orders only: the new lines this banner stands for, per state (a newer batch adds to a banner still shown). */
  orders?: NewOrderCounts;
}

/**
 * The banners after a new one is raised: it goes on top and replaces the banner of its kind still shown
 * (a busy show would otherwise stack order banners over the board: one per 2 s, each shown 8 s); a new
 * order banner takes over the counts of the one it replaces. At most `max`, newest first.
 */
export function raiseBanner<K extends string, B extends AlertBanner<K>>(shown: readonly B[], banner: B, max: number): B[] {
  const replaced = shown.find((b) => b.kind === banner.kind);
  const next =
    banner.orders !== undefined && replaced?.orders !== undefined
      ? { ...banner, orders: addCounts(replaced.orders, banner.orders) }
      : banner;
  return [next, ...shown.filter((b) => b !== replaced)].slice(0, max);
}

function addCounts(a: NewOrderCounts, b: NewOrderCounts): NewOrderCounts {
  const sum: NewOrderCounts = { ...a };
  for (const [state, n] of Object.entries(b) as [OrderState, number][]) sum[state] = (sum[state] ?? 0) + n;
  return sum;
}
