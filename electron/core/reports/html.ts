/**
 * The report as one self-contained HTML page (`studio report --format html`): no script, no
 * network, readable in light and dark and printable; the timeline is inline SVG. Every text from
 * the database (titles, buyer names, questions) is escaped: nothing from chat becomes markup.
 */
import type { ShowReport } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import {
  formatClock,
  formatMinutes,
  formatNumber,
  formatResponse,
  formatShare,
  SEGMENT_COLOURS,
} from '../../../shared/domain/report-format';
import { LOCALE, reportText, type ReportLanguage } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function reportHtml(report: ShowReport, language: ReportLanguage): string {
  const t = reportText(language);
  const locale = LOCALE[language];
  const e = escapeHtml;
  const money = (minor: number | null) => (minor === null ? '–' : formatMoney(minor, report.currency, locale));
  const num = (n: number | null, digits = 0) => formatNumber(n, locale, digits);
  const pct = (s: number | null) => formatShare(s, locale);
  const time = (at: number) => formatClock(at, report.show.timeZone, locale);
  const sec = (n: number) => t('seconds', { n });
  const q = report.questions;

  const card = (label: string, value: string) =>
    `<div class="card"><div class="label">${e(label)}</div><div class="value">${e(value)}</div></div>`;
  const table = (head: string[], rows: string[][], numericFrom = 1) =>
    `<table><thead><tr>${head.map((h, i) => `<th${i >= numericFrom ? ' class="n"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c, i) => `<td${i >= numericFrom ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;

  const productColour = new Map<number, string>();
  for (const s of report.segments.featured)
    if (s.productId !== null && !productColour.has(s.productId))
      productColour.set(s.productId, SEGMENT_COLOURS[productColour.size % SEGMENT_COLOURS.length]!);

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t('title')} · ${report.show.title}`)}</title>
<style>
:root { color-scheme: light dark; --fg: #1b1d21; --muted: #5b6270; --bg: #ffffff; --line: #d5d9e0; --card: #f4f6f9; --bar: #2f6fdb; --chat: #8a94a6; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaee; --muted: #a9b0bd; --bg: #15171b; --line: #3a3f48; --card: #1f2329; --bar: #6ea2ff; --chat: #9aa3b2; } }
@media print { :root { --fg: #000; --muted: #333; --bg: #fff; --line: #999; --card: #fff; --bar: #1f4fb0; --chat: #666; } .card { border: 1px solid var(--line); } section { break-inside: avoid; } }
body { font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; } .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.card { background: var(--card); border-radius: 6px; padding: 8px 10px; } .label { color: var(--muted); font-size: 12px; } .value { font-size: 18px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); } .n { text-align: right; font-variant-numeric: tabular-nums; }
svg text { fill: var(--muted); font-size: 11px; } .legend span { display: inline-block; margin-right: 12px; } .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
</style>
</head>
<body>
<h1>${e(t('title'))}: ${e(report.show.title)}</h1>
<p class="muted">${e(t('span', { from: formatClock(report.show.from, report.show.timeZone, locale, true), to: time(report.show.to), zone: report.show.timeZone }))}${report.show.state === 'live' ? ` · ${e(t('live'))}` : ''}</p>
<section class="cards">
${card(t('figures.revenue'), money(report.revenueMinor))}
${card(t('figures.paid'), money(report.paidMinor))}
${card(t('figures.unpaid'), money(report.unpaidMinor))}
${card(t('figures.orderLines'), num(report.orderLines))}
${card(t('figures.units'), num(report.units))}
${card(t('figures.buyers'), num(report.buyers))}
${card(t('figures.newBuyers'), num(report.newBuyers))}
${card(t('figures.returningBuyers'), num(report.returningBuyers))}
${card(t('figures.carts'), num(report.carts))}
${card(t('figures.averageCart'), money(report.averageCartMinor))}
${card(t('figures.chatters'), num(report.chatters))}
${card(t('figures.buyersPerChatter'), pct(report.buyersPerChatter))}
</section>
<p class="muted">${e(`${t('figures.linesTaken')}: ${num(report.linesTaken)} · ${t('figures.cancelled')}: ${num(report.cancelledLines)} · ${t('figures.released')}: ${num(report.releasedLines)} · ${t('figures.returned')}: ${num(report.returnedLines)} · ${t('figures.pending')}: ${num(report.pendingLines)} · ${t('figures.messages')}: ${num(report.messages)} · ${t('figures.refunds')}: ${money(report.refundsMinor)}`)}</p>
<section>
<h2>${e(t('timeline.title'))}</h2>
${timelineSvg(report, productColour)}
<div class="legend">${[...productColour.entries()]
    .map(([id, colour]) => {
      const s = report.segments.featured.find((f) => f.productId === id)!;
      return `<span><i class="swatch" style="background:${colour}"></i>${e(`${s.code ?? ''} ${s.title ?? ''}`)}</span>`;
    })
    .join(
      '',
    )}<span><i class="swatch" style="background:var(--bar)"></i>${e(t('timeline.orders'))}</span><span><i class="swatch" style="background:var(--chat)"></i>${e(t('timeline.messages'))}</span></div>
</section>
<section>
<h2>${e(t('segments.title'))}</h2>
${table(
  [
    t('segments.kind'),
    t('segments.segment'),
    t('segments.from'),
    t('segments.to'),
    t('segments.orders'),
    t('segments.units'),
    t('segments.revenue'),
  ],
  [
    ...report.segments.featured.map((s) => [
      t('segments.featured'),
      s.code ? `${s.code} ${s.title ?? ''}` : t('timeline.nothing'),
      time(s.from),
      time(s.to),
      num(s.orders),
      num(s.units),
      money(s.revenueMinor),
    ]),
    ...report.segments.scenes.map((s) => [
      t('segments.scene'),
      s.scene,
      time(s.from),
      time(s.to),
      num(s.orders),
      num(s.units),
      money(s.revenueMinor),
    ]),
  ],
  4,
)}
</section>
<section>
<h2>${e(t('products.title'))}</h2>
${
  report.perProduct.length === 0
    ? `<p>${e(t('products.none'))}</p>`
    : table(
        [
          t('products.product'),
          t('products.units'),
          t('products.revenue'),
          t('products.onScreen'),
          t('products.ordersPerMinute'),
          t('products.stockAtStart'),
          t('products.restocked'),
          t('products.sellThrough'),
        ],
        report.perProduct.map((p) => [
          `${p.code} ${p.title}`,
          num(p.units),
          money(p.revenueMinor),
          t('products.minutes', { minutes: formatMinutes(p.secondsOnScreen, locale) }),
          num(p.ordersPerMinuteOnScreen, 2),
          num(p.stockAtStart),
          num(p.restocked),
          pct(p.sellThrough),
        ]),
      )
}
</section>
<section>
<h2>${e(t('questions.title'))}</h2>
<div class="cards">
${card(t('questions.asked'), num(q.asked))}
${card(t('questions.answered'), num(q.answered))}
${card(t('questions.unanswered'), num(q.unanswered))}
${card(t('questions.median'), formatResponse(q.medianResponseMs, sec))}
${card(t('questions.p90'), formatResponse(q.p90ResponseMs, sec))}
${card(t('questions.within60s'), pct(q.answeredWithin60s))}
</div>
${table(
  [t('questions.group'), t('questions.count'), t('questions.median'), t('questions.p90'), t('questions.within60s')],
  (['byPerson', 'automatic', 'markedOnly'] as const).map((g) => [
    t(`questions.${g}`),
    num(q[g].count),
    formatResponse(q[g].medianResponseMs, sec),
    formatResponse(q[g].p90ResponseMs, sec),
    pct(q[g].within60s),
  ]),
)}
<h2>${e(t('questions.list'))}</h2>
${
  q.unansweredList.length === 0
    ? `<p>${e(t('questions.none'))}</p>`
    : table(
        [t('questions.askedAt'), t('questions.buyer'), t('questions.question'), t('questions.state')],
        q.unansweredList.map((u) => [time(u.askedAt), u.buyer, u.text, t(`questions.${u.state}`)]),
        9,
      )
}
</section>
<section>
<h2>${e(t('trend.title'))}</h2>
${
  report.trend.length === 0
    ? `<p>${e(t('trend.none'))}</p>`
    : table(
        [
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
        [headlineRow(report, `${report.show.title} (${t('trend.thisShow')})`), ...report.trend.map((h) => headlineRow(h, h.title))].map(
          (r) => [
            r.title,
            r.startedAt === null ? '–' : formatClock(r.startedAt, report.show.timeZone, locale, true),
            money(r.revenueMinor),
            num(r.orderLines),
            num(r.buyers),
            money(r.averageCartMinor),
            pct(r.buyersPerChatter),
            formatResponse(r.medianResponseMs, sec),
            pct(r.answeredWithin60s),
          ],
        ),
        2,
      )
}
</section>
<p class="muted">${e(t('definitions'))}</p>
</body>
</html>
`;
}

