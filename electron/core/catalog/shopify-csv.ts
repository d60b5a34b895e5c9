/**
 * The Shopify product CSV, as Shopify exports it: one row per variant (and
 * per extra image); the first row of a Handle carries the product, the rows
 * after it repeat only the Handle and the variant (or image) columns.
 * The claim code travels as a `code:<CODE>` tag.
 *
 * Shipping (issue 13): a product's weight is Shopify's own `Variant Grams` (the newer template's
 * `Weight value (grams)` is read too); a product keeps one weight, the largest of its variants'
 * (the parcel must hold the heaviest), and the preview warns when they differ. The bin/location
 * and the default parcel size (InPost's A/B/C) travel in two columns of the studio's own, named the
 * way Shopify names product metafield columns (`<name> (product.metafields.<namespace>.<key>)`,
 * help.shopify.com/en/manual/products/import-export/using-csv), so Shopify keeps them as metafields
 * when the same file goes back there. Plain `Location`, `Bin location` and `Parcel size` headers
 * are read too. A file without those columns, or whose grams are all 0 or empty, leaves the
 * studio's values as they are (re-importing a plain Shopify export loses nothing).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { MAX_STOCK, type ParcelSize } from '../../../shared/contract/catalog';
import { minorDigits as minorDigitsOf } from '../../../shared/domain/money';
import type { ProductFields } from '../store/catalog';
import { CLAIM_CODE_RE, issue, optionKey, variantLabel, type DraftProduct, type DraftVariant, type ParsedFile } from './draft';

export const SHOPIFY_COLUMNS = [
  'Handle',
  'Title',
  'Body (HTML)',
  'Vendor',
  'Product Category',
  'Type',
  'Tags',
  'Published',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Option3 Name',
  'Option3 Value',
  'Variant SKU',
  'Variant Grams',
  'Variant Inventory Tracker',
  'Variant Inventory Qty',
  'Variant Inventory Policy',
  'Variant Fulfillment Service',
  'Variant Price',
  'Variant Compare At Price',
  'Variant Requires Shipping',
  'Variant Taxable',
  'Variant Barcode',
  'Image Src',
  'Image Position',
  'Image Alt Text',
  'Gift Card',
  'SEO Title',
  'SEO Description',
  'Variant Image',
  'Variant Weight Unit',
  'Cost per item',
  'Status',
  'Bin location (product.metafields.studio.location)',
  'Parcel size (product.metafields.studio.parcel_size)',
] as const;
type Column = (typeof SHOPIFY_COLUMNS)[number];

/** Shopify's way of saying "this product has no options". */
const DEFAULT_OPTION_NAME = 'Title';
const DEFAULT_OPTION_VALUE = 'Default Title';

const VARIANT_COLUMNS: Column[] = [
  'Option1 Value',
  'Option2 Value',
  'Option3 Value',
  'Variant SKU',
  'Variant Inventory Qty',
  'Variant Price',
  'Variant Compare At Price',
];
const PRODUCT_ONLY_COLUMNS: Column[] = ['Title', 'Body (HTML)', 'Vendor', 'Type', 'Tags', 'Option1 Name', 'Option2 Name', 'Option3 Name'];

const LOCATION_COLUMN: Column = 'Bin location (product.metafields.studio.location)';
const PARCEL_COLUMN: Column = 'Parcel size (product.metafields.studio.parcel_size)';
/** Other headers that mean the same (a seller's own sheet, Shopify's newer template). */
const ALIASES: Partial<Record<Column, RegExp>> = {
  [LOCATION_COLUMN]: /^(bin[ _-]?location|location|.*\(product\.metafields\.[^.()]+\.(bin_)?location\))$/i,
  [PARCEL_COLUMN]: /^(parcel[ _-]?size|.*\(product\.metafields\.[^.()]+\.parcel_size\))$/i,
  'Variant Grams': /^weight value \(grams\)$/i,
};
const MAX_GRAMS = 100_000;

