// Invoices (issue 12) on a SQLite file with the durability the studio ships with.
// invoices.proforma_pdf_500: `export --what proforma --format pdf` (proformaFiles: reads and 500
//   PDFs with the embedded DejaVu font, in memory) for a show of 500 carts. Floor: 500 one-line
//   pdfkit documents with the same font. Target < 30 s.
// invoices.issue_5k: issuing the invoices of 5,000 paid carts with InvoicesService.issueMany (as
//   invoices.issueMany after a show: the carts read, the next number of the series and the snapshot
//   per cart, one IMMEDIATE transaction), no PDF. Floor: a bare INSERT of 5,000 rows of the same snapshot size in one transaction. Target < 2 s.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FONT, newPdf, pdfBytes } from '../../electron/core/documents/pdf';
import { InvoicesService } from '../../electron/core/invoices';
import { proformaFiles } from '../../electron/core/invoices/export-files';
import { upsertBuyer } from '../../electron/core/store/buyers';
import { openDatabase } from '../../electron/core/store/db';
import { writeTx } from '../../electron/core/store/sql';
import { SettingsSchema } from '../../shared/contract';
import { cartsServiceOn } from '../support/carts-service';
import { tempDir } from '../support/temp-db';
import { seedShop } from '../unit/commerce/helpers';
import { seedLine } from './seed-line';
import type { BenchResult } from './types';

const PROFORMA_CARTS = 500;
const INVOICE_CARTS = 5000;
const round = (x: number) => Math.round(x * 10) / 10;

export default async function bench(): Promise<BenchResult[]> {
  const dir = tempDir('lss-bench-invoices-');
  const db = openDatabase({ file: path.join(dir, 'studio.db') });
  const fixture = seedShop(db, { stock: 100_000, buyers: 0 });
  const now = 1_700_000_000_000;
  const [s, m] = fixture.variantIds as [number, number];
  const second = Number(
    db.prepare("INSERT INTO shows (title, state, created_at, started_at) VALUES ('Sobota', 'ended', ?, ?)").run(now, now).lastInsertRowid,
  );

  // Show 1: 500 carts of two claimed lines; show 2: 5,000 paid carts of two lines.
  writeTx(db, () => {
    const seed = (showId: number, count: number, state: 'claimed' | 'paid', prefix: string) => {
      for (let b = 0; b < count; b++) {
        const buyerId = upsertBuyer(db, { platform: 'twitch', platformUserId: `${prefix}${b}`, displayName: `Zofia Ąę ${b}` }, now);
        for (const variantId of [s, m]) {
          seedLine(
            db,
            { showId, buyerId, productId: fixture.product.id, variantId, unitPriceMinor: 14900, state, actor: `chat:twitch:${prefix}${b}` },
            now,
          );
        }
      }
    };
    seed(fixture.showId, PROFORMA_CARTS, 'claimed', 'p');
    seed(second, INVOICE_CARTS, 'paid', 'i');
  });

  const p0 = performance.now();
  const files = await proformaFiles(db, fixture.showId, now);
  const proformaMs = performance.now() - p0;
  if (files.length !== PROFORMA_CARTS) throw new Error(`${files.length} pro-formas, expected ${PROFORMA_CARTS}`);
  const pf0 = performance.now();
  for (let i = 0; i < PROFORMA_CARTS; i++) {
    const doc = newPdf({ title: 'floor', createdAt: new Date(now) });
    doc.font(FONT.regular).text(`Zofia Ąę ${i} 149,00 zł`);
    await pdfBytes(doc);
  }
  const proformaFloor = performance.now() - pf0;

  const settings = SettingsSchema.parse({});
  const { carts, catalog, events } = cartsServiceOn(
    db,
    () => now,
    settings,
    () => null,
    false,
  );
  const invoices = new InvoicesService({ db, clock: () => now, events, carts, settings: () => settings.invoices });
  const cartIds = db.prepare('SELECT id FROM carts WHERE show_id = ? ORDER BY id').pluck().all(second) as number[];
  const i0 = performance.now();
  const ids = invoices.issueMany(cartIds, { actor: 'host' });
  const issueMs = performance.now() - i0;
  const snapshot = JSON.stringify(invoices.get(ids.at(-1)!).snapshot);
  const issued = db.prepare('SELECT count(*) FROM invoices').pluck().get() as number;
  if (issued !== INVOICE_CARTS) throw new Error(`${issued} invoices, expected ${INVOICE_CARTS}`);
  db.exec('CREATE TABLE floor_rows (id INTEGER PRIMARY KEY, number TEXT, snapshot TEXT)');
  const insert = db.prepare('INSERT INTO floor_rows (number, snapshot) VALUES (?, ?)');
  const f0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < INVOICE_CARTS; i++) insert.run(`FV/${i}`, snapshot);
  })();
  const issueFloor = performance.now() - f0;
  carts.close();
  catalog.close();
  db.close();

  const clockName = 'performance.now() in the benchmark process';
  return [
    {
      name: 'invoices.proforma_pdf_500',
      value: round(proformaMs),
      unit: 'ms',
      floor: round(proformaFloor),
      ratio: round(proformaMs / proformaFloor),
      target: '< 30000',
      clock: clockName,
      start: 'proformaFiles called (500 carts of the show)',
      end: '500 PDFs in memory',
    },
    {
      name: 'invoices.issue_5k',
      value: round(issueMs),
      unit: 'ms',
      floor: round(issueFloor),
      ratio: round(issueMs / issueFloor),
      target: '< 2000',
      clock: clockName,
      start: 'InvoicesService.issueMany called with 5,000 paid carts',
      end: 'committed (fsynced) and published',
    },
  ];
}
