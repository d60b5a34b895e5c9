import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { formatClock, formatMinutes, formatNumber, formatResponse, formatShare } from '../../../shared/domain/report-format';
import { formatShowTime } from '../../lib/show-time';
import type { StudioClient } from '../../lib/studio-client';
import { useCommand } from '../../lib/use-command';
import { useConnectionPhase } from '../../lib/use-studio';
import { ReportTimeline, TrendChart, segmentColours } from './ReportCharts';
import { ReportFocus } from './ReportFocus';
import './report.css';
import { Isolated } from '../../widgets/Isolated';

type Theme = 'dark' | 'light';
const THEME_KEY = 'lss.reportTheme';

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
  const [report, setReport] = useState<ShowReport | null>(null);
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

  return (
    <section className="report" data-theme={theme} data-testid="report" aria-busy={busy}>
      <header className="report-head">
        <div>
          <h2 data-testid="report-title">
            {t('report.title')}: <Isolated>{report.show.title}</Isolated>
          </h2>
          <p className="report-muted">
            {t('report.span', { from: formatShowTime(report.show.from, locale, zone, 'dateTime'), to: time(report.show.to), zone })}
            {report.show.state === 'live' && ` · ${t('report.live')}`}
          </p>
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

      <h3>{t('report.segments.title')}</h3>
      <div className="report-scroll">
        <table className="report-table" data-testid="report-segments">
          <thead>
            <tr>
              <th>{t('report.segments.kind')}</th>
              <th>{t('report.segments.segment')}</th>
              <th className="n">{t('report.segments.from')}</th>
              <th className="n">{t('report.segments.to')}</th>
              <th className="n">{t('report.segments.orders')}</th>
              <th className="n">{t('report.segments.units')}</th>
              <th className="n">{t('report.segments.revenue')}</th>
            </tr>
          </thead>
          <tbody>
            {report.segments.featured.map((s) => (
              <tr key={`f${s.from}`}>
                <td>{t('report.segments.featured')}</td>
                <td>
                  {s.productId !== null && <i className="report-swatch" style={{ background: colours.get(s.productId) }} />}
                  <Isolated>{s.code ? `${s.code} ${s.title ?? ''}` : t('report.timeline.nothing')}</Isolated>
                </td>
                <td className="n">{time(s.from)}</td>
                <td className="n">{time(s.to)}</td>
                <td className="n">{num(s.orders)}</td>
                <td className="n">{num(s.units)}</td>
                <td className="n">{money(s.revenueMinor)}</td>
              </tr>
            ))}
            {report.segments.scenes.map((s) => (
              <tr key={`s${s.from}`}>
                <td>{t('report.segments.scene')}</td>
                <td>
                  <Isolated>{s.scene}</Isolated>
                </td>
                <td className="n">{time(s.from)}</td>
                <td className="n">{time(s.to)}</td>
                <td className="n">{num(s.orders)}</td>
                <td className="n">{num(s.units)}</td>
                <td className="n">{money(s.revenueMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('report.products.title')}</h3>
      {report.perProduct.length === 0 ? (
        <p className="report-muted">{t('report.products.none')}</p>
      ) : (
        <div className="report-scroll">
          <table className="report-table" data-testid="report-products">
            <thead>
              <tr>
                <th>{t('report.products.product')}</th>
                <th className="n">{t('report.products.units')}</th>
                <th className="n">{t('report.products.revenue')}</th>
                <th className="n">{t('report.products.onScreen')}</th>
                <th className="n">{t('report.products.ordersPerMinute')}</th>
                <th className="n">{t('report.products.stockAtStart')}</th>
                <th className="n">{t('report.products.restocked')}</th>
                <th className="n">{t('report.products.sellThrough')}</th>
              </tr>
            </thead>
            <tbody>
              {report.perProduct.map((p) => (
                <tr key={p.productId} data-testid="report-product-row">
                  <td>
                    <Isolated>
                      {p.code} {p.title}
                    </Isolated>
                  </td>
                  <td className="n">{num(p.units)}</td>
                  <td className="n">{money(p.revenueMinor)}</td>
                  <td className="n">{t('report.products.minutes', { minutes: formatMinutes(p.secondsOnScreen, locale) })}</td>
                  <td className="n">{num(p.ordersPerMinuteOnScreen, 2)}</td>
                  <td className="n">{num(p.stockAtStart)}</td>
                  <td className="n">{num(p.restocked)}</td>
                  <td className="n">{pct(p.sellThrough)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
      <div className="report-scroll">
        <table className="report-table" data-testid="report-answer-groups">
          <thead>
            <tr>
              <th>{t('report.questions.group')}</th>
              <th className="n">{t('report.questions.count')}</th>
              <th className="n">{t('report.questions.median')}</th>
              <th className="n">{t('report.questions.p90')}</th>
              <th className="n">{t('report.questions.within60s')}</th>
            </tr>
          </thead>
          <tbody>
            {(['byPerson', 'automatic', 'markedOnly'] as const).map((g) => (
              <tr key={g}>
                <td>{t(`report.questions.${g}`)}</td>
                <td className="n">{num(q[g].count)}</td>
                <td className="n">{formatResponse(q[g].medianResponseMs, sec)}</td>
                <td className="n">{formatResponse(q[g].p90ResponseMs, sec)}</td>
                <td className="n">{pct(q[g].within60s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('report.questions.list')}</h4>
      {q.unansweredList.length === 0 ? (
        <p className="report-muted">{t('report.questions.none')}</p>
      ) : (
        <div className="report-scroll">
          <table className="report-table" data-testid="report-unanswered">
            <thead>
              <tr>
                <th>{t('report.questions.askedAt')}</th>
                <th>{t('report.questions.buyer')}</th>
                <th>{t('report.questions.question')}</th>
                <th>{t('report.questions.state')}</th>
              </tr>
            </thead>
            <tbody>
              {q.unansweredList.map((u) => (
                <tr key={u.id} data-testid="report-unanswered-row">
                  <td>{time(u.askedAt)}</td>
                  <td>
                    <Isolated>{u.buyer}</Isolated>
                  </td>
                  <td>
                    <Isolated>{u.text}</Isolated>
                  </td>
                  <td>{t(`report.questions.${u.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('report.trend.title')}</h3>
      {report.trend.length === 0 ? (
        <p className="report-muted">{t('report.trend.none')}</p>
      ) : (
        <>
          <TrendChart report={report} theme={theme} />
          <div className="report-scroll">
            <table className="report-table" data-testid="report-trend">
              <thead>
                <tr>
                  <th>{t('report.trend.show')}</th>
                  <th className="n">{t('report.figures.revenue')}</th>
                  <th className="n">{t('report.figures.orderLines')}</th>
                  <th className="n">{t('report.figures.buyers')}</th>
                  <th className="n">{t('report.figures.averageCart')}</th>
                  <th className="n">{t('report.figures.buyersPerChatter')}</th>
                  <th className="n">{t('report.questions.median')}</th>
                  <th className="n">{t('report.questions.within60s')}</th>
                </tr>
              </thead>
              <tbody>
                <tr className="report-this">
                  <td>
                    <Isolated>{report.show.title}</Isolated> ({t('report.trend.thisShow')})
                  </td>
                  <td className="n">{money(report.revenueMinor)}</td>
                  <td className="n">{num(report.orderLines)}</td>
                  <td className="n">{num(report.buyers)}</td>
                  <td className="n">{money(report.averageCartMinor)}</td>
                  <td className="n">{pct(report.buyersPerChatter)}</td>
                  <td className="n">{formatResponse(q.medianResponseMs, sec)}</td>
                  <td className="n">{pct(q.answeredWithin60s)}</td>
                </tr>
                {report.trend.map((h) => (
                  <tr key={h.showId}>
                    <td>
                      <Isolated>{h.title}</Isolated>
                    </td>
                    <td className="n">{money(h.revenueMinor)}</td>
                    <td className="n">{num(h.orderLines)}</td>
                    <td className="n">{num(h.buyers)}</td>
                    <td className="n">{money(h.averageCartMinor)}</td>
                    <td className="n">{pct(h.buyersPerChatter)}</td>
                    <td className="n">{formatResponse(h.medianResponseMs, sec)}</td>
                    <td className="n">{pct(h.answeredWithin60s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="report-muted report-small">{t('report.definitions')}</p>
    </section>
  );
}
