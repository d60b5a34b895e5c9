/**
 * catalog.import_10k_variants: a Shopify CSV of 2,000 products x 5 variants
 * (10,000 variant rows, ~3 MB) imported into an empty real SQLite file (WAL,
 * synchronous=FULL), timed from reading the file to the commit.
 * Floor: the same 2,000 product rows + 10,000 variant rows + 10,000 ledger rows
 * inserted with bare better-sqlite3 prepared statements in one transaction
 * (no CSV parsing, no checks, no diff), into another empty file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyImport, readImportFile } from '../../electron/core/catalog/importer';
import { openDatabase } from '../../electron/core/store/db';
import { generateShopifyCsv } from '../fixtures/shopify/generate';
import type { BenchResult } from './types';
import { tempDir } from '../support/temp-db';

const PRODUCTS = 2000;
const VARIANTS_PER = 5;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function bench(): Promise<BenchResult[]> {
  const dir = tempDir('lss-bench-catalog-');
  try {
    const file = path.join(dir, 'products_export.csv');
    fs.writeFileSync(file, generateShopifyCsv(PRODUCTS, VARIANTS_PER));
    const values: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The studio's import.
      const db = openDatabase({ file: path.join(dir, `import-${run}.db`) });
      const t0 = performance.now();
      const bytes = fs.readFileSync(file);
      const result = applyImport(db, readImportFile(bytes, 'products_export.csv', 'USD'), 'bench', Date.now());
      const t1 = performance.now();
      if (!result.preview.ok || result.preview.variants !== PRODUCTS * VARIANTS_PER) throw new Error('bench import failed');
      db.close();
      values.push(t1 - t0);

      // The floor: bare inserts of the same rows.
      const raw = openDatabase({ file: path.join(dir, `floor-${run}.db`) });
      const now = Date.now();
      const insertProduct = raw.prepare(
        `INSERT INTO products (handle, code, title, description, vendor, product_type, tags, option1_name, option2_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertVariant = raw.prepare(
        `INSERT INTO variants (product_id, position, sku, option1, option2, price_minor, compare_at_minor, stock, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertMovement = raw.prepare(
        `INSERT INTO stock_movements (variant_id, delta, reason, actor, at) VALUES (?, ?, 'import', 'bench', ?)`,
      );
      const f0 = performance.now();
      raw.transaction(() => {
        for (let p = 0; p < PRODUCTS; p++) {
          const id = Number(
            insertProduct.run(
              `gen-${p}`,
              `G${p}`,
              `Sukienka nr ${p}`,
              '<p>Opis</p>',
              'Pracownia Łódź',
              'Sukienki',
              '["lato","len"]',
              'Rozmiar',
              'Kolor',
              now,
              now,
            ).lastInsertRowid,
          );
          for (let v = 0; v < VARIANTS_PER; v++) {
            const vid = insertVariant.run(id, v, `GEN-${p}-${v}`, String(v), 'Czerwony', 10000 + v, null, 5, now, now).lastInsertRowid;
            insertMovement.run(vid, 5, now);
          }
        }
      })();
      floors.push(performance.now() - f0);
      raw.close();
    }
    const value = median(values);
    const floor = median(floors);
    return [
      {
        name: 'catalog.import_10k_variants',
        value: Math.round(value),
        unit: 'ms',
        floor: Math.round(floor),
        ratio: Number((value / floor).toFixed(2)),
        target: '< 2000',
        clock: `performance.now() in the benchmark process; median of ${RUNS} runs, each into a fresh SQLite file`,
        start: 'before fs.readFileSync of the 10,000-variant Shopify CSV',
        end: 'after the import transaction committed (synchronous=FULL, WAL)',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
