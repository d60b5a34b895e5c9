import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../electron/core/catalog/draft';
import { readImportFile } from '../../../electron/core/catalog/importer';
import { formatAmount, parseAmount, parseShopifyCsv } from '../../../electron/core/catalog/shopify-csv';
import { fixture } from './helpers';

describe('Shopify product CSV reader', () => {
  it('reads the boutique fixture: BOM, CRLF, quoted commas and quotes, multi-line bodies, Polish and Kazakh', () => {
    const parsed = readImportFile(fixture('boutique.csv'), 'boutique.csv', 'PLN');
    expect(parsed.errors).toEqual([]);
    expect(parsed.format).toBe('shopify-csv');
    expect(parsed.products.map((p) => p.handle)).toEqual(['sukienka-w-kwiaty', 'kazakh-shapan', 'kolczyki-srebrne', 'szal-welniany']);
    const [dress, shapan, earrings, scarf] = parsed.products;
    expect(dress!.title).toBe('Sukienka w kwiaty, lniana');
    expect(dress!.code).toBe('A12');
    expect(dress!.tags).toEqual(['lato', 'len']);
    expect(dress!.description).toBe('<p>Lekka sukienka "na lato" — 100% len.</p>\n<p>Pranie w 30°C, żelazko ✓</p>');
    expect(dress!.vendor).toBe('Pracownia Łódź');
    expect(dress!.optionNames).toEqual(['Rozmiar', 'Kolor']);
    expect(dress!.variants.map((v) => [v.row, v.options.join('/'), v.priceMinor, v.compareAtMinor, v.stock])).toEqual([
      [2, 'S/Czerwony', 14900, 19900, 3],
      [3, 'M/Czerwony', 14900, 19900, 5],
      [4, 'L/Czerwony', 14900, 19900, 0],
      [5, 'M/Zielony', 15900, null, 2],
    ]);
    expect(dress!.images.map((i) => i.alt)).toEqual(['Sukienka "w kwiaty" — przód', 'Tył, detal']);
    expect(shapan!.title).toBe('Қазақ шапаны (шапан)');
    expect(shapan!.code).toBe('Ш-1');
    expect(shapan!.vendor).toBe('Шебер, ЖШС');
    expect(shapan!.variants[0]!.priceMinor).toBe(4599050);
    // "Title / Default Title" is Shopify's "no options".
    expect(earrings!.optionNames).toEqual([]);
    expect(earrings!.variants).toHaveLength(1);
    expect(earrings!.variants[0]!.priceMinor).toBe(8990);
    expect(earrings!.code).toBeNull();
    expect(scarf!.description).toBe('Ciepły szal.\nDwa wiersze opisu, z przecinkiem, i "cudzysłowem".');
    expect(scarf!.status).toBe('draft');
    expect(scarf!.variants[0]!.sku).toBeNull();
  });

  it('refuses every bad row with its spreadsheet row number and reason', () => {
    const parsed = readImportFile(fixture('bad-rows.csv'), 'bad-rows.csv', 'PLN');
    expect(parsed.errors.map(formatIssue)).toEqual([
      'row 3, Variant Inventory Qty: must not be negative (-2)',
      'row 4, Variant Price: must not be negative (-5.00)',
      'row 5, Tags: duplicate claim code "OK1": row 2 (product "ok-product") has it too',
      'row 6, Title: is missing: the first row of product "no-title" must give its title',
      'row 7, Option2 Value: unknown option value "Czerwony": product "unknown-option" has only the options Rozmiar (Option2 Name is empty on row 7)',
      'row 8, Variant Price: "trzydzieści" is not an amount',
    ]);
  });

  it('refuses a ZIP/xlsx renamed to .csv and a text file that is not a product CSV', () => {
    const zip = readImportFile(fixture('not-a-csv.csv'), 'not-a-csv.csv', 'PLN');
    expect(zip.errors).toHaveLength(1);
    expect(zip.errors[0]!.message).toMatch(/not a CSV or JSON file: it is a ZIP archive or an Excel \.xlsx workbook/);
    const notes = readImportFile(fixture('notes.csv'), 'notes.csv', 'PLN');
    expect(notes.errors[0]!.message).toMatch(/not a Shopify product CSV: the first row must name the columns Handle and Title/);
    const binary = readImportFile(Buffer.from([0x48, 0x00, 0x01, 0x02]), 'x.csv', 'PLN');
    expect(binary.errors[0]!.message).toMatch(/NUL bytes/);
    const latin2 = readImportFile(Buffer.from([0x48, 0x61, 0x6e, 0x64, 0x6c, 0x65, 0x2c, 0xb3]), 'x.csv', 'PLN');
    expect(latin2.errors[0]!.message).toMatch(/not UTF-8 text/);
  });

  it('refuses a file over the size limit before parsing it (a 50 MB file)', () => {
    // Bytes that every later check would refuse (a NUL, not UTF-8): only the size may be reported,
    // which shows the size is checked before the file is decoded or parsed (no timing needed).
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    big.set([0x00, 0xb3], 10);
    const parsed = readImportFile(big, 'huge.csv', 'PLN');
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.message).toMatch(/huge\.csv is 50\.0 MB; the studio imports files of at most 20\.0 MB/);
  });

  it('reports a broken quote and a row with the wrong number of cells', () => {
    const header = 'Handle,Title,Variant Price\n';
    expect(parseShopifyCsv(`${header}a,"Broken,1.00\n`, 'PLN').errors[0]!.message).toMatch(/not a readable CSV file: Quote Not Closed/);
    const short = parseShopifyCsv(`${header}a,Ok,1.00\nb,Short\n`, 'PLN');
    expect(short.errors.map(formatIssue)).toEqual(['row 3: has 2 cells but the header has 3 columns (a stray comma or quote?)']);
    // One cell is one cell, not "1 cells" (a row that lost its commas).
    const lone = parseShopifyCsv(`${header}a,Ok,1.00\nlone\n`, 'PLN');
    expect(lone.errors.map(formatIssue)).toEqual(['row 3: has 1 cell but the header has 3 columns (a stray comma or quote?)']);
  });

  it('refuses a second product with the same handle, a missing option value and a duplicate variant', () => {
    const csv = [
      'Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant Price,Tags',
      'a,Pierwszy,Size,M,Color,Red,1.00,',
      'a,,,M,,Red,1.00,',
      'a,,,L,,,1.00,',
      'a,Drugi,,XL,,Red,1.00,',
      'b,Bez kodu,,,,,1.00,"code:bad code!"',
    ].join('\r\n');
    expect(parseShopifyCsv(csv, 'PLN').errors.map(formatIssue)).toEqual([
      'row 3, Option1 Value: duplicate variant "M / Red" of "a": row 2 has the same options',
      'row 4, Option2 Value: is empty, but product "a" has the option "Color"',
      'row 5, Title: duplicate Handle "a": row 2 already starts that product (titled "Pierwszy")',
      'row 6, Tags: claim code "bad code!" must be 1-16 letters, digits or dashes',
    ]);
  });

  it('parses and formats amounts in minor units of the shop currency', () => {
    expect(parseAmount('149.00', 'PLN')).toEqual({ value: 14900 });
    expect(parseAmount('149,5', 'PLN')).toEqual({ value: 14950 });
    expect(parseAmount('1500', 'JPY')).toEqual({ value: 1500 });
    expect(parseAmount('1.5', 'JPY')).toEqual({ error: '"1.5" has more than 0 decimal places for JPY' });
    expect(parseAmount('-1', 'PLN')).toEqual({ error: 'must not be negative (-1)' });
    expect(formatAmount(8990, 'PLN')).toBe('89.90');
    expect(formatAmount(5, 'PLN')).toBe('0.05');
    expect(formatAmount(1500, 'JPY')).toBe('1500');
  });
});

describe('Shopify CSV export of stored code: tags', () => {
  it('writes the claim code once even when the stored tags already carry it', async () => {
    const { toShopifyCsv } = await import('../../../electron/core/catalog/shopify-csv');
    const csv = toShopifyCsv(
      [
        {
          handle: 'a',
          code: 'A12',
          title: 'A',
          description: '',
          vendor: '',
          productType: '',
          tags: ['lato', 'code:A12'],
          optionNames: [],
          status: 'active',
          location: null,
          parcelSize: null,
          weightGrams: null,
          images: [],
          variants: [{ sku: null, options: [], priceMinor: 100, compareAtMinor: null, stock: 1 }],
        },
      ],
      'PLN',
    );
    expect(csv).toContain('"lato, code:A12"');
    expect(parseShopifyCsv(csv, 'PLN').products[0]).toMatchObject({ code: 'A12', tags: ['lato'] });
  });
});
