// Pick, pack and ship at the size of a big show: 5,000 paid carts (2 lines each) on a SQLite file
// with the durability the studio ships with; every buyer has a locker, phone and e-mail saved.
// shipping.pick_list_5k: pickList for the show (the read, grouping per variant, walking order) and
//   its CSV text. Floor: a bare better-sqlite3 SELECT of the same lines. Target < 1000 ms.
// shipping.sheet_csv_5k: the InPost sheet (shippingExport: carts, customers, parcels, the CSV).
//   Floor: a bare SELECT of the carts joined to their customers. Target < 1000 ms.
// shipping.slips_pdf_500: 500 packing slips (A4) as one PDF, barcodes and QR codes included.
//   No floor (no raw tool does the same work). Target < 30000 ms.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packingSlip } from '../../electron/core/documents/packing-slip';
import { packingSlips, pickList, pickListCsv, shippingExport } from '../../electron/core/shipping';
import { upsertBuyer } from '../../electron/core/store/buyers';
import { getCartRow, setCartShipping } from '../../electron/core/store/carts';
import { ensureCustomer } from '../../electron/core/store/customers';
import { openDatabase } from '../../electron/core/store/db';
import { saveCustomerShipping, setProductShipping } from '../../electron/core/store/shipping';
import { readTx, writeTx } from '../../electron/core/store/sql';
import { SettingsSchema } from '../../shared/contract';
import { seedShop } from '../unit/commerce/helpers';
import { tempDir } from '../support/temp-db';
import { seedLine } from './seed-line';
import type { BenchResult } from './types';

const CARTS = 5000;
const SLIPS = 500;
const round = (x: number) => Math.round(x * 10) / 10;

export default async function bench(): Promise<BenchResult[]> {
  const dir = tempDir('lss-bench-shipping-');
  const db = openDatabase({ file: path.join(dir, 'studio.db') });
  const fixture = seedShop(db, { stock: 100_000, buyers: 0 });
  const now = 1_700_000_000_000;
  const [s, m] = fixture.variantIds as [number, number];

  writeTx(db, () => {
    db.prepare("UPDATE variants SET sku = 'A12-' || option1").run();
    setProductShipping(db, fixture.product.id, { location: 'R2-S3', parcelSize: 'B', weightGrams: 300 }, now);
    for (let b = 0; b < CARTS; b++) {
      const buyerId = upsertBuyer(db, { platform: 'twitch', platformUserId: `u${b}`, displayName: `buyer ${b}` }, now);
      for (const variantId of [s, m]) {
        seedLine(
          db,
          {
            showId: fixture.showId,
            buyerId,
            productId: fixture.product.id,
            variantId,
            unitPriceMinor: 14900,
            state: 'paid',
            actor: `chat:twitch:u${b}`,
          },
          now,
        );
      }
      const customerId = ensureCustomer(db, buyerId, now);
      saveCustomerShipping(db, customerId, {
        name: `Buyer ${b}`,
        email: `b${b}@example.pl`,
        phone: `+48 600 ${String(b).padStart(6, '0')}`,
        address: null,
        preferredMethodId: 'locker',
        lockerId: `KRA${String(b % 1000).padStart(3, '0')}`,
      });
    }
    const carts = db.prepare('SELECT id FROM carts').pluck().all() as number[];
    for (const id of carts) {
      if (!getCartRow(db, id)) throw new Error('seed: no cart');
      setCartShipping(db, id, { methodId: 'locker', name: 'InPost Paczkomat', kind: 'locker', priceMinor: 1299, freeOverMinor: null }, now);
    }
  });

  const p0 = performance.now();
  const list = pickList(db, { showId: fixture.showId });
  const pickCsv = pickListCsv(list);
  const pickMs = performance.now() - p0;
  if (list.units !== CARTS * 2 || list.cartIds.length !== CARTS || !pickCsv.includes('A12-M')) throw new Error('pick list: wrong totals');
  const pf0 = performance.now();
  db.prepare("SELECT * FROM orders WHERE show_id = ? AND state = 'paid'").all(fixture.showId);
  const pickFloor = performance.now() - pf0;

  const settings = SettingsSchema.parse({});
  const e0 = performance.now();
  const sheet = shippingExport(db, fixture.showId, 'inpost', settings, now);
  const sheetMs = performance.now() - e0;
  if (sheet.rows !== CARTS || sheet.leftOut.length !== 0) throw new Error(`sheet: ${sheet.rows} rows, ${sheet.leftOut.length} left out`);
  const ef0 = performance.now();
  db.prepare('SELECT c.*, cu.* FROM carts c JOIN buyers b ON b.id = c.buyer_id JOIN customers cu ON cu.id = b.customer_id').all();
  const sheetFloor = performance.now() - ef0;

  const ids = list.cartIds.slice(0, SLIPS);
  const d0 = performance.now();
  const slips = readTx(db, () => packingSlips(db, ids, now));
  const pdf = await packingSlip(slips, 'a4', new Date(now), 'pl');
  const slipsMs = performance.now() - d0;
  if (slips.length !== SLIPS || pdf.length < 10_000) throw new Error('slips: wrong output');
  db.close();

  const clock = 'performance.now() in the benchmark process';
  return [
    {
      name: 'shipping.pick_list_5k',
      value: round(pickMs),
      unit: 'ms',
      floor: round(pickFloor),
      ratio: round(pickMs / pickFloor),
      target: '< 1000',
      clock,
      start: 'pickList called',
      end: 'pick-list CSV text returned',
    },
    {
      name: 'shipping.sheet_csv_5k',
      value: round(sheetMs),
      unit: 'ms',
      floor: round(sheetFloor),
      ratio: round(sheetMs / sheetFloor),
      target: '< 1000',
      clock,
      start: 'shippingExport called',
      end: 'InPost CSV text returned',
    },
    {
      name: 'shipping.slips_pdf_500',
      value: round(slipsMs),
      unit: 'ms',
      target: '< 30000',
      clock,
      start: 'packingSlips called',
      end: 'PDF bytes of 500 slips returned',
    },
  ];
}