/** A cell of grams (Shopify writes `300` or `300.0`); 0 or empty: none. */
function parseGrams(text: string): { value: number | null } | { error: string } {
  const t = text.trim().replace(',', '.');
  if (t === '') return { value: null };
  if (!/^\d+(\.\d+)?$/.test(t)) return { error: `"${text}" is not a weight in grams` };
  const value = Math.round(Number(t));
  if (value > MAX_GRAMS) return { error: `${t} g is more than a parcel's ${MAX_GRAMS / 1000} kg` };
  return { value: value === 0 ? null : value };
}

function parseParcelSize(text: string): { value: ParcelSize | null } | { error: string } {
  const t = text.trim().toUpperCase();
  if (t === '') return { value: null };
  if (t === 'A' || t === 'B' || t === 'C') return { value: t };
  return { error: `"${text}" is not a parcel size (A, B or C)` };
}

/** Intl.NumberFormat is costly to build: one lookup per currency, not per cell. */
const digitsCache = new Map<string, number>();
function minorDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) digitsCache.set(currency, (d = minorDigitsOf(currency)));
  return d;
}

/** A decimal amount of the shop currency -> minor units; explains what is wrong otherwise. */
export function parseAmount(text: string, currency: string): { value: number } | { error: string } {
  const t = text.trim().replace(/\s/g, '');
  if (/^-/.test(t)) return { error: `must not be negative (${text})` };
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:[.,](\d*))?$/.exec(t);
  if (!m) return { error: `"${text}" is not an amount` };
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { error: `"${text}" has more than ${digits} decimal places for ${currency}` };
  const value = Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(value)) return { error: `"${text}" is too large` };
  return { value };
}

export function formatAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const s = String(minor).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

function parseQuantity(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (t === '') return { value: 0 };
  if (/^-\d+$/.test(t)) return { error: `must not be negative (${t})` };
  if (!/^\d+$/.test(t)) return { error: `"${text}" is not a whole number` };
  const value = Number(t);
  if (!Number.isSafeInteger(value) || value > MAX_STOCK) return { error: `${t} is too large (at most ${MAX_STOCK})` };
  return { value };
}

/** Splits a Shopify Tags cell; takes out the claim code tag. */
export function splitTags(cell: string): { tags: string[]; codes: string[] } {
  const tags: string[] = [];
  const codes: string[] = [];
  for (const raw of cell.split(',')) {
    const tag = raw.trim();
    if (!tag) continue;
    const m = /^code:\s*(.*)$/i.exec(tag);
    if (m) {
      const code = m[1]!.trim();
      if (!codes.some((c) => c.toLocaleLowerCase('und') === code.toLocaleLowerCase('und'))) codes.push(code);
    } else if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, codes };
}

