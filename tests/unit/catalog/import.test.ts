import { afterEach, describe, expect, it } from 'vitest';
import { exportCatalog } from '../../../electron/core/catalog/exporter';
import { applyImport, ImportRefused, planImport, readImportFile } from '../../../electron/core/catalog/importer';
import { findProductIdByCode, getProduct, listProducts } from '../../../electron/core/store/catalog';
import { saveShop } from '../../../electron/core/store/shop';
import { assertStockInvariant, stockInvariantViolations } from '../../../electron/core/store/stock';
import { claim, dump, fixture, importFile, stockOf, variantId } from './helpers';
import { insertLiveShow, tempDatabase } from '../../support/temp-db';

const open: { remove(): void }[] = [];
const newDb = () => {
  const t = tempDatabase('lss-catalog-');
  open.push(t);
  saveShop(t.db, { name: 'Pracownia', currency: 'PLN', language: 'pl', timeZone: 'Europe/Warsaw' }, 0);
  return t;
};
afterEach(() => {
  for (const t of open.splice(0)) t.remove();
});

describe('catalog import into a real SQLite file', () => {
  it('adds every product with codes from code: tags, else the next free number in file order', () => {
    const { db } = newDb();
    const { preview } = importFile(db, 'boutique.csv');
    expect(preview.ok).toBe(true);
    expect(preview.added.map((a) => [a.handle, a.code, a.variants, a.stock])).toEqual([
      ['sukienka-w-kwiaty', 'A12', 4, 10],
      ['kazakh-shapan', 'Ш-1', 2, 5],
      ['kolczyki-srebrne', '1', 1, 7],
      ['szal-welniany', '2', 2, 2],
    ]);
    const dress = getProduct(db, findProductIdByCode(db, 'a12')!)!;
    expect(dress.variants.map((v) => [v.options, v.priceMinor, v.stock])).toEqual([
      [['S', 'Czerwony'], 14900, 3],
      [['M', 'Czerwony'], 14900, 5],
      [['L', 'Czerwony'], 14900, 0],
      [['M', 'Zielony'], 15900, 2],
    ]);
    // Body (HTML) is kept as text, byte for byte.
    expect(dress.description).toContain('<p>Lekka sukienka "na lato"');
    expect(dress.images.every((i) => i.state === 'pending')).toBe(true);
    // Every unit is in the ledger as an import movement.
    const ledger = db.prepare('SELECT reason, sum(delta) AS n FROM stock_movements GROUP BY reason').all();
    expect(ledger).toEqual([{ reason: 'import', n: 24 }]);
    assertStockInvariant(db);
  });

  it('round trip: import -> export -> import gives the same catalog, byte-identical on the second export (CSV and JSON)', () => {
    const a = newDb();
    importFile(a.db, 'boutique.csv');
    const csv1 = exportCatalog(a.db, 'shopify-csv').text;
    const json1 = exportCatalog(a.db, 'json').text;

    const b = newDb();
    importFile(b.db, Buffer.from(csv1), 'catalog.csv');
    const csv2 = exportCatalog(b.db, 'shopify-csv').text;
    expect(csv2).toBe(csv1);
    const strip = (db: typeof a.db) =>
      listProducts(db).map(({ id: _id, images, variants, ...p }) => ({
        ...p,
        images: images.map((i) => i.alt),
        variants: variants.map(({ id: _v, ...v }) => v),
      }));
    expect(strip(b.db)).toEqual(strip(a.db));

    const c = newDb();
    importFile(c.db, Buffer.from(json1), 'catalog.json');
    expect(exportCatalog(c.db, 'json').text).toBe(json1);
    expect(exportCatalog(c.db, 'shopify-csv').text).toBe(csv1);

    // Re-importing the export into the database it came from changes nothing.
    const again = importFile(a.db, Buffer.from(csv1), 'catalog.csv').preview;
    expect([again.added.length, again.updated.length, again.unchanged]).toEqual([0, 0, 4]);
    expect(csv1.startsWith('Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name')).toBe(true);
    expect(csv1).toContain('"Sukienka w kwiaty, lniana"');
    expect(csv1).toContain('"lato, len, code:A12"');
  });

  it('refuses a bad file all-or-nothing: every row error, database unchanged', () => {
    const { db } = newDb();
    importFile(db, 'boutique.csv');
    const before = dump(db);
    expect(() => importFile(db, 'bad-rows.csv')).toThrow(ImportRefused);
    try {
      importFile(db, 'bad-rows.csv');
    } catch (error) {
      expect((error as ImportRefused).preview.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    }
    for (const name of ['not-a-csv.csv', 'notes.csv']) expect(() => importFile(db, name)).toThrow(ImportRefused);
    expect(() => importFile(db, Buffer.alloc(50 * 1024 * 1024, 0x20), 'huge.csv')).toThrow(ImportRefused);
    expect(dump(db)).toEqual(before);
  });

  it('refuses a code the studio already uses for another product; allows two products to swap codes', () => {
    const { db } = newDb();
    importFile(db, 'boutique.csv');
    const clash = Buffer.from('Handle,Title,Tags,Variant Price\nnew-one,Nowy,code:a12,5.00\n');
    const before = dump(db);
    try {
      importFile(db, clash, 'clash.csv');
      expect.fail('should refuse');
    } catch (error) {
      expect((error as ImportRefused).preview.errors).toEqual([
        {
          row: 2,
          column: 'Tags',
          message: 'duplicate claim code "a12": the studio already has it on product "sukienka-w-kwiaty" (Sukienka w kwiaty, lniana)',
        },
      ]);
    }
    expect(dump(db)).toEqual(before);
    const swap = Buffer.from(
      'Handle,Title,Tags,Variant Price,Variant Inventory Qty\nsukienka-w-kwiaty,Sukienka,code:Ш-1,5.00,1\nkazakh-shapan,Шапан,code:A12,5.00,1\n',
    );
    const { preview } = importFile(db, swap, 'swap.csv');
    expect(preview.updated.map((u) => [u.handle, u.code])).toEqual([
      ['sukienka-w-kwiaty', 'Ш-1'],
      ['kazakh-shapan', 'A12'],
    ]);
  });

  it('re-import updates by Handle: prices, stock, a new variant and product; the preview matches what is applied', () => {
    const { db } = newDb();
    importFile(db, 'boutique.csv');
    const parsed = readImportFile(fixture('reimport.csv'), 'reimport.csv', 'PLN');
    const before = dump(db);
    const { preview } = planImport(db, parsed);
    expect(dump(db)).toEqual(before); // a preview writes nothing
    expect(preview.added.map((a) => a.handle)).toEqual(['torebka-skorzana']);
    expect(preview.updated).toHaveLength(1);
    expect(preview.updated[0]).toMatchObject({ handle: 'sukienka-w-kwiaty', variantsAdded: 1, variantsChanged: 3 });
    expect(preview.updated[0]!.stock).toEqual([
      { variant: 'S / Czerwony', from: 3, to: 1, requested: 1, claimed: 0 },
      { variant: 'M / Czerwony', from: 5, to: 8, requested: 8, claimed: 0 },
      { variant: 'L / Czerwony', from: 0, to: 4, requested: 4, claimed: 0 },
    ]);
    expect(preview.unchanged).toBe(1);
    const applied = applyImport(db, parsed, 'test', 2).preview;
    expect({ ...applied, applied: false }).toEqual(preview);
    expect(stockOf(db, 'SUK-M-RED')).toBe(8);
    expect(stockOf(db, 'SUK-XL-GRN')).toBe(6);
    expect(getProduct(db, findProductIdByCode(db, 'A12')!)!.variants[0]!.priceMinor).toBe(13900);
    // Products the file does not name are left alone; the new product got the next free number.
    expect(findProductIdByCode(db, '1')).not.toBeNull();
    expect(findProductIdByCode(db, '3')).not.toBeNull();
    assertStockInvariant(db);
  });

  it('during a live show never sets stock below what is claimed, and the preview says so', () => {
    const { db } = newDb();
    importFile(db, 'boutique.csv');
    const show = insertLiveShow(db);
    // 3 of S/Czerwony claimed (all of it), 2 of M/Czerwony claimed, and a shipped order of an older show.
    claim(db, show, variantId(db, 'SUK-S-RED'), 3);
    claim(db, show, variantId(db, 'SUK-M-RED'), 2, 'paid');
    claim(db, null, variantId(db, 'SUK-M-GRN'), 1, 'shipped');
    assertStockInvariant(db);
    expect(stockOf(db, 'SUK-S-RED')).toBe(0);
    // The shop still says 1 of S (it does not know the live claims) and 8 of M.
    const { preview } = importFile(db, 'reimport.csv');
    expect(preview.live).toBe(true);
    expect(preview.updated[0]!.stock).toEqual([
      { variant: 'M / Czerwony', from: 3, to: 6, requested: 8, claimed: 2 },
      { variant: 'L / Czerwony', from: 0, to: 4, requested: 4, claimed: 0 },
      { variant: 'M / Zielony', from: 1, to: 2, requested: 2, claimed: 0 },
    ]);
    expect(preview.warnings.map((w) => [w.row, w.message])).toEqual([
      [
        2,
        '"sukienka-w-kwiaty" S / Czerwony: the file has 1 but the live show has already claimed 3; free stock becomes 0 and the claims stay',
      ],
    ]);
    expect(stockOf(db, 'SUK-S-RED')).toBe(0);
    expect(stockOf(db, 'SUK-M-RED')).toBe(6);
    assertStockInvariant(db);
    // Export during the show writes what the shop has: free + claimed live, so a re-import is a no-op.
    const csv = exportCatalog(db, 'shopify-csv').text;
    const again = importFile(db, Buffer.from(csv), 'again.csv').preview;
    expect(again.updated.filter((u) => u.stock.length > 0)).toEqual([]);
    assertStockInvariant(db);
  });

  it('refuses to drop a variant that orders name; removes variants the file no longer has otherwise', () => {
    const { db } = newDb();
    importFile(db, 'boutique.csv');
    claim(db, null, variantId(db, 'SUK-L-RED'), 1, 'cancelled');
    const only = Buffer.from(
      'Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Variant Inventory Qty\n' +
        'sukienka-w-kwiaty,Sukienka,Rozmiar,S,Kolor,Czerwony,SUK-S-RED,149.00,3\n',
    );
    try {
      importFile(db, only, 'only.csv');
      expect.fail('should refuse');
    } catch (error) {
      expect((error as ImportRefused).preview.errors.map((e) => e.message)).toEqual([
        '"sukienka-w-kwiaty" L / Czerwony is not in the file, but orders name it: keep it in the file (with quantity 0 to stop selling it)',
      ]);
    }
    db.prepare('DELETE FROM orders').run();
    const { preview } = importFile(db, only, 'only.csv');
    expect(preview.updated[0]!.variantsRemoved).toBe(3);
    expect(stockInvariantViolations(db)).toEqual([]);
  });

  it('imports and refuses studio JSON with paths in the messages', () => {
    const { db } = newDb();
    const bad = JSON.stringify({
      format: 'live-shopping-studio/catalog',
      version: 1,
      currency: 'PLN',
      products: [{ handle: 'x', title: '', variants: [{ priceMinor: -1, stock: 1 }] }],
    });
    expect(() => importFile(db, Buffer.from(bad), 'b.json')).toThrow(ImportRefused);
    try {
      importFile(db, Buffer.from(bad), 'b.json');
    } catch (error) {
      expect((error as ImportRefused).preview.errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
        'products[0].title: is missing',
        'products[0].variants[0].priceMinor: must not be negative',
      ]);
    }
    expect(() => importFile(db, Buffer.from('{"products": []}'), 'c.json')).toThrow(ImportRefused);
  });
});
