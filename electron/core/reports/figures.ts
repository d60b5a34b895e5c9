/**
 * The show report's figures, computed from the store's rows (store/reports.ts) exactly as the
 * README's "Report definitions" section says. Pure functions of the rows: the service reads,
 * these compute.
 */
import type {
  FeaturedSegment,
  ReportHeadline,
  ReportMinute,
  ReportProduct,
  ReportQuestions,
  ResponseTimes,
  SceneSegment,
  ShowReport,
} from '../../../shared/contract';
import { isChatter } from '../../../shared/domain/chatters';
import { heldUnits, holdsStock, lineTotalMinor, PENDING_STATES } from '../../../shared/domain/order-states';
import { MINUTE_MS, reportMinuteOf, reportMinuteStart } from '../../../shared/domain/report-minutes';
import type { ProductStockAtStart, ReportAuthorRow, ReportLineRow, ReportQuestionRow, ReportTimelineRow } from '../store/reports';

export const ANSWER_TARGET_MS = 60_000;
export const UNANSWERED_LISTED = 500;
export const TREND_SHOWS = 5;

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it; null for none. */
export function percentile(sortedAsc: readonly number[], p: number): number | null {
  if (sortedAsc.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAsc.length));
  return sortedAsc[rank - 1]!;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Response times of a group: `times` of its answered questions, out of `total` questions in the group. */
function responseTimes(times: number[], total: number): ResponseTimes {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length,
    medianResponseMs: percentile(sorted, 50),
    p90ResponseMs: percentile(sorted, 90),
    within60s: share(times.filter((t) => t <= ANSWER_TARGET_MS).length, total),
  };
}

/** Questions typed in by staff or read from a recording: an answer to them is recorded, not posted in chat. */
const NOT_POSTED = new Set(['manual', 'replay']);

export function questionFigures(rows: readonly ReportQuestionRow[]): ReportQuestions {
  const person: number[] = [];
  const automatic: number[] = [];
  const marked: number[] = [];
  const unanswered: ReportQuestionRow[] = [];
  for (const q of rows) {
    if (q.state !== 'answered' || q.answeredAt === null) {
      unanswered.push(q);
      continue;
    }
    const ms = Math.max(0, q.answeredAt - q.receivedAt);
    if (q.autoAnswered === 1) automatic.push(ms);
    else if (NOT_POSTED.has(q.platform)) marked.push(ms);
    else person.push(ms);
  }
  const answered = [...person, ...automatic].sort((a, b) => a - b);
  return {
    asked: rows.length,
    answered: answered.length,
    unanswered: unanswered.length,
    medianResponseMs: percentile(answered, 50),
    p90ResponseMs: percentile(answered, 90),
    answeredWithin60s: share(answered.filter((t) => t <= ANSWER_TARGET_MS).length, rows.length),
    byPerson: responseTimes(person, person.length),
    automatic: responseTimes(automatic, automatic.length),
    markedOnly: responseTimes(marked, marked.length),
    unansweredList: unanswered.slice(0, UNANSWERED_LISTED).map((q) => ({
      id: q.id,
      buyer: q.buyer,
      platform: q.platform,
      text: q.text,
      productCode: q.productCode,
      askedAt: q.receivedAt,
      state: q.state === 'dismissed' ? 'dismissed' : 'open',
    })),
  };
}

export function chatterCount(authors: readonly ReportAuthorRow[], ownAccounts: ReadonlySet<string>): number {
  let n = 0;
  for (const a of authors)
    if (
      isChatter(
        { platform: a.platform, platformUserId: a.platformUserId, name: a.name, owner: a.owner === 1, moderator: a.moderator === 1 },
        ownAccounts,
      )
    )
      n++;
  return n;
}

/** Line totals minus refunds: a revenue line's contribution. */
const lineRevenue = (l: ReportLineRow) => lineTotalMinor(l) - l.refundMinor;

