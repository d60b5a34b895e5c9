import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import {
  formatClock,
  formatMinutes,
  formatNumber,
  formatResponse,
  formatShare,
  segmentColours,
} from '../../../shared/domain/report-format';
import { formatShowRangeEnds } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase } from '../../lib/use-studio';
import { INK, TIMELINE_PX, TREND_PX, type ChartTheme } from './chart-look';
import { ReportTrendPlot } from './lazy-charts';
import { TimelinePlot } from './TimelinePlot';
import { ReportFocus } from './ReportFocus';
import { ReportTable } from './ReportTable';
import './report.css';
import { Isolated } from '../../widgets/Isolated';

type Theme = ChartTheme;
const THEME_KEY = 'lss.reportTheme';
type Segment =
  ({ kind: 'featured' } & ShowReport['segments']['featured'][number]) | ({ kind: 'scene' } & ShowReport['segments']['scenes'][number]);
type TrendRow = Pick<
  ShowReport['trend'][number],
  | 'showId'
  | 'title'
  | 'revenueMinor'
  | 'orderLines'
  | 'buyers'
  | 'averageCartMinor'
  | 'buyersPerChatter'
  | 'medianResponseMs'
  | 'answeredWithin60s'
> & { thisShow?: true };

/**
 * The room of a plot: its height kept from the first frame (nothing below moves when the chart
 * draws), its width measured before the frame is painted and followed when the window resizes; the
 * plot draws once at that width. A plot drawn `later` (below the fold) waits until the charts' chunk
 * has arrived, the next frame is painted and the main thread is idle (at most 300 ms): its recharts
 * render stays off the task that paints the figures and the timeline. Printing draws it at once.
 */
function PlotArea({ height, later = false, children }: { height: number; later?: boolean; children: (width: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [ready, setReady] = useState(!later);
  useLayoutEffect(() => {
    const el = box.current!;
    setWidth(Math.floor(el.clientWidth));
    const resized = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    resized.observe(el);
    return () => resized.disconnect();
  }, []);
  useEffect(() => {
    if (ready) return;
    let live = true;
    let frame = 0;
    let idle = 0;
    const draw = () => live && setReady(true);
    globalThis.addEventListener('beforeprint', draw);
    void ReportTrendPlot.preload().then(() => {
      if (!live) return;
      frame = requestAnimationFrame(() => {
        idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(draw, { timeout: 300 }) : window.setTimeout(draw, 0);
      });
    }, draw); // a chunk that failed: the plot's own load reports it
    return () => {
      live = false;
      globalThis.removeEventListener('beforeprint', draw);
      cancelAnimationFrame(frame);
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [ready]);
  return (
    <div ref={box} className="report-plot" style={{ height }}>
      {width > 0 && ready && children(width)}
    </div>
  );
}

/**
 * What lies below the timeline (the segments, products, questions and trend) renders in the pass after the first frame
 * with the report: that frame holds the figures and the timeline, and the task that paints them is shorter by the tables'
 * render. Printing renders everything at once.
 */
function useAfterFirstFrame(active: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!active || after) return;
    let timer = 0;
    const show = () => setAfter(true);
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(show, 0);
    });
    globalThis.addEventListener('beforeprint', show);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      globalThis.removeEventListener('beforeprint', show);
    };
  }, [active, after]);
  return after;
}

