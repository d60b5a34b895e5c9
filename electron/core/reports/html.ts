/**
 * The report as one self-contained HTML page (`studio report --format html`): no script, no
 * network, readable in light and dark and printable; the timeline is inline SVG. Every text from
 * the database (titles, buyer names, questions) is escaped: nothing from chat becomes markup.
 */
import type { ShowReport } from '../../../shared/contract';
import { formatClock, segmentColours, timelineTickLabel } from '../../../shared/domain/report-format';
import { timelineLayout } from '../../../shared/domain/report-timeline';
import { reportRows, type ReportTableText } from './rows';
import type { ReportLanguage } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function reportHtml(report: ShowReport, language: ReportLanguage): string {
  const r = reportRows(report, language);
  const { t } = r;
  const e = escapeHtml;

  const card = ([label, value]: [string, string]) =>
    `<div class="card"><div class="label">${e(label)}</div><div class="value">${e(value)}</div></div>`;
  const table = ({ head, rows, leftColumns }: ReportTableText) =>
    `<table><thead><tr>${head.map((h, i) => `<th${i >= leftColumns ? ' class="n"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((c, i) => `<td${i >= leftColumns ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const orNone = (text: ReportTableText | null, none: string) => (text ? table(text) : `<p>${e(t(none))}</p>`);

  const productColour = segmentColours(report);

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
<p class="muted">${e(t('span', { from: formatClock(report.show.from, report.show.timeZone, r.locale, true), to: r.time(report.show.to), zone: report.show.timeZone }))}${report.show.state === 'live' ? ` · ${e(t('live'))}` : ''}</p>
<section class="cards">
${r.cards.map(card).join('\n')}
</section>
<p class="muted">${e(r.counts)}</p>
<section>
<h2>${e(t('timeline.title'))}</h2>
${timelineSvg(report, productColour, r.locale)}
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
${table(r.segments)}
</section>
<section>
<h2>${e(t('products.title'))}</h2>
${orNone(r.products, 'products.none')}
</section>
<section>
<h2>${e(t('questions.title'))}</h2>
<div class="cards">
${r.questionCards.map(card).join('\n')}
</div>
${table(r.answerGroups)}
<h2>${e(t('questions.list'))}</h2>
${orNone(r.unanswered, 'questions.none')}
</section>
<section>
<h2>${e(t('trend.title'))}</h2>
${orNone(r.trend, 'trend.none')}
</section>
<p class="muted">${e(t('definitions'))}</p>
</body>
</html>
`;
}

/**
 * Orders per minute as bars, chat per minute as a line, featured-product segments shaded behind, scene
 * changes as dashed lines: the same geometry as the host window's Report tab (shared/domain/report-timeline.ts).
 */
function timelineSvg(report: ShowReport, productColour: ReadonlyMap<number, string>, locale: string): string {
  const W = 900;
  const H = 220;
  const layout = timelineLayout(report, W, H);
  if (!layout) return '';
  const { plot } = layout;
  const bottom = plot.y + plot.height;
  const n = (v: number) => v.toFixed(1);
  const grid = layout.orderTicks
    .map((t) => `<line x1="${n(plot.x)}" x2="${n(plot.x + plot.width)}" y1="${n(t.y)}" y2="${n(t.y)}" stroke="var(--line)"/>`)
    .join('');
  const shades = layout.segments
    .map(
      (s) =>
        `<rect x="${n(s.x)}" y="${n(plot.y)}" width="${n(s.width)}" height="${n(plot.height)}" fill="${productColour.get(s.productId)}" fill-opacity="0.3"/><text x="${n(s.x + 5)}" y="${n(plot.y + 14)}">${escapeHtml(s.code ?? '')}</text>`,
    )
    .join('');
  const bars = layout.minutes
    .filter((m) => m.orders > 0)
    .map((m) => `<rect x="${n(m.bar.x)}" y="${n(m.bar.y)}" width="${n(m.bar.width)}" height="${n(m.bar.height)}" fill="var(--bar)"/>`)
    .join('');
  const scenes = layout.scenes
    .map(
      (s) =>
        `<line x1="${n(s.x)}" x2="${n(s.x)}" y1="${n(plot.y)}" y2="${n(bottom)}" stroke="currentColor" stroke-opacity="0.5" stroke-dasharray="4 3"/><text x="${n(s.x + 5)}" y="${n(bottom - 6)}">${escapeHtml(s.scene)}</text>`,
    )
    .join('');
  const axes =
    `<line x1="${n(plot.x)}" x2="${n(plot.x + plot.width)}" y1="${n(bottom)}" y2="${n(bottom)}" stroke="currentColor" stroke-opacity="0.5"/>` +
    layout.xTicks
      .map(
        (t) =>
          `<text x="${n(t.x)}" y="${n(bottom + 15)}" text-anchor="middle">${escapeHtml(timelineTickLabel(report.show, t.minute, locale))}</text>`,
      )
      .join('') +
    layout.orderTicks.map((t) => `<text x="${n(plot.x - 6)}" y="${n(t.y + 4)}" text-anchor="end">${t.value}</text>`).join('') +
    layout.chatTicks.map((t) => `<text x="${n(plot.x + plot.width + 6)}" y="${n(t.y + 4)}">${t.value}</text>`).join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="timeline" style="color:var(--fg)">${grid}${shades}${bars}<path d="${layout.chatPath}" fill="none" stroke="var(--chat)" stroke-width="1.5"/>${scenes}${axes}</svg>`;
}
