import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatClock, formatMinutes, formatNumber, formatResponse, formatShare } from '../../../shared/domain/report-format';
import { LOCALE, reportText, type ReportLanguage, type ReportText } from './text';

/** A table of the report as text: its heads, its rows, and how many columns (from the left) are words rather than figures. */
export interface ReportTableText {
  head: string[];
  rows: string[][];
  leftColumns: number;
}

/**
 * The report's text as the HTML page and the PDF write it (the screen draws the same cells in React):
 * labels in the report's language, figures formatted once here, the tables' rows built once here.
 */
export interface ReportRows {
  t: ReportText;
  locale: string;
  money: (minor: number | null) => string;
  num: (n: number | null, digits?: number) => string;
  pct: (share: number | null) => string;
  time: (at: number) => string;
  response: (ms: number | null) => string;
  /** The headline figures, label and value. */
  cards: [string, string][];
  /** Lines taken, cancelled, released, returned, waiting, chat messages, refunds: one line. */
  counts: string;
  /** The questions' figures, label and value. */
  questionCards: [string, string][];
  segments: ReportTableText;
  /** Null when the show sold nothing (the page says so instead). */
  products: ReportTableText | null;
  answerGroups: ReportTableText;
  /** Null when every question was answered. */
  unanswered: ReportTableText | null;
  /** This show first, then the earlier ones newest first; null when there are none. */
  trend: ReportTableText | null;
}

export function reportRows(report: ShowReport, language: ReportLanguage): ReportRows {
  const t = reportText(language);
  const locale = LOCALE[language];
  const zone = report.show.timeZone;
  const money = (minor: number | null) => (minor === null ? '–' : formatMoney(minor, report.currency, locale));
  const num = (n: number | null, digits = 0) => formatNumber(n, locale, digits);
  const pct = (s: number | null) => formatShare(s, locale);
  const time = (at: number) => formatClock(at, zone, locale);
  const response = (ms: number | null) => formatResponse(ms, (n) => t('seconds', { n }));
  const q = report.questions;
  const sales = (s: { from: number; to: number; orders: number; units: number; revenueMinor: number }) => [
    time(s.from),
    time(s.to),
    num(s.orders),
    num(s.units),
    money(s.revenueMinor),
  ];
  const headlines = [
    {
      title: `${report.show.title} (${t('trend.thisShow')})`,
      startedAt: report.show.startedAt,
      revenueMinor: report.revenueMinor,
      orderLines: report.orderLines,
      buyers: report.buyers,
      averageCartMinor: report.averageCartMinor,
      buyersPerChatter: report.buyersPerChatter,
      medianResponseMs: q.medianResponseMs,
      answeredWithin60s: q.answeredWithin60s,
    },
    ...report.trend,
  ];
  return {
    t,
    locale,
    money,
    num,
    pct,
    time,
    response,
    cards: [
      [t('figures.revenue'), money(report.revenueMinor)],
      [t('figures.paid'), money(report.paidMinor)],
      [t('figures.unpaid'), money(report.unpaidMinor)],
      [t('figures.orderLines'), num(report.orderLines)],
      [t('figures.units'), num(report.units)],
      [t('figures.buyers'), num(report.buyers)],
      [t('figures.newBuyers'), num(report.newBuyers)],
      [t('figures.returningBuyers'), num(report.returningBuyers)],
      [t('figures.carts'), num(report.carts)],
      [t('figures.averageCart'), money(report.averageCartMinor)],
      [t('figures.chatters'), num(report.chatters)],
      [t('figures.buyersPerChatter'), pct(report.buyersPerChatter)],
    ],
    counts: [
      `${t('figures.linesTaken')}: ${num(report.linesTaken)}`,
      `${t('figures.cancelled')}: ${num(report.cancelledLines)}`,
      `${t('figures.released')}: ${num(report.releasedLines)}`,
      `${t('figures.returned')}: ${num(report.returnedLines)}`,
      `${t('figures.pending')}: ${num(report.pendingLines)}`,
      `${t('figures.messages')}: ${num(report.messages)}`,
      `${t('figures.refunds')}: ${money(report.refundsMinor)}`,
    ].join(' · '),
    questionCards: [
      [t('questions.asked'), num(q.asked)],
      [t('questions.answered'), num(q.answered)],
      [t('questions.unanswered'), num(q.unanswered)],
      [t('questions.median'), response(q.medianResponseMs)],
      [t('questions.p90'), response(q.p90ResponseMs)],
      [t('questions.within60s'), pct(q.answeredWithin60s)],
    ],
    segments: {
      head: ['kind', 'segment', 'from', 'to', 'orders', 'units', 'revenue'].map((k) => t(`segments.${k}`)),
      rows: [
        ...report.segments.featured.map((s) => [
          t('segments.featured'),
          s.code ? `${s.code} ${s.title ?? ''}` : t('timeline.nothing'),
          ...sales(s),
        ]),
        ...report.segments.scenes.map((s) => [t('segments.scene'), s.scene, ...sales(s)]),
      ],
      leftColumns: 2,
    },
    products:
      report.perProduct.length === 0
        ? null
        : {
            head: ['product', 'units', 'revenue', 'onScreen', 'ordersPerMinute', 'stockAtStart', 'restocked', 'sellThrough'].map((k) =>
              t(`products.${k}`),
            ),
            rows: report.perProduct.map((p) => [
              `${p.code} ${p.title}`,
              num(p.units),
              money(p.revenueMinor),
              t('products.minutes', { minutes: formatMinutes(p.secondsOnScreen, locale) }),
              num(p.ordersPerMinuteOnScreen, 2),
              num(p.stockAtStart),
              num(p.restocked),
              pct(p.sellThrough),
            ]),
            leftColumns: 1,
          },
    answerGroups: {
      head: ['group', 'count', 'median', 'p90', 'within60s'].map((k) => t(`questions.${k}`)),
      rows: (['byPerson', 'automatic', 'markedOnly'] as const).map((g) => [
        t(`questions.${g}`),
        num(q[g].count),
        response(q[g].medianResponseMs),
        response(q[g].p90ResponseMs),
        pct(q[g].within60s),
      ]),
      leftColumns: 1,
    },
    unanswered:
      q.unansweredList.length === 0
        ? null
        : {
            head: ['askedAt', 'buyer', 'question', 'state'].map((k) => t(`questions.${k}`)),
            rows: q.unansweredList.map((u) => [time(u.askedAt), u.buyer, u.text, t(`questions.${u.state}`)]),
            leftColumns: 4,
          },
    trend:
      report.trend.length === 0
        ? null
        : {
            head: [
              t('trend.show'),
              t('trend.started'),
              t('figures.revenue'),
              t('figures.orderLines'),
              t('figures.buyers'),
              t('figures.averageCart'),
              t('figures.buyersPerChatter'),
              t('questions.median'),
              t('questions.within60s'),
            ],
            rows: headlines.map((r) => [
              r.title,
              r.startedAt === null ? '–' : formatClock(r.startedAt, zone, locale, true),
              money(r.revenueMinor),
              num(r.orderLines),
              num(r.buyers),
              money(r.averageCartMinor),
              pct(r.buyersPerChatter),
              response(r.medianResponseMs),
              pct(r.answeredWithin60s),
            ]),
            leftColumns: 2,
          },
  };
}