/** The timeline: orders and chat per minute, featured products shaded, scene switches as dashed lines; its legend. */
function ReportTimeline({
  report,
  colours,
  theme,
  focusAt,
}: {
  report: ShowReport;
  colours: Map<number, string>;
  theme: Theme;
  focusAt: number | null;
}) {
  const { t } = useTranslation();
  const ink = INK[theme];
  if (report.perMinute.length === 0) return null;
  // A show that has not started (a draft) or had no order and no chat: say so, rather than draw empty axes.
  if (report.perMinute.every((m) => m.orders === 0 && m.messages === 0))
    return (
      <p className="report-muted" data-testid="report-timeline-empty">
        {t('report.timeline.empty')}
      </p>
    );
  return (
    <figure className="report-chart" data-testid="report-timeline">
      <PlotArea height={TIMELINE_PX}>
        {(width) => <TimelinePlot report={report} colours={colours} theme={theme} width={width} focusAt={focusAt} />}
      </PlotArea>
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

/**
 * The show report (README: Report definitions): headline figures, the timeline with the featured
 * product and the scene as shaded segments, what sold in each segment, per product, questions
 * and the trend of earlier shows. Printable (the print stylesheet turns it black on white); the
 * same figures as `studio report` writes as JSON, HTML and PDF. Opened from a chat search hit
 * (`focusAt`), the timeline is scrolled to and marks that moment.
 */
export function ReportScreen({
  client,
  showId,
  focusAt = null,
}: {
  client: StudioClient;
  showId: number | null | undefined;
  focusAt?: number | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // The report main.tsx asked for while the page loaded, if it is here: the figures are in the first render.
  const [report, setReport] = useState<ShowReport | null>(() =>
    showId === undefined ? null : (client.arrived('reports.show', showId === null ? {} : { showId }) ?? null),
  );
  const [theme, setTheme] = useState<Theme>(() => (globalThis.localStorage?.getItem(THEME_KEY) === 'light' ? 'light' : 'dark'));
  const { run, error, busy } = useCommand();
  const phase = useConnectionPhase(client);

  const load = useCallback(() => {
    if (showId === undefined) return;
    void run(() => client.call('reports.show', showId === null ? {} : { showId })).then((r) => {
      if (r) setReport(r);
    });
  }, [client, showId, run]);
  useEffect(() => {
    if (phase === 'connected') load();
  }, [phase, load]);
  const timelineRef = useRef<HTMLHeadingElement>(null);
  const reportShown = report !== null;
  const below = useAfterFirstFrame(reportShown);
  useEffect(() => {
    if (reportShown && focusAt !== null) timelineRef.current?.scrollIntoView({ block: 'start' });
  }, [reportShown, focusAt]);

  const switchTheme = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    globalThis.localStorage?.setItem(THEME_KEY, next);
    setTheme(next);
  };

  if (!report)
    return (
      <section className="report" data-theme={theme} data-testid="report">
        <h2>{t('report.title')}</h2>
        {error ? (
          <p className="report-error" role="alert" data-testid="report-error">
            {error}
          </p>
        ) : (
          <p className="report-muted">{busy || showId === undefined ? t('report.loading') : t('report.noShow')}</p>
        )}
      </section>
    );

  const money = (minor: number | null) => (minor === null ? '–' : formatMoney(minor, report.currency, locale));
  const num = (n: number | null, digits = 0) => formatNumber(n, locale, digits);
  const pct = (s: number | null) => formatShare(s, locale);
  const zone = report.show.timeZone;
  const time = (at: number) => formatClock(at, zone, locale);
  const sec = (n: number) => t('report.seconds', { n });
  const q = report.questions;
  const colours = segmentColours(report);

  const figures: [string, string, string][] = [
    ['revenue', t('report.figures.revenue'), money(report.revenueMinor)],
    ['paid', t('report.figures.paid'), money(report.paidMinor)],
    ['unpaid', t('report.figures.unpaid'), money(report.unpaidMinor)],
    ['orderLines', t('report.figures.orderLines'), num(report.orderLines)],
    ['units', t('report.figures.units'), num(report.units)],
    ['buyers', t('report.figures.buyers'), num(report.buyers)],
    ['newBuyers', t('report.figures.newBuyers'), num(report.newBuyers)],
    ['returningBuyers', t('report.figures.returningBuyers'), num(report.returningBuyers)],
    ['carts', t('report.figures.carts'), num(report.carts)],
    ['averageCart', t('report.figures.averageCart'), money(report.averageCartMinor)],
    ['chatters', t('report.figures.chatters'), num(report.chatters)],
    ['buyersPerChatter', t('report.figures.buyersPerChatter'), pct(report.buyersPerChatter)],
  ];

  const notStarted = report.show.startedAt === null;
  const head = (
    <header className="report-head">
      <div>
        <h2 data-testid="report-title">
          {t('report.title')}: <Isolated>{report.show.title}</Isolated>
        </h2>
        {!notStarted && (
          <p className="report-muted">
            {t('report.span', { ...formatShowRangeEnds(report.show.from, report.show.to, locale, zone), zone })}
            {report.show.state === 'live' && ` · ${t('report.live')}`}
          </p>
        )}
      </div>
      <div className="report-actions">
        <button type="button" onClick={load} disabled={busy} data-testid="report-refresh">
          {t('report.refresh')}
        </button>
        <button type="button" onClick={switchTheme} data-testid="report-theme" aria-pressed={theme === 'light'}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t('report.print')}
        </button>
      </div>
    </header>
  );
  // A draft that never went live has nothing to report: say so, rather than a span of no time and tables of zeros.
  if (notStarted && report.linesTaken === 0)
    return (
      <section className="report" data-theme={theme} data-testid="report" aria-busy={busy}>
        {head}
        <p className="report-muted" data-testid="report-not-started">
          {t('report.notStarted')}
        </p>
      </section>
    );

  return (
    <section className="report" data-theme={theme} data-testid="report" aria-busy={busy}>
      {head}
      {error && (
        <p className="report-error" role="alert" data-testid="report-error">
          {error}
        </p>
      )}

      <div className="report-cards">
        {figures.map(([key, label, value]) => (
          <div className="report-card" key={key} data-testid={`report-${key}`}>
            <div className="report-card-label">{label}</div>
            <div className="report-card-value">{value}</div>
          </div>
        ))}
      </div>
      <p className="report-muted report-small">
        {t('report.figures.linesTaken')}: {num(report.linesTaken)} · {t('report.figures.cancelled')}: {num(report.cancelledLines)} ·{' '}
        {t('report.figures.released')}: {num(report.releasedLines)} · {t('report.figures.returned')}: {num(report.returnedLines)} ·{' '}
        {t('report.figures.pending')}: {num(report.pendingLines)} · {t('report.figures.messages')}: {num(report.messages)} ·{' '}
        {t('report.figures.refunds')}: {money(report.refundsMinor)}
      </p>

      <h3 ref={timelineRef}>{t('report.timeline.title')}</h3>
      {focusAt !== null && <ReportFocus report={report} at={focusAt} />}
      <ReportTimeline report={report} colours={colours} theme={theme} focusAt={focusAt} />

      {below && (
        <>
          <h3>{t('report.segments.title')}</h3>
          <ReportTable<Segment>
            testId="report-segments"
            rows={[
              ...report.segments.featured.map((s) => ({ kind: 'featured' as const, ...s })),
              ...report.segments.scenes.map((s) => ({ kind: 'scene' as const, ...s })),
            ]}
            rowKey={(s) => `${s.kind === 'featured' ? 'f' : 's'}${s.from}`}
            columns={[
              { head: t('report.segments.kind'), cell: (s) => t(`report.segments.${s.kind}`) },
              {
                head: t('report.segments.segment'),
                cell: (s) =>
                  s.kind === 'scene' ? (
                    <Isolated>{s.scene}</Isolated>
                  ) : (
                    <>
                      {s.productId !== null && <i className="report-swatch" style={{ background: colours.get(s.productId) }} />}
                      <Isolated>{s.code ? `${s.code} ${s.title ?? ''}` : t('report.timeline.nothing')}</Isolated>
                    </>
                  ),
              },
              { head: t('report.segments.from'), numeric: true, cell: (s) => time(s.from) },
              { head: t('report.segments.to'), numeric: true, cell: (s) => time(s.to) },
              { head: t('report.segments.orders'), numeric: true, cell: (s) => num(s.orders) },
              { head: t('report.segments.units'), numeric: true, cell: (s) => num(s.units) },
              { head: t('report.segments.revenue'), numeric: true, cell: (s) => money(s.revenueMinor) },
            ]}
          />

          <h3>{t('report.products.title')}</h3>
          {report.perProduct.length === 0 ? (
            <p className="report-muted">{t('report.products.none')}</p>
          ) : (
            <ReportTable
              testId="report-products"
              rowTestId="report-product-row"
              rows={report.perProduct}
              rowKey={(p) => p.productId}
              columns={[
                {
                  head: t('report.products.product'),
                  cell: (p) => (
                    <Isolated>
                      {p.code} {p.title}
                    </Isolated>
                  ),
                },
                { head: t('report.products.units'), numeric: true, cell: (p) => num(p.units) },
                { head: t('report.products.revenue'), numeric: true, cell: (p) => money(p.revenueMinor) },
                {
                  head: t('report.products.onScreen'),
                  numeric: true,
                  cell: (p) => t('report.products.minutes', { minutes: formatMinutes(p.secondsOnScreen, locale) }),
                },
                { head: t('report.products.ordersPerMinute'), numeric: true, cell: (p) => num(p.ordersPerMinuteOnScreen, 2) },
                { head: t('report.products.stockAtStart'), numeric: true, cell: (p) => num(p.stockAtStart) },
                { head: t('report.products.restocked'), numeric: true, cell: (p) => num(p.restocked) },
                { head: t('report.products.sellThrough'), numeric: true, cell: (p) => pct(p.sellThrough) },
              ]}
            />
          )}

          <h3>{t('report.questions.title')}</h3>
          <div className="report-cards">
            {(
              [
                ['asked', num(q.asked)],
                ['answered', num(q.answered)],
                ['unanswered', num(q.unanswered)],
                ['median', formatResponse(q.medianResponseMs, sec)],
                ['p90', formatResponse(q.p90ResponseMs, sec)],
                ['within60s', pct(q.answeredWithin60s)],
              ] as const
            ).map(([key, value]) => (
              <div className="report-card" key={key} data-testid={`report-q-${key}`}>
                <div className="report-card-label">{t(`report.questions.${key}`)}</div>
                <div className="report-card-value">{value}</div>
              </div>
            ))}
          </div>
          <ReportTable
            testId="report-answer-groups"
            rows={['byPerson', 'automatic', 'markedOnly'] as const}
            rowKey={(g) => g}
            columns={[
              { head: t('report.questions.group'), cell: (g) => t(`report.questions.${g}`) },
              { head: t('report.questions.count'), numeric: true, cell: (g) => num(q[g].count) },
              { head: t('report.questions.median'), numeric: true, cell: (g) => formatResponse(q[g].medianResponseMs, sec) },
              { head: t('report.questions.p90'), numeric: true, cell: (g) => formatResponse(q[g].p90ResponseMs, sec) },
              { head: t('report.questions.within60s'), numeric: true, cell: (g) => pct(q[g].within60s) },
            ]}
          />
          <h4>{t('report.questions.list')}</h4>
          {q.unansweredList.length === 0 ? (
            <p className="report-muted">{t('report.questions.none')}</p>
          ) : (
            <ReportTable
              testId="report-unanswered"
              rowTestId="report-unanswered-row"
              rows={q.unansweredList}
              rowKey={(u) => u.id}
              columns={[
                { head: t('report.questions.askedAt'), cell: (u) => time(u.askedAt) },
                { head: t('report.questions.buyer'), cell: (u) => <Isolated>{u.buyer}</Isolated> },
                { head: t('report.questions.question'), cell: (u) => <Isolated>{u.text}</Isolated> },
                { head: t('report.questions.state'), cell: (u) => t(`report.questions.${u.state}`) },
              ]}
            />
          )}

          <h3>{t('report.trend.title')}</h3>
          {report.trend.length === 0 ? (
            <p className="report-muted">{t('report.trend.none')}</p>
          ) : (
            <>
              <figure className="report-chart" data-testid="report-trend-chart">
                <PlotArea height={TREND_PX} later>
                  {(width) => <ReportTrendPlot report={report} theme={theme} width={width} />}
                </PlotArea>
              </figure>
              <ReportTable<TrendRow>
                testId="report-trend"
                rows={[
                  {
                    showId: report.show.id,
                    title: report.show.title,
                    revenueMinor: report.revenueMinor,
                    orderLines: report.orderLines,
                    buyers: report.buyers,
                    averageCartMinor: report.averageCartMinor,
                    buyersPerChatter: report.buyersPerChatter,
                    medianResponseMs: q.medianResponseMs,
                    answeredWithin60s: q.answeredWithin60s,
                    thisShow: true,
                  },
                  ...report.trend,
                ]}
                rowKey={(h) => h.showId}
                rowClassName={(h) => (h.thisShow ? 'report-this' : undefined)}
                columns={[
                  {
                    head: t('report.trend.show'),
                    cell: (h) =>
                      h.thisShow ? (
                        <>
                          <Isolated>{h.title}</Isolated> ({t('report.trend.thisShow')})
                        </>
                      ) : (
                        <Isolated>{h.title}</Isolated>
                      ),
                  },
                  { head: t('report.figures.revenue'), numeric: true, cell: (h) => money(h.revenueMinor) },
                  { head: t('report.figures.orderLines'), numeric: true, cell: (h) => num(h.orderLines) },
                  { head: t('report.figures.buyers'), numeric: true, cell: (h) => num(h.buyers) },
                  { head: t('report.figures.averageCart'), numeric: true, cell: (h) => money(h.averageCartMinor) },
                  { head: t('report.figures.buyersPerChatter'), numeric: true, cell: (h) => pct(h.buyersPerChatter) },
                  { head: t('report.questions.median'), numeric: true, cell: (h) => formatResponse(h.medianResponseMs, sec) },
                  { head: t('report.questions.within60s'), numeric: true, cell: (h) => pct(h.answeredWithin60s) },
                ]}
              />
            </>
          )}
        </>
      )}
      <p className="report-muted report-small">{t('report.definitions')}</p>
    </section>
  );
}
