/**
 * The show report (issue 14): every figure computed from the store (store/reports.ts) by the
 * functions in figures.ts, in one read snapshot, as the README's "Report definitions" say. The
 * screen (reports.show), the CLI's JSON, HTML and PDF all take this one object.
 */
import type { Show, ShowReport } from '../../../shared/contract';
import { StudioError } from '../../../shared/contract/errors';
import { holdsStock } from '../../../shared/domain/order-states';
import { minuteGridStart } from '../../../shared/domain/report-minutes';
import type { Clock } from '../clock';
import type { Db } from '../store/db';
import { emptyChatTally, storedChatTally, topUpChatTally, type ChatTally } from '../store/chat-tally';
import {
  earlierShowIds,
  featureAndSceneEvents,
  productLabels,
  reportFingerprint,
  reportLines,
  reportQuestions,
  returningPeople,
  stockAtStart,
} from '../store/reports';
import { shopCurrency } from '../store/shop';
import { getShow, lastStartedShowId } from '../store/shows';
import { readTx } from '../store/sql';
import {
  chatterCount,
  headlineOf,
  lineFigures,
  minuteFigures,
  productFigures,
  questionFigures,
  segmentFigures,
  share,
  TREND_SHOWS,
} from './figures';

export interface ReportServiceOptions {
  db: Db;
  clock: Clock;
  /** The shop's own chat logins (lower case): not chatters. */
  ownAccounts(): ReadonlySet<string>;
}

type Part = 'full' | 'headline';

/** How many shows' chat tallies are kept (the one on screen, its trend, a few looked at before). */
const TALLIES_KEPT = 12;

export class ReportService {
  /**
   * Chat rows are only ever added (deletions mark), so a show's tally is read once and then only
   * the messages after its last seq: a long show's 200,000 lines are not scanned again for every report
   * (store/chat-tally.ts; an ended show's is stored, so a new service starts from it too).
   */
  private readonly tallies = new Map<number, ChatTally>();
  /**
   * Reports of ended shows by show and part, with the fingerprint they were computed at (and the chat
   * tally's last seq and the shop's own accounts): a finished show's report is read again and again
   * (the screen, the trend of the next shows) and changes only when its orders, carts, stock or questions do.
   */
  private readonly finished = new Map<string, { key: string; report: ShowReport }>();

  constructor(private readonly options: ReportServiceOptions) {}

  /** The show's chat tally: kept here, else stored at the show's end, else counted from the start; topped up either way. */
  private chatTally(showId: number, createdAt: number, origin: number): ChatTally {
    const { db } = this.options;
    let tally = this.tallies.get(showId);
    if (!tally || tally.createdAt !== createdAt || tally.origin !== origin)
      tally = storedChatTally(db, showId, createdAt, origin) ?? emptyChatTally(createdAt, origin);
    topUpChatTally(db, showId, tally);
    this.tallies.delete(showId); // most recently used last
    this.tallies.set(showId, tally);
    if (this.tallies.size > TALLIES_KEPT) this.tallies.delete(this.tallies.keys().next().value!);
    return tally;
  }

  /** The report of `showId`, or of the newest show that has started. */
  show(showId?: number): ShowReport {
    const { db } = this.options;
    return readTx(db, () => {
      const id = showId ?? lastStartedShowId(db);
      if (id === null) throw StudioError.of('not_found', 'noShowHasStartedYetThere');
      const report = this.compute(id, 'full');
      report.trend = earlierShowIds(db, report.show.startedAt ?? report.show.from, TREND_SHOWS).map((prev) =>
        headlineOf(this.compute(prev, 'headline')),
      );
      return report;
    });
  }

