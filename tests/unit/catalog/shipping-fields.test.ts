import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogService } from '../../../electron/core/catalog/catalog-service';
import { exportCatalog } from '../../../electron/core/catalog/exporter';
import { planImport, readImportFile } from '../../../electron/core/catalog/importer';
import { StudioEvents } from '../../../electron/core/events';
import { findProductIdByHandle, getProduct, listProducts } from '../../../electron/core/store/catalog';
import { saveShop } from '../../../electron/core/store/shop';
import { ProductPatchSchema } from '../../../shared/contract';
import { tempDatabase } from '../../support/temp-db';
import { dump, importFile } from './helpers';

/**
 * Issue 13's catalog side: a product's bin/location, default parcel size and weight are product
 * fields like any other — set in the editor (catalog.product.create/update), read from a Shopify
 * CSV (Variant Grams, or the newer "Weight value (grams)"; the studio's metafield-named columns
 * for location and parcel size), written back by the export, and kept by the JSON backup.
 */

const open: { remove(): void }[] = [];
const newDb = () => {
  const t = tempDatabase('lss-catalog-ship-');
  open.push(t);
  saveShop(t.db, { name: 'Pracownia', currency: 'PLN', language: 'pl', timeZone: 'Europe/Warsaw' }, 0);
  return t;
};
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

const HEADER =
  'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Bin location (product.metafields.studio.location),Parcel size (product.metafields.studio.parcel_size)';
const FILE = [
  HEADER,
  'dress,Dress,Size,S,D-S,300,2,149.00,R1-S3,B',
  'dress,,,M,D-M,320.0,1,149.00,,',
  'ring,Ring,Title,Default Title,R-1,25,4,59.00,A-01,a',
  'scarf,Scarf,Title,Default Title,S-1,0,1,89.00,,',
].join('\n');

const shipping = (db: Parameters<typeof getProduct>[0], handle: string) => {
  const p = getProduct(db, findProductIdByHandle(db, handle)!)!;
  return { location: p.location, parcelSize: p.parcelSize, weightGrams: p.weightGrams };
};

