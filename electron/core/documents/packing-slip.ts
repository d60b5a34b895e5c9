import { toBuffer as bwipPng } from 'bwip-js/node';
import QRCode from 'qrcode';
import type { PackingSlip } from '../../../shared/contract';
import { formatMoney } from '../../../shared/domain/money';
import { slipQrText } from '../../../shared/domain/shipping';
import { FONT, newPdf, pdfBytes, type PageSize } from './pdf';
import { labelsFor, type Labels } from './slip-labels';

/**
 * Packing slips (issue 13): one page per cart (A4, or a 100 × 150 mm thermal label), with the
 * cart reference as text, as a Code 128 barcode (bwip-js) and as a QR code (qrcode) that the
 * Packing screen's scan step reads; the buyer and the delivery (locker or address), the method,
 * parcel size and the cash-on-delivery amount; the items with options, quantities, SKU and shelf
 * location, each with a box to tick; the note. The window's printable slip
 * (renderer/screens/packing/SlipView.tsx) lays out the same fields in the same order.
 */

export type SlipSize = Extract<PageSize, 'a4' | '100x150'>;

/** Code 128 of the reference, as PNG. */
export function code128Png(text: string): Promise<Buffer> {
  return bwipPng({ bcid: 'code128', text, scale: 3, height: 12, includetext: false, paddingwidth: 4, paddingheight: 2 });
}

export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { margin: 1, scale: 6, errorCorrectionLevel: 'M' });
}

/** The lines of the delivery block, in the order printed (shared with the window's slip through the same fields). */
export function deliveryLines(slip: PackingSlip, t: Labels): string[] {
  const c = slip.customer;
  const a = c.address;
  const lines = [slip.buyerName];
  if (slip.kind === 'locker') lines.push(t('slip', 'locker', { id: c.lockerId ?? '—' }));
  else if (slip.kind === 'courier' && a) {
    lines.push(a.line1);
    if (a.line2) lines.push(a.line2);
    lines.push(`${a.postalCode} ${a.city}`.trim(), a.country);
  } else if (slip.kind === 'pickup') lines.push(t('slip', 'pickup'));
  if (c.phone) lines.push(c.phone);
  if (c.email) lines.push(c.email);
  return lines.filter((l) => l.trim() !== '');
}

export async function packingSlip(slips: readonly PackingSlip[], size: SlipSize, createdAt: Date, language = 'en'): Promise<Buffer> {
  const t = labelsFor(language);
  const label = size === '100x150';
  const doc = newPdf({
    size,
    margin: label ? 14 : 40,
    title: slips.length === 1 ? `${t('slip', 'title')} ${slips[0]!.reference}` : t('slip', 'title'),
    createdAt,
  });
  const barcodes = await Promise.all(slips.map(async (s) => [await code128Png(s.reference), await qrPng(slipQrText(s.cartId))] as const));
  slips.forEach((slip, index) => {
    if (index > 0) doc.addPage();
    const [barcode, qr] = barcodes[index]!;
    if (label) drawLabel(doc, slip, t, barcode, qr);
    else drawA4(doc, slip, t, barcode, qr);
  });
  return pdfBytes(doc);
}

function facts(slip: PackingSlip, t: Labels): string[] {
  const out = [`${t('slip', 'method')}: ${slip.methodName ?? '—'}`, `${t('slip', 'parcel')}: ${slip.parcelSize ?? '—'}`];
  if (slip.weightGrams !== null)
    out.push(
      `${t('slip', 'weight')}: ${(slip.weightGrams / 1000).toLocaleString(t.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kg`,
    );
  return out;
}

function itemText(i: PackingSlip['items'][number]): string {
  return `${i.code} ${i.title}${i.options.length ? ` — ${i.options.join(' / ')}` : ''}`;
}