  private compute(showId: number, part: Part): ShowReport {
    const { db } = this.options;
    const show = getShow(db, showId);
    if (!show) throw StudioError.of('not_found', 'noShow', { showId });
    if (show.state !== 'ended') return this.computeNow(show, part);
    const from = show.startedAt ?? show.createdAt;
    const tally = this.chatTally(showId, show.createdAt, minuteGridStart(from));
    const own = [...this.options.ownAccounts()].sort().join(',');
    const key = `${show.createdAt}:${show.endedAt}:${tally.lastSeq}:${own}:${reportFingerprint(db, showId)}`;
    const cached = this.finished.get(`${showId}:${part}`);
    if (cached?.key === key) return { ...structuredClone(cached.report), generatedAt: this.options.clock() };
    const report = this.computeNow(show, part);
    this.finished.delete(`${showId}:${part}`);
    this.finished.set(`${showId}:${part}`, { key, report: structuredClone(report) });
    if (this.finished.size > 2 * TALLIES_KEPT) this.finished.delete(this.finished.keys().next().value!);
    return report;
  }

  private computeNow(show: Show, part: Part): ShowReport {
    const { db, clock } = this.options;
    const showId = show.id;
    const lines = reportLines(db, showId);
    const now = clock();
    const from = show.startedAt ?? show.createdAt;
    const lastActivity = lines.reduce((max, l) => Math.max(max, l.at), from);
    const to = show.endedAt ?? (show.state === 'live' ? Math.max(now, lastActivity) : Math.max(lastActivity, from));
    const span = { from, to };

    const f = lineFigures(lines);
    const revenueLines = lines.filter((l) => holdsStock(l.state));
    const returning = part === 'full' ? returningPeople(db, showId, from) : new Set<number>();
    const tally = this.chatTally(showId, show.createdAt, minuteGridStart(from));
    const chatters = chatterCount([...tally.authors.values()], this.options.ownAccounts());
    const questions = questionFigures(reportQuestions(db, showId));

    const base: ShowReport = {
      reportVersion: 1,
      generatedAt: now,
      show: {
        id: show.id,
        title: show.title,
        state: show.state,
        timeZone: show.timeZone,
        language: show.language,
        startedAt: show.startedAt,
        endedAt: show.endedAt,
        from,
        to,
      },
      currency: shopCurrency(db),
      revenueMinor: f.revenueMinor,
      paidMinor: f.paidMinor,
      unpaidMinor: f.unpaidMinor,
      refundsMinor: f.refundsMinor,
      orderLines: f.orderLines,
      units: f.units,
      linesTaken: f.linesTaken,
      cancelledLines: f.cancelledLines,
      releasedLines: f.releasedLines,
      returnedLines: f.returnedLines,
      pendingLines: f.pendingLines,
      buyers: f.buyers.size,
      newBuyers: 0,
      returningBuyers: 0,
      carts: f.carts,
      averageCartMinor: f.averageCartMinor,
      messages: 0,
      chatters,
      buyersPerChatter: share(f.buyers.size, chatters),
      questions,
      perProduct: [],
      perMinute: [],
      segments: { featured: [], scenes: [] },
      trend: [],
    };
    if (part === 'headline') return base;

    let returningBuyers = 0;
    for (const key of f.buyers) if (returning.has(key)) returningBuyers++;
    const events = featureAndSceneEvents(db, showId);
    const productIds = [
      ...new Set([
        ...revenueLines.map((l) => l.productId),
        ...events.filter((e) => e.type === 'feature' && e.productId !== null).map((e) => e.productId!),
        ...show.lineup.map((i) => i.productId),
      ]),
    ];
    const labels = new Map(productLabels(db, productIds).map((p) => [p.id, p]));
    const segments = segmentFigures(events, revenueLines, span, labels);
    const chat = [...tally.minutes].map(([minute, messages]) => ({ minute, messages }));
    return {
      ...base,
      returningBuyers,
      newBuyers: f.buyers.size - returningBuyers,
      messages: chat.reduce((sum, c) => sum + c.messages, 0),
      perProduct: productFigures(revenueLines, segments.featured, stockAtStart(db, showId, productIds, from, to), labels, productIds),
      perMinute: minuteFigures(chat, revenueLines, span),
      segments,
    };
  }
}