describe('catalog: location, parcel size and weight', () => {
  it('reads them from a Shopify CSV: Variant Grams (the largest variant, with a warning when they differ), our location and parcel columns', () => {
    const { db } = newDb();
    const { preview } = importFile(db, Buffer.from(FILE), 'shop.csv');
    expect(preview.ok).toBe(true);
    expect(shipping(db, 'dress')).toEqual({ location: 'R1-S3', parcelSize: 'B', weightGrams: 320 });
    expect(shipping(db, 'ring')).toEqual({ location: 'A-01', parcelSize: 'A', weightGrams: 25 });
    // Shopify writes 0 grams for "no weight".
    expect(shipping(db, 'scarf')).toEqual({ location: null, parcelSize: null, weightGrams: null });
    expect(preview.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [2, 'Variant Grams', expect.stringContaining('the largest: 320 g')],
    ]);
  });

  it("reads Shopify's newer template header (Weight value (grams)) and plain Location / Parcel size headers", () => {
    const { db } = newDb();
    const csv = ['Handle,Title,Variant Price,Weight value (grams),Location,Parcel size', 'mug,Mug,29.00,450,K-7,C'].join('\n');
    expect(importFile(db, Buffer.from(csv), 'mug.csv').preview.ok).toBe(true);
    expect(shipping(db, 'mug')).toEqual({ location: 'K-7', parcelSize: 'C', weightGrams: 450 });
  });

  it('refuses bad cells with the row and column, writing nothing', () => {
    const { db } = newDb();
    const before = dump(db);
    const csv = [
      HEADER,
      'a,A,Title,Default Title,A-1,heavy,1,10.00,,',
      'b,B,Title,Default Title,B-1,100,1,10.00,,XL',
      `c,C,Title,Default Title,C-1,100,1,10.00,${'x'.repeat(41)},`,
      'd,D,Title,Default Title,D-1,250000,1,10.00,,',
    ].join('\n');
    const { preview } = planImport(db, readImportFile(Buffer.from(csv), 'bad.csv', 'PLN'));
    expect(preview.ok).toBe(false);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Variant Grams'],
      [3, 'Parcel size (product.metafields.studio.parcel_size)'],
      [4, 'Bin location (product.metafields.studio.location)'],
      [5, 'Variant Grams'],
    ]);
    expect(preview.errors[1]!.message).toContain('not a parcel size (A, B or C)');
    expect(dump(db)).toEqual(before);
  });

  it('export carries them (CSV and JSON) and the round trip keeps them byte for byte', () => {
    const a = newDb();
    importFile(a.db, Buffer.from(FILE), 'shop.csv');
    const csv1 = exportCatalog(a.db, 'shopify-csv').text;
    const rows = parse(csv1, { columns: true }) as Record<string, string>[];
    const dress = rows.filter((r) => r.Handle === 'dress');
    expect(dress.map((r) => r['Variant Grams'])).toEqual(['320', '320']);
    expect(dress[0]!['Bin location (product.metafields.studio.location)']).toBe('R1-S3');
    expect(dress[0]!['Parcel size (product.metafields.studio.parcel_size)']).toBe('B');
    // Product columns only on a product's first row, as Shopify writes them.
    expect(dress[1]!['Bin location (product.metafields.studio.location)']).toBe('');
    expect(rows.find((r) => r.Handle === 'scarf')!['Variant Grams']).toBe('0');
    const json1 = exportCatalog(a.db, 'json').text;
    expect(JSON.parse(json1).products.find((p: { handle: string }) => p.handle === 'ring')).toMatchObject({
      location: 'A-01',
      parcelSize: 'A',
      weightGrams: 25,
    });

    const b = newDb();
    importFile(b.db, Buffer.from(csv1), 'catalog.csv');
    expect(exportCatalog(b.db, 'shopify-csv').text).toBe(csv1);
    const c = newDb();
    importFile(c.db, Buffer.from(json1), 'catalog.json');
    expect(exportCatalog(c.db, 'json').text).toBe(json1);
    const strip = (db: typeof a.db) => listProducts(db).map((p) => [p.handle, p.location, p.parcelSize, p.weightGrams]);
    expect(strip(b.db)).toEqual(strip(a.db));
    expect(strip(c.db)).toEqual(strip(a.db));

    // A re-import that changes only the location is an update naming that field.
    const moved = csv1.replace('R1-S3', 'R2-S1');
    const { preview } = planImport(a.db, readImportFile(Buffer.from(moved), 'catalog.csv', 'PLN'));
    expect(preview.updated.map((u) => [u.handle, u.fields])).toEqual([['dress', ['location']]]);
  });

  it('re-importing a plain Shopify export (no studio columns, 0 grams) keeps the studio’s location, size and weight', () => {
    const { db } = newDb();
    importFile(db, Buffer.from(FILE), 'shop.csv');
    const plain = ['Handle,Title,Option1 Name,Option1 Value,Variant Grams,Variant Price', 'ring,Ring,Title,Default Title,0,59.00'].join(
      '\n',
    );
    const { preview } = importFile(db, Buffer.from(plain), 'plain.csv');
    expect(preview.ok).toBe(true);
    expect(preview.updated.flatMap((u) => u.fields)).not.toContain('location');
    expect(shipping(db, 'ring')).toEqual({ location: 'A-01', parcelSize: 'A', weightGrams: 25 });
    // An empty cell of the studio's own column clears it; a weight in grams replaces the studio's.
    const cleared = [HEADER, 'ring,Ring,Title,Default Title,R-1,40,4,59.00,,'].join('\n');
    importFile(db, Buffer.from(cleared), 'cleared.csv');
    expect(shipping(db, 'ring')).toEqual({ location: null, parcelSize: null, weightGrams: 40 });
  });

  it('a JSON backup from before these fields still imports (none set)', () => {
    const { db } = newDb();
    const old = {
      format: 'live-shopping-studio/catalog',
      version: 1,
      currency: 'PLN',
      products: [{ handle: 'old', title: 'Old', variants: [{ priceMinor: 100, stock: 1 }] }],
    };
    expect(importFile(db, Buffer.from(JSON.stringify(old)), 'old.json').preview.ok).toBe(true);
    expect(shipping(db, 'old')).toEqual({ location: null, parcelSize: null, weightGrams: null });
  });

  it('the editor sets, keeps and clears them through catalog.product.create/update', () => {
    const { db } = newDb();
    const catalog = new CatalogService({ db, events: new StudioEvents(), clock: () => 1_000, imagesDir: '/nonexistent', watchMs: 0 });
    const made = catalog.create(
      {
        title: 'Hat',
        location: 'H-2',
        parcelSize: 'C',
        weightGrams: 180,
        variants: [{ sku: null, options: [], priceMinor: 5000, compareAtMinor: null, stock: 1 }],
      },
      'host',
    );
    expect([made.location, made.parcelSize, made.weightGrams]).toEqual(['H-2', 'C', 180]);
    // Fields left out of an update are kept.
    const renamed = catalog.update(ProductPatchSchema.parse({ productId: made.id, title: 'Wool hat' }), 'host');
    expect([renamed.location, renamed.parcelSize, renamed.weightGrams]).toEqual(['H-2', 'C', 180]);
    const cleared = catalog.update(
      ProductPatchSchema.parse({ productId: made.id, location: null, parcelSize: null, weightGrams: null }),
      'host',
    );
    expect([cleared.location, cleared.parcelSize, cleared.weightGrams]).toEqual([null, null, null]);
    catalog.close();
  });

  it('the contract refuses what the database would (too long a location, a size outside A-C, grams out of range)', () => {
    const bad = [{ location: 'x'.repeat(41) }, { parcelSize: 'D' }, { weightGrams: 0 }, { weightGrams: 100_001 }, { weightGrams: 1.5 }];
    for (const b of bad) expect(ProductPatchSchema.safeParse({ productId: 1, ...b }).success).toBe(false);
    expect(ProductPatchSchema.parse({ productId: 1, location: '  R1  ' }).location).toBe('R1');
  });
});