export function parseShopifyCsv(text: string, currency: string): ParsedFile {
  const out: ParsedFile = { format: 'shopify-csv', products: [], errors: [], warnings: [] };
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, relax_quotes: false });
  } catch (error) {
    const e = error as CsvError & { lines?: number };
    out.errors.push(issue(e.lines ?? null, null, `This is not a readable CSV file: ${e.message}`));
    return out;
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  if (!header.includes('Handle') || !header.includes('Title')) {
    const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').slice(0, 80);
    out.errors.push(
      issue(
        1,
        null,
        `This is not a Shopify product CSV: the first row must name the columns Handle and Title (it starts: ${JSON.stringify(first)}).`,
      ),
    );
    return out;
  }
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (!col.has(h)) col.set(h, i);
  });
  for (const [name, re] of Object.entries(ALIASES) as [Column, RegExp][]) {
    if (col.has(name)) continue;
    const i = header.findIndex((h) => re.test(h));
    if (i >= 0) col.set(name, i);
  }
  const get = (r: string[], c: Column): string => {
    const i = col.get(c);
    return i === undefined ? '' : (r[i] ?? '');
  };

  const byHandle = new Map<string, DraftProduct & { firstRow: number; keys: Map<string, number>; grams: Set<number> }>();
  const codeRows = new Map<string, { row: number; handle: string }>();
  const refusedVariants = new Set<string>();

  for (let index = 1; index < records.length; index++) {
    const r = records[index]!;
    const row = index + 1;
    if (r.every((cell) => cell.trim() === '')) continue;
    const err = (column: string | null, message: string) => out.errors.push(issue(row, column, message));
    if (r.length !== header.length) {
      err(
        null,
        `has ${r.length} ${r.length === 1 ? 'cell' : 'cells'} but the header has ${header.length} columns (a stray comma or quote?)`,
      );
      continue;
    }
    const handle = get(r, 'Handle').trim();
    if (!handle) {
      err('Handle', 'is empty: every row names the product it belongs to');
      continue;
    }
    let product = byHandle.get(handle);
    const title = get(r, 'Title').trim();
    if (!product) {
      if (!title) {
        err('Title', `is missing: the first row of product "${handle}" must give its title`);
        continue;
      }
      const { tags, codes } = splitTags(get(r, 'Tags'));
      let code: string | null = null;
      if (codes.length > 1) err('Tags', `has ${codes.length} code: tags (${codes.join(', ')}); a product has one claim code`);
      else if (codes.length === 1) {
        code = codes[0]!;
        if (!CLAIM_CODE_RE.test(code)) {
          err('Tags', `claim code "${code}" must be 1-16 letters, digits or dashes`);
          code = null;
        } else {
          const seen = codeRows.get(code.toLocaleLowerCase('und'));
          if (seen) err('Tags', `duplicate claim code "${code}": row ${seen.row} (product "${seen.handle}") has it too`);
          else codeRows.set(code.toLocaleLowerCase('und'), { row, handle });
        }
      }
      const optionNames: string[] = [];
      for (const n of [1, 2, 3] as const) {
        const name = get(r, `Option${n} Name`).trim();
        if (name) {
          if (optionNames.length !== n - 1) err(`Option${n} Name`, `is given but Option${n - 1} Name is empty`);
          optionNames.push(name);
        }
      }
      const noOptions =
        optionNames.length === 1 && optionNames[0] === DEFAULT_OPTION_NAME && get(r, 'Option1 Value').trim() === DEFAULT_OPTION_VALUE;
      const statusCell = get(r, 'Status').trim().toLowerCase();
      let status: DraftProduct['status'] = 'active';
      if (statusCell === 'draft' || statusCell === 'archived' || statusCell === 'active') status = statusCell;
      else if (statusCell) err('Status', `"${get(r, 'Status')}" is not a status (active, draft or archived)`);
      else if (get(r, 'Published').trim().toLowerCase() === 'false') status = 'draft';
      const location = get(r, LOCATION_COLUMN).trim();
      if (location.length > 40) err(LOCATION_COLUMN, `"${location}" is longer than 40 characters`);
      const parcel = parseParcelSize(get(r, PARCEL_COLUMN));
      if ('error' in parcel) err(PARCEL_COLUMN, parcel.error);
      if (/^(true|yes)$/i.test(get(r, 'Gift Card').trim()))
        out.warnings.push(issue(row, 'Gift Card', `"${handle}" is a gift card; it is imported as an ordinary product`));
      product = {
        row,
        where: `row ${row}`,
        firstRow: row,
        keys: new Map(),
        grams: new Set(),
        handle,
        code,
        title,
        description: get(r, 'Body (HTML)'),
        vendor: get(r, 'Vendor').trim(),
        productType: get(r, 'Type').trim(),
        tags,
        optionNames: noOptions ? [] : optionNames,
        status,
        productUrl: null,
        location: location && location.length <= 40 ? location : null,
        parcelSize: 'value' in parcel ? parcel.value : null,
        weightGrams: null,
        images: [],
        variants: [],
      };
      byHandle.set(handle, product);
    } else {
      if (title && title !== product.title) {
        err('Title', `duplicate Handle "${handle}": row ${product.firstRow} already starts that product (titled "${product.title}")`);
        continue;
      }
      for (const c of [...PRODUCT_ONLY_COLUMNS, LOCATION_COLUMN, PARCEL_COLUMN]) {
        if (c !== 'Title' && get(r, c).trim() && get(r, c).trim() !== get(records[product.firstRow - 1]!, c).trim()) {
          out.warnings.push(issue(row, c, `is ignored: only the first row of "${handle}" (row ${product.firstRow}) sets it`));
        }
      }
    }

    // Images: the row's own Image Src and a Variant Image both belong to the product.
    for (const [srcCol, altCol] of [
      ['Image Src', 'Image Alt Text'],
      ['Variant Image', null],
    ] as const) {
      const src = get(r, srcCol).trim();
      if (src && !product.images.some((i) => i.src === src)) {
        product.images.push({ row, src, alt: altCol ? get(r, altCol).trim() : '' });
      }
    }

    const isVariantRow = VARIANT_COLUMNS.some((c) => get(r, c).trim() !== '');
    if (!isVariantRow) continue;
    const grams = parseGrams(get(r, 'Variant Grams'));
    if ('error' in grams) {
      err('Variant Grams', grams.error);
      refusedVariants.add(handle);
      continue;
    }
    if (grams.value !== null) product.grams.add(grams.value);
    const variant = readVariant(r, row, product, get, currency, err);
    if (!variant) {
      refusedVariants.add(handle);
      continue;
    }
    const key = optionKey(variant.options);
    const dup = product.keys.get(key);
    if (dup !== undefined) {
      err('Option1 Value', `duplicate variant "${variantLabel(variant.options)}" of "${handle}": row ${dup} has the same options`);
      continue;
    }
    product.keys.set(key, row);
    product.variants.push(variant);
  }

  for (const p of byHandle.values()) {
    if (p.variants.length === 0 && !refusedVariants.has(p.handle))
      out.errors.push(issue(p.firstRow, 'Variant Price', `product "${p.handle}" has no variant row (no price)`));
  }
  // A file without our columns (a plain Shopify export) or without a weight keeps what the studio has.
  const hasLocation = col.has(LOCATION_COLUMN);
  const hasParcel = col.has(PARCEL_COLUMN);
  for (const p of byHandle.values()) {
    if (!hasLocation || !hasParcel || p.grams.size === 0)
      p.keep = { location: !hasLocation, parcelSize: !hasParcel, weightGrams: p.grams.size === 0 };
    if (p.grams.size === 0) continue;
    p.weightGrams = Math.max(...p.grams);
    if (p.grams.size > 1)
      out.warnings.push(
        issue(
          p.firstRow,
          'Variant Grams',
          `"${p.handle}" has variants of different weights (${[...p.grams].sort((a, b) => a - b).join(', ')} g); the studio keeps one weight per product, the largest: ${p.weightGrams} g`,
        ),
      );
  }
  out.products = Array.from(byHandle.values(), ({ firstRow: _firstRow, keys: _keys, grams: _grams, ...p }) => p);
  if (records.length <= 1) out.errors.push(issue(null, null, 'The file has a header but no products.'));
  out.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}

