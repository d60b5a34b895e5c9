import type { InvoiceLine, InvoiceParty, InvoiceSnapshot, InvoiceTotals } from '../../../shared/contract';
import { formatMoney, formatMoneyPlain, minorToDecimal } from '../../../shared/domain/money';
import { FONT, newPdf, pdfBytes } from './pdf';

/**
 * The invoice layout (A4), shared by issued invoices, correction invoices and pro-formas: seller
 * and buyer, the lines with rate, net, tax and gross per line, the sums per rate, the exemption
 * note, the payment. Printed in the document's language (en, pl, kk), dates in the shop's zone.
 * The same bytes go to the window (invoices.document), the CLI export and the tests.
 */
export interface BillDocument extends Omit<InvoiceSnapshot, 'kind'> {
  kind: InvoiceSnapshot['kind'] | 'proforma';
  /** How to pay (pro-forma): one line per method. */
  instructions: string[];
  dueMinor: number;
}

type Words = Record<
  | 'invoice'
  | 'correction'
  | 'proforma'
  | 'proformaNote'
  | 'issued'
  | 'seller'
  | 'buyer'
  | 'taxId'
  | 'item'
  | 'qty'
  | 'unitPrice'
  | 'rate'
  | 'net'
  | 'tax'
  | 'gross'
  | 'shipping'
  | 'total'
  | 'exempt'
  | 'byRate'
  | 'paid'
  | 'due'
  | 'method'
  | 'reference'
  | 'corrects'
  | 'reason'
  | 'before'
  | 'after'
  | 'difference'
  | 'howToPay'
  | 'pricesIncludeTax',
  string
>;

export const DOCUMENT_WORDS: Record<'en' | 'pl' | 'kk', Words> = {
  en: {
    invoice: 'Invoice',
    correction: 'Correction invoice',
    proforma: 'Pro-forma invoice',
    proformaNote: 'This is not a VAT invoice: it is a request for payment. The invoice follows the payment.',
    issued: 'Issue date',
    seller: 'Seller',
    buyer: 'Buyer',
    taxId: 'Tax ID',
    item: 'Item',
    qty: 'Qty',
    unitPrice: 'Unit price',
    rate: 'VAT',
    net: 'Net',
    tax: 'VAT amount',
    gross: 'Gross',
    shipping: 'Shipping',
    total: 'Total',
    exempt: 'exempt',
    byRate: 'By rate',
    paid: 'Paid',
    due: 'Due',
    method: 'Payment method',
    reference: 'Reference',
    corrects: 'Corrects invoice',
    reason: 'Reason',
    before: 'Before correction',
    after: 'After correction',
    difference: 'Difference',
    howToPay: 'How to pay',
    pricesIncludeTax: 'Prices include VAT; VAT per line, rounded half up, then summed.',
  },
  pl: {
    invoice: 'Faktura',
    correction: 'Faktura korygująca',
    proforma: 'Faktura pro forma',
    proformaNote: 'Nie jest to faktura VAT, lecz prośba o zapłatę. Fakturę wystawimy po otrzymaniu płatności.',
    issued: 'Data wystawienia',
    seller: 'Sprzedawca',
    buyer: 'Nabywca',
    taxId: 'NIP',
    item: 'Nazwa towaru',
    qty: 'Ilość',
    unitPrice: 'Cena brutto',
    rate: 'VAT',
    net: 'Netto',
    tax: 'Kwota VAT',
    gross: 'Brutto',
    shipping: 'Wysyłka',
    total: 'Razem',
    exempt: 'zw.',
    byRate: 'Według stawek',
    paid: 'Zapłacono',
    due: 'Do zapłaty',
    method: 'Sposób płatności',
    reference: 'Numer zamówienia',
    corrects: 'Faktura korygowana',
    reason: 'Przyczyna korekty',
    before: 'Przed korektą',
    after: 'Po korekcie',
    difference: 'Różnica',
    howToPay: 'Jak zapłacić',
    pricesIncludeTax: 'Ceny zawierają VAT; VAT liczony od każdej pozycji, zaokrąglany, następnie sumowany.',
  },
  kk: {
    invoice: 'Шот-фактура',
    correction: 'Түзету шот-фактурасы',
    proforma: 'Проформа шот',
    proformaNote: 'Бұл ҚҚС шот-фактурасы емес, төлем туралы өтініш. Шот-фактура төлемнен кейін беріледі.',
    issued: 'Берілген күні',
    seller: 'Сатушы',
    buyer: 'Сатып алушы',
    taxId: 'БСН/ЖСН',
    item: 'Тауар',
    qty: 'Саны',
    unitPrice: 'Бағасы',
    rate: 'ҚҚС',
    net: 'ҚҚС-сыз',
    tax: 'ҚҚС сомасы',
    gross: 'ҚҚС-мен',
    shipping: 'Жеткізу',
    total: 'Барлығы',
    exempt: 'босатылған',
    byRate: 'Мөлшерлемелер бойынша',
    paid: 'Төленді',
    due: 'Төлеуге',
    method: 'Төлеу тәсілі',
    reference: 'Тапсырыс нөмірі',
    corrects: 'Түзетілетін шот-фактура',
    reason: 'Түзету себебі',
    before: 'Түзетуге дейін',
    after: 'Түзетуден кейін',
    difference: 'Айырма',
    howToPay: 'Қалай төлеуге болады',
    pricesIncludeTax: 'Бағаларға ҚҚС кіреді; ҚҚС әр жол бойынша есептеліп, дөңгелектеніп, қосылады.',
  },
};

