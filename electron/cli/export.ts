/**
 * `studio export --db F --what catalog|chat|orders|carts … [--format F] [--show ID|last] [--out FILE]`.
 * Each kind of data is one entry of EXPORTS: its formats and a function that
 * reads the database and returns the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cartsCsv, ordersCsv } from '../core/carts/csv';
import { packingSlip } from '../core/documents/packing-slip';
import { pickListPdf } from '../core/documents/pick-list';
import { packingSlips, pickList, pickListCsv, shippingExport } from '../core/shipping';
import { readSettings } from '../core/store/settings';
import { getShop } from '../core/store/shop';
import { cartsToShip } from '../core/store/shipping';
import { readTx } from '../core/store/sql';
import { ShippingPresetSchema } from '../../shared/contract';
import { exportCatalog } from '../core/catalog/exporter';
import { invoiceFiles, paymentsCsv, proformaFiles } from '../core/invoices/export-files';
import { customersExport } from '../core/customers/csv';
import { openDatabase, type Db } from '../core/store/db';
import { chatJsonlLines } from '../core/store/chat';
import { getShow, lastStartedShowId } from '../core/store/shows';
import { StudioError } from '../../shared/contract';
import { parseCommandArgs, databaseFile } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export interface ExportOptions {
  /** The --show flag's value (an id or 'last'), for kinds that belong to a show. */
  show?: string;
  /** --size (page size of document exports, e.g. a4 or 100x150). */
  size?: string;
  /** --preset (a named column layout, e.g. a carrier's sheet). */
  preset?: string;
  /** A line for stderr beside the export (what was left out and why). */
  warn?: (line: string) => void;
}

/** A document written to the --out folder: its file name (no folder part) and bytes. */
export interface ExportFile {
  name: string;
  bytes: Buffer;
}

export interface ExportEntry {
  summary: string;
  formats: readonly string[];
  defaultFormat: string;
  /** Text to stdout or --out FILE. */
  run?(db: Db, format: string, options: ExportOptions): string;
  /** Formats written as files into the --out folder (one PDF per cart, …) instead of one text. */
  files?: { formats: readonly string[]; write(db: Db, format: string, options: ExportOptions): Promise<ExportFile[]> };
}