function readVariant(
  r: string[],
  row: number,
  product: DraftProduct,
  get: (r: string[], c: Column) => string,
  currency: string,
  err: (column: string | null, message: string) => void,
): DraftVariant | null {
  let ok = true;
  const options: string[] = [];
  for (const n of [1, 2, 3] as const) {
    const value = get(r, `Option${n} Value`).trim();
    const name = product.optionNames[n - 1];
    if (n === 1 && product.optionNames.length === 0 && (value === DEFAULT_OPTION_VALUE || value === '')) continue;
    if (name === undefined) {
      if (value) {
        err(
          `Option${n} Value`,
          `unknown option value "${value}": product "${product.handle}" has ${product.optionNames.length === 0 ? 'no options' : `only the options ${product.optionNames.join(', ')}`} (Option${n} Name is empty on row ${product.row})`,
        );
        ok = false;
      }
      continue;
    }
    if (!value) {
      err(`Option${n} Value`, `is empty, but product "${product.handle}" has the option "${name}"`);
      ok = false;
      continue;
    }
    options.push(value);
  }
  const price = get(r, 'Variant Price');
  let priceMinor = 0;
  if (price.trim() === '') {
    err('Variant Price', 'is empty: every variant needs a price');
    ok = false;
  } else {
    const p = parseAmount(price, currency);
    if ('error' in p) {
      err('Variant Price', p.error);
      ok = false;
    } else priceMinor = p.value;
  }
  let compareAtMinor: number | null = null;
  const compare = get(r, 'Variant Compare At Price');
  if (compare.trim() !== '') {
    const c = parseAmount(compare, currency);
    if ('error' in c) {
      err('Variant Compare At Price', c.error);
      ok = false;
    } else compareAtMinor = c.value;
  }
  const qty = parseQuantity(get(r, 'Variant Inventory Qty'));
  if ('error' in qty) {
    err('Variant Inventory Qty', qty.error);
    ok = false;
  }
  if (!ok || 'error' in qty) return null;
  const sku = get(r, 'Variant SKU').trim();
  return { row, where: `row ${row}`, sku: sku || null, options, priceMinor, compareAtMinor, stock: qty.value };
}