function drawA4(doc: PDFKit.PDFDocument, slip: PackingSlip, t: Labels, barcode: Buffer, qr: Buffer) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const width = right - left;
  const top = doc.page.margins.top;
  doc
    .font(FONT.bold)
    .fontSize(11)
    .fillColor('#000')
    .text(slip.shopName, left, top, { width: width - 200 });
  doc
    .font(FONT.bold)
    .fontSize(20)
    .text(t('slip', 'title'), left, doc.y + 4, { width: width - 200 });
  doc
    .font(FONT.bold)
    .fontSize(16)
    .text(slip.reference, left, doc.y + 4, { width: width - 200 });
  if (slip.showTitle)
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor('#444')
      .text(slip.showTitle, { width: width - 200 });
  doc.image(barcode, right - 200, top, { width: 120, height: 40 });
  doc.image(qr, right - 70, top, { width: 70, height: 70 });
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor('#000')
    .text(slip.reference, right - 200, top + 44, { width: 120, align: 'center' });

  let y = Math.max(doc.y, top + 80) + 14;
  doc.font(FONT.bold).fontSize(10).text(t('slip', 'deliverTo'), left, y);
  doc
    .font(FONT.regular)
    .fontSize(11)
    .text(deliveryLines(slip, t).join('\n'), left, doc.y + 2, { width: width / 2 - 10 });
  const afterDelivery = doc.y;
  doc
    .font(FONT.regular)
    .fontSize(10)
    .text(facts(slip, t).join('\n'), left + width / 2, y + 14, { width: width / 2 });
  if (slip.codAmountMinor !== null)
    doc
      .font(FONT.bold)
      .fontSize(13)
      .text(`${t('slip', 'cod')}: ${formatMoney(slip.codAmountMinor, slip.currency, t.locale)}`, left + width / 2, doc.y + 4, {
        width: width / 2,
      });
  y = Math.max(afterDelivery, doc.y) + 16;

  doc
    .font(FONT.bold)
    .fontSize(10)
    .text(t('slip', 'items', { units: slip.units }), left, y);
  y = doc.y + 4;
  const cols = { box: left, qty: left + 22, item: left + 60, sku: left + width - 190, loc: left + width - 80 };
  doc.font(FONT.bold).fontSize(8).fillColor('#444');
  doc
    .text(t('slip', 'qty'), cols.qty, y)
    .text(t('slip', 'item'), cols.item, y)
    .text('SKU', cols.sku, y)
    .text(t('slip', 'location'), cols.loc, y);
  y += 14;
  doc
    .moveTo(left, y - 2)
    .lineTo(right, y - 2)
    .lineWidth(0.5)
    .strokeColor('#888')
    .stroke();
  doc.fillColor('#000');
  for (const item of slip.items) {
    if (y > doc.page.height - doc.page.margins.bottom - 40) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.rect(cols.box, y, 10, 10).lineWidth(0.8).strokeColor('#000').stroke();
    doc
      .font(FONT.bold)
      .fontSize(11)
      .text(`${item.quantity}×`, cols.qty, y - 1);
    doc
      .font(FONT.regular)
      .fontSize(10)
      .text(itemText(item), cols.item, y, { width: cols.sku - cols.item - 8 });
    const rowEnd = doc.y;
    doc.fontSize(9).text(item.sku ?? '', cols.sku, y, { width: cols.loc - cols.sku - 6 });
    doc.text(item.location ?? '', cols.loc, y, { width: right - cols.loc });
    y = Math.max(rowEnd, doc.y) + 6;
  }
  if (slip.note) {
    doc
      .font(FONT.bold)
      .fontSize(10)
      .text(t('slip', 'note'), left, y + 8);
    doc
      .font(FONT.regular)
      .fontSize(10)
      .text(slip.note, left, doc.y + 2, { width });
  }
}

function drawLabel(doc: PDFKit.PDFDocument, slip: PackingSlip, t: Labels, barcode: Buffer, qr: Buffer) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const width = right - left;
  const top = doc.page.margins.top;
  doc.image(barcode, left, top, { width: width - 64, height: 44 });
  doc.image(qr, right - 58, top, { width: 58, height: 58 });
  doc
    .font(FONT.bold)
    .fontSize(14)
    .fillColor('#000')
    .text(slip.reference, left, top + 48, { width: width - 64 });
  let y = top + 66;
  doc.font(FONT.bold).fontSize(8).text(t('slip', 'deliverTo'), left, y);
  doc
    .font(FONT.regular)
    .fontSize(9)
    .text(deliveryLines(slip, t).join('\n'), left, doc.y + 1, { width });
  doc
    .font(FONT.regular)
    .fontSize(8)
    .text(facts(slip, t).join(' · '), left, doc.y + 3, { width });
  if (slip.codAmountMinor !== null)
    doc
      .font(FONT.bold)
      .fontSize(11)
      .text(`${t('slip', 'cod')}: ${formatMoney(slip.codAmountMinor, slip.currency, t.locale)}`, left, doc.y + 2, { width });
  y = doc.y + 5;
  doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).strokeColor('#000').stroke();
  doc
    .font(FONT.bold)
    .fontSize(8)
    .text(t('slip', 'items', { units: slip.units }), left, y + 4);
  for (const item of slip.items) {
    const rowY = doc.y + 2;
    doc
      .rect(left, rowY + 1, 7, 7)
      .lineWidth(0.6)
      .stroke();
    doc
      .font(FONT.regular)
      .fontSize(8)
      .text(`${item.quantity}× ${itemText(item)}${item.location ? ` [${item.location}]` : ''}`, left + 11, rowY, { width: width - 11 });
  }
  if (slip.note)
    doc
      .font(FONT.regular)
      .fontSize(7.5)
      .text(`${t('slip', 'note')}: ${slip.note}`, left, doc.y + 4, { width });
}