/** Add a kind of export here: `--what NAME` picks it. */
export const EXPORTS: Record<string, ExportEntry> = {
  catalog: {
    summary: 'products, variants, stock and pictures',
    formats: ['shopify-csv', 'json'],
    defaultFormat: 'shopify-csv',
    run: (db, format) => exportCatalog(db, format as 'shopify-csv' | 'json').text,
  },
  chat: {
    summary: "one show's chat, one ChatMessage per line as the contract defines it",
    formats: ['jsonl'],
    defaultFormat: 'jsonl',
    run: (db, _format, { show }) => {
      const lines = [...chatJsonlLines(db, resolveShowFlag(db, show))];
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
  },
  orders: {
    summary: "one show's order lines, one row each (columns: README, The CLI)",
    formats: ['csv'],
    defaultFormat: 'csv',
    run: (db, _format, { show }) => ordersCsv(db, resolveShowFlag(db, show)),
  },
  carts: {
    summary: "one show's carts, one row each; lines, units and total count lines that hold stock",
    formats: ['csv'],
    defaultFormat: 'csv',
    run: (db, _format, { show }) => cartsCsv(db, resolveShowFlag(db, show), Date.now()),
  },
  picklist: {
    summary:
      "what to take off the shelves for the show's carts to pack, by location then SKU (csv: location, sku, code, title, options, quantity, carts; pdf into --out FOLDER)",
    formats: ['csv', 'pdf'],
    defaultFormat: 'csv',
    run: (db, _format, { show }) => pickListCsv(pickList(db, { showId: resolveShowFlag(db, show) })),
    files: {
      formats: ['pdf'],
      write: async (db, _format, { show }) => {
        const showId = resolveShowFlag(db, show);
        const list = pickList(db, { showId });
        const title = getShow(db, showId)?.title ?? '';
        return [{ name: `pick-list-show-${showId}.pdf`, bytes: await pickListPdf(list, title, new Date(), getShop(db)?.language) }];
      },
    },
  },
  packing: {
    summary: 'one packing slip PDF per cart of the show to pack or ship, into --out FOLDER (--size a4|100x150, default a4)',
    formats: ['pdf'],
    defaultFormat: 'pdf',
    files: {
      formats: ['pdf'],
      write: async (db, _format, { show, size = 'a4' }) => {
        if (size !== 'a4' && size !== '100x150') throw new UsageError(`--size must be a4 or 100x150, got ${JSON.stringify(size)}`);
        const showId = resolveShowFlag(db, show);
        const slips = readTx(db, () => packingSlips(db, cartsToShip(db, showId), Date.now()));
        const language = getShop(db)?.language;
        const files: ExportFile[] = [];
        for (const slip of slips)
          files.push({ name: `packing-slip-${slip.reference}-${size}.pdf`, bytes: await packingSlip([slip], size, new Date(), language) });
        return files;
      },
    },
  },
  shipping: {
    summary:
      "the carrier's sheet for the show's carts to ship (--preset generic|inpost|kazpost, default generic; columns as mapped in settings); carts with missing details are listed on stderr",
    formats: ['csv'],
    defaultFormat: 'csv',
    run: (db, _format, { show, preset = 'generic', warn }) => {
      const parsed = ShippingPresetSchema.safeParse(preset);
      if (!parsed.success)
        throw new UsageError(`--preset must be one of ${ShippingPresetSchema.options.join(', ')}, got ${JSON.stringify(preset)}`);
      const sheet = shippingExport(db, resolveShowFlag(db, show), parsed.data, readSettings(db), Date.now());
      for (const left of sheet.leftOut)
        warn?.(`not in the sheet: ${left.reference} (${left.buyerName}): missing ${left.missing.join(', ')}`);
      return sheet.csv;
    },
  },
  proforma: {
    summary: 'one pro-forma PDF per cart of the show with lines holding stock (not numbered), into --out FOLDER',
    formats: ['pdf'],
    defaultFormat: 'pdf',
    files: { formats: ['pdf'], write: (db, _format, { show }) => proformaFiles(db, resolveShowFlag(db, show), Date.now()) },
  },
  invoices: {
    summary: "the show's issued invoices and correction invoices, one PDF each, into --out FOLDER",
    formats: ['pdf'],
    defaultFormat: 'pdf',
    files: { formats: ['pdf'], write: (db, _format, { show }) => invoiceFiles(db, resolveShowFlag(db, show)) },
  },
  payments: {
    summary: "the payments recorded for the show's carts, one row each (columns: README, Invoices)",
    formats: ['csv'],
    defaultFormat: 'csv',
    run: (db, _format, { show }) => paymentsCsv(db, resolveShowFlag(db, show)),
  },
  customers: {
    summary: 'every customer across shows and platforms: orders, lifetime spend, tags (columns: README, Customers)',
    formats: ['csv', 'json'],
    defaultFormat: 'csv',
    run: (db, format) => customersExport(db, format as 'csv' | 'json'),
  },
};

/** `--show ID|last` (default last): 'last' is the newest show that has started (a newer draft has nothing in it yet). */
export function resolveShowFlag(db: Db, show: string | undefined): number {
  if (show === undefined || show === 'last') {
    const id = lastStartedShowId(db);
    if (id === null) throw StudioError.of('not_found', 'theDatabaseHasNoShowThat');
    return id;
  }
  const id = Number(show);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--show takes a show id or "last", got ${JSON.stringify(show)}`);
  if (!getShow(db, id)) throw StudioError.of('not_found', 'noShowInThisDatabase', { id });
  return id;
}

export const exportHelp =
  () => `studio export [--db FILE] --what KIND [--format FORMAT] [--show ID|last] [--size a4|100x150] [--preset NAME] [--out FILE|FOLDER]

Writes data from the studio database to stdout, or to --out FILE.
  --what KIND     ${Object.entries(EXPORTS)
    .map(([name, e]) => `${name} (${e.summary}; --format ${e.formats.join('|')}, default ${e.defaultFormat})`)
    .join('\n                  ')}
  --show ID|last  the show, for kinds that belong to one (default: last, the newest show that has started)
  --size SIZE     page size of document (PDF) exports
  --preset NAME   a named column layout, for kinds that have them
  --out FILE      write to FILE (atomically) instead of stdout; document (PDF) exports write one file per document into the FOLDER
Exit codes: 0 written, 1 failed, 2 usage error.
`;

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    db: { type: 'string' },
    what: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    show: { type: 'string' },
    size: { type: 'string' },
    preset: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(exportHelp());
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  values.db = databaseFile(values.db, io.env);
  if (!fs.existsSync(values.db)) {
    io.stderr.write(`studio export: ${values.db} does not exist\n`);
    return EXIT.failed;
  }
  if (!values.what) throw new UsageError(`--what is required: ${Object.keys(EXPORTS).join(', ')}`);
  const entry = Object.hasOwn(EXPORTS, values.what) ? EXPORTS[values.what] : undefined;
  if (!entry) throw new UsageError(`--what must be one of ${Object.keys(EXPORTS).join(', ')}, got ${JSON.stringify(values.what)}`);
  const format = values.format ?? entry.defaultFormat;
  if (!entry.formats.includes(format))
    throw new UsageError(`--what ${values.what} takes --format ${entry.formats.join(' or ')}, got ${JSON.stringify(format)}`);

  const options: ExportOptions = {
    show: values.show,
    size: values.size,
    preset: values.preset,
    warn: (line) => io.stderr.write(`studio export: ${line}\n`),
  };
  if (entry.files?.formats.includes(format)) return writeFilesExport(entry.files, values.db, format, options, values.out, io);
  if (!entry.run) throw new UsageError(`--what ${values.what} --format ${format} writes files: give --out FOLDER`);

  const db = openDatabase({ file: values.db, busyTimeoutMs: 15_000 });
  let text: string;
  try {
    text = entry.run(db, format, options);
  } finally {
    db.close();
  }
  if (values.out) {
    const tmp = path.join(path.dirname(path.resolve(values.out)), `.${path.basename(values.out)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, values.out);
    io.stderr.write(`wrote ${values.out} (${Buffer.byteLength(text)} bytes)\n`);
  } else io.stdout.write(text);
  return EXIT.ok;
}

/** File exports go into a folder (made if missing); each file is written whole or not at all. */
async function writeFilesExport(
  files: NonNullable<ExportEntry['files']>,
  dbFile: string,
  format: string,
  options: ExportOptions,
  outDir: string | undefined,
  io: CliIo,
): Promise<number> {
  if (!outDir) throw new UsageError(`--format ${format} writes one file per document: give --out FOLDER`);
  const db = openDatabase({ file: dbFile, busyTimeoutMs: 15_000 });
  let written: ExportFile[];
  try {
    written = await files.write(db, format, options);
  } finally {
    db.close();
  }
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  for (const file of written) {
    if (path.basename(file.name) !== file.name) throw new Error(`export file name ${JSON.stringify(file.name)} has a folder part`);
    const target = path.join(outDir, file.name);
    const tmp = path.join(outDir, `.${file.name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, file.bytes);
    fs.renameSync(tmp, target);
  }
  io.stderr.write(`wrote ${written.length} file(s) to ${outDir}\n`);
  return EXIT.ok;
}