/** What the exporter writes per product (read from the database). */
export interface ExportProduct extends Omit<ProductFields, 'productUrl'> {
  images: { src: string; alt: string }[];
  variants: { sku: string | null; options: string[]; priceMinor: number; compareAtMinor: number | null; stock: number }[];
}

/** Shopify CSV text, LF line ends, UTF-8 without BOM; deterministic for the same catalog. */
export function toShopifyCsv(products: ExportProduct[], currency: string): string {
  const rows: string[][] = [];
  for (const p of products) {
    const count = Math.max(p.variants.length, p.images.length, 1);
    for (let i = 0; i < count; i++) {
      const cells: Partial<Record<Column, string>> = { Handle: p.handle };
      if (i === 0) {
        const optionNames = p.optionNames.length > 0 ? p.optionNames : [DEFAULT_OPTION_NAME];
        Object.assign(cells, {
          Title: p.title,
          'Body (HTML)': p.description,
          Vendor: p.vendor,
          Type: p.productType,
          // The claim code is written once, last (a stored code: tag, e.g. from the demo, is not repeated).
          Tags: [...p.tags.filter((t) => !/^code:/i.test(t)), `code:${p.code}`].join(', '),
          Published: p.status === 'active' ? 'true' : 'false',
          'Option1 Name': optionNames[0] ?? '',
          'Option2 Name': optionNames[1] ?? '',
          'Option3 Name': optionNames[2] ?? '',
          'Gift Card': 'false',
          Status: p.status,
          [LOCATION_COLUMN]: p.location ?? '',
          [PARCEL_COLUMN]: p.parcelSize ?? '',
        } satisfies Partial<Record<Column, string>>);
      }
      const v = p.variants[i];
      if (v) {
        const options = p.optionNames.length > 0 ? v.options : [DEFAULT_OPTION_VALUE];
        Object.assign(cells, {
          'Option1 Value': options[0] ?? '',
          'Option2 Value': options[1] ?? '',
          'Option3 Value': options[2] ?? '',
          'Variant SKU': v.sku ?? '',
          'Variant Grams': String(p.weightGrams ?? 0),
          'Variant Inventory Tracker': 'shopify',
          'Variant Inventory Qty': String(v.stock),
          'Variant Inventory Policy': 'deny',
          'Variant Fulfillment Service': 'manual',
          'Variant Price': formatAmount(v.priceMinor, currency),
          'Variant Compare At Price': v.compareAtMinor === null ? '' : formatAmount(v.compareAtMinor, currency),
          'Variant Requires Shipping': 'true',
          'Variant Taxable': 'true',
          'Variant Weight Unit': 'kg',
        } satisfies Partial<Record<Column, string>>);
      }
      const img = p.images[i];
      if (img) Object.assign(cells, { 'Image Src': img.src, 'Image Position': String(i + 1), 'Image Alt Text': img.alt });
      rows.push(SHOPIFY_COLUMNS.map((c) => cells[c] ?? ''));
    }
  }
  return stringify([Array.from(SHOPIFY_COLUMNS), ...rows], { record_delimiter: '\n', quoted_match: /^\s|\s$/ });
}
