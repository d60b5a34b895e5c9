/**
 * The show report as an A4 PDF (`studio report --format pdf`), on the shared pdf.ts base: the
 * same figures, labels and formatting as the screen and the HTML page (README: Report
 * definitions), the timeline drawn as bars (orders per minute) over shaded featured-product
 * segments with the chat per minute as a line. Black on white with tinted segments: it prints.
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
import { LOCALE, reportText, type ReportLanguage } from '../reports/text';
import { FONT, newPdf, pdfBytes } from './pdf';

const MARGIN = 40;

export async function reportPdf(report: ShowReport, language: ReportLanguage): Promise<Buffer> {
  const t = reportText(language);
  const locale = LOCALE[language];
  const money = (minor: number | null) => (minor === null ? '–' : formatMoney(minor, report.currency, locale));
  const num = (n: number | null, digits = 0) => formatNumber(n, locale, digits);
  const pct = (s: number | null) => formatShare(s, locale);
  const time = (at: number) => formatClock(at, report.show.timeZone, locale);
  const sec = (n: number) => t('seconds', { n });
  const doc = newPdf({ size: 'a4', margin: MARGIN, title: `${t('title')}: ${report.show.title}`, createdAt: new Date(report.generatedAt) });
  const width = doc.page.width - 2 * MARGIN;
  const bottomLimit = () => doc.page.height - MARGIN;
  const ensure = (h: number) => {
    if (doc.y + h > bottomLimit()) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(40);
    doc.moveDown(0.6).font(FONT.bold).fontSize(12).fillColor('#000').text(text, MARGIN, doc.y, { width }).moveDown(0.2).font(FONT.regular);
  };

  /** A table: the first `leftColumns` columns left-aligned, the rest (figures) right-aligned; widths as fractions. */
  const table = (head: string[], rows: string[][], widths: number[], leftColumns = 1) => {
    const cols = widths.map((w) => w * width);
    const row = (cells: string[], bold: boolean) => {
      doc.font(bold ? FONT.bold : FONT.regular).fontSize(8);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 4 }))) + 4;
      ensure(h);
      const y = doc.y;
      let x = MARGIN;
      cells.forEach((c, i) => {
        doc.text(c, x + 2, y + 2, { width: cols[i]! - 4, align: i < leftColumns ? 'left' : 'right' });
        x += cols[i]!;
      });
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + width, y + h)
        .lineWidth(0.3)
        .strokeColor('#999')
        .stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    row(head, true);
    for (const r of rows) row(r, false);
    doc.font(FONT.regular);
  };

  doc
    .font(FONT.bold)
    .fontSize(16)
    .text(`${t('title')}: ${report.show.title}`, { width });
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor('#333')
    .text(
      t('span', {
        from: formatClock(report.show.from, report.show.timeZone, locale, true),
        to: time(report.show.to),
        zone: report.show.timeZone,
      }) + (report.show.state === 'live' ? ` · ${t('live')}` : ''),
    )
    .fillColor('#000');

  // Headline figures, three to a row.
  const cards: [string, string][] = [
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
  ];
  doc.moveDown(0.6);
  const cardW = width / 3;
  for (let i = 0; i < cards.length; i += 3) {
    const y = doc.y;
    cards.slice(i, i + 3).forEach(([label, value], j) => {
      doc
        .font(FONT.regular)
        .fontSize(8)
        .fillColor('#444')
        .text(label, MARGIN + j * cardW, y, { width: cardW - 6 });
      doc
        .font(FONT.bold)
        .fontSize(12)
        .fillColor('#000')
        .text(value, MARGIN + j * cardW, y + 10, { width: cardW - 6 });
    });
    doc.x = MARGIN;
    doc.y = y + 30;
  }
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor('#333')
    .text(
      `${t('figures.linesTaken')}: ${num(report.linesTaken)} · ${t('figures.cancelled')}: ${num(report.cancelledLines)} · ${t('figures.released')}: ${num(report.releasedLines)} · ${t('figures.returned')}: ${num(report.returnedLines)} · ${t('figures.pending')}: ${num(report.pendingLines)} · ${t('figures.messages')}: ${num(report.messages)} · ${t('figures.refunds')}: ${money(report.refundsMinor)}`,
      MARGIN,
      doc.y,
      { width },
    )
    .fillColor('#000');

  heading(t('timeline.title'));
  drawTimeline(doc, report, width, t);

  heading(t('segments.title'));
  table(
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
    [0.12, 0.3, 0.1, 0.1, 0.1, 0.1, 0.18],
    2,
  );

  heading(t('products.title'));
  if (report.perProduct.length === 0) doc.fontSize(9).text(t('products.none'));
  else
    table(
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
      [0.26, 0.08, 0.14, 0.1, 0.12, 0.1, 0.1, 0.1],
    );

  const q = report.questions;
  heading(t('questions.title'));
  table(
    [
      t('questions.asked'),
      t('questions.answered'),
      t('questions.unanswered'),
      t('questions.median'),
      t('questions.p90'),
      t('questions.within60s'),
    ],
    [
      [
        num(q.asked),
        num(q.answered),
        num(q.unanswered),
        formatResponse(q.medianResponseMs, sec),
        formatResponse(q.p90ResponseMs, sec),
        pct(q.answeredWithin60s),
      ],
    ],
    [1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6],
  );
  doc.moveDown(0.4);
  table(
    [t('questions.group'), t('questions.count'), t('questions.median'), t('questions.p90'), t('questions.within60s')],
    (['byPerson', 'automatic', 'markedOnly'] as const).map((g) => [
      t(`questions.${g}`),
      num(q[g].count),
      formatResponse(q[g].medianResponseMs, sec),
      formatResponse(q[g].p90ResponseMs, sec),
      pct(q[g].within60s),
    ]),
    [0.36, 0.16, 0.16, 0.16, 0.16],
  );
  heading(t('questions.list'));
  if (q.unansweredList.length === 0) doc.fontSize(9).text(t('questions.none'));
  else
    table(
      [t('questions.askedAt'), t('questions.buyer'), t('questions.question'), t('questions.state')],
      q.unansweredList.map((u) => [time(u.askedAt), u.buyer, u.text, t(`questions.${u.state}`)]),
      [0.12, 0.2, 0.53, 0.15],
      4,
    );

  heading(t('trend.title'));
  if (report.trend.length === 0) doc.fontSize(9).text(t('trend.none'));
  else
    table(
      [
        t('trend.show'),
        t('figures.revenue'),
        t('figures.orderLines'),
        t('figures.buyers'),
        t('figures.averageCart'),
        t('figures.buyersPerChatter'),
        t('questions.median'),
      ],
      [
        [
          `${report.show.title} (${t('trend.thisShow')})`,
          money(report.revenueMinor),
          num(report.orderLines),
          num(report.buyers),
          money(report.averageCartMinor),
          pct(report.buyersPerChatter),
          formatResponse(q.medianResponseMs, sec),
        ],
        ...report.trend.map((h) => [
          h.title,
          money(h.revenueMinor),
          num(h.orderLines),
          num(h.buyers),
          money(h.averageCartMinor),
          pct(h.buyersPerChatter),
          formatResponse(h.medianResponseMs, sec),
        ]),
      ],
      [0.3, 0.16, 0.1, 0.1, 0.14, 0.1, 0.1],
    );
  doc.moveDown(0.8).fontSize(7).fillColor('#444').text(t('definitions'), MARGIN, doc.y, { width });
  return pdfBytes(doc);
}

