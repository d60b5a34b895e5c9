import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { billPdf, invoicePdf, type BillDocument } from '../../../electron/core/documents/invoice';
import { FONT, newPdf, pdfBytes } from '../../../electron/core/documents/pdf';
import type { InvoiceLine, InvoiceSnapshot } from '../../../shared/contract';
import { lineTax, sumTaxes } from '../../../shared/domain/invoices';

/** The font engine pdfkit itself uses (its dependency), to ask the shipped font which characters it has. */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
  openSync(file: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

const POLISH = 'Zażółć Gęślą Jaźń ŁÓDŹ';
const KAZAKH = 'Әсем Қуанышқызы, Өскемен';

/** Runs a poppler tool on the bytes written to a temp file; a missing tool says what to install. */
function withPdf<T>(bytes: Buffer, use: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-invoice-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return use(file, dir);
  } catch (error) {
    throw new Error(`poppler failed (install poppler-utils: bash scripts/install.sh): ${String(error)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pdftotext(bytes: Buffer): string {
  return withPdf(bytes, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

/** The first page rasterised by pdftoppm as 8-bit grey (PGM) at 72 dpi: one pixel per PDF point. */
function rasterise(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  return withPdf(bytes, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-singlefile', file, path.join(dir, 'page')]);
    const data = fs.readFileSync(path.join(dir, 'page.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.toString('latin1', 0, 40));
    if (!header) throw new Error('not an 8-bit PGM');
    return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
  });
}

function line(orderId: number | null, title: string, quantity: number, unitPriceMinor: number, ratePercent: number | null): InvoiceLine {
  const grossMinor = quantity * unitPriceMinor;
  return {
    orderId,
    kind: orderId === null ? 'shipping' : 'goods',
    code: orderId === null ? '' : `A${orderId}`,
    title,
    options: orderId === null ? [] : ['M', 'czerwony'],
    quantity,
    unitPriceMinor,
    ratePercent,
    ...lineTax({ grossMinor, ratePercent }),
  };
}

function snapshot(over: Partial<InvoiceSnapshot> = {}): InvoiceSnapshot {
  const lines = [line(1, 'Sukienka lniana', 2, 14900, 23), line(2, 'Шарф', 1, 4990, 8), line(null, 'InPost Paczkomat', 1, 1299, 23)];
  return {
    kind: 'invoice',
    number: 'FV/2026/11/7',
    issuedAt: Date.UTC(2026, 10, 27, 12),
    timeZone: 'Europe/Warsaw',
    language: 'pl',
    currency: 'PLN',
    seller: { name: `Butik ${POLISH}`, address: 'ul. Piotrkowska 1\n90-001 Łódź', taxId: '725-000-00-00', email: '', phone: '' },
    buyer: { name: KAZAKH, address: 'ul. Żółta 5\n00-950 Warszawa', taxId: '', email: 'asem@example.kz', phone: '+7 701 000 00 00' },
    cartId: 12,
    cartReference: 'LS-12',
    showTitle: 'Niedzielny live',
    lines,
    totals: sumTaxes(lines),
    exemptionNote: null,
    paymentMethod: 'blik',
    paidMinor: 0,
    corrects: null,
    ...over,
  };
}

describe('invoice PDFs', () => {
  it('an invoice reads back with its number, parties, per-line tax and totals (Polish)', async () => {
    const { name, bytes } = await invoicePdf(snapshot());
    expect(name).toBe('FV-2026-11-7.pdf');
    const text = pdftotext(bytes);
    expect(text).toContain('Faktura FV/2026/11/7');
    expect(text).toContain(`Butik ${POLISH}`);
    expect(text).toContain(KAZAKH);
    expect(text).toContain('Data wystawienia: 2026-11-27');
    // 298,00 at 23%: 55,72 VAT, 242,28 net; 49,90 at 8%: 3,70; shipping 12,99: 2,43.
    expect(text).toMatch(/Sukienka lniana.*2\s+149,00\s+23%\s+242,28\s+55,72\s+298,00/);
    expect(text).toMatch(/Шарф.*1\s+49,90\s+8%\s+46,20\s+3,70\s+49,90/);
    expect(text).toMatch(/Według stawek 23%\s+252,84\s+58,15\s+310,99/);
    expect(text).toMatch(/Razem\s+299,04\s+61,85\s+360,89/);
    expect(text).toContain('Do zapłaty: 360,89 zł');
    expect(text).toContain('Sposób płatności: BLIK');
  });

  it('a correction prints before, after and the difference (Kazakh)', async () => {
    const base = snapshot();
    const after = [line(1, 'Sukienka lniana', 1, 14900, 23), base.lines[2]!];
    const { bytes } = await invoicePdf(
      snapshot({
        kind: 'correction',
        number: 'KOR/2026/11/1',
        language: 'kk',
        lines: after,
        totals: sumTaxes(after),
        corrects: { invoiceId: 1, number: base.number, issuedAt: base.issuedAt, lines: base.lines, totals: base.totals, reason: 'қайтару' },
      }),
    );
    const text = pdftotext(bytes);
    expect(text).toContain('Түзету шот-фактурасы KOR/2026/11/1');
    expect(text).toContain('Түзетілетін шот-фактура: FV/2026/11/7');
    expect(text).toContain('Түзетуге дейін');
    expect(text).toContain('Түзетуден кейін');
    // 161,99 after − 360,89 before
    expect(text).toMatch(/Айырма[\s\S]*-198,90/);
  });

  it('a pro-forma has no number, says it is not a VAT invoice, and how to pay', async () => {
    const d: BillDocument = {
      ...snapshot({ number: '', language: 'en' }),
      kind: 'proforma',
      dueMinor: 36089,
      instructions: ['BLIK to phone number +48 600 100 200, title: LS-12'],
    };
    const text = pdftotext(await billPdf(d));
    expect(text).toContain('Pro-forma invoice');
    expect(text).not.toContain('FV/');
    expect(text).toContain('This is not a VAT invoice');
    expect(text).toContain('– BLIK to phone number +48 600 100 200, title: LS-12');
    expect(text).toContain('Due: PLN 360.89');
  });

  it('a VAT-exempt invoice prints the seller’s note', async () => {
    const lines = [line(1, 'Sukienka', 1, 14900, null)];
    const text = pdftotext(
      (await invoicePdf(snapshot({ lines, totals: sumTaxes(lines), exemptionNote: 'Zwolnienie podmiotowe, art. 113 ust. 1 ustawy o VAT' })))
        .bytes,
    );
    expect(text).toMatch(/Sukienka.*zw\.\s+149,00\s+0,00\s+149,00/);
    expect(text).toContain('Zwolnienie podmiotowe, art. 113 ust. 1 ustawy o VAT');
  });
});

describe('Polish and Kazakh names render as glyphs, not boxes', () => {
  const letters = [...new Set([...`${POLISH}${KAZAKH}`.replace(/[\s,]/g, '')])];
  const CELL = 48;

  /** Each character alone in a 48-pt cell of one row per 10, rasterised; returns each cell's pixels. */
  async function cells(chars: string[]): Promise<Buffer[]> {
    const doc = newPdf({ title: 'glyphs', createdAt: new Date(0), margin: 0 });
    doc.font(FONT.regular).fontSize(32);
    chars.forEach((c, i) => doc.text(c, (i % 10) * CELL + 8, Math.floor(i / 10) * CELL + 8, { lineBreak: false }));
    const page = rasterise(await pdfBytes(doc));
    return chars.map((_, i) => {
      const x0 = (i % 10) * CELL;
      const y0 = Math.floor(i / 10) * CELL;
      const rows = [];
      for (let y = y0; y < y0 + CELL; y++) rows.push(page.pixels.subarray(y * page.width + x0, y * page.width + x0 + CELL));
      return Buffer.concat(rows);
    });
  }
  const ink = (cell: Buffer) => cell.filter((p) => p < 128).length;

  it('the shipped font has every character of the names', () => {
    const font = fontkit.openSync(path.join(__dirname, '../../../resources/fonts/DejaVuSans.ttf'));
    expect(letters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
  });

  it('every letter draws ink, and not the box a missing glyph draws', async () => {
    const drawn = await cells([...letters, '\u0F00']);
    const box = drawn.pop()!;
    for (const [i, cell] of drawn.entries()) {
      expect(ink(cell), `"${letters[i]}" drew nothing`).toBeGreaterThan(10);
      expect(cell.equals(box), `"${letters[i]}" drew the missing-glyph box`).toBe(false);
    }
    // Letters that differ only by their marks draw different shapes (ł/l, ż/z, ә/а, қ/к, ө/о).
    const pairs = [
      ['ł', 'l'],
      ['ż', 'z'],
      ['ә', 'а'],
      ['қ', 'к'],
      ['ө', 'о'],
    ] as const;
    const marked = await cells(pairs.flat());
    for (let i = 0; i < pairs.length; i++) expect(marked[2 * i]!.equals(marked[2 * i + 1]!), pairs[i]!.join('/')).toBe(false);
  });

  it('the check sees boxes: two characters the font lacks draw the same cell', async () => {
    const [a, b] = await cells(['\u0F00', '\u0F01']);
    expect(ink(a!)).toBeGreaterThan(10);
    expect(a!.equals(b!)).toBe(true);
  });
});