export const METHOD_WORDS: Record<'en' | 'pl' | 'kk', Record<string, string>> = {
  en: {
    bank_transfer: 'bank transfer',
    blik: 'BLIK',
    card: 'card',
    paypal: 'PayPal',
    payment_link: 'payment link',
    kaspi: 'Kaspi',
    cash: 'cash',
    cash_on_delivery: 'cash on delivery',
  },
  pl: {
    bank_transfer: 'przelew',
    blik: 'BLIK',
    card: 'karta',
    paypal: 'PayPal',
    payment_link: 'link do płatności',
    kaspi: 'Kaspi',
    cash: 'gotówka',
    cash_on_delivery: 'za pobraniem',
  },
  kk: {
    bank_transfer: 'банк аударымы',
    blik: 'BLIK',
    card: 'карта',
    paypal: 'PayPal',
    payment_link: 'төлем сілтемесі',
    kaspi: 'Kaspi',
    cash: 'қолма-қол',
    cash_on_delivery: 'алған кезде төлеу',
  },
};

export function documentLanguage(language: string): 'en' | 'pl' | 'kk' {
  return language === 'pl' || language === 'kk' ? language : 'en';
}

const LEFT = 40;
const RIGHT = 555;
const BOTTOM = 790;
/** Table columns: x and width (A4 is 595 pt wide; 40 pt margins). */
const COL = {
  n: [LEFT, 16],
  item: [58, 186],
  qty: [246, 30],
  unit: [278, 62],
  rate: [342, 36],
  net: [380, 58],
  tax: [440, 52],
  gross: [494, 61],
} as const;