function drawTimeline(doc: PDFKit.PDFDocument, report: ShowReport, width: number, t: (k: string) => string) {
  const minutes = report.perMinute;
  if (minutes.length === 0) return;
  const H = 130;
  if (doc.y + H + 30 > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y + 4;
  const left = MARGIN + 22;
  const plotW = width - 22;
  const plotH = H - 16;
  const first = minutes[0]!.minute;
  const span = minutes[minutes.length - 1]!.minute - first + 1;
  const xMin = (m: number) => left + ((m - first) / span) * plotW;
  const xAt = (at: number) => xMin((at - report.show.from) / 60_000);
  const colour = new Map<number, string>();
  for (const s of report.segments.featured)
    if (s.productId !== null && !colour.has(s.productId)) colour.set(s.productId, SEGMENT_COLOURS[colour.size % SEGMENT_COLOURS.length]!);
  for (const s of report.segments.featured) {
    if (s.productId === null) continue;
    doc
      .rect(xAt(s.from), top, Math.max(0, xAt(s.to) - xAt(s.from)), plotH)
      .fillOpacity(0.22)
      .fill(colour.get(s.productId)!);
    doc
      .fillOpacity(1)
      .fillColor('#000')
      .fontSize(6)
      .text(s.code ?? '', xAt(s.from) + 2, top + 2, { lineBreak: false });
  }
  doc.fillOpacity(1);
  for (const s of report.segments.scenes) {
    doc
      .moveTo(xAt(s.from), top)
      .lineTo(xAt(s.from), top + plotH)
      .dash(2, { space: 2 })
      .lineWidth(0.5)
      .strokeColor('#555')
      .stroke()
      .undash();
    doc
      .fontSize(6)
      .fillColor('#333')
      .text(s.scene, xAt(s.from) + 2, top + plotH - 9, { lineBreak: false });
  }
  const maxOrders = Math.max(1, ...minutes.map((m) => m.orders));
  const maxChat = Math.max(1, ...minutes.map((m) => m.messages));
  const slot = plotW / span;
  const barW = Math.max(0.8, slot * 0.6);
  for (const m of minutes) {
    if (m.orders === 0) continue;
    const h = (m.orders / maxOrders) * plotH * 0.85;
    doc.rect(xMin(m.minute) + (slot - barW) / 2, top + plotH - h, barW, h).fill('#1f4fb0');
  }
  minutes.forEach((m, i) => {
    const x = xMin(m.minute) + slot / 2;
    const y = top + plotH - (m.messages / maxChat) * plotH * 0.85;
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  doc.lineWidth(0.8).strokeColor('#777').stroke();
  doc.fontSize(6).fillColor('#333').text(String(maxOrders), MARGIN, top, { lineBreak: false });
  const step = Math.max(1, Math.ceil(span / 12 / 5) * 5);
  for (const m of minutes)
    if (m.minute % step === 0) doc.text(String(m.minute), xMin(m.minute) + slot / 2 - 2, top + plotH + 2, { lineBreak: false });
  doc
    .fontSize(7)
    .fillColor('#000')
    .text(
      `■ ${t('timeline.orders')}   — ${t('timeline.messages')}   ▒ ${t('timeline.featured')}   ┆ ${t('timeline.scene')}`,
      MARGIN,
      top + plotH + 12,
      {
        width,
      },
    );
  doc.x = MARGIN;
}
