/**
 * `studio classify --catalog FILE.csv|.json [--featured CODE]`: a dry run of the
 * intent engine. Reads JSONL on stdin ({"id", "text", "author"?, "platform"?,
 * "featured"?}; a line's featured overrides the flag), writes one JSONL line per
 * message ({"id", "intent", "code", "options", "quantity", "topic", "confidence", "reason", "items"?}).
 * Touches no database.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { buildCatalogIndex, classify, type CatalogProductLike } from '../core/commerce/intent';
import { readImportFile } from '../core/catalog/importer';
import { parseCommandArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const CLASSIFY_HELP = `Usage: studio classify --catalog FILE.csv|FILE.json [--featured CODE]

Reads chat messages as JSONL on stdin and writes what the studio reads in each, as JSONL on stdout.
  in:  {"id": "1", "text": "biorę A12 M", "author"?: "anna", "platform"?: "twitch", "featured"?: "A12"}
  out: {"id": "1", "intent": "order", "code": "A12", "options": {"Size": "M"}, "quantity": 1, "topic": null, "confidence": 0.95, "reason": "..."}

  confidence is 0..1; the studio holds an order below 0.6 for a moderator instead of taking stock.

  --catalog FILE   a Shopify CSV or a studio JSON export (or a bare {"products": [{code, optionNames, variants}]} list)
  --featured CODE  the product on screen ("this one", "SOLD"); a line's "featured" overrides it
`;

/** The catalog's products as the intent engine reads them, with the importer's own readers. */
export function readCatalogProducts(file: string): CatalogProductLike[] {
  const bytes = fs.readFileSync(file);
  if (/\.json$/i.test(file)) {
    const raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as {
      format?: string;
      currency?: string;
      products?: CatalogProductLike[];
    };
    // A bare product list (the intent corpus's catalog) has no studio format header: read it as it is.
    if (raw.format === undefined && Array.isArray(raw.products))
      return raw.products.map((p) => ({ code: p.code, title: p.title, optionNames: p.optionNames ?? [], variants: p.variants ?? [] }));
    return fromParsed(readImportFile(bytes, path.basename(file), raw.currency ?? 'USD', 'json'), file);
  }
  return fromParsed(readImportFile(bytes, path.basename(file), currencyOfCsv(bytes), 'shopify-csv'), file);
}

/** The parser checks prices against a currency; for a dry run any currency that reads the file will do. */
function currencyOfCsv(bytes: Buffer): string {
  return /\d,\d{2}\b/.test(bytes.subarray(0, 4096).toString('utf8')) ? 'PLN' : 'USD';
}

function fromParsed(parsed: ReturnType<typeof readImportFile>, file: string): CatalogProductLike[] {
  const products = parsed.products.filter((p) => p.code !== null);
  if (products.length === 0) {
    const why = parsed.errors
      .slice(0, 5)
      .map((e) => e.message)
      .join('; ');
    throw new Error(`no products with a claim code in ${file}${why ? `: ${why}` : ''}`);
  }
  return products.map((p) => ({
    code: p.code as string,
    title: p.title,
    optionNames: p.optionNames,
    variants: p.variants.map((v) => ({ options: v.options })),
  }));
}

interface InputLine {
  id?: unknown;
  text?: unknown;
  featured?: unknown;
}

export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(argv, { catalog: { type: 'string' }, featured: { type: 'string' } }, false);
  if (values.help) {
    io.stdout.write(CLASSIFY_HELP);
    return EXIT.ok;
  }
  if (!values.catalog) throw new UsageError('--catalog FILE is required');
  if (!fs.existsSync(values.catalog)) throw new UsageError(`no such file: ${values.catalog}`);
  const index = buildCatalogIndex(readCatalogProducts(values.catalog));
  const input = io.stdin ?? process.stdin;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  let out = '';
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let parsed: InputLine;
    try {
      parsed = JSON.parse(line) as InputLine;
      if (typeof parsed.text !== 'string') throw new Error('"text" must be a string');
    } catch (error) {
      bad++;
      io.stderr.write(`line ${n}: skipped: ${(error as Error).message}\n`);
      continue;
    }
    const featured = parsed.featured === undefined ? (values.featured ?? null) : parsed.featured === null ? null : String(parsed.featured);
    const r = classify(parsed.text as string, index, { featuredCode: featured });
    const record: Record<string, unknown> = {
      id: parsed.id ?? null,
      intent: r.intent,
      code: r.code,
      options: r.options,
      quantity: r.quantity,
      topic: r.topic,
      confidence: r.confidence,
      reason: r.reason,
    };
    if (r.items) record.items = r.items;
    if (r.correction) record.correction = r.correction;
    out += `${JSON.stringify(record)}\n`;
    if (out.length > 1 << 16) {
      io.stdout.write(out);
      out = '';
    }
  }
  io.stdout.write(out);
  return bad > 0 ? EXIT.failed : EXIT.ok;
}
