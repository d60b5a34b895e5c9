import type { ImportIssue } from '../../../shared/contract';
import type { ProductFields } from '../store/catalog';

/**
 * What an import file says, format-independent: the Shopify CSV reader and
 * the studio JSON reader both produce this; the planner compares it with the
 * database. `row` is the spreadsheet row (header = 1) or null for JSON.
 */
export interface DraftVariant {
  row: number | null;
  where: string;
  sku: string | null;
  options: string[];
  priceMinor: number;
  compareAtMinor: number | null;
  /** The quantity the file gives (the shop's count). */
  stock: number;
}

export interface DraftImage {
  row: number | null;
  src: string;
  alt: string;
}

/** A product read from a file, before it has a claim code for sure; `tags` come without the code: tag. */
export interface DraftProduct extends Omit<ProductFields, 'code'> {
  row: number | null;
  where: string;
  /** From a `code:` tag (CSV) or the code field (JSON); null: the next free number is given. */
  code: string | null;
  images: DraftImage[];
  variants: DraftVariant[];
  /**
   * Shipping fields the file does not speak of, which keep what the studio has: a CSV without the
   * location or parcel-size column, or whose grams are all 0 or empty (Shopify's "no weight").
   */
  keep?: { location: boolean; parcelSize: boolean; weightGrams: boolean };
  /** JSON backups carry the answer facts; CSV files leave the product's facts alone (undefined). */
  facts?: { topic: string; language: string; text: string }[];
}

export interface ParsedFile {
  format: 'shopify-csv' | 'json';
  products: DraftProduct[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** The largest import file the studio reads (a Shopify export of ~100k variants is well under this). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const CLAIM_CODE_RE = /^[\p{L}\p{N}-]{1,16}$/u;

export function issue(row: number | null, column: string | null, message: string): ImportIssue {
  return { row, column, message };
}

/** "row 7, Variant Price: …" / "products[2].title: …" — how the CLI prints an issue. */
export function formatIssue(i: ImportIssue): string {
  if (i.row !== null) return `row ${i.row}${i.column ? `, ${i.column}` : ''}: ${i.message}`;
  return `${i.column ?? 'file'}: ${i.message}`;
}

/** A label for a variant in messages: "M / Red", or "default" for a product without options. */
export function variantLabel(options: readonly string[]): string {
  return options.length > 0 ? options.join(' / ') : 'default';
}

const ASCII = /^[\x20-\x7e]*$/;
/** Variants are matched by their option values, case-insensitively and NFC-normalised. Hot in a 10k-row import: no ICU for plain ASCII. */
export const optionKey = (options: readonly (string | null)[]): string => {
  let key = '';
  for (const o of options) {
    const v = o ?? '';
    key += `${ASCII.test(v) ? v.toLowerCase() : v.normalize('NFC').toLowerCase()}\u0000`;
  }
  return key;
};

/** Refuses what is not text before any parser sees it: NUL bytes, invalid UTF-8, zip/xlsx/pdf/images. */
export function textOf(input: Buffer | string, fileName: string): { text: string } | { error: string } {
  if (typeof input === 'string') {
    if (input.includes('\u0000')) return { error: `${fileName} is not a text file (it contains NUL bytes).` };
    return { text: input };
  }
  if (input.length > MAX_IMPORT_BYTES) return { error: tooLarge(fileName, input.length) };
  const head = input.subarray(0, 8);
  const magic: [string, number[]][] = [
    ['a ZIP archive or an Excel .xlsx workbook — save it as CSV (UTF-8) first', [0x50, 0x4b, 0x03, 0x04]],
    ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
    ['a PNG picture', [0x89, 0x50, 0x4e, 0x47]],
    ['a JPEG picture', [0xff, 0xd8, 0xff]],
    ['an old Excel .xls workbook — save it as CSV (UTF-8) first', [0xd0, 0xcf, 0x11, 0xe0]],
    ['a gzip archive', [0x1f, 0x8b]],
  ];
  for (const [what, bytes] of magic) {
    if (bytes.every((b, i) => head[i] === b)) return { error: `${fileName} is not a CSV or JSON file: it is ${what}.` };
  }
  if (input.includes(0)) return { error: `${fileName} is not a text file (it contains NUL bytes).` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { error: `${fileName} is not UTF-8 text: save it as "CSV UTF-8".` };
  }
}

export function tooLarge(fileName: string, bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${fileName} is ${mb(bytes)}; the studio imports files of at most ${mb(MAX_IMPORT_BYTES)}. Split the export (Shopify can export by collection) and import the parts.`;
}
