/**
 * The show report as an A4 PDF (`studio report --format pdf`), on the shared pdf.ts base: the
 * same figures, labels and formatting as the screen and the HTML page (README: Report
 * definitions), the timeline drawn as bars (orders per minute) over shaded featured-product
 * segments with the chat per minute as a line. Black on white with tinted segments: it prints.
 */
import type { ShowReport } from '../../../shared/contract';
import { formatClock, segmentColours, timelineTickLabel } from '../../../shared/domain/report-format';
import { timelineLayout } from '../../../shared/domain/report-timeline';
import { reportRows, type ReportTableText } from '../reports/rows';
import type { ReportLanguage } from '../reports/text';
import { FONT, newPdf, pdfBytes } from './pdf';

const MARGIN = 40;

export async function reportPdf(report: ShowReport, language: ReportLanguage): Promise<Buffer> {
  const r = reportRows(report, language);
  const { t } = r;
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
  const table = ({ head, rows, leftColumns }: ReportTableText, widths: number[]) => {
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
        from: formatClock(report.show.from, report.show.timeZone, r.locale, true),
        to: r.time(report.show.to),
        zone: report.show.timeZone,
      }) + (report.show.state === 'live' ? ` · ${t('live')}` : ''),
    )
    .fillColor('#000');

  // Headline figures, three to a row.
  const cards = r.cards;
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
  doc.font(FONT.regular).fontSize(8).fillColor('#333').text(r.counts, MARGIN, doc.y, { width }).fillColor('#000');

  heading(t('timeline.title'));
  drawTimeline(doc, report, width, t, r.locale);

  heading(t('segments.title'));
  table(r.segments, [0.12, 0.3, 0.1, 0.1, 0.1, 0.1, 0.18]);

  heading(t('products.title'));
  if (!r.products) doc.fontSize(9).text(t('products.none'));
  else table(r.products, [0.26, 0.08, 0.14, 0.1, 0.12, 0.1, 0.1, 0.1]);

  heading(t('questions.title'));
  table({ head: r.questionCards.map(([label]) => label), rows: [r.questionCards.map(([, value]) => value)], leftColumns: 0 }, [
    1 / 6,
    1 / 6,
    1 / 6,
    1 / 6,
    1 / 6,
    1 / 6,
  ]);
  doc.moveDown(0.4);
  table(r.answerGroups, [0.36, 0.16, 0.16, 0.16, 0.16]);
  heading(t('questions.list'));
  if (!r.unanswered) doc.fontSize(9).text(t('questions.none'));
  else table(r.unanswered, [0.12, 0.2, 0.53, 0.15]);

  heading(t('trend.title'));
  if (!r.trend) doc.fontSize(9).text(t('trend.none'));
  else table(r.trend, [0.15, 0.11, 0.11, 0.1, 0.1, 0.11, 0.1, 0.11, 0.11]);
  doc.moveDown(0.8).fontSize(7).fillColor('#444').text(t('definitions'), MARGIN, doc.y, { width });
  return pdfBytes(doc);
}

/** The timeline from the same geometry as the screen's and the HTML page's (shared/domain/report-timeline.ts), in print ink. */
function drawTimeline(doc: PDFKit.PDFDocument, report: ShowReport, width: number, t: (k: string) => string, locale: string) {
  const H = 150;
  const layout = timelineLayout(report, width, H);
  if (!layout) return;
  if (doc.y + H + 30 > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y + 4;
  const { plot } = layout;
  const bottom = plot.y + plot.height;
  const colour = segmentColours(report);
  doc.save().translate(MARGIN, top);
  for (const tick of layout.orderTicks)
    doc
      .moveTo(plot.x, tick.y)
      .lineTo(plot.x + plot.width, tick.y)
      .lineWidth(0.3)
      .strokeColor('#ccc')
      .stroke();
  for (const s of layout.segments) doc.rect(s.x, plot.y, s.width, plot.height).fillOpacity(0.22).fill(colour.get(s.productId)!);
  doc.fillOpacity(1);
  for (const m of layout.minutes) if (m.orders > 0) doc.rect(m.bar.x, m.bar.y, m.bar.width, m.bar.height).fill('#1f4fb0');
  // The products' codes over the bars: a narrow column's bar would hide them on paper.
  for (const s of layout.segments)
    doc
      .fillColor('#000')
      .fontSize(6)
      .text(s.code ?? '', s.x + 2, plot.y - 8, { lineBreak: false });
  doc.path(layout.chatPath).lineWidth(0.8).strokeColor('#b0104f').stroke();
  for (const s of layout.scenes) {
    doc.moveTo(s.x, plot.y).lineTo(s.x, bottom).dash(2, { space: 2 }).lineWidth(0.5).strokeColor('#555').stroke().undash();
    doc
      .fontSize(6)
      .fillColor('#333')
      .text(s.scene, s.x + 2, bottom - 9, { lineBreak: false });
  }
  doc
    .moveTo(plot.x, bottom)
    .lineTo(plot.x + plot.width, bottom)
    .lineWidth(0.5)
    .strokeColor('#444')
    .stroke();
  doc.fontSize(6).fillColor('#333');
  for (const tick of layout.xTicks)
    doc.text(timelineTickLabel(report.show, tick.minute, locale), tick.x - 15, bottom + 3, {
      width: 30,
      align: 'center',
      lineBreak: false,
    });
  for (const tick of layout.orderTicks)
    doc.text(String(tick.value), plot.x - 26, tick.y - 3, { width: 22, align: 'right', lineBreak: false });
  for (const tick of layout.chatTicks) doc.text(String(tick.value), plot.x + plot.width + 4, tick.y - 3, { lineBreak: false });
  doc.restore();
  doc
    .fontSize(7)
    .fillColor('#000')
    .text(
      `■ ${t('timeline.orders')}   — ${t('timeline.messages')}   ▒ ${t('timeline.featured')}   ┆ ${t('timeline.scene')}`,
      MARGIN,
      top + H + 2,
      {
        width,
      },
    );
  doc.x = MARGIN;
}
