/**
 * `studio export --db F --what catalog|chat|orders|carts … [--format F] [--show ID|last] [--out FILE]`.
 * Each kind of data is one entry of EXPORTS: its formats and a function that
 * reads the database and returns the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cartsCsv, ordersCsv } from '../core/carts/csv';
import { exportCatalog } from '../core/catalog/exporter';
import { openDatabase, type Db } from '../core/store/db';
import { chatJsonlLines } from '../core/store/chat';
import { getShow, lastStartedShowId } from '../core/store/shows';
import { StudioError } from '../../shared/contract';
import { parseCommandArgs, databaseFile } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export interface ExportEntry {
  summary: string;
  formats: readonly string[];
  defaultFormat: string;
  /** `show` is the --show flag's value (an id or 'last'), for kinds that belong to a show. */
  run(db: Db, format: string, options: { show?: string }): string;
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
};

/** `--show ID|last` (default last): 'last' is the newest show that has started (a newer draft has nothing in it yet). */
export function resolveShowFlag(db: Db, show: string | undefined): number {
  if (show === undefined || show === 'last') {
    const id = lastStartedShowId(db);
    if (id === null) throw new StudioError('not_found', 'The database has no show that has started yet.');
    return id;
  }
  const id = Number(show);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--show takes a show id or "last", got ${JSON.stringify(show)}`);
  if (!getShow(db, id)) throw new StudioError('not_found', `No show ${id} in this database.`);
  return id;
}

export const exportHelp = () => `studio export [--db FILE] --what KIND [--format FORMAT] [--show ID|last] [--out FILE]

Writes data from the studio database to stdout, or to --out FILE.
  --what KIND     ${Object.entries(EXPORTS)
    .map(([name, e]) => `${name} (${e.summary}; --format ${e.formats.join('|')}, default ${e.defaultFormat})`)
    .join('\n                  ')}
  --show ID|last  the show, for kinds that belong to one (default: last, the newest show that has started)
  --out FILE      write to FILE (atomically) instead of stdout
Exit codes: 0 written, 1 failed, 2 usage error.
`;

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    db: { type: 'string' },
    what: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    show: { type: 'string' },
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

  const db = openDatabase({ file: values.db, busyTimeoutMs: 15_000 });
  let text: string;
  try {
    text = entry.run(db, format, { show: values.show });
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