export interface LineFigures {
  revenueMinor: number;
  paidMinor: number;
  unpaidMinor: number;
  refundsMinor: number;
  orderLines: number;
  units: number;
  linesTaken: number;
  cancelledLines: number;
  releasedLines: number;
  returnedLines: number;
  pendingLines: number;
  buyers: Set<number>;
  carts: number;
  averageCartMinor: number | null;
}

export function lineFigures(lines: readonly ReportLineRow[]): LineFigures {
  const f: LineFigures = {
    revenueMinor: 0,
    paidMinor: 0,
    unpaidMinor: 0,
    refundsMinor: 0,
    orderLines: 0,
    units: 0,
    linesTaken: lines.length,
    cancelledLines: 0,
    releasedLines: 0,
    returnedLines: 0,
    pendingLines: 0,
    buyers: new Set(),
    carts: 0,
    averageCartMinor: null,
  };
  const carts = new Set<number>();
  for (const l of lines) {
    if (l.state === 'cancelled') f.cancelledLines++;
    else if (l.state === 'released') f.releasedLines++;
    else if (l.state === 'returned') f.returnedLines++;
    else if ((PENDING_STATES as readonly string[]).includes(l.state)) f.pendingLines++;
    if (!holdsStock(l.state)) continue;
    const revenue = lineRevenue(l);
    f.revenueMinor += revenue;
    f.refundsMinor += l.refundMinor;
    if (l.state === 'claimed' || l.state === 'confirmed') f.unpaidMinor += revenue;
    else f.paidMinor += revenue;
    f.orderLines++;
    f.units += heldUnits(l);
    f.buyers.add(l.personKey);
    carts.add(l.cartId);
  }
  f.carts = carts.size;
  f.averageCartMinor = carts.size > 0 ? Math.round(f.revenueMinor / carts.size) : null;
  return f;
}

interface Span {
  from: number;
  to: number;
}

/** Cuts a sequence of changes into segments [at_i, at_i+1) clipped to the span; the last runs to the span's end. */
function segmentsOf<T>(changes: readonly { at: number; value: T }[], span: Span): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  changes.forEach((c, i) => {
    const from = Math.max(c.at, span.from);
    const to = Math.min(changes[i + 1]?.at ?? span.to, span.to);
    if (to > from) out.push({ from, to, value: c.value });
  });
  return out;
}

/** Sales of revenue lines whose time falls in [from, to). `lines` sorted by at. */
function salesIn(sorted: readonly ReportLineRow[], from: number, to: number) {
  let orders = 0;
  let units = 0;
  let revenueMinor = 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.at < to; i++) {
    const l = sorted[i]!;
    orders++;
    units += heldUnits(l);
    revenueMinor += lineRevenue(l);
  }
  return { orders, units, revenueMinor };
}

export function segmentFigures(
  events: readonly ReportTimelineRow[],
  revenueLines: readonly ReportLineRow[],
  span: Span,
  labels: ReadonlyMap<number, { code: string; title: string }>,
): { featured: FeaturedSegment[]; scenes: SceneSegment[] } {
  const sorted = [...revenueLines].sort((a, b) => a.at - b.at);
  const features = segmentsOf(
    events.filter((e) => e.type === 'feature').map((e) => ({ at: e.at, value: e.productId })),
    span,
  );
  const scenes = segmentsOf(
    events.filter((e) => e.type === 'obs.scene_switched' && e.scene !== null).map((e) => ({ at: e.at, value: e.scene! })),
    span,
  );
  return {
    featured: features.map((s) => ({
      from: s.from,
      to: s.to,
      productId: s.value,
      code: s.value === null ? null : (labels.get(s.value)?.code ?? null),
      title: s.value === null ? null : (labels.get(s.value)?.title ?? null),
      ...salesIn(sorted, s.from, s.to),
    })),
    scenes: scenes.map((s) => ({ from: s.from, to: s.to, scene: s.value, ...salesIn(sorted, s.from, s.to) })),
  };
}

