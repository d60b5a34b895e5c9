import type { PickList } from '../../../shared/contract';
import { FONT, newPdf, pdfBytes } from './pdf';
import { labelsFor } from './slip-labels';

/**
 * The pick list as an A4 PDF (issue 13): one row per variant in walking order (location, then
 * SKU) with a box to tick, the units and the carts each unit goes to.
 */
export async function pickListPdf(list: PickList, heading: string, createdAt: Date, language = 'en'): Promise<Buffer> {
  const t = labelsFor(language);
  const doc = newPdf({ size: 'a4', title: t('pick', 'title'), createdAt });
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  doc.font(FONT.bold).fontSize(18).text(t('pick', 'title'), left, doc.page.margins.top);
  doc.font(FONT.regular).fontSize(10).fillColor('#444').text(heading);
  doc.text(t('pick', 'summary', { units: list.units, carts: list.cartIds.length }));
  const cols = { box: left, loc: left + 16, sku: left + 76, item: left + 166, qty: left + 356, carts: left + 392 };
  const header = (y: number) => {
    doc.font(FONT.bold).fontSize(8).fillColor('#444');
    doc
      .text(t('slip', 'location'), cols.loc, y)
      .text('SKU', cols.sku, y)
      .text(t('slip', 'item'), cols.item, y)
      .text(t('slip', 'qty'), cols.qty, y)
      .text(t('pick', 'carts'), cols.carts, y);
    doc
      .moveTo(left, y + 12)
      .lineTo(right, y + 12)
      .lineWidth(0.5)
      .strokeColor('#888')
      .stroke();
    doc.fillColor('#000');
    return y + 16;
  };
  let y = header(doc.y + 12);
  for (const row of list.rows) {
    const carts = row.carts.map((c) => (c.quantity > 1 ? `${c.reference} ×${c.quantity}` : c.reference)).join(', ');
    const item = `${row.code} ${row.title}${row.options.length ? ` — ${row.options.join(' / ')}` : ''}`;
    const height = Math.max(
      doc
        .font(FONT.regular)
        .fontSize(9)
        .heightOfString(item, { width: cols.qty - cols.item - 6 }),
      doc.fontSize(8).heightOfString(carts, { width: right - cols.carts }),
      12,
    );
    if (y + height > bottom) {
      doc.addPage();
      y = header(doc.page.margins.top);
    }
    doc
      .rect(cols.box, y + 1, 9, 9)
      .lineWidth(0.7)
      .strokeColor('#000')
      .stroke();
    doc
      .font(FONT.bold)
      .fontSize(9)
      .text(row.location ?? '—', cols.loc, y, { width: cols.sku - cols.loc - 4 });
    doc
      .font(FONT.regular)
      .fontSize(9)
      .text(row.sku ?? '', cols.sku, y, { width: cols.item - cols.sku - 4 });
    doc.text(item, cols.item, y, { width: cols.qty - cols.item - 6 });
    doc
      .font(FONT.bold)
      .fontSize(11)
      .text(String(row.quantity), cols.qty, y - 1);
    doc
      .font(FONT.regular)
      .fontSize(8)
      .text(carts, cols.carts, y, { width: right - cols.carts });
    y += height + 6;
  }
  return pdfBytes(doc);
}
