import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packingSlip } from '../../../electron/core/documents/packing-slip';
import { pickListPdf } from '../../../electron/core/documents/pick-list';
import type { PackingSlip, PickList } from '../../../shared/contract';

function poppler(tool: 'pdftotext' | 'pdftoppm' | 'pdfinfo', bytes: Buffer, args: string[]): { out: string; dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-slip-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return {
      out: execFileSync(
        tool,
        [...args, file, ...(tool === 'pdftoppm' ? [path.join(dir, 'page')] : ['-'])].filter((a) => !(tool === 'pdfinfo' && a === '-')),
        { encoding: 'utf8' },
      ),
      dir,
      file,
    };
  } catch (error) {
    throw new Error(`${tool} failed (install poppler-utils: bash scripts/install.sh): ${String(error)}`);
  }
}

const slip = (over: Partial<PackingSlip> = {}): PackingSlip => ({
  cartId: 42,
  reference: 'C000042',
  version: 3,
  state: 'paid',
  methodId: 'locker',
  methodName: 'InPost Paczkomat',
  kind: 'locker',
  paymentMethod: 'cash_on_delivery',
  parcelSizeChosen: null,
  parcelSizeDerived: 'B',
  parcelSize: 'B',
  weightGramsChosen: null,
  weightGramsDerived: 600,
  weightGrams: 600,
  note: 'Prezent — zapakować ładnie',
  trackingNumber: null,
  shippedAt: null,
  codAmountMinor: 31699,
  currency: 'PLN',
  missing: [],
  customer: {
    customerId: 7,
    name: 'Zofia Łęcka',
    email: 'zofia@example.pl',
    phone: '+48 600 100 200',
    address: null,
    preferredMethodId: 'locker',
    lockerId: 'KRA010',
  },
  shopName: 'Butik Ania',
  buyerName: 'Zofia Łęcka',
  showTitle: 'Piątkowy live',
  items: [
    {
      orderId: 1,
      code: 'A12',
      title: 'Lniana koszula',
      sku: 'A12-M',
      options: ['M', 'biały'],
      quantity: 2,
      location: 'R2-S3',
      packed: false,
    },
    { orderId: 2, code: 'K7', title: 'Қазақ орамалы', sku: null, options: [], quantity: 1, location: null, packed: false },
  ],
  units: 3,
  ...over,
});

describe('packing slips (PDF)', () => {
  for (const size of ['a4', '100x150'] as const) {
    it(`${size}: reads back the reference, delivery, COD, items with options and the note, and rasterises`, async () => {
      const bytes = await packingSlip([slip(), slip({ cartId: 43, reference: 'C000043', codAmountMinor: null })], size, new Date(0), 'pl');
      const { out: text } = poppler('pdftotext', bytes, ['-layout']);
      for (const expected of [
        'C000042',
        ...(size === 'a4' ? ['Lista pakowania', 'Butik Ania'] : []),
        'Zofia Łęcka',
        'Paczkomat KRA010',
        '+48 600 100 200',
        'Pobranie',
        '316,99 zł',
        'Lniana koszula',
        'M / biały',
        'Қазақ орамалы',
        'Prezent — zapakować ładnie',
        'C000043',
      ])
        expect(text).toContain(expected);
      // The second slip (paid, not COD) has no COD line: "Pobranie" appears once.
      expect(text.split('Pobranie').length - 1).toBe(1);
      const info = poppler('pdfinfo', bytes, []).out;
      expect(info).toMatch(/Pages:\s+2/);
      expect(info).toMatch(size === 'a4' ? /Page size:\s+595\.28 x 841\.89/ : /Page size:\s+283\.46 x 425\.2/);
      const raster = poppler('pdftoppm', bytes, ['-png', '-r', '50', '-f', '1', '-l', '1']);
      const pages = fs.readdirSync(raster.dir).filter((f) => f.endsWith('.png'));
      expect(pages.length).toBe(1);
      const png = fs.readFileSync(path.join(raster.dir, pages[0]!));
      // PNG width/height from the IHDR chunk: the page's size at 50 dpi.
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      const [pw, ph] = size === 'a4' ? [595.28, 841.89] : [283.46, 425.2];
      expect([w, h]).toEqual([Math.ceil((pw / 72) * 50), Math.ceil((ph / 72) * 50)]);
      // The barcode and text put ink on the page: a blank page compresses to almost nothing.
      expect(png.length).toBeGreaterThan(size === 'a4' ? 8000 : 4000);
      fs.rmSync(raster.dir, { recursive: true, force: true });
    });
  }

  it('the pick list PDF lists every row with its location, SKU, units and carts', async () => {
    const list: PickList = {
      showId: 1,
      units: 5,
      cartIds: [1, 2, 3],
      rows: [
        {
          variantId: 2,
          productId: 1,
          code: 'A12',
          title: 'Lniana koszula',
          sku: 'A12-M',
          options: ['M'],
          location: 'R2-S3',
          quantity: 2,
          carts: [{ cartId: 1, reference: 'C000001', quantity: 2 }],
        },
        {
          variantId: 1,
          productId: 1,
          code: 'A12',
          title: 'Lniana koszula',
          sku: 'A12-S',
          options: ['S'],
          location: null,
          quantity: 3,
          carts: [
            { cartId: 2, reference: 'C000002', quantity: 1 },
            { cartId: 3, reference: 'C000003', quantity: 2 },
          ],
        },
      ],
    };
    const { out: text } = poppler('pdftotext', await pickListPdf(list, 'Piątkowy live', new Date(0), 'kk'), ['-layout']);
    for (const expected of [
      'Жинау тізімі',
      '3 себетке 5 дана',
      'R2-S3',
      'A12-M',
      'A12-S',
      'C000001 ×2',
      'C000002, C000003 ×2',
      'Piątkowy live',
    ])
      expect(text).toContain(expected);
  });
});