/** Each minute of the report's grid (shared/domain/report-minutes.ts) with its orders and chat (`chat` counted on the same grid). */
export function minuteFigures(
  chat: readonly { minute: number; messages: number }[],
  revenueLines: readonly ReportLineRow[],
  span: Span,
): ReportMinute[] {
  const byMinute = new Map<number, ReportMinute>();
  const at = (minute: number): ReportMinute => {
    let m = byMinute.get(minute);
    if (!m)
      byMinute.set(minute, (m = { minute, at: reportMinuteStart(span.from, minute), messages: 0, orders: 0, units: 0, revenueMinor: 0 }));
    return m;
  };
  // Every minute of the span, so a quiet minute shows as zero rather than missing (the one `to` falls in included).
  const last = Math.max(0, reportMinuteOf(span.from, Math.max(span.from, span.to - 1)));
  for (let i = 0; i <= last; i++) at(i);
  for (const c of chat) at(c.minute).messages += c.messages;
  for (const l of revenueLines) {
    const m = at(reportMinuteOf(span.from, l.at));
    m.orders++;
    m.units += heldUnits(l);
    m.revenueMinor += lineRevenue(l);
  }
  return [...byMinute.values()].sort((a, b) => a.minute - b.minute);
}

export function productFigures(
  revenueLines: readonly ReportLineRow[],
  featured: readonly FeaturedSegment[],
  stock: readonly ProductStockAtStart[],
  labels: ReadonlyMap<number, { code: string; title: string }>,
  productIds: readonly number[],
): ReportProduct[] {
  const stockBy = new Map(stock.map((s) => [s.productId, s]));
  const linesBy = new Map<number, ReportLineRow[]>();
  for (const l of revenueLines) {
    const list = linesBy.get(l.productId);
    if (list) list.push(l);
    else linesBy.set(l.productId, [l]);
  }
  return productIds
    .map((productId): ReportProduct => {
      const lines = linesBy.get(productId) ?? [];
      const segments = featured.filter((s) => s.productId === productId);
      const ms = segments.reduce((sum, s) => sum + (s.to - s.from), 0);
      const whileOn = lines.filter((l) => segments.some((s) => l.at >= s.from && l.at < s.to)).length;
      const units = lines.reduce((sum, l) => sum + heldUnits(l), 0);
      const s = stockBy.get(productId);
      const atStart = s ? s.ledgerAtStart - s.heldAtStart : 0;
      const available = atStart + (s?.added ?? 0);
      return {
        productId,
        code: labels.get(productId)?.code ?? `#${productId}`,
        title: labels.get(productId)?.title ?? '',
        orderLines: lines.length,
        units,
        revenueMinor: lines.reduce((sum, l) => sum + lineRevenue(l), 0),
        secondsOnScreen: Math.round(ms / 1000),
        ordersWhileOnScreen: whileOn,
        ordersPerMinuteOnScreen: ms > 0 ? whileOn / (ms / MINUTE_MS) : null,
        stockAtStart: atStart,
        restocked: s?.added ?? 0,
        sellThrough: available > 0 ? units / available : null,
      };
    })
    .sort((a, b) => b.revenueMinor - a.revenueMinor || b.units - a.units || a.code.localeCompare(b.code));
}

export function headlineOf(
  report: Pick<
    ShowReport,
    | 'show'
    | 'revenueMinor'
    | 'orderLines'
    | 'units'
    | 'buyers'
    | 'carts'
    | 'averageCartMinor'
    | 'chatters'
    | 'buyersPerChatter'
    | 'questions'
  >,
): ReportHeadline {
  return {
    showId: report.show.id,
    title: report.show.title,
    startedAt: report.show.startedAt,
    revenueMinor: report.revenueMinor,
    orderLines: report.orderLines,
    units: report.units,
    buyers: report.buyers,
    carts: report.carts,
    averageCartMinor: report.averageCartMinor,
    chatters: report.chatters,
    buyersPerChatter: report.buyersPerChatter,
    questionsAsked: report.questions.asked,
    medianResponseMs: report.questions.medianResponseMs,
    answeredWithin60s: report.questions.answeredWithin60s,
  };
}

export { share };