export async function billPdf(d: BillDocument): Promise<Buffer> {
  const lang = documentLanguage(d.language);
  const w = DOCUMENT_WORDS[lang];
  const title = d.kind === 'proforma' ? w.proforma : `${w[d.kind]} ${d.number}`;
  const doc = newPdf({ title, createdAt: new Date(d.issuedAt) });
  const num = (minor: number) => {
    let text: string;
    try {
      text = minorToDecimal(minor, d.currency);
    } catch {
      text = (minor / 100).toFixed(2);
    }
    return lang === 'en' ? text : text.replace('.', ',');
  };
  const money = (minor: number) => {
    try {
      return formatMoney(minor, d.currency, lang);
    } catch {
      return formatMoneyPlain(minor, d.currency);
    }
  };
  const date = (at: number) => {
    let zone = d.timeZone;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      zone = 'UTC';
    }
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  };
  const room = (h: number) => {
    if (doc.y + h > BOTTOM) doc.addPage();
  };

  doc.font(FONT.bold).fontSize(18).text(title, LEFT, 40);
  doc.font(FONT.regular).fontSize(9);
  doc.text(`${w.issued}: ${date(d.issuedAt)}    ${w.reference}: ${d.cartReference}${d.showTitle ? `    ${d.showTitle}` : ''}`);
  if (d.corrects) {
    doc.text(`${w.corrects}: ${d.corrects.number} (${date(d.corrects.issuedAt)})`);
    doc.text(`${w.reason}: ${d.corrects.reason}`);
  }
  doc.moveDown(0.8);

  const partiesTop = doc.y;
  const party = (label: string, p: InvoiceParty, x: number) => {
    doc.font(FONT.bold).fontSize(10).text(label, x, partiesTop, { width: 250 });
    doc
      .font(FONT.regular)
      .fontSize(9)
      .text(p.name || '—', x, doc.y, { width: 250 });
    if (p.address) doc.text(p.address, { width: 250 });
    if (p.taxId) doc.text(`${w.taxId}: ${p.taxId}`, { width: 250 });
    const contact = [p.email, p.phone].filter(Boolean).join(', ');
    if (contact) doc.text(contact, { width: 250 });
    return doc.y;
  };
  const bottom = Math.max(party(w.seller, d.seller, LEFT), party(w.buyer, d.buyer, 305));
  doc.x = LEFT;
  doc.y = bottom + 14;

  const rateText = (r: number | null) => (r === null ? w.exempt : `${lang === 'en' ? r : String(r).replace('.', ',')}%`);
  const table = (lines: readonly InvoiceLine[], totals: InvoiceTotals) => {
    const header = () => {
      room(30);
      const y = doc.y;
      doc.font(FONT.bold).fontSize(8);
      const cells: [keyof typeof COL, string][] = [
        ['n', '#'],
        ['item', w.item],
        ['qty', w.qty],
        ['unit', w.unitPrice],
        ['rate', w.rate],
        ['net', w.net],
        ['tax', w.tax],
        ['gross', w.gross],
      ];
      // A long label (Polish, Kazakh) wraps: the row is as tall as its tallest cell.
      let height = 0;
      for (const [key, text] of cells) {
        height = Math.max(height, doc.heightOfString(text, { width: COL[key][1] }));
        doc.text(text, COL[key][0], y, { width: COL[key][1], align: key === 'item' || key === 'n' ? 'left' : 'right' });
      }
      doc.y = y + height;
      doc
        .moveTo(LEFT, doc.y + 2)
        .lineTo(RIGHT, doc.y + 2)
        .lineWidth(0.5)
        .stroke();
      doc.y += 5;
    };
    header();
    doc.font(FONT.regular).fontSize(8);
    lines.forEach((l, i) => {
      const name =
        l.kind === 'shipping'
          ? `${w.shipping}${l.title ? `: ${l.title}` : ''}`
          : [l.code, l.title, l.options.join(' / ')].filter(Boolean).join(' · ');
      const h = doc.heightOfString(name, { width: COL.item[1] });
      if (doc.y + h > BOTTOM) {
        doc.addPage();
        header();
        doc.font(FONT.regular).fontSize(8);
      }
      const y = doc.y;
      const right = (key: keyof typeof COL, text: string) => doc.text(text, COL[key][0], y, { width: COL[key][1], align: 'right' });
      doc.text(String(i + 1), COL.n[0], y, { width: COL.n[1] });
      doc.text(name, COL.item[0], y, { width: COL.item[1] });
      right('qty', String(l.quantity));
      right('unit', num(l.unitPriceMinor));
      right('rate', rateText(l.ratePercent));
      right('net', num(l.netMinor));
      right('tax', num(l.taxMinor));
      right('gross', num(l.grossMinor));
      doc.y = y + Math.max(h, 10) + 3;
    });
    doc.moveTo(LEFT, doc.y).lineTo(RIGHT, doc.y).lineWidth(0.5).stroke();
    doc.y += 4;
    totalsRows(totals);
  };
  const totalsRows = (totals: InvoiceTotals) => {
    doc.font(FONT.regular).fontSize(8);
    for (const r of totals.byRate) {
      room(12);
      const y = doc.y;
      doc.text(`${w.byRate} ${rateText(r.ratePercent)}`, COL.item[0], y, { width: 280, align: 'right' });
      doc.text(num(r.netMinor), COL.net[0], y, { width: COL.net[1], align: 'right' });
      doc.text(num(r.taxMinor), COL.tax[0], y, { width: COL.tax[1], align: 'right' });
      doc.text(num(r.grossMinor), COL.gross[0], y, { width: COL.gross[1], align: 'right' });
      doc.y = y + 11;
    }
    room(14);
    const y = doc.y;
    doc.font(FONT.bold).fontSize(8.5);
    doc.text(w.total, COL.item[0], y, { width: 280, align: 'right' });
    doc.text(num(totals.netMinor), COL.net[0], y, { width: COL.net[1], align: 'right' });
    doc.text(num(totals.taxMinor), COL.tax[0], y, { width: COL.tax[1], align: 'right' });
    doc.text(num(totals.grossMinor), COL.gross[0], y, { width: COL.gross[1], align: 'right' });
    doc.y = y + 16;
    doc.x = LEFT;
  };
  const heading = (text: string) => {
    room(24);
    doc.font(FONT.bold).fontSize(10).text(text, LEFT, doc.y);
    doc.y += 3;
  };

  if (d.corrects) {
    heading(w.before);
    table(d.corrects.lines, d.corrects.totals);
    heading(w.after);
    table(d.lines, d.totals);
    heading(w.difference);
    totalsRows({
      grossMinor: d.totals.grossMinor - d.corrects.totals.grossMinor,
      netMinor: d.totals.netMinor - d.corrects.totals.netMinor,
      taxMinor: d.totals.taxMinor - d.corrects.totals.taxMinor,
      byRate: [],
    });
  } else table(d.lines, d.totals);

  room(80);
  doc
    .font(FONT.bold)
    .fontSize(12)
    .text(`${w.total}: ${money(d.totals.grossMinor)}`, LEFT, doc.y);
  doc.font(FONT.regular).fontSize(9);
  if (d.paymentMethod) doc.text(`${w.method}: ${METHOD_WORDS[lang][d.paymentMethod] ?? d.paymentMethod}`);
  if (d.kind !== 'correction') {
    if (d.paidMinor > 0) doc.text(`${w.paid}: ${money(d.paidMinor)}`);
    doc.font(FONT.bold).text(`${w.due}: ${money(d.dueMinor)}`);
    doc.font(FONT.regular);
  }
  if (d.exemptionNote) {
    doc.moveDown(0.5);
    doc.text(d.exemptionNote, { width: RIGHT - LEFT });
  } else {
    doc.moveDown(0.3);
    doc
      .fontSize(7.5)
      .fillColor('#555555')
      .text(w.pricesIncludeTax, { width: RIGHT - LEFT })
      .fillColor('black')
      .fontSize(9);
  }
  if (d.kind === 'proforma') {
    doc.moveDown(0.6);
    if (d.instructions.length) {
      doc.font(FONT.bold).fontSize(10).text(w.howToPay);
      doc.font(FONT.regular).fontSize(9);
      for (const line of d.instructions) doc.text(`– ${line}`, { width: RIGHT - LEFT });
      doc.moveDown(0.4);
    }
    doc.fontSize(8.5).text(w.proformaNote, { width: RIGHT - LEFT });
  }
  return pdfBytes(doc);
}

/** The file name of a document: 'FV-2026-11-7.pdf', 'proforma-LS-12.pdf' (never a folder part). */
export function documentFileName(d: Pick<BillDocument, 'kind' | 'number' | 'cartReference'>): string {
  const base = d.kind === 'proforma' ? `proforma-${d.cartReference}` : d.number;
  return `${base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'document'}.pdf`;
}

/** An issued invoice (or correction) as printed: its snapshot, nothing read again. */
export async function invoicePdf(snapshot: InvoiceSnapshot): Promise<{ name: string; bytes: Buffer }> {
  const d: BillDocument = { ...snapshot, instructions: [], dueMinor: Math.max(0, snapshot.totals.grossMinor - snapshot.paidMinor) };
  return { name: documentFileName(d), bytes: await billPdf(d) };
}
