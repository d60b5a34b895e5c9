/**
 * `studio import --db F FILE.csv|.json`: the catalog from a Shopify product CSV
 * or a studio JSON backup, all-or-nothing. Safe while the studio runs on the
 * same file: the import is one IMMEDIATE transaction and the studio notices it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview } from '../../shared/contract';
import { MAX_IMPORT_BYTES, tooLarge } from '../core/catalog/draft';
import { copyLocalImages, fetchRemoteImages } from '../core/catalog/images';
import { applyImport, ImportRefused, issueLines, planImport, readImportFile, type ImportFormat } from '../core/catalog/importer';
import { dataPaths } from '../core/paths';
import { importShippingDetails } from '../core/shipping/details-import';
import { importTracking } from '../core/shipping/ship';
import { openDatabase } from '../core/store/db';
import { shopCurrency } from '../core/store/shop';
import { parseCommandArgs, databaseFile } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const IMPORT_HELP = `studio import [--db FILE] [--format shopify-csv|json] [--dry-run] [--no-images] [--actor NAME] CATALOG.csv|CATALOG.json
studio import [--db FILE] --what tracking [--dry-run] [--actor NAME] CARRIER.csv
studio import [--db FILE] --what shipping-details [--dry-run] DETAILS.csv

Imports products into the catalog, all or nothing: a file with any bad row is
refused with every bad row's number and reason, and the database is unchanged.
Products are matched by Handle (updated) or added; the claim code comes from a
"code:<CODE>" tag, else the next free number. While a show is live, stock never
drops below what the show has already claimed.
  --db FILE       the studio database (default: the data folder's studio.db; created when missing)
  --data DIR      the data folder for pictures (default: the database's folder)
  --format F      shopify-csv or json (default: from the file name)
  --dry-run       print what would change; write nothing
  --no-images     do not fetch remote pictures now (the studio fetches them later)
  --actor NAME    who the stock ledger names (default: cli)
  --what tracking a carrier's CSV of tracking numbers instead of products: its reference column
                  (reference, numer referencyjny …) names the cart (C000042), its tracking column
                  (tracking, numer przesyłki …) the number; every row that can ship marks its cart
                  shipped, in one transaction; each row's result is printed (--dry-run: nothing written)
  --what shipping-details  customers' shipping details by cart reference, in the generic sheet's
                  columns (reference, name, address_line1, address_line2, postal_code, city, country,
                  phone, email, locker_id); a blank cell keeps what is stored; all or nothing
Exit codes: 0 imported, 1 refused (row errors on stderr), 2 usage error.
`;

export function formatPreview(p: ImportPreview, fileName: string): string {
  const lines: string[] = [];
  const verb = p.applied ? 'Imported' : 'Would import';
  lines.push(
    `${verb} ${fileName} (${p.format === 'json' ? 'studio JSON' : 'Shopify CSV'}): ${p.added.length} added, ${p.updated.length} updated, ${p.unchanged} unchanged.`,
  );
  if (p.live) lines.push('A show is live: stock is the file quantity less what the show has already claimed.');
  for (const a of p.added)
    lines.push(`  added    ${a.code.padEnd(6)} ${a.handle}  "${a.title}"  ${a.variants} variant(s), ${a.stock} in stock`);
  for (const u of p.updated) {
    const parts: string[] = [];
    if (u.fields.length) parts.push(u.fields.join(', '));
    if (u.variantsAdded) parts.push(`+${u.variantsAdded} variant(s)`);
    if (u.variantsRemoved) parts.push(`-${u.variantsRemoved} variant(s)`);
    if (u.variantsChanged) parts.push(`${u.variantsChanged} variant(s) changed`);
    for (const s of u.stock)
      parts.push(`stock ${s.variant}: ${s.from} -> ${s.to}${s.claimed ? ` (file ${s.requested}, ${s.claimed} claimed live)` : ''}`);
    lines.push(`  updated  ${u.code.padEnd(6)} ${u.handle}  ${parts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    db: { type: 'string' },
    data: { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-images': { type: 'boolean' },
    actor: { type: 'string' },
    what: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  values.db = databaseFile(values.db, io.env);
  if (positionals.length !== 1) throw new UsageError(`give exactly one file to import (got ${positionals.length})`);
  const format = values.format as ImportFormat | undefined;
  if (format !== undefined && format !== 'shopify-csv' && format !== 'json')
    throw new UsageError(`--format must be shopify-csv or json, got ${JSON.stringify(values.format)}`);
  const file = positionals[0]!;
  const fileName = path.basename(file);
  if (values.what !== undefined && !['catalog', 'tracking', 'shipping-details'].includes(values.what))
    throw new UsageError(`--what must be catalog, tracking or shipping-details, got ${JSON.stringify(values.what)}`);
  if (values.what === 'shipping-details') return importDetailsFile(file, values.db, values['dry-run'] ?? false, io);
  if (values.what === 'tracking')
    return importTrackingFile(file, values.db, { dryRun: values['dry-run'] ?? false, actor: values.actor ?? 'cli' }, io);

  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      io.stderr.write(`studio import: refused: ${tooLarge(fileName, size)}\n`);
      return EXIT.failed;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    io.stderr.write(`studio import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return EXIT.failed;
  }

  const db = openDatabase({ file: values.db, busyTimeoutMs: 15_000 });
  try {
    const parsed = readImportFile(bytes, fileName, shopCurrency(db), format);
    const refuse = (p: ImportPreview) => {
      io.stderr.write(`studio import: refused ${fileName}: ${p.errors.length} problem(s); nothing was imported.\n`);
      for (const line of issueLines(p.errors)) io.stderr.write(`  ${line}\n`);
      return EXIT.failed;
    };
    if (values['dry-run']) {
      const { preview } = planImport(db, parsed);
      if (!preview.ok) return refuse(preview);
      io.stdout.write(formatPreview(preview, fileName));
      for (const line of issueLines(preview.warnings)) io.stdout.write(`  warning: ${line}\n`);
      return EXIT.ok;
    }
    let preview: ImportPreview;
    try {
      preview = applyImport(db, parsed, values.actor ?? 'cli', Date.now()).preview;
    } catch (error) {
      if (error instanceof ImportRefused) return refuse(error.preview);
      throw error;
    }
    io.stdout.write(formatPreview(preview, fileName));
    for (const line of issueLines(preview.warnings)) io.stdout.write(`  warning: ${line}\n`);

    // After the commit: pictures. Local files are copied; remote ones fetched with a short timeout each.
    const imagesDir = dataPaths(values.data ?? path.dirname(path.resolve(values.db))).images;
    const local = copyLocalImages(db, imagesDir, { from: 'file-system', baseDir: path.dirname(path.resolve(file)) });
    const remote = values['no-images'] ? { ready: 0, warnings: [] } : await fetchRemoteImages(db, imagesDir, { timeoutMs: 5000 });
    for (const w of [...local.warnings, ...remote.warnings])
      io.stdout.write(`  warning: picture ${w.source}: ${w.message} (placeholder shown)\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}

/** `studio import --what tracking FILE.csv`: tracking numbers back from a carrier's CSV (the Packing screen's import, headless). */
function importTrackingFile(file: string, dbFile: string, options: { dryRun: boolean; actor: string }, io: CliIo): number {
  let text: string;
  try {
    if (fs.statSync(file).size > 2_000_000) {
      io.stderr.write(`studio import: refused: ${path.basename(file)} is larger than 2 MB\n`);
      return EXIT.failed;
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`studio import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return EXIT.failed;
  }
  const db = openDatabase({ file: dbFile, busyTimeoutMs: 15_000 });
  try {
    const { preview } = importTracking(db, text, { apply: !options.dryRun, actor: options.actor, now: Date.now() });
    io.stdout.write(`reference column "${preview.referenceColumn}", tracking column "${preview.trackingColumn}"\n`);
    for (const r of preview.rows)
      io.stdout.write(
        `  row ${r.line}  ${r.reference || '-'}  ${r.trackingNumber || '-'}  ${r.status}${r.buyerName ? `  (${r.buyerName})` : ''}\n`,
      );
    io.stdout.write(`${preview.applied ? 'Shipped' : 'Would ship'} ${preview.shipped.length} cart(s).\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}

/** `studio import --what shipping-details FILE.csv`: customers' shipping details by cart reference, all or nothing. */
function importDetailsFile(file: string, dbFile: string, dryRun: boolean, io: CliIo): number {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`studio import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return EXIT.failed;
  }
  const db = openDatabase({ file: dbFile, busyTimeoutMs: 15_000 });
  try {
    const result = importShippingDetails(db, text, !dryRun);
    if (result.errors.length) {
      io.stderr.write(`studio import: refused ${path.basename(file)}: ${result.errors.length} bad row(s); nothing was imported.\n`);
      for (const e of result.errors) io.stderr.write(`  row ${e.line}: ${e.message}\n`);
      return EXIT.failed;
    }
    io.stdout.write(
      `${result.applied ? 'Saved' : 'Would save'} the shipping details of ${result.customers} customer(s) from ${result.rows} row(s).\n`,
    );
    return EXIT.ok;
  } finally {
    db.close();
  }
}
