import { describe, expect, it } from 'vitest';
import { uiT } from '../../support/ui-t';
import { readImportFile } from '../../../electron/core/catalog/importer';
import { parseShopifyCsv } from '../../../electron/core/catalog/shopify-csv';
import { parseStudioJson } from '../../../electron/core/catalog/studio-json';
import { translateCoreText } from '../../../renderer/lib/core-text';

/**
 * Every problem the catalog import reports reaches the seller in the UI's language: the real parsers
 * are fed files with one of each mistake, and each message they write must come out translated in
 * Polish and Kazakh (not the core's English) with its values (handles, codes, rows) kept.
 */

const COLUMNS = [
  'Handle',
  'Title',
  'Tags',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Variant Grams',
  'Variant Inventory Qty',
  'Variant Price',
  'Variant Compare At Price',
  'Gift Card',
  'Status',
  'Bin location (product.metafields.studio.location)',
  'Parcel size (product.metafields.studio.parcel_size)',
];
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;
const csvOf = (rows: Row[]) => [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => JSON.stringify(r[c] ?? '')).join(','))].join('\n');
const ok: Row = { 'Option1 Name': 'Size', 'Option1 Value': 'M', 'Variant Price': '10.00', 'Variant Inventory Qty': '1' };

const BAD_CSV = csvOf([
  { ...ok, Handle: 'no-title' },
  { ...ok, Handle: 'two-codes', Title: 'T', Tags: 'code:A1, code:A2' },
  { ...ok, Handle: 'bad-code', Title: 'T', Tags: 'code:!!' },
  { ...ok, Handle: 'dup-code-1', Title: 'T', Tags: 'code:D1' },
  { ...ok, Handle: 'dup-code-2', Title: 'T', Tags: 'code:D1' },
  { ...ok, Handle: 'option-gap', Title: 'T', 'Option1 Name': '', 'Option2 Name': 'Color', 'Option2 Value': 'Red' },
  { ...ok, Handle: 'bad-status', Title: 'T', Status: 'sold' },
  { ...ok, Handle: 'long-bin', Title: 'T', 'Bin location (product.metafields.studio.location)': 'x'.repeat(41) },
  { ...ok, Handle: 'bad-parcel', Title: 'T', 'Parcel size (product.metafields.studio.parcel_size)': 'Z' },
  { ...ok, Handle: 'gift', Title: 'T', 'Gift Card': 'true' },
  { ...ok, Handle: 'ignored', Title: 'T' },
  { ...ok, Handle: 'ignored', Title: 'Other title', 'Option1 Value': 'L' },
  { ...ok, Handle: 'dup-variant', Title: 'T' },
  { ...ok, Handle: 'dup-variant' },
  { ...ok, Handle: 'heavy', Title: 'T', 'Variant Grams': 'lots' },
  { ...ok, Handle: 'too-heavy', Title: 'T', 'Variant Grams': '999999' },
  { ...ok, Handle: 'unknown-value', Title: 'T', 'Option2 Value': 'Red' },
  { ...ok, Handle: 'empty-value', Title: 'T', 'Option1 Value': '' },
  { ...ok, Handle: 'no-price', Title: 'T', 'Variant Price': '' },
  { ...ok, Handle: 'word-price', Title: 'T', 'Variant Price': 'ten' },
  { ...ok, Handle: 'negative-price', Title: 'T', 'Variant Price': '-1' },
  { ...ok, Handle: 'fine-price', Title: 'T', 'Variant Price': '1.001' },
  { ...ok, Handle: 'huge-price', Title: 'T', 'Variant Price': '99999999999999999999' },
  { ...ok, Handle: 'bad-compare', Title: 'T', 'Variant Compare At Price': 'x' },
  { ...ok, Handle: 'bad-qty', Title: 'T', 'Variant Inventory Qty': 'many' },
  { ...ok, Handle: 'negative-qty', Title: 'T', 'Variant Inventory Qty': '-2' },
  { ...ok, Handle: 'huge-qty', Title: 'T', 'Variant Inventory Qty': '99999999999' },
  { Handle: '', Title: 'T' },
]);

function problemsOf(): string[] {
  const csv = parseShopifyCsv(BAD_CSV, 'PLN');
  const short = parseShopifyCsv(`${COLUMNS.join(',')}\nx,y`, 'PLN');
  const empty = parseShopifyCsv(COLUMNS.join(','), 'PLN');
  const json = parseStudioJson('{"format":"nope"}', 'PLN');
  const unreadable = parseStudioJson('{', 'PLN');
  // Files refused before any parser reads them: not text, not UTF-8, a workbook or a picture.
  const refused = [
    Buffer.from('Handle,Title\n\u0000', 'utf8'),
    Buffer.from([0x48, 0x61, 0xff, 0xfe, 0x0a]),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  ].map((bytes) => readImportFile(bytes, 'katalog.csv', 'PLN'));
  return [csv, short, empty, json, unreadable, ...refused].flatMap((f) => [...f.errors, ...f.warnings].map((i) => i.message));
}

describe('import problems in the UI’s language', () => {
  const messages = [...new Set(problemsOf())];

  it('the bad files produce the problems this test is about (so a parser change cannot empty it)', () => {
    expect(messages.length).toBeGreaterThanOrEqual(30);
  });

  it('in English the window shows each problem exactly as the core wrote it', async () => {
    const t = await uiT('en');
    expect(messages.filter((m) => translateCoreText(t, m) !== m)).toEqual([]);
  });

  it.each(['pl', 'kk'] as const)('every problem reads in %s, with its values', async (lng) => {
    const t = await uiT(lng);
    const untranslated = messages.filter((m) => translateCoreText(t, m) === m);
    expect(untranslated).toEqual([]);
    for (const m of messages) {
      // Quoted values (handles, codes, cells) survive the translation.
      for (const quoted of m.match(/"[^"]+"/g) ?? []) expect(translateCoreText(t, m)).toContain(quoted.slice(1, -1));
    }
    // What a refused file is, in the language too.
    const png = messages.find((m) => m.includes('a PNG picture'));
    expect(png && translateCoreText(t, png)).toContain(lng === 'pl' ? 'obraz PNG' : 'PNG суреті');
  });
});