function headlineRow(
  r: Pick<ShowReport, 'revenueMinor' | 'orderLines' | 'buyers' | 'averageCartMinor' | 'buyersPerChatter'> & {
    startedAt?: number | null;
    show?: { startedAt: number | null };
    medianResponseMs?: number | null;
    answeredWithin60s?: number | null;
    questions?: { medianResponseMs: number | null; answeredWithin60s: number | null };
  },
  title: string,
) {
  return {
    title,
    startedAt: r.startedAt ?? r.show?.startedAt ?? null,
    revenueMinor: r.revenueMinor,
    orderLines: r.orderLines,
    buyers: r.buyers,
    averageCartMinor: r.averageCartMinor,
    buyersPerChatter: r.buyersPerChatter,
    medianResponseMs: r.medianResponseMs ?? r.questions?.medianResponseMs ?? null,
    answeredWithin60s: r.answeredWithin60s ?? r.questions?.answeredWithin60s ?? null,
  };
}

/** Orders per minute as bars, chat per minute as a line, featured-product segments shaded behind, scene changes as ticks. */
function timelineSvg(report: ShowReport, productColour: ReadonlyMap<number, string>): string {
  const W = 900;
  const H = 200;
  const left = 36;
  const bottom = 20;
  const minutes = report.perMinute;
  if (minutes.length === 0) return '';
  const first = minutes[0]!.minute;
  const span = minutes[minutes.length - 1]!.minute - first + 1;
  const xMin = (m: number) => left + ((m - first) / span) * (W - left);
  const xAt = (at: number) => xMin((at - report.show.from) / 60_000);
  const maxOrders = Math.max(1, ...minutes.map((m) => m.orders));
  const maxChat = Math.max(1, ...minutes.map((m) => m.messages));
  const plotH = H - bottom - 16;
  const shades = report.segments.featured
    .filter((s) => s.productId !== null)
    .map(
      (s) =>
        `<rect x="${xAt(s.from).toFixed(1)}" y="16" width="${Math.max(0, xAt(s.to) - xAt(s.from)).toFixed(1)}" height="${plotH}" fill="${productColour.get(s.productId!)}" fill-opacity="0.3"/><text x="${(xAt(s.from) + 3).toFixed(1)}" y="28">${escapeHtml(s.code ?? '')}</text>`,
    )
    .join('');
  const scenes = report.segments.scenes
    .map(
      (s) =>
        `<line x1="${xAt(s.from).toFixed(1)}" x2="${xAt(s.from).toFixed(1)}" y1="0" y2="${H - bottom}" stroke="currentColor" stroke-opacity="0.35" stroke-dasharray="3 3"/><text x="${(xAt(s.from) + 3).toFixed(1)}" y="11">${escapeHtml(s.scene)}</text>`,
    )
    .join('');
  const slot = (W - left) / span;
  const barW = Math.max(1, slot * 0.6);
  const bars = minutes
    .filter((m) => m.orders > 0)
    .map((m) => {
      const h = (m.orders / maxOrders) * plotH * 0.85;
      return `<rect x="${(xMin(m.minute) + (slot - barW) / 2).toFixed(1)}" y="${(H - bottom - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="var(--bar)"/>`;
    })
    .join('');
  const line = minutes
    .map(
      (m, i) =>
        `${i ? 'L' : 'M'}${(xMin(m.minute) + slot / 2).toFixed(1)},${(H - bottom - (m.messages / maxChat) * plotH * 0.85).toFixed(1)}`,
    )
    .join('');
  const ticks = minutes
    .filter((m) => m.minute % Math.max(1, Math.ceil(span / 12 / 5) * 5) === 0)
    .map((m) => `<text x="${(xMin(m.minute) + slot / 2 - 3).toFixed(1)}" y="${H - 4}">${m.minute}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="timeline" style="color:var(--fg)">${shades}${scenes}${bars}<path d="${line}" fill="none" stroke="var(--chat)" stroke-width="1.5"/><text x="0" y="24">${maxOrders}</text>${ticks}</svg>`;
}
